#pragma once

#include "aliyunrpc.h"
#include "listjob.h"

namespace flowlog {

// VPC DescribeFlowLogs (2016-04-28): PageNumber/PageSize (<= 50), every filter of the page via
// SourceSpec::filters (FlowLogName, FlowLogId, Description, ResourceType, ResourceId, TrafficType, ProjectName,
// LogStoreName, Status, VpcId, ResourceGroupId, Tags.N.Key/Value).
class VpcListJob final : public ListJob
{
    Q_OBJECT

public:
    using ListJob::ListJob;

    static constexpr int maxPageSize = 50;

    // Pure: the call for one page (tests check it without a network).
    [[nodiscard]] static aliyun::RpcCall buildCall(const SourceSpec &source, int pageNumber, int pageSize);

    void setSignatureVersion(aliyun::SignatureVersion version) { m_signatureVersion = version; }

protected:
    [[nodiscard]] HttpRequest buildRequest(const Cursor &cursor) const override;
    [[nodiscard]] Verdict judge(const HttpResponse &response) const override;
    [[nodiscard]] PageParser pageParser() const override;
    // Pages are addressed by number: once page 1 gives TotalCount the rest are fetched concurrently.
    [[nodiscard]] Paging paging() const override { return Paging::PageNumberFanOut; }

private:
    aliyun::SignatureVersion m_signatureVersion = aliyun::SignatureVersion::V1;
};

} // namespace flowlog
