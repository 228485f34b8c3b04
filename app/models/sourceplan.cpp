#include "inventory.h"

#include "aliyundiscovery.h"
#include "aliyunoperations.h"
#include "huaweidiscovery.h"

#include <QMap>

// The pure planning half of Inventory: which sources a sweep lists, from profiles as configured, from discovered
// accounts, and (issue 19 goal 6) which of an account's sources are worth listing before its discovery is done.

namespace flowlog {

namespace {

// Huawei addresses every call to a project: one per region.
bool needsProjectId(Provider provider)
{
    switch (provider) {
    case Provider::Huawei:
        return true;
    case Provider::Aliyun:
        return false;
    }
    return false;
}

} // namespace

ApiError Inventory::configurationError(const SourceSpec &s)
{
    ApiError error;
    if (needsProjectId(s.provider()) && s.projectId.isEmpty()) {
        error.kind = ApiError::Kind::Configuration;
        error.message = tr("No project ID is set for region %1.").arg(s.region);
        error.hint = tr("Edit the profile and enter the project ID of this region.");
    }
    return error;
}

bool Inventory::sameListing(const SourceSpec &a, const SourceSpec &b)
{
    return a.id() == b.id() && a.projectId == b.projectId && a.endpointOverride == b.endpointOverride &&
           a.filters == b.filters && a.pageSize == b.pageSize && a.accountName == b.accountName;
}

DiscoveredAccount Inventory::configuredAccount(const Profile &p)
{
    DiscoveredAccount a;
    a.profileId = p.id;
    a.profileName = p.name;
    a.provider = p.provider;
    a.endpoint = p.endpoint;
    a.regions = p.effectiveRegions();
    a.projectIds = p.projectIds;
    a.ecrIds = p.ecrIds;
    for (auto it = p.erIds.cbegin(); it != p.erIds.cend(); ++it) {
        for (const QString &id : it.value())
            a.routers.append({it.key(), p.projectIds.value(it.key()), id});
    }
    return a;
}

QList<SourceSpec> Inventory::planSources(const QList<Profile> &profiles, const SweepScope &scope)
{
    QList<DiscoveredAccount> accounts;
    for (const Profile &p : profiles) {
        if (p.enabled && (scope.profileNames.isEmpty() || scope.profileNames.contains(p.name)))
            accounts.append(configuredAccount(p));
    }
    return planSources(accounts, scope);
}

QList<SourceSpec> Inventory::planSources(const QList<DiscoveredAccount> &accounts, const SweepScope &scope)
{
    QList<SourceSpec> out;
    for (const DiscoveredAccount &a : accounts) {
        if (!a.reachable)
            continue;
        const auto inRegion = [&scope](const QString &r) {
            return scope.regions.isEmpty() || scope.regions.contains(r);
        };
        QList<Service> services;
        for (const Service s : servicesOf(a.provider)) {
            if (scope.services.isEmpty() || scope.services.contains(s))
                services.append(s);
        }
        SourceSpec base;
        base.profileId = a.profileId;
        base.profileName = a.profileName;
        base.accountId = a.accountId;
        base.accountName = a.accountId.isEmpty() ? QString() : a.label();
        base.endpointOverride = a.endpoint;
        base.filters = scope.filters;
        const auto add = [&](Service service, const QString &region, const QString &instance,
                             const QString &projectId) {
            SourceSpec src = base;
            src.service = service;
            src.region = region;
            src.instanceId = instance;
            src.projectId = projectId;
            out.append(src);
        };
        // The instances of a service in a region (one source each), for services listed per instance.
        const auto eachInstance = [&](Service service, const QString &region, auto fn) {
            switch (service) {
            case Service::Ecr:
                for (const QString &id : a.ecrIds)
                    fn(id, QString());
                break;
            case Service::Er:
                for (const DiscoveredRouter &r : a.routers) {
                    if (r.region == region)
                        fn(r.id, r.projectId);
                }
                break;
            case Service::Vpc:
            case Service::Cen:
                break;
            }
        };
        // Region by region, the services listed per region, then those listed per instance of the region...
        for (const QString &region : a.regions) {
            if (!inRegion(region))
                continue;
            for (const Service s : std::as_const(services)) {
                switch (traits(s).scope) {
                case Scope::PerRegion:
                    add(s, region, {}, a.projectIds.value(region));
                    break;
                case Scope::PerInstance:
                case Scope::Global:
                    break;
                }
            }
            for (const Service s : std::as_const(services)) {
                if (traits(s).scope == Scope::PerInstance)
                    eachInstance(s, region, [&](const QString &id, const QString &projectId) {
                        add(s, region, id, projectId.isEmpty() ? a.projectIds.value(region) : projectId);
                    });
            }
        }
        // ...then the global services: one endpoint, one home region, one source per instance.
        for (const Service s : std::as_const(services)) {
            const ServiceTraits &t = traits(s);
            if (t.scope == Scope::Global && inRegion(t.homeRegion))
                eachInstance(s, t.homeRegion,
                             [&](const QString &id, const QString &) { add(s, t.homeRegion, id, {}); });
        }
    }
    return out;
}

QList<SourceSpec> Inventory::knownSources(const Profile &profile, const QList<SourceSpec> &lastSweep,
                                          const SweepScope &scope)
{
    // What the last sweep listed of the account is the best guess of what discovery will find now: its regions and
    // its instances, with the project ids discovery found then.
    QList<SourceSpec> out;
    for (SourceSpec s : lastSweep) {
        if (s.profileId != profile.id || !s.accountId.isEmpty())
            continue;
        if (!scope.services.isEmpty() && !scope.services.contains(s.service))
            continue;
        if (!scope.regions.isEmpty() && !scope.regions.contains(s.region))
            continue;
        s.profileName = profile.name;
        s.endpointOverride = profile.endpoint;
        s.filters = scope.filters;
        s.pageSize = 0;
        if (!configurationError(s).isError())
            out.append(s);
    }
    if (!out.isEmpty())
        return out;
    // A first sweep: the profile's configured sources (typed regions, else the provider's default regions, which
    // every account has; typed instance ids), those that can be addressed without discovery.
    for (const SourceSpec &s : planSources(QList<Profile>{profile}, scope)) {
        if (!configurationError(s).isError())
            out.append(s);
    }
    return out;
}

QList<std::pair<QUrl, int>> Inventory::firstRoundEndpoints(const QList<Profile> &profiles, const SweepScope &scope,
                                                           bool knownFirst)
{
    QMap<QString, std::pair<QUrl, int>> byUrl; // sorted: the same order every time
    const auto add = [&byUrl](const QUrl &url) {
        auto &entry = byUrl[url.toString()];
        entry.first = url;
        ++entry.second;
    };
    const bool ecr = scope.services.isEmpty() || scope.services.contains(Service::Ecr);
    for (const Profile &p : profiles) {
        SourceSpec target;
        target.endpointOverride = p.endpoint;
        // What Discovery::start asks first (discovery.cpp): the same operations, so the same endpoint rules.
        switch (p.provider) {
        case Provider::Aliyun:
            add(target.endpoint(*aliyun::vpcDescribeRegions.product));
            if (p.organization) {
                add(target.endpoint(*aliyun::rdListAccounts.product));
                add(target.endpoint(*aliyun::stsGetCallerIdentity.product));
            }
            if (ecr) {
                SourceSpec home = target;
                home.region = traits(Service::Ecr).homeRegion;
                add(home.endpoint(*aliyun::ecrDescribeExpressConnectRouter.product));
            }
            break;
        case Provider::Huawei:
            add(target.endpoint(*huawei::iamListProjects.product));
            if (p.organization)
                add(target.endpoint(*huawei::orgListAccounts.product));
            break;
        }
        if (!knownFirst)
            continue;
        for (const SourceSpec &s : knownSources(p, {}, scope))
            add(s.endpoint(*traits(s.service).product));
    }
    return byUrl.values();
}

} // namespace flowlog
