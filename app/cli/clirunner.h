#pragma once

#include "cliargs.h"
#include "credentialstore.h"
#include "lifecyclerunner.h"
#include "profilestore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>

class QNetworkAccessManager;
class QThreadPool;

namespace flowlog {
struct DiscoveredAccount;
struct SweepScope;
class FlowLogTableModel;
class Inventory;
class SourceStatusModel;
class SandboxLauncher;
class CoverageSweep;
struct CoverageRecord;
struct CoverageDraft;
class MemoryCredentialStore;
class NetworkPool;
} // namespace flowlog

namespace flowlog::cli {

// Runs one parsed command asynchronously and reports its exit code through done() (exactly once).
// The credential store and profile store of the user's real configuration are injected by main(); with
// --sandbox the runner uses a private sandbox and in-memory stores instead.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(Command command, ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void run(); // one run...() member below per Command::Kind
    void runHelp();
    void runVersion();
    void runInvalid(); // the usage error on stderr, exit code 2
    struct ListRun;
    void runList();
    void runDiscover();
    // A sweep of the profiles under scope: its models and inventory, owned by the runner.
    struct Sweep
    {
        FlowLogTableModel *table;
        SourceStatusModel *status;
        Inventory *inventory;
    };
    [[nodiscard]] Sweep newSweep(const SweepScope &scope);
    [[nodiscard]] SweepScope commandScope() const; // --profile, --service, --region
    // The --profile names exist and there are profiles; says which entries are broken (counted in broken). On
    // false the command has finished.
    [[nodiscard]] bool checkProfilesToSweep(int &broken);
    // Every discovery failure (counted in failed) and every typed restriction not found, on stderr.
    void reportDiscovery(const QList<DiscoveredAccount> &accounts, int &failed);
    [[nodiscard]] QList<FlowLog> listedRows(const QList<FlowLog> &rows) const; // --name/--status, sorted
    void runProfileAdd();
    void runProfileList();
    void runProfileRemove();
    void runProfileImport();
    bool finishImportSecrets(const QString &path, const QStringList &present); // the --remove-secrets part
    void runCreate();
    void runLifecycle(); // lifecyclecommand.cpp
    // coverage (coveragecommand.cpp) and coverage --enable (coverageenable.cpp)
    void runCoverage();
    [[nodiscard]] CoverageSweep *newCoverageSweep(int &broken); // null when the command has finished
    [[nodiscard]] QByteArray coverageOutput(const CoverageSweep &sweep) const;
    [[nodiscard]] static QList<CoverageRecord> coverageRecords(const CoverageSweep &sweep); // sorted
    void reportCoverageFailures(const CoverageSweep &sweep);
    void runCoverageEnable(CoverageSweep *sweep, int broken);
    void createCoverageItems(CoverageSweep *sweep, const QList<CoverageDraft> &drafts, bool earlierFailures);
    void runLifecycleTargets(const QList<LifecycleTarget> &targets, int missing, const Inventory::NamProvider &nams,
                             CredentialBroker *broker);
    void finish(int code);
    void printError(const QString &line); // stderr, escaped (provider text never drives the terminal)
    void say(const QString &line);        // stdout, escaped
    QNetworkAccessManager *namFor(const Profile &profile);

    Command m_command;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QPointer<SandboxLauncher> m_sandbox;
    QPointer<ProfileStore> m_sandboxProfiles;
    QPointer<MemoryCredentialStore> m_sandboxCredentials;
    QHash<QString, QNetworkAccessManager *> m_nams;
    NetworkPool *m_networkPool = nullptr; // the sweeps' managers (networkpool.h), made at the start of a sweep
    QThreadPool *m_parsePool = nullptr;   // the sweeps' page parsers, warmed up at the start (parsewarmup.h)
    QTextStream m_out;
    QTextStream m_err;
    int m_discoveryFailures = 0; // coverage: discovery steps that failed
    bool m_finished = false;
};

} // namespace flowlog::cli
