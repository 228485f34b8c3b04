#pragma once

#include "aliyuncreatejob.h"

namespace flowlog {

// CEN CreateFlowlog (Cbn 2017-09-12), POST form: RegionId = SourceSpec::region (else the draft's), CenId (the
// draft's, else SourceSpec::instanceId), FlowLogName, Description, ProjectName, LogStoreName, TransitRouterId,
// TransitRouterAttachmentId, Interval (seconds), LogFormatString, Tag.N, ClientToken.
class CenCreateJob final : public AliyunCreateJob
{
    Q_OBJECT

public:
    using AliyunCreateJob::AliyunCreateJob;

    [[nodiscard]] static aliyun::RpcCall buildCall(const SourceSpec &target, const FlowLogDraft &draft);

protected:
    [[nodiscard]] aliyun::RpcCall call() const override { return buildCall(target(), draft()); }
};

} // namespace flowlog
