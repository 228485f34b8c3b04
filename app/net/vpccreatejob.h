#pragma once

#include "aliyuncreatejob.h"

namespace flowlog {

// VPC CreateFlowLog (2016-04-28), POST form: RegionId = SourceSpec::region (else the draft's), ResourceType,
// ResourceId, TrafficType, ProjectName, LogStoreName, FlowLogName, Description, AggregationInterval (minutes on
// the wire; the draft holds seconds), TrafficPath.N, Tag.N, ClientToken.
class VpcCreateJob final : public AliyunCreateJob
{
    Q_OBJECT

public:
    using AliyunCreateJob::AliyunCreateJob;

    [[nodiscard]] static aliyun::RpcCall buildCall(const SourceSpec &target, const FlowLogDraft &draft);

protected:
    [[nodiscard]] aliyun::RpcCall call() const override { return buildCall(target(), draft()); }
};

} // namespace flowlog
