#include "ecrcreatejob.h"

namespace flowlog {

aliyun::RpcCall EcrCreateJob::buildCall(const SourceSpec &target, const FlowLogDraft &draft)
{
    aliyun::RpcCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Ecr, target.region), target.endpointOverride);
    call.method = "POST"; // ECR create is POST + form only
    call.action = QStringLiteral("CreateFlowLog");
    call.version = apiVersion(Service::Ecr);
    call.params = {{QStringLiteral("EcrId"), draft.ecrId.isEmpty() ? target.instanceId : draft.ecrId},
                   {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                   {QStringLiteral("InstanceId"), draft.instanceId},
                   {QStringLiteral("ProjectName"), draft.projectName},
                   {QStringLiteral("LogStoreName"), draft.logStoreName}};
    appendIfSet(call.params, QStringLiteral("FlowLogName"), draft.name);
    appendIfSet(call.params, QStringLiteral("Description"), draft.description);
    if (draft.intervalSeconds > 0)
        call.params.append({QStringLiteral("Interval"), QString::number(draft.intervalSeconds)});
    appendIfSet(call.params, QStringLiteral("SamplingRate"), draft.samplingRate);
    appendTags(call.params, draft.tags);
    if (draft.dryRun)
        call.params.append({QStringLiteral("DryRun"), QStringLiteral("true")});
    appendIfSet(call.params, QStringLiteral("ClientToken"), draft.clientToken);
    return call;
}

} // namespace flowlog
