#pragma once

#include "coverage.h"
#include "inventory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace flowlog {

// One network and how the flow logs watch it (issue 18): a record of `flowlog-cli coverage` and of the Coverage view.
struct CoverageRecord
{
    QString account; // the Account column: profile name, or a member's "display name (id)"
    QString accountId;
    Provider provider = Provider::Aliyun;
    Service service = Service::Vpc;
    QString region;
    QString resourceType; // coverage::types
    QString resourceId;
    QString name;
    coverage::State state = coverage::State::Uncovered;
    QStringList flowLogIds;
    QStringList groupIds;  // CEN: its transit router, then its CEN
    bool comingUp = false; // a flow log on it is being created or activated (Activating, Creating, pending)
    SourceSpec source;     // the place it was listed in: where a flow log that covers it is created
};

// A flow log whose resource does not exist, with the place it was listed in.
struct CoverageOrphan
{
    QString accountId;
    FlowLog flowLog;
    SourceSpec source;
};

// A place whose networks or flow logs could not be listed: it has no records.
struct CoverageFailure
{
    SourceSpec source;
    ApiError error;
};

// The coverage of everything an Inventory sweep reaches (docs/coverage.md): for every source the sweep lists (an
// account's VPC or CEN region, an ECR instance, an ER router), the networks there (the inventory rows of
// aliyuninventory.h, huaweiinventory.h), listed beside the flow logs through the sweep's own gate and credentials,
// then judged by coverage::assess(). Network-interface flow logs are placed by DescribeFlowLogs VpcId, per VPC, in
// the regions that have them. finished() fires once, after the sweep and every place are done. The inventory may be
// the console's own: its sweeps between coverage sweeps list no networks, and start() ends one that is running.
class CoverageSweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageSweep)

public:
    CoverageSweep(Inventory *inventory, ProfileStore *profiles, FlowLogTableModel *table, Inventory::NamProvider nams,
                  QObject *parent = nullptr);
    ~CoverageSweep() override;

    void start();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QList<CoverageRecord> &records() const { return m_records; }
    [[nodiscard]] const QList<CoverageOrphan> &orphans() const { return m_orphans; }
    [[nodiscard]] const QList<CoverageFailure> &failures() const { return m_failures; }
    [[nodiscard]] const coverage::Counts &counts() const { return m_counts; }
    // What the sweep signed a place's requests with (memory only): a create there signs with the same.
    [[nodiscard]] CredentialRef credentialsFor(const QString &sourceId) const
    {
        return m_places.value(sourceId).credentials;
    }

Q_SIGNALS:
    void finished();

private:
    struct PlaceRun
    {
        SourceSpec source;
        CredentialRef credentials;
        int pending = 0; // list jobs running, the flow logs' included
        bool flowLogsDone = false;
        bool placingInterfaces = false;
        ApiError error;
        QList<Resource> networks; // VPCs, attachments, VBRs, ER attachments (attribute "coverageType")
        QList<Resource> members;  // vSwitches
        QList<Resource> groups;   // transit routers
        QHash<QString, QString> vpcOfInterface;
    };
    enum class Role
    {
        Network,
        Member,
        Group
    };
    void onSourceStarting(const SourceSpec &source, const CredentialRef &credentials);
    void onFlowLogsDone(const SourceSpec &source, const ListResult &result);
    template<typename Operation>
    void startList(const QString &id, const Operation &op, Role role, const char *coverageType = nullptr);
    void placeInterfaces(const QString &id);
    void jobDone(const QString &id, const ApiError &error);
    void conclude(const QString &id);
    void checkDone();

    QPointer<Inventory> m_inventory;
    ProfileStore *m_profiles;
    QPointer<FlowLogTableModel> m_table;
    Inventory::NamProvider m_nams;
    QHash<QString, PlaceRun> m_places;    // by source id
    QHash<QString, QString> m_accountIds; // DiscoveredAccount::key() -> account id
    QList<CoverageRecord> m_records;
    QList<CoverageOrphan> m_orphans;
    QList<CoverageFailure> m_failures;
    coverage::Counts m_counts;
    bool m_running = false;
    bool m_inventoryDone = false;
};

} // namespace flowlog
