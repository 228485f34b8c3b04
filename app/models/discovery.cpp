#include "discovery.h"

#include "aliyundiscovery.h"
#include "credentialbroker.h"
#include "huaweidiscovery.h"
#include "jobbinding.h"
#include "profileidentity.h"
#include "sourceid.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <algorithm>
#include <utility>

namespace flowlog {

namespace {

using namespace Qt::StringLiterals;

// The project object storage keeps for itself: it belongs to no region and holds no network resources.
constexpr QLatin1StringView builtInObsProject = "MOS"_L1;

// A Huawei project's region: its name, or the part before '_' of a sub-project ("cn-north-4_dev").
QString regionOfProject(const QString &name)
{
    return name.section(u'_', 0, 0);
}

bool wanted(const QSet<Service> &services, Service s)
{
    return services.isEmpty() || services.contains(s);
}

// The regions an account is swept in when its regions cannot be discovered: the typed ones, else the provider's
// defaults (the only place those remain, and always said).
QStringList fallbackRegions(const Profile &profile)
{
    return profile.regions.isEmpty() ? defaultRegions(profile.provider) : profile.regions;
}

QString joined(const QStringList &items)
{
    return items.isEmpty() ? Discovery::tr("none") : items.join(", "_L1);
}

// Found, within the typed restriction when there is one; what was typed and not found goes to notFound.
QStringList restrict(const QStringList &found, const QStringList &typed, const QString &what, QStringList &notFound)
{
    if (typed.isEmpty())
        return found;
    QStringList out;
    for (const QString &t : typed) {
        if (found.contains(t))
            out.append(t);
        else
            notFound.append(what.arg(t));
    }
    return out;
}

QStringList idsOf(const QList<Resource> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const Resource &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

QString DiscoveryFailure::toDisplayString() const
{
    QString what;
    switch (step) {
    case Step::Members:
        what = Discovery::tr("Listing the organisation's accounts failed");
        break;
    case Step::Access:
        what = Discovery::tr("Reaching the account failed");
        break;
    case Step::Regions:
        what = Discovery::tr("Listing regions failed");
        break;
    case Step::Instances:
        what = region.isEmpty() ? Discovery::tr("Listing instances failed")
                                : Discovery::tr("Listing instances in %1 failed").arg(region);
        break;
    }
    QString out = what + QStringLiteral(": ") + error.toDisplayString();
    if (!fallback.isEmpty())
        out += QLatin1Char(' ') + fallback;
    return out;
}

QString DiscoveredAccount::label() const
{
    if (accountId.isEmpty())
        return profileName;
    return (displayName.isEmpty() ? accountId : displayName) + QStringLiteral(" (") + accountId + QLatin1Char(')');
}

QString DiscoveredAccount::keyOf(const QString &profileId, const QString &accountId)
{
    return accountKey(profileId, accountId);
}

Discovery::Discovery(NamProvider nams, CredentialBroker *broker, RequestGate *gate, QThreadPool *parsePool,
                     const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_nams(std::move(nams))
    , m_broker(broker)
    , m_gate(gate)
    , m_parsePool(parsePool)
    , m_policy(policy)
{}

Discovery::~Discovery()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

void Discovery::start(const QList<Input> &inputs, const QSet<Service> &services)
{
    abort();
    ++m_generation;
    m_running = true;
    m_requests = 0;
    m_services = services;
    m_accounts.clear();
    m_organisations.clear();
    m_profiles.clear();
    m_pendingSteps.clear();
    for (const Input &in : inputs) {
        DiscoveredAccount a;
        a.profileId = in.profile.id;
        a.profileName = in.profile.name;
        a.provider = in.profile.provider;
        a.endpoint = in.profile.endpoint;
        a.credentials = in.credentials;
        m_accounts.append(a);
        m_profiles.append(in.profile);
        m_pendingSteps.append(1); // the account's own step, done once its steps are started
    }
    for (int i = 0; i < static_cast<int>(inputs.size()); ++i) {
        if (m_profiles.at(i).organization) {
            m_accounts[i].organization = m_profiles.at(i).name;
            listMembers(i);
        }
        discoverAccount(i);
        stepDone(i);
    }
    checkFinished();
}

void Discovery::discoverAccount(int account)
{
    const Profile &profile = m_profiles.at(account);
    switch (profile.provider) {
    case Provider::Aliyun:
        discoverAliyun(account, profile);
        break;
    case Provider::Huawei:
        discoverHuawei(account, profile);
        break;
    }
}

void Discovery::listMembers(int management)
{
    // The member listing starts at once, beside what tells the management account itself apart (Alibaba: who the
    // key belongs to; Huawei: the domain of its projects), and each page's members are reached as the page arrives
    // (issue 19: each of those waits cost the whole organisation a round). Members listed before the management
    // account is known wait for it (ownIdKnown).
    const auto listed = [this, management](const Rows &, const ApiError &e) {
        Organisation &org = m_organisations[management];
        if (!m_organisationFirst) {
            org.ownIdKnown = true; // as before issue 19's session 6: the members once every page is in
            addMembers(management, std::exchange(org.held, {}));
        }
        if (!e.isError())
            return;
        m_accounts[management].failures.append({DiscoveryFailure::Step::Members,
                                                {},
                                                e,
                                                org.listed > 0 ? tr("Listing the members found before the failure.")
                                                               : tr("Listing the management account only.")});
    };
    const auto page = [this, management, generation = m_generation](const Rows &rows) {
        if (generation != m_generation)
            return;
        Organisation &org = m_organisations[management];
        org.listed += static_cast<int>(rows.size());
        if (!org.ownIdKnown || !m_organisationFirst) {
            org.held.append(rows);
            return;
        }
        addMembers(management, rows);
    };
    Organisation &org = m_organisations[management];
    org.startListing = [this, management, listed, page] {
        switch (m_profiles.at(management).provider) {
        case Provider::Aliyun:
            list(aliyun::rdListAccounts, management, {}, listed, m_organisationRank, page);
            break;
        case Provider::Huawei:
            list(huawei::orgListAccounts, management, {}, listed, m_organisationRank, page);
            break;
        }
    };
    if (m_profiles.at(management).provider == Provider::Aliyun) {
        // Resource Directory lists the management account too: who the key belongs to tells it apart.
        list(
            aliyun::stsGetCallerIdentity, management, {},
            [this, management](const Rows &rows, const ApiError &) {
                if (!rows.isEmpty())
                    m_accounts[management].ownId = rows.constFirst().id;
                ownIdKnown(management);
            },
            m_organisationRank);
    }
    // Huawei: the management domain comes from its projects (onProjects).
    if (m_organisationFirst)
        std::exchange(org.startListing, {})();
}

void Discovery::ownIdKnown(int management)
{
    Organisation &org = m_organisations[management];
    if (org.startListing) {
        std::exchange(org.startListing, {})(); // the schedule before: the listing waited for this
        return;
    }
    org.ownIdKnown = true;
    addMembers(management, std::exchange(org.held, {}));
}

void Discovery::addMembers(int management, const Rows &rows)
{
    Organisation &org = m_organisations[management];
    for (const Resource &row : rows) {
        if (row.id != m_accounts.at(management).ownId) // the management account: swept with its own credentials
            org.queued.append(row);
    }
    if (org.queued.isEmpty() || org.expanding)
        return;
    org.expanding = true;
    ++m_pendingSteps[management]; // neither it nor the discovery is done while members wait to be added
    expandMembers(management);
}

void Discovery::expandMembers(int management)
{
    const int budget = m_gate ? m_gate->turnBudgetMs() : 0;
    QElapsedTimer turn;
    turn.start();
    while (!m_organisations[management].queued.isEmpty()) {
        if (budget > 0 && turn.nsecsElapsed() >= qint64(budget) * 1000000) {
            QMetaObject::invokeMethod(
                this,
                [this, management, generation = m_generation] {
                    if (generation == m_generation)
                        expandMembers(management);
                },
                Qt::QueuedConnection);
            return;
        }
        addMember(management, m_organisations[management].queued.takeFirst());
    }
    m_organisations[management].expanding = false;
    stepDone(management);
}

void Discovery::addMember(int management, const Resource &member)
{
    const Profile owner = m_profiles.at(management); // a copy: m_profiles grows below
    // Typed regions restrict the members too; typed ids and projects are the management account's own.
    Profile profile = owner;
    profile.organization = false;
    profile.ecrIds.clear();
    profile.erIds.clear();
    profile.projectIds.clear();
    DiscoveredAccount a;
    a.profileId = owner.id;
    a.profileName = owner.name;
    a.provider = owner.provider;
    a.endpoint = owner.endpoint;
    a.accountId = member.id;
    a.displayName = member.name;
    a.organization = owner.name;
    const int index = static_cast<int>(m_accounts.size());
    m_accounts.append(a);
    m_profiles.append(profile);
    m_pendingSteps.append(1);
    if (!m_broker) {
        ApiError e;
        e.kind = ApiError::Kind::Configuration;
        e.message = tr("No credential broker reaches organisation members here.");
        m_accounts[index].reachable = false;
        m_accounts[index].failures.append({DiscoveryFailure::Step::Access, {}, e, {}});
        stepDone(index);
        return;
    }
    m_broker->acquireSource(
        memberIdentity(owner, member.id), this,
        [this, index, generation = m_generation](const CredentialRef &c, const ApiError &e) {
            if (generation != m_generation)
                return;
            DiscoveredAccount &acc = m_accounts[index];
            if (e.isError()) {
                acc.reachable = false;
                acc.failures.append({DiscoveryFailure::Step::Access, {}, e, tr("Nothing is listed in this account.")});
            } else {
                acc.credentials = c;
                discoverAccount(index);
            }
            stepDone(index);
        });
}

void Discovery::abort()
{
    if (!m_running)
        return;
    const auto jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    ++m_generation;
    m_running = false;
    Q_EMIT finished();
}

template<typename Operation>
void Discovery::list(const Operation &op, int account, SourceSpec target, Done done, int rankBase,
                     const std::function<void(const Rows &page)> &onPage)
{
    const Profile &profile = m_profiles.at(account);
    const DiscoveredAccount &a = m_accounts.at(account);
    target.profileId = profile.id;
    target.profileName = profile.name;
    target.accountId = a.accountId;
    target.accountName = a.accountId.isEmpty() ? QString() : a.label();
    target.endpointOverride = profile.endpoint;
    ++m_pendingSteps[account];
    ResourceListJob *job = bindResourceListJob(op, target, m_accounts.at(account).credentials,
                                               m_nams ? m_nams(profile) : nullptr, m_policy, this);
    job->setRequestGate(m_gate);
    job->setParsePool(m_parsePool);
    job->setNetworkPool(m_networkPool);
    job->setRankBase(rankBase);
    auto rows = std::make_shared<Rows>();
    job->setSink([rows, onPage](const Rows &page) {
        rows->append(page);
        if (onPage)
            onPage(page);
    });
    m_jobs.append(job);
    connect(job, &ListEngine::finished, this,
            [this, job, rows, account, done = std::move(done), generation = m_generation](const ListResult &r) {
                m_jobs.removeAll(job);
                job->deleteLater();
                if (generation != m_generation)
                    return;
                m_requests += r.requests;
                done(*rows, r.error);
                stepDone(account);
            });
    job->start();
}

void Discovery::discoverAliyun(int account, const Profile &profile)
{
    SourceSpec regionsTarget; // no region: the central VPC endpoint
    list(aliyun::vpcDescribeRegions, account, regionsTarget,
         [this, account, profile](const Rows &rows, const ApiError &e) {
             DiscoveredAccount &a = m_accounts[account];
             if (e.isError()) {
                 a.regions = fallbackRegions(profile);
                 a.failures.append({DiscoveryFailure::Step::Regions,
                                    {},
                                    e,
                                    tr("Listing the configured regions instead: %1.").arg(joined(a.regions))});
                 return;
             }
             a.regions = restrict(idsOf(rows), profile.regions, tr("region %1"), a.notFound);
         });
    if (!wanted(m_services, Service::Ecr))
        return;
    SourceSpec ecrTarget;
    ecrTarget.region = traits(Service::Ecr).homeRegion;
    list(aliyun::ecrDescribeExpressConnectRouter, account, ecrTarget,
         [this, account, profile](const Rows &rows, const ApiError &e) {
             DiscoveredAccount &a = m_accounts[account];
             if (e.isError()) {
                 a.ecrIds = profile.ecrIds;
                 a.failures.append({DiscoveryFailure::Step::Instances,
                                    {},
                                    e,
                                    tr("Listing the configured ECR instances instead: %1.").arg(joined(a.ecrIds))});
                 return;
             }
             a.ecrIds = restrict(idsOf(rows), profile.ecrIds, tr("ECR instance %1"), a.notFound);
             if (a.ownId.isEmpty() && a.accountId.isEmpty() && !rows.isEmpty())
                 a.ownId = rows.constFirst().attribute(u"OwnerId");
         });
}

void Discovery::discoverHuawei(int account, const Profile &profile)
{
    // The projects lead to the router listings, which lead to the flow logs: two steps, ahead of one-step discovery
    // (the schedule before issue 19, without organisations first, ranks them alike).
    const int rank = m_organisationFirst ? RequestGate::chainedDiscoveryRank : RequestGate::discoveryRank;
    list(
        huawei::iamListProjects, account, SourceSpec{},
        [this, account, profile](const Rows &rows, const ApiError &e) { onProjects(account, profile, rows, e); }, rank);
}

void Discovery::onProjects(int account, const Profile &profile, const Rows &projects, const ApiError &error)
{
    DiscoveredAccount &a = m_accounts[account];
    // Every project to look into for routers: region -> project ids (the region's own first, then sub-projects).
    QList<std::pair<QString, QString>> lookIn;
    if (error.isError()) {
        a.regions = fallbackRegions(profile);
        for (const QString &region : std::as_const(a.regions)) {
            const QString id = profile.projectIds.value(region);
            if (!id.isEmpty()) {
                a.projectIds.insert(region, id);
                lookIn.append({region, id});
            }
        }
        a.failures.append({DiscoveryFailure::Step::Regions,
                           {},
                           error,
                           tr("Listing the configured regions instead: %1.").arg(joined(a.regions))});
    } else {
        QStringList found;
        QList<std::pair<QString, QString>> subProjects;
        for (const Resource &p : projects) {
            if (p.name == builtInObsProject || p.status != QLatin1String("enabled") || p.name.isEmpty())
                continue;
            if (a.ownId.isEmpty() && a.accountId.isEmpty())
                a.ownId = p.attribute(u"domain_id");
            const QString region = regionOfProject(p.name);
            if (region == p.name) {
                found.append(region);
                a.projectIds.insert(region, p.id);
            } else {
                subProjects.append({region, p.id});
            }
        }
        a.regions = restrict(found, profile.regions, tr("region %1"), a.notFound);
        for (const QString &region : std::as_const(a.regions))
            lookIn.append({region, a.projectIds.value(region)});
        for (const auto &[region, id] : std::as_const(subProjects)) {
            if (a.regions.contains(region))
                lookIn.append({region, id});
        }
    }
    if (m_profiles.at(account).organization)
        ownIdKnown(account); // its own domain is known now (or not: then every listed account is a member)
    if (!wanted(m_services, Service::Er))
        return;
    for (const auto &entry : std::as_const(lookIn)) {
        // Named copies, not a structured binding: clang 14 (the sanitizer build) cannot capture bindings in lambdas.
        const QString region = entry.first;
        const QString projectId = entry.second;
        SourceSpec target;
        target.service = Service::Er;
        target.region = region;
        target.projectId = projectId;
        list(huawei::erListEnterpriseRouters, account, target,
             [this, account, profile, region, projectId](const Rows &rows, const ApiError &e) {
                 DiscoveredAccount &acc = m_accounts[account];
                 const QStringList typed = profile.erIds.value(region);
                 QStringList ids;
                 if (e.isError()) {
                     ids = typed;
                     acc.failures.append(
                         {DiscoveryFailure::Step::Instances, region, e,
                          tr("Listing the configured routers of %1 instead: %2.").arg(region, joined(ids))});
                 } else {
                     // A typed router may be in another project of its region: what is missing is named once
                     // every project is listed (finishAccount).
                     ids = idsOf(rows);
                     if (!typed.isEmpty())
                         ids.removeIf([&typed](const QString &id) { return !typed.contains(id); });
                 }
                 for (const QString &id : std::as_const(ids))
                     acc.routers.append({region, projectId, id});
             });
    }
}

QList<int> Discovery::unfinishedAccounts() const
{
    QList<int> out;
    for (int i = 0; i < m_pendingSteps.size(); ++i) {
        if (m_pendingSteps.at(i) > 0)
            out.append(i);
    }
    return out;
}

void Discovery::stepDone(int account)
{
    if (--m_pendingSteps[account] == 0) {
        finishAccount(account);
        Q_EMIT accountReady(account);
    }
    checkFinished();
}

void Discovery::finishAccount(int account)
{
    DiscoveredAccount &a = m_accounts[account];
    const Profile &profile = m_profiles.at(account);
    QSet<QString> listedIn; // regions whose routers were listed (not fallen back)
    for (const QString &region : std::as_const(a.regions))
        listedIn.insert(region);
    for (const DiscoveryFailure &f : std::as_const(a.failures)) {
        if (f.step == DiscoveryFailure::Step::Instances || f.step == DiscoveryFailure::Step::Regions)
            listedIn.remove(f.region);
    }
    if (!wanted(m_services, Service::Er))
        return;
    for (auto it = profile.erIds.cbegin(); it != profile.erIds.cend(); ++it) {
        if (!listedIn.contains(it.key()))
            continue;
        for (const QString &id : it.value()) {
            const bool found = std::any_of(a.routers.cbegin(), a.routers.cend(),
                                           [&id](const DiscoveredRouter &r) { return r.id == id; });
            if (!found)
                a.notFound.append(tr("router %1 in %2").arg(id, it.key()));
        }
    }
}

void Discovery::checkFinished()
{
    if (!m_running)
        return;
    for (const int pending : std::as_const(m_pendingSteps)) {
        if (pending > 0)
            return;
    }
    m_running = false;
    Q_EMIT finished();
}

} // namespace flowlog
