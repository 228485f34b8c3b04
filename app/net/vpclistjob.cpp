#include "vpclistjob.h"

#include <QDateTime>

namespace flowlog {

aliyun::RpcCall VpcListJob::buildCall(const SourceSpec &source, int pageNumber, int pageSize)
{
    aliyun::RpcCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Vpc, source.region), source.endpointOverride);
    call.method = "GET";
    call.action = QStringLiteral("DescribeFlowLogs");
    call.version = apiVersion(Service::Vpc);
    call.params = {{QStringLiteral("RegionId"), source.region},
                   {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                   {QStringLiteral("PageSize"), QString::number(pageSize)}};
    call.params.append(source.filters);
    return call;
}

HttpRequest VpcListJob::buildRequest(const Cursor &cursor) const
{
    const int size = source().pageSize > 0 ? std::min(source().pageSize, maxPageSize) : maxPageSize;
    aliyun::RpcCall call = buildCall(source(), cursor.pageNumber, size);
    call.signatureVersion = m_signatureVersion;
    return aliyun::buildRpcRequest(call, credentials(), QDateTime::currentDateTimeUtc(), aliyun::newNonce());
}

Verdict VpcListJob::judge(const HttpResponse &response) const
{
    Verdict v = aliyun::judgeRpcResponse(response);
    if (v.error.isError())
        aliyun::addRpcHint(v.error, source().profileName);
    return v;
}

ListJob::PageParser VpcListJob::pageParser() const
{
    return [context = rowContext()](const QByteArray &body) { return parseVpcFlowLogsPage(body, context); };
}

} // namespace flowlog
