#include "flowlogdraft.h"

#include <algorithm>
#include <iterator>

namespace flowlog {

const QString &FlowLogDraft::ensureClientToken()
{
    if (clientToken.isEmpty())
        clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return clientToken;
}

bool FlowLogDraft::sameRequestAs(const FlowLogDraft &o) const
{
    // Every field but the client token (tst_flowlogdraft changes each in turn): a new field belongs here too.
    return service == o.service && region == o.region && name == o.name && description == o.description &&
           resourceType == o.resourceType && resourceId == o.resourceId && trafficType == o.trafficType &&
           trafficPaths == o.trafficPaths && projectName == o.projectName && logStoreName == o.logStoreName &&
           intervalSeconds == o.intervalSeconds && cenId == o.cenId && transitRouterId == o.transitRouterId &&
           transitRouterAttachmentId == o.transitRouterAttachmentId && logFormat == o.logFormat && ecrId == o.ecrId &&
           instanceId == o.instanceId && samplingRate == o.samplingRate && dryRun == o.dryRun && erId == o.erId &&
           logGroupId == o.logGroupId && logStreamId == o.logStreamId && tags == o.tags;
}

int parseIntervalSeconds(const QString &text)
{
    QString t = text.trimmed().toLower();
    int factor = 1;
    if (t.endsWith(QLatin1Char('m'))) {
        factor = 60;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('s'))) {
        t.chop(1);
    }
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value <= 0)
        return -1;
    return value * factor;
}

bool createFieldApplies(Service service, QLatin1StringView field)
{
    static const QLatin1StringView common[] = {fields::Region, fields::Name, fields::Description};
    static const QLatin1StringView sls[] = {fields::ProjectName, fields::LogStoreName, fields::Interval, fields::Tags};
    const auto in = [field](const auto &list) {
        return std::find(std::begin(list), std::end(list), field) != std::end(list);
    };
    switch (service) {
    case Service::Vpc: {
        static const QLatin1StringView own[] = {fields::ResourceType, fields::ResourceId, fields::TrafficType,
                                                fields::TrafficPath};
        return in(common) || in(sls) || in(own);
    }
    case Service::Cen: {
        static const QLatin1StringView own[] = {fields::CenId, fields::TransitRouterId,
                                                fields::TransitRouterAttachmentId, fields::LogFormat};
        return in(common) || in(sls) || in(own);
    }
    case Service::Ecr: {
        // ECR is served from one region: no region parameter.
        static const QLatin1StringView own[] = {fields::Name, fields::Description, fields::EcrId, fields::InstanceId,
                                                fields::SamplingRate};
        return in(sls) || in(own);
    }
    case Service::Er: {
        // The ER create API takes no tags and no interval; its storage is LTS.
        static const QLatin1StringView own[] = {fields::ErId, fields::ResourceId, fields::LogGroupId,
                                                fields::LogStreamId};
        return in(common) || in(own);
    }
    }
    return false;
}

} // namespace flowlog
