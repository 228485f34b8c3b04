#include "coveragesweep.h"

#include "aliyuninventory.h"
#include "flowlogstatus.h"
#include "huaweiinventory.h"
#include "jobbinding.h"
#include "jobfactory.h"

namespace flowlog {

namespace {

using namespace Qt::StringLiterals;

const QString kCoverageType = u"coverageType"_s;

coverage::Watcher watcherOf(const FlowLog &f)
{
    return coverage::Watcher{f.id, f.resourceType, f.resourceId,
                             coverage::watchesNow(f.service, f.status, isEnabled(f))};
}

// A flow log being created or activated: it will watch once it settles.
bool isComingUp(const QString &status)
{
    static const QStringList states = {u"Activating"_s, u"Creating"_s, u"pending"_s};
    return states.contains(status);
}

} // namespace

CoverageSweep::CoverageSweep(Inventory *inventory, ProfileStore *profiles, FlowLogTableModel *table,
                             Inventory::NamProvider nams, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
    , m_profiles(profiles)
    , m_table(table)
    , m_nams(std::move(nams))
{
    connect(inventory, &Inventory::sourceStarting, this, &CoverageSweep::onSourceStarting);
    connect(inventory, &Inventory::sourceFinished, this, &CoverageSweep::onFlowLogsDone);
    connect(inventory, &Inventory::accountDiscovered, this,
            [this](const DiscoveredAccount &a) { m_accountIds.insert(a.key(), a.id()); });
    connect(inventory, &Inventory::finished, this, [this] {
        if (!m_running)
            return;
        m_inventoryDone = true;
        checkDone();
    });
}

CoverageSweep::~CoverageSweep() = default;

void CoverageSweep::start()
{
    // A sweep the inventory was running without us (the console's refresh) ends first, so that none of its sources
    // counts in this one.
    m_running = false;
    if (m_inventory->isRunning())
        m_inventory->cancel();
    m_places.clear();
    m_records.clear();
    m_orphans.clear();
    m_failures.clear();
    m_counts = {};
    m_running = true;
    m_inventoryDone = false;
    m_inventory->refresh();
}

template<typename Operation>
void CoverageSweep::startList(const QString &id, const Operation &op, Role role, const char *coverageType)
{
    PlaceRun &place = m_places[id];
    const Profile *profile = m_profiles->findById(place.source.profileId);
    SourceSpec source = place.source;
    source.filters.clear(); // the sweep's filters are the flow logs'
    source.pageSize = 0;
    auto *job = bindResourceListJob(op, source, place.credentials, profile ? m_nams(*profile) : nullptr,
                                    m_inventory->settings().retry, this);
    job->setRequestGate(m_inventory->requestGate());
    job->setParsePool(m_inventory->parsePool());
    const QString type = coverageType ? QString::fromLatin1(coverageType) : QString();
    job->setSink([this, id, role, type](const QList<Resource> &rows) {
        PlaceRun &p = m_places[id];
        for (Resource r : rows) {
            switch (role) {
            case Role::Network:
                r.attributes.append({kCoverageType, type});
                p.networks.append(r);
                break;
            case Role::Member:
                p.members.append(r);
                break;
            case Role::Group:
                p.groups.append(r);
                break;
            }
        }
    });
    connect(job, &ListEngine::finished, this, [this, id, job](const ListResult &result) {
        job->deleteLater();
        jobDone(id, result.error);
    });
    ++place.pending;
    job->start();
}

void CoverageSweep::onSourceStarting(const SourceSpec &source, const CredentialRef &credentials)
{
    // Not ours: the inventory sweeps for the flow-log table only, or the console's Refresh started a sweep after
    // ours finished listing flow logs while the resource lists still run (its sources would be counted twice).
    if (!m_running || m_inventoryDone)
        return;
    const QString id = source.id();
    PlaceRun &place = m_places[id];
    place.source = source;
    place.credentials = credentials;
    ++place.pending; // the flow logs, done in onFlowLogsDone
    switch (source.service) {
    case Service::Vpc:
        startList(id, aliyun::vpcDescribeVpcs, Role::Network, coverage::types::vpc);
        startList(id, aliyun::vpcDescribeVSwitches, Role::Member);
        break;
    case Service::Cen:
        startList(id, aliyun::cenListTransitRouters, Role::Group);
        startList(id, aliyun::cenListTransitRouterVpcAttachments, Role::Network, coverage::types::trVpcAttachment);
        startList(id, aliyun::cenListTransitRouterVbrAttachments, Role::Network, coverage::types::trVbrAttachment);
        break;
    case Service::Ecr:
        startList(id, aliyun::ecrDescribeChildInstances, Role::Network, coverage::types::vbr);
        break;
    case Service::Er:
        startList(id, huawei::erListAttachments, Role::Network, coverage::types::erAttachment);
        break;
    }
}

void CoverageSweep::onFlowLogsDone(const SourceSpec &source, const ListResult &result)
{
    if (!m_running || m_inventoryDone) // see onSourceStarting
        return;
    const QString id = source.id();
    PlaceRun &place = m_places[id];
    if (place.source.profileId.isEmpty()) { // failed before a job started: nothing else was listed
        place.source = source;
        ++place.pending;
    }
    place.flowLogsDone = true;
    jobDone(id, result.error);
}

void CoverageSweep::jobDone(const QString &id, const ApiError &error)
{
    PlaceRun &place = m_places[id];
    if (error.isError() && !place.error.isError())
        place.error = error;
    if (--place.pending > 0 || !place.flowLogsDone)
        return;
    if (!place.error.isError() && place.source.service == Service::Vpc && !place.placingInterfaces) {
        placeInterfaces(id);
        if (place.pending > 0)
            return;
    }
    conclude(id);
    checkDone();
}

// Which VPC each network-interface flow log is in: DescribeFlowLogs with VpcId, per VPC, when there are any.
void CoverageSweep::placeInterfaces(const QString &id)
{
    PlaceRun &place = m_places[id];
    place.placingInterfaces = true;
    const QList<FlowLog> flowLogs = m_table ? m_table->rowsOfSource(id) : QList<FlowLog>();
    const bool any = std::any_of(flowLogs.cbegin(), flowLogs.cend(), [](const FlowLog &f) {
        return f.resourceType == QLatin1StringView(coverage::types::networkInterface);
    });
    if (!any)
        return;
    const Profile *profile = m_profiles->findById(place.source.profileId);
    const QList<Resource> vpcs = place.networks;
    for (const Resource &vpc : vpcs) {
        SourceSpec source = place.source;
        source.filters = {{u"VpcId"_s, vpc.id},
                          {u"ResourceType"_s, QString::fromLatin1(coverage::types::networkInterface)}};
        ListJob *job = makeListJob(source, place.credentials, profile ? m_nams(*profile) : nullptr,
                                   m_inventory->settings().retry, this);
        if (!job)
            continue;
        job->setRequestGate(m_inventory->requestGate());
        job->setParsePool(m_inventory->parsePool());
        connect(job, &ListJob::pageReceived, this, [this, id, vpcId = vpc.id](const QList<FlowLog> &rows) {
            for (const FlowLog &f : rows)
                m_places[id].vpcOfInterface.insert(f.resourceId, vpcId);
        });
        connect(job, &ListEngine::finished, this, [this, id, job](const ListResult &result) {
            job->deleteLater();
            jobDone(id, result.error);
        });
        ++place.pending;
        job->start();
    }
}

void CoverageSweep::conclude(const QString &id)
{
    PlaceRun place = m_places.value(id);
    if (place.error.isError()) {
        m_failures.append({place.source, place.error});
        return;
    }
    coverage::Place p;
    p.service = place.source.service;
    for (const Resource &r : std::as_const(place.networks)) {
        coverage::Network n{r.attribute(kCoverageType), r.id, r.name, {}, {}};
        if (p.service == Service::Vpc)
            n.memberIds = r.attribute(u"VSwitchIds").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (p.service == Service::Cen)
            n.groupIds = {r.parentId, r.attribute(u"CenId")};
        p.networks.append(n);
    }
    for (const Resource &r : std::as_const(place.members))
        p.vpcOfMember.insert(r.id, r.parentId);
    p.vpcOfMember.insert(place.vpcOfInterface);
    for (const Resource &r : std::as_const(place.groups)) {
        p.groups.insert(r.id);
        p.groups.insert(r.parentId);
    }
    const QList<FlowLog> flowLogs = m_table ? m_table->rowsOfSource(id) : QList<FlowLog>();
    for (const FlowLog &f : flowLogs)
        p.flowLogs.append(watcherOf(f));

    const coverage::Assessment a = coverage::assess(p);
    m_counts.add(a);
    const QString accountId = place.source.accountId.isEmpty()
                                  ? m_accountIds.value(DiscoveredAccount::keyOf(place.source.profileId, {}))
                                  : place.source.accountId;
    for (qsizetype i = 0; i < place.networks.size(); ++i) {
        const Resource &r = place.networks.at(i);
        CoverageRecord rec;
        rec.account = place.source.account();
        rec.accountId = accountId;
        rec.provider = place.source.provider();
        rec.service = place.source.service;
        rec.region = r.region.isEmpty() ? place.source.region : r.region;
        rec.resourceType = p.networks.at(i).type;
        rec.resourceId = r.id;
        rec.name = r.name;
        rec.state = a.verdicts.at(i).state;
        rec.flowLogIds = a.verdicts.at(i).flowLogIds;
        rec.groupIds = p.networks.at(i).groupIds;
        rec.comingUp = std::any_of(flowLogs.cbegin(), flowLogs.cend(), [&rec](const FlowLog &f) {
            return rec.flowLogIds.contains(f.id) && isComingUp(f.status);
        });
        rec.source = place.source;
        m_records.append(rec);
    }
    for (const qsizetype f : a.orphans)
        m_orphans.append({accountId, flowLogs.at(f), place.source});
}

void CoverageSweep::checkDone()
{
    if (!m_running || !m_inventoryDone)
        return;
    for (const PlaceRun &p : std::as_const(m_places)) {
        if (p.pending > 0 || !p.flowLogsDone)
            return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace flowlog
