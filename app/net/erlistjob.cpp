#include "erlistjob.h"

#include "huaweiparsers.h"

#include <QDateTime>

#include <algorithm>

namespace flowlog {

namespace {

bool isClientSideFilter(const QString &key)
{
    return key == QLatin1String("state") || key == QLatin1String("log_group_id") ||
           key == QLatin1String("log_stream_id");
}

// The job owns paging: these keys in the filters would break it.
bool isPagingKey(const QString &key)
{
    return key == QLatin1String("limit") || key == QLatin1String("marker");
}

} // namespace

int ErListJob::limitFor(const SourceSpec &source)
{
    return source.pageSize > 0 ? std::min(source.pageSize, maxLimit) : defaultLimit;
}

huawei::RestCall ErListJob::buildCall(const SourceSpec &source, const QString &marker, int limit)
{
    huawei::RestCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Er, source.region), source.endpointOverride);
    call.endpoint.setPath({});
    call.method = "GET";
    call.path = QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs").arg(source.projectId, source.instanceId);
    call.query.append({QStringLiteral("limit"), QString::number(std::clamp(limit, 1, maxLimit))});
    if (!marker.isEmpty())
        call.query.append({QStringLiteral("marker"), marker});
    for (const auto &[key, value] : source.filters) {
        if (!isClientSideFilter(key) && !isPagingKey(key))
            call.query.append({key, value});
    }
    // The SDK declares JSON for every ER call, GET included, and signs it with the project id.
    call.headers.emplace_back("Content-Type", "application/json");
    call.headers.emplace_back("X-Project-Id", source.projectId.toUtf8());
    return call;
}

QList<FlowLog> ErListJob::applyClientFilters(const SourceSpec &source, QList<FlowLog> rows)
{
    QStringList states;
    QStringList groups;
    QStringList streams;
    for (const auto &[key, value] : source.filters) {
        if (key == QLatin1String("state"))
            states << value;
        else if (key == QLatin1String("log_group_id"))
            groups << value;
        else if (key == QLatin1String("log_stream_id"))
            streams << value;
    }
    if (states.isEmpty() && groups.isEmpty() && streams.isEmpty())
        return rows;
    rows.removeIf([&](const FlowLog &f) {
        return (!states.isEmpty() && !states.contains(f.status, Qt::CaseInsensitive)) ||
               (!groups.isEmpty() && !groups.contains(f.storageProject)) ||
               (!streams.isEmpty() && !streams.contains(f.storageStore));
    });
    return rows;
}

HttpRequest ErListJob::buildRequest(const Cursor &cursor) const
{
    return huawei::signRequest(buildCall(source(), cursor.token, limitFor(source())), credentials(),
                               QDateTime::currentDateTimeUtc());
}

Verdict ErListJob::judge(const HttpResponse &response) const
{
    return huawei::judgeResponse(response, source().profileName);
}

ListJob::PageParser ErListJob::pageParser() const
{
    return [context = rowContext(), source = source()](const QByteArray &body) {
        ListPage page = huawei::parseErFlowLogsPage(body, context);
        if (!page.error.isError())
            page.rows = applyClientFilters(source, std::move(page.rows));
        return page;
    };
}

bool ErListJob::advance(const ListPage &page, Cursor &cursor, ApiError &error)
{
    if (page.rows.isEmpty() && page.pageSize > 0) {
        // A client-side filter dropped every row of this page; paging is judged on what the service sent.
        ListPage sent = page;
        sent.rows.append(FlowLog{});
        return advanceByToken(sent, cursor, error);
    }
    return advanceByToken(page, cursor, error);
}

} // namespace flowlog
