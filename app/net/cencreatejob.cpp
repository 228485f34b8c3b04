#include "cencreatejob.h"

namespace flowlog {

aliyun::RpcCall CenCreateJob::buildCall(const SourceSpec &target, const FlowLogDraft &draft)
{
    const QString region = draft.region.isEmpty() ? target.region : draft.region;
    aliyun::RpcCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Cen, region), target.endpointOverride);
    call.method = "POST";
    call.action = QStringLiteral("CreateFlowlog"); // the Cbn API's own spelling
    call.version = apiVersion(Service::Cen);
    call.params = {{QStringLiteral("RegionId"), region},
                   {QStringLiteral("CenId"), draft.cenId.isEmpty() ? target.instanceId : draft.cenId},
                   {QStringLiteral("ProjectName"), draft.projectName},
                   {QStringLiteral("LogStoreName"), draft.logStoreName}};
    appendIfSet(call.params, QStringLiteral("FlowLogName"), draft.name);
    appendIfSet(call.params, QStringLiteral("Description"), draft.description);
    appendIfSet(call.params, QStringLiteral("TransitRouterId"), draft.transitRouterId);
    appendIfSet(call.params, QStringLiteral("TransitRouterAttachmentId"), draft.transitRouterAttachmentId);
    if (draft.intervalSeconds > 0)
        call.params.append({QStringLiteral("Interval"), QString::number(draft.intervalSeconds)});
    appendIfSet(call.params, QStringLiteral("LogFormatString"), draft.logFormat);
    appendTags(call.params, draft.tags);
    appendIfSet(call.params, QStringLiteral("ClientToken"), draft.clientToken);
    return call;
}

} // namespace flowlog
