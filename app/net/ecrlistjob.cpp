#include "ecrlistjob.h"

#include <QDateTime>

namespace flowlog {

aliyun::RpcCall EcrListJob::buildCall(const SourceSpec &source, const QString &nextToken, int maxResults)
{
    aliyun::RpcCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Ecr, source.region), source.endpointOverride);
    call.method = "GET";
    call.action = QStringLiteral("DescribeFlowLogs");
    call.version = apiVersion(Service::Ecr);
    call.params = {{QStringLiteral("EcrId"), source.instanceId},
                   {QStringLiteral("MaxResults"), QString::number(maxResults)}};
    if (!nextToken.isEmpty())
        call.params.append({QStringLiteral("NextToken"), nextToken});
    call.params.append(source.filters);
    return call;
}

HttpRequest EcrListJob::buildRequest(const Cursor &cursor) const
{
    const int size = source().pageSize > 0 ? source().pageSize : defaultMaxResults;
    aliyun::RpcCall call = buildCall(source(), cursor.token, size);
    call.signatureVersion = m_signatureVersion;
    return aliyun::buildRpcRequest(call, credentials(), QDateTime::currentDateTimeUtc(), aliyun::newNonce());
}

Verdict EcrListJob::judge(const HttpResponse &response) const
{
    Verdict v = aliyun::judgeRpcResponse(response);
    if (v.error.isError())
        aliyun::addRpcHint(v.error, source().profileName);
    return v;
}

ListJob::PageParser EcrListJob::pageParser() const
{
    return [context = rowContext()](const QByteArray &body) { return parseEcrFlowLogsPage(body, context); };
}

bool EcrListJob::advance(const ListPage &page, Cursor &cursor, ApiError &error)
{
    return advanceByToken(page, cursor, error);
}

} // namespace flowlog
