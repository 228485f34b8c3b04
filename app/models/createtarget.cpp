#include "createtarget.h"

#include "pendingcreates.h"
#include "profilestore.h"

namespace flowlog {

namespace {

// The instance a draft names for services listed per instance.
QString instanceOf(const FlowLogDraft &d)
{
    switch (d.service) {
    case Service::Ecr:
        return d.ecrId;
    case Service::Er:
        return d.erId;
    case Service::Vpc:
    case Service::Cen:
        return {};
    }
    return {};
}

} // namespace

SourceSpec profileSource(const Profile &profile)
{
    SourceSpec s;
    s.profileId = profile.id;
    s.profileName = profile.name;
    s.endpointOverride = profile.endpoint;
    return s;
}

SourceSpec createTarget(const Profile &profile, const FlowLogDraft &d)
{
    const ServiceTraits &t = traits(d.service);
    SourceSpec s = profileSource(profile);
    s.service = d.service;
    s.region = d.region;
    switch (t.scope) {
    case Scope::Global:
        if (s.region.isEmpty())
            s.region = t.homeRegion;
        break;
    case Scope::PerRegion:
    case Scope::PerInstance:
        break;
    }
    s.instanceId = instanceOf(d);
    s.projectId = profile.projectIds.value(d.region);
    return s;
}

QStringList createRegions(const Profile &profile)
{
    return profile.effectiveRegions();
}

PendingCreates &consolePendingCreates(const ProfileStore *profiles)
{
    static PendingCreates session;
    static PendingCreates persistent(PendingCreates::defaultPath());
    return profiles && profiles->isPersistent() ? persistent : session;
}

} // namespace flowlog
