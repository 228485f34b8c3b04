#include "createtarget.h"

namespace flowlog {

SourceSpec createTarget(const Profile &profile, const FlowLogDraft &d)
{
    SourceSpec s;
    s.profileId = profile.id;
    s.profileName = profile.name;
    s.service = d.service;
    s.region = d.service == Service::Ecr ? (d.region.isEmpty() ? QStringLiteral("cn-shanghai") : d.region) : d.region;
    if (d.service == Service::Ecr)
        s.instanceId = d.ecrId;
    if (d.service == Service::Er) {
        s.instanceId = d.erId;
        s.projectId = profile.projectIds.value(d.region);
    }
    s.endpointOverride = profile.endpoint;
    return s;
}

} // namespace flowlog
