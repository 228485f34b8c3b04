#pragma once

#include "aliyunrpc.h"
#include "listjob.h"

namespace flowlog {

// CEN DescribeFlowlogs (Cbn 2017-09-12): PageNumber/PageSize, every filter of the page via SourceSpec::filters
// (CenId, TransitRouterId, TransitRouterAttachmentId, FlowLogId, FlowLogName, Description, ProjectName,
// LogStoreName, Status, Interval, FlowLogVersion, Tag.N.Key/Value). SourceSpec::instanceId, when set, is the CenId.
class CenListJob final : public ListJob
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
