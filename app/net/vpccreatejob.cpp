#include "vpccreatejob.h"

namespace flowlog {

aliyun::RpcCall VpcCreateJob::buildCall(const SourceSpec &target, const FlowLogDraft &draft)
{
    const QString region = draft.region.isEmpty() ? target.region : draft.region;
    aliyun::RpcCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Vpc, region), target.endpointOverride);
    call.method = "POST";
    call.action = QStringLiteral("CreateFlowLog");
    call.version = apiVersion(Service::Vpc);
    call.params = {{QStringLiteral("RegionId"), region},
                   {QStringLiteral("ResourceType"), draft.resourceType},
                   {QStringLiteral("ResourceId"), draft.resourceId},
                   {QStringLiteral("TrafficType"), draft.trafficType},
                   {QStringLiteral("ProjectName"), draft.projectName},
                   {QStringLiteral("LogStoreName"), draft.logStoreName}};
    appendIfSet(call.params, QStringLiteral("FlowLogName"), draft.name);
    appendIfSet(call.params, QStringLiteral("Description"), draft.description);
    if (draft.intervalSeconds > 0) // VPC counts minutes
        call.params.append({QStringLiteral("AggregationInterval"), QString::number(draft.intervalSeconds / 60)});
    for (qsizetype i = 0; i < draft.trafficPaths.size(); ++i)
        call.params.append({QStringLiteral("TrafficPath.%1").arg(i + 1), draft.trafficPaths.at(i)});
    appendTags(call.params, draft.tags);
    appendIfSet(call.params, QStringLiteral("ClientToken"), draft.clientToken);
    return call;
}

} // namespace flowlog
