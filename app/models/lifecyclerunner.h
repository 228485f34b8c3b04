#pragma once

#include "credentialbroker.h"
#include "inventory.h"
#include "lifecyclejob.h"
#include "profilestore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace flowlog {

// One flow log to change: where it was listed (its source) and the row as listed.
struct LifecycleTarget
{
    SourceSpec source;
    FlowLog flowLog;
};

// How one target of a bulk run ended.
struct LifecycleRowOutcome
{
    enum class State
    {
        Queued,
        Running,
        Done,
        Failed,
        Skipped
    };
    State state = State::Queued;
    QString why;              // Skipped: the reason (wrong state, read-only field, cancelled)
    LifecycleOutcome outcome; // Done / Failed
};

// Changes many flow logs across accounts and services at once (issue 17): one LifecycleJob per flow log, at most
// InventorySettings::maxConcurrent at once and maxPerProfile per account (the sweep's limits). Each target acts as
// the identity its rows were listed with (identityOf / memberIdentity: the profile's key, its role or agency, or an
// organisation member's hop), through the broker that listed them, so temporary credentials are reused, never
// kept beyond memory, and a role profile never signs a change with its bare key. A target the change cannot apply to
// (whyNot) is skipped before anything is sent. When a table is given, every read updates its row in place and a deleted
// flow log's row is removed, without a refresh. finished() fires once, after every target has an outcome (after
// cancel() too).
class LifecycleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleRunner)

public:
    LifecycleRunner(ProfileStore *profiles, CredentialBroker *broker, Inventory::NamProvider nams,
                    QObject *parent = nullptr);
    // With a broker of its own over the profiles' keys (a run outside any inventory: tests, tools).
    LifecycleRunner(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                    QObject *parent = nullptr);
    ~LifecycleRunner() override;

    void setSettings(const InventorySettings &settings) { m_settings = settings; }
    void setLimits(const LifecycleJob::Limits &limits) { m_limits = limits; }
    void setTable(FlowLogTableModel *table) { m_table = table; }

    // The source a table row came from: as the inventory's last sweep listed it (discovered regions, instances and
    // organisation members included), else rebuilt from the profile's configuration; nullopt when its profile is
    // gone or disabled.
    [[nodiscard]] static std::optional<SourceSpec> sourceFor(const ProfileStore &profiles, const Inventory *inventory,
                                                             const QString &sourceId);
    [[nodiscard]] static std::optional<SourceSpec> sourceFor(const ProfileStore &profiles, const QString &sourceId)
    {
        return sourceFor(profiles, nullptr, sourceId);
    }

    void start(const QList<LifecycleTarget> &targets, LifecycleAction action, const FlowLogChange &change = {},
               bool dryRun = false);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<LifecycleTarget> &targets() const { return m_targets; }
    [[nodiscard]] const QList<LifecycleRowOutcome> &outcomes() const { return m_outcomes; }
    [[nodiscard]] int finishedCount() const { return m_finishedCount; }

Q_SIGNALS:
    void rowChanged(int index, const flowlog::FlowLog &flowLog);
    void rowFinished(int index, const flowlog::LifecycleRowOutcome &outcome);
    void progress(int finished, int total);
    void finished();

private:
    void onCredentialsRead();
    [[nodiscard]] std::optional<Identity> identityFor(const SourceSpec &source) const;
    void pump();
    void startJob(int index);
    void conclude(int index, LifecycleRowOutcome outcome);

    ProfileStore *m_profiles;
    QPointer<CredentialBroker> m_broker;
    Inventory::NamProvider m_nams;
    InventorySettings m_settings;
    LifecycleJob::Limits m_limits;
    QPointer<FlowLogTableModel> m_table;

    QList<LifecycleTarget> m_targets;
    QList<LifecycleRowOutcome> m_outcomes;
    LifecycleAction m_action = LifecycleAction::Activate;
    FlowLogChange m_change;
    bool m_dryRun = false;
    struct Acquired
    {
        CredentialRef credentials;
        ApiError error;
    };
    QHash<QString, Acquired> m_credentials; // Identity::key() -> credentials, for this run only
    int m_credentialsPending = 0;
    QList<int> m_queue;
    QHash<QString, int> m_runningPerAccount; // SourceSpec::accountKey()
    QList<QPointer<LifecycleJob>> m_jobs;
    int m_runningCount = 0;
    int m_finishedCount = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::LifecycleRowOutcome)
