#include "cenlistjob.h"

#include <QDateTime>

namespace flowlog {

aliyun::RpcCall CenListJob::buildCall(const SourceSpec &source, int pageNumber, int pageSize)
{
    aliyun::RpcCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Cen, source.region), source.endpointOverride);
    call.method = "GET";
    call.action = QStringLiteral("DescribeFlowlogs"); // lower-case "l": the Cbn API's own spelling
    call.version = apiVersion(Service::Cen);
    call.params = {{QStringLiteral("RegionId"), source.region},
                   {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                   {QStringLiteral("PageSize"), QString::number(pageSize)}};
    const bool filterHasCen = std::any_of(source.filters.cbegin(), source.filters.cend(),
                                          [](const auto &p) { return p.first == QLatin1String("CenId"); });
    if (!source.instanceId.isEmpty() && !filterHasCen)
        call.params.append({QStringLiteral("CenId"), source.instanceId});
    call.params.append(source.filters);
    return call;
}

HttpRequest CenListJob::buildRequest(const Cursor &cursor) const
{
    const int size = source().pageSize > 0 ? std::min(source().pageSize, maxPageSize) : maxPageSize;
    aliyun::RpcCall call = buildCall(source(), cursor.pageNumber, size);
    call.signatureVersion = m_signatureVersion;
    return aliyun::buildRpcRequest(call, credentials(), QDateTime::currentDateTimeUtc(), aliyun::newNonce());
}

Verdict CenListJob::judge(const HttpResponse &response) const
{
    Verdict v = aliyun::judgeRpcResponse(response);
    if (v.error.isError())
        aliyun::addRpcHint(v.error, source().profileName);
    return v;
}

ListJob::PageParser CenListJob::pageParser() const
{
    return [context = rowContext()](const QByteArray &body) { return parseCenFlowLogsPage(body, context); };
}

} // namespace flowlog
