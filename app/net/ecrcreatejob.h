#pragma once

#include "aliyuncreatejob.h"

namespace flowlog {

// Express Connect Router CreateFlowLog (2023-09-01), POST form: EcrId (the draft's, else SourceSpec::instanceId),
// InstanceType=VBR, InstanceId (the VBR), ProjectName, LogStoreName, FlowLogName, Description, Interval,
// SamplingRate, Tag.N, DryRun, ClientToken. A DryRun reports success without an id.
class EcrCreateJob final : public AliyunCreateJob
{
    Q_OBJECT

public:
    using AliyunCreateJob::AliyunCreateJob;

    [[nodiscard]] static aliyun::RpcCall buildCall(const SourceSpec &target, const FlowLogDraft &draft);

protected:
    [[nodiscard]] aliyun::RpcCall call() const override { return buildCall(target(), draft()); }
};

} // namespace flowlog
