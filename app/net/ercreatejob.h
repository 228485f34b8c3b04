#pragma once

#include "createjob.h"
#include "huaweisigner.h"

namespace flowlog {

// Huawei Cloud ER CreateFlowLog: POST /v3/{project_id}/enterprise-router/{er_id}/flow-logs with
// {"flow_log": {...}} and X-Client-Token = the draft's client token, the same on every retry (the executor's,
// after a dropped connection or a timeout included), so a retry never makes a second flow log. 202 Accepted is
// success; the returned flow_log becomes CreateResult::flowLog (hasFlowLog = true).
// Target: region, projectId (the region's project id), endpointOverride; er_id from the draft (erId), else the
// target's instanceId.
class ErCreateJob final : public CreateJob
{
    Q_OBJECT

public:
    using CreateJob::CreateJob;

    // Pure: the call for a draft whose client token is already set.
    [[nodiscard]] static huawei::RestCall buildCall(const SourceSpec &target, const FlowLogDraft &draft);
    // {"flow_log":{"name","description","resource_type","resource_id","log_store_type","log_group_id",
    // "log_stream_id"}} in the SDK's key order, UTF-8, compact; description only when given.
    [[nodiscard]] static QByteArray requestBody(const FlowLogDraft &draft);

protected:
    [[nodiscard]] HttpRequest buildRequest() const override;
    [[nodiscard]] Verdict judge(const HttpResponse &response) const override;
    [[nodiscard]] CreateResult parse(const HttpResponse &response) const override;
};

} // namespace flowlog
