#pragma once

#include "aliyunrpc.h"
#include "listjob.h"

namespace flowlog {

// Express Connect Router DescribeFlowLogs (2023-09-01): EcrId (required) is SourceSpec::instanceId;
// NextToken/MaxResults paging; the page's filters via SourceSpec::filters (FlowLogId, FlowLogName, ProjectName,
// LogStoreName, InstanceId, ResourceGroupId, Tag.N.Key/Value).
class EcrListJob final : public ListJob
{
    Q_OBJECT

public:
    using ListJob::ListJob;

    static constexpr int defaultMaxResults = 50;

    // Pure: the call for one page; an empty token asks for the first page.
    [[nodiscard]] static aliyun::RpcCall buildCall(const SourceSpec &source, const QString &nextToken, int maxResults);

    void setSignatureVersion(aliyun::SignatureVersion version) { m_signatureVersion = version; }

protected:
    [[nodiscard]] HttpRequest buildRequest(const Cursor &cursor) const override;
    [[nodiscard]] Verdict judge(const HttpResponse &response) const override;
    [[nodiscard]] PageParser pageParser() const override;
    [[nodiscard]] bool advance(const ListPage &page, Cursor &cursor, ApiError &error) override;

private:
    aliyun::SignatureVersion m_signatureVersion = aliyun::SignatureVersion::V1;
};

} // namespace flowlog
