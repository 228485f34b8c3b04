#include "huaweioperations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog::huawei {

namespace {

using namespace Qt::StringLiterals;

constexpr QLatin1StringView flowLogsPath = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs"_L1;

bool isClientSideFilter(const QString &key)
{
    return key == "state"_L1 || key == "log_group_id"_L1 || key == "log_stream_id"_L1;
}

// The engine owns paging: these keys in the filters would break it.
bool isPagingKey(const QString &key)
{
    return key == "limit"_L1 || key == "marker"_L1;
}

// A JSON string literal exactly as QJsonDocument writes it (escapes, raw UTF-8).
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

RestRequest listRequest(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r;
    r.pathValues = {{"project_id"_L1, source.projectId}, {"er_id"_L1, source.instanceId}};
    r.query = markerPaging(std::clamp(cursor.pageSize, 1, 2000), cursor);
    for (const auto &[key, value] : source.filters) {
        if (!isClientSideFilter(key) && !isPagingKey(key))
            r.query.append({key, value});
    }
    r.headers = erHeaders(source.projectId);
    return r;
}

RestRequest createRequest(const CreateInput &in, const Cursor &)
{
    RestRequest r;
    r.pathValues = {{"project_id"_L1, in.target.projectId},
                    {"er_id"_L1, in.draft.erId.isEmpty() ? in.target.instanceId : in.draft.erId}};
    r.headers = erHeaders(in.target.projectId);
    if (!in.draft.clientToken.isEmpty())
        r.headers.emplace_back("X-Client-Token", in.draft.clientToken.toUtf8());
    r.body = createBody(in.draft);
    return r;
}

ListPage listPage(const HttpResponse &response, const SourceSpec &source)
{
    ListPage page = parseErFlowLogsPage(response.body, source.rowContext());
    if (!page.error.isError()) {
        page.sentRows = page.rows.size();
        page.rows = applyClientFilters(source, std::move(page.rows));
    }
    return page;
}

CreateResult createAnswer(const HttpResponse &response, const CreateInput &in)
{
    return createResult(response, in.target.rowContext());
}

} // namespace

QString expandPath(QLatin1StringView pathTemplate, const QList<std::pair<QLatin1StringView, QString>> &values)
{
    QString path = pathTemplate;
    for (const auto &[name, value] : values)
        path.replace(u'{' + QString(name) + u'}', value);
    return path;
}

Headers jsonHeaders()
{
    return {{"Content-Type", "application/json"}};
}

Headers erHeaders(const QString &projectId)
{
    Headers headers = jsonHeaders();
    headers.emplace_back("X-Project-Id", projectId.toUtf8());
    return headers;
}

Query markerPaging(int limit, const Cursor &cursor)
{
    Query query{{QStringLiteral("limit"), QString::number(limit)}};
    if (!cursor.token.isEmpty())
        query.append({QStringLiteral("marker"), cursor.token});
    return query;
}

RestRequest markerPagedRequest(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r;
    r.query = markerPaging(cursor.pageSize, cursor);
    r.query.append(source.filters);
    r.headers = jsonHeaders();
    return r;
}

QList<FlowLog> applyClientFilters(const SourceSpec &source, QList<FlowLog> rows)
{
    QStringList states;
    QStringList groups;
    QStringList streams;
    for (const auto &[key, value] : source.filters) {
        if (key == "state"_L1)
            states << value;
        else if (key == "log_group_id"_L1)
            groups << value;
        else if (key == "log_stream_id"_L1)
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

QByteArray createBody(const FlowLogDraft &draft)
{
    // QJsonObject sorts its keys; the body is written by hand to keep the SDK's order, so a request built here
    // is byte for byte the one the official SDK sends for the same draft.
    QList<std::pair<const char *, QString>> members;
    members.append({"name", draft.name});
    if (!draft.description.isEmpty())
        members.append({"description", draft.description});
    members.append({"resource_type", draft.resourceType.isEmpty() ? QStringLiteral("attachment") : draft.resourceType});
    members.append({"resource_id", draft.resourceId});
    members.append({"log_store_type", QStringLiteral("LTS")});
    members.append({"log_group_id", draft.logGroupId});
    members.append({"log_stream_id", draft.logStreamId});
    QByteArray inner;
    for (const auto &[key, value] : members) {
        if (!inner.isEmpty())
            inner += ',';
        inner += '"' + QByteArray(key) + "\":" + jsonString(value);
    }
    return "{\"flow_log\":{" + inner + "}}";
}

const FlowLogList erListFlowLogs{&products::er, "GET",   flowLogsPath, OperationRules::flowLogList(Service::Er, 100),
                                 listRequest,   listPage};
const FlowLogCreate erCreateFlowLog{&products::er, "POST",      flowLogsPath, OperationRules::create(),
                                    createRequest, createAnswer};

} // namespace flowlog::huawei
