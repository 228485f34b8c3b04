#include "huaweiparsers.h"

#include "rowpacking.h"

#include "jsonread.h"
#include "jsonscan.h"
#include "retrypolicy.h"
#include "rowreaders.h"
#include "simdobject.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog::huawei {

using json::str;

namespace {

// The mapper over a QJsonObject or a json::SimdObject (read with the same meaning).
template<typename Obj> FlowLog erRow(const Obj &o, const RowContext &ctx)
{
    FlowLog f = ctx.newFlowLog(Service::Er);
    static constexpr json::FlowLogFieldNames names{QLatin1StringView("name"), QLatin1StringView("description"),
                                                   QLatin1StringView("log_group_id"),
                                                   QLatin1StringView("log_stream_id"), QLatin1StringView("created_at")};
    json::readFlowLogFieldsOf(f, o, names);
    f.resourceType = json::sharedStr(o, QLatin1StringView("resource_type"));
    f.resourceId = str(o, QLatin1StringView("resource_id"));
    f.intervalSeconds = static_cast<int>(json::integer(o, QLatin1StringView("log_aggregation_interval"), 0));
    return f; // rawJson: the page's rows are packed together (setRawJson), a row alone by packedAlone
}

// The page through simdjson; false (page half-filled) for anything the QJsonDocument path must judge (see
// aliyunparsers.cpp's parseFast).
bool parseFast(const QByteArray &body, const RowContext &ctx, ListPage &page)
{
    using simdjson::dom::element_type;
    json::SimdObject r;
    if (!json::parseRootObject(body, r))
        return false;
    page.requestId = str(r, QLatin1StringView("request_id"));
    simdjson::dom::element flowLogs;
    const bool present = r.find(QLatin1StringView("flow_logs"), flowLogs);
    if (present && flowLogs.type() != element_type::NULL_VALUE && flowLogs.type() != element_type::ARRAY)
        return false;
    if (present && flowLogs.type() == element_type::ARRAY) {
        const simdjson::dom::array rows = flowLogs.get_array().value_unsafe();
        page.rows.reserve(qsizetype(rows.size()));
        PackedPage packed(Service::Er);
        for (const simdjson::dom::element e : rows) {
            if (e.type() != element_type::OBJECT)
                return false;
            const json::SimdObject o(e.get_object().value_unsafe());
            page.rows.append(erRow(o, ctx));
            o.appendCompact(packed.buffer());
            packed.endValue();
            if (!o.sure())
                return false;
        }
        setRawJson(page.rows, packed); // the page is dropped whole if the envelope turns out unsure
    }
    page.pageSize = static_cast<int>(page.rows.size());
    simdjson::dom::element infoValue;
    const json::SimdObject info =
        r.find(QLatin1StringView("page_info"), infoValue) && infoValue.type() == element_type::OBJECT
            ? json::SimdObject(infoValue.get_object().value_unsafe())
            : json::SimdObject();
    page.nextToken = str(info, QLatin1StringView("next_marker"));
    page.totalCount = json::integer(info, QLatin1StringView("total_count"));
    if (page.totalCount < 0)
        page.totalCount = json::integer(r, QLatin1StringView("total_count"));
    return r.sure() && info.sure();
}

ListPage parsePage(const QByteArray &body, const RowContext &ctx, JsonParser parser)
{
    ListPage page;
    if (parser == JsonParser::Simdjson && parseFast(body, ctx, page)) {
        json::countSimdPage();
        return page;
    }
    page = ListPage();
    QJsonObject root;
    if (!json::readObject(body, root, page.error))
        return page;
    page.requestId = str(root, QLatin1StringView("request_id"));
    const QJsonValue flowLogs = root.value(QLatin1StringView("flow_logs"));
    if (!flowLogs.isUndefined() && !flowLogs.isNull() && !flowLogs.isArray()) {
        json::setParseError(page.error, page.requestId,
                            ApiErrors::tr("flow_logs has an unexpected type in the response."));
        return page;
    }
    const QJsonArray arr = flowLogs.toArray();
    PackedPage packed(Service::Er);
    if (!json::mapRows(
            arr, page,
            [&ctx, &packed](const QJsonObject &o) {
                packed.buffer().append(json::compact(o));
                packed.endValue();
                return erRow(o, ctx);
            },
            ApiErrors::tr("A flow log entry in the response is not an object.")))
        return page;
    setRawJson(page.rows, packed);
    page.pageSize = static_cast<int>(arr.size());
    const QJsonObject info = root.value(QLatin1StringView("page_info")).toObject();
    page.nextToken = str(info, QLatin1StringView("next_marker"));
    page.totalCount = json::integer(info, QLatin1StringView("total_count"));
    if (page.totalCount < 0)
        page.totalCount = json::integer(root, QLatin1StringView("total_count"));
    return page;
}

} // namespace

FlowLog erFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    return packedAlone(erRow(o, ctx), o);
}

ListPage parseErFlowLogsPage(const QByteArray &body, const RowContext &ctx, JsonParser parser)
{
    return parsePage(body, ctx, parser);
}

CreatedFlowLog parseErCreateResponse(const QByteArray &body, const RowContext &ctx)
{
    CreatedFlowLog out;
    QJsonObject root;
    if (json::readObject(body, root, out.error)) {
        out.requestId = str(root, QLatin1StringView("request_id"));
        const QJsonObject created = root.value(QLatin1StringView("flow_log")).toObject();
        if (str(created, QLatin1StringView("id")).isEmpty())
            json::setParseError(out.error, out.requestId,
                                ApiErrors::tr("The service accepted the request but did not return the new flow log."));
        else
            out.flowLog = erFlowLogFromJson(created, ctx);
    }
    return out;
}

void readError(const QJsonObject &body, ApiError &err)
{
    err.code = str(body, QLatin1StringView("error_code"));
    QString message = str(body, QLatin1StringView("error_msg"));
    const QJsonValue nested = body.value(QLatin1StringView("error"));
    if (nested.isObject()) {
        const QJsonObject e = nested.toObject();
        if (err.code.isEmpty())
            err.code = str(e, QLatin1StringView("code"));
        if (message.isEmpty())
            message = str(e, QLatin1StringView("message"));
    }
    err.setProviderText(message); // a gateway message may quote the signed headers (X-Security-Token)
    err.requestId = str(body, QLatin1StringView("request_id"));
}

CreateResult createResult(const HttpResponse &response, const RowContext &ctx)
{
    const CreatedFlowLog created = parseErCreateResponse(response.body, ctx);
    CreateResult out;
    out.requestId =
        created.requestId.isEmpty() ? QString::fromLatin1(response.header("X-Request-Id")) : created.requestId;
    if (created.error.isError()) {
        out.error = created.error;
        out.error.httpStatus = response.status;
        if (out.error.requestId.isEmpty())
            out.error.requestId = out.requestId;
        // Accepted but unreadable: it was probably made; the same token makes a retry safe.
        out.error.maybeCommitted = true;
        return out;
    }
    out.flowLogId = created.flowLog.id;
    out.flowLog = created.flowLog;
    out.hasFlowLog = true;
    return out;
}

QString hintFor(const ApiError &err, const QString &profileName)
{
    const QString who = profileName.isEmpty() ? ApiErrors::tr("the profile") : profileName;
    const QString &c = err.code;
    // A bare 401 (no gateway body) is the same story as APIGW.0301.
    if (c == QLatin1String("APIGW.0301") && err.message.contains(QLatin1String("security token"), Qt::CaseInsensitive))
        return ApiErrors::tr("The temporary credentials of profile %1 were refused: check its role or agency.")
            .arg(who);
    if (c == QLatin1String("APIGW.0301") || c == QLatin1String("APIGW.0303") ||
        (c.isEmpty() && err.httpStatus == 401)) {
        if (err.message.contains(QLatin1String("date"), Qt::CaseInsensitive) ||
            err.message.contains(QLatin1String("expired"), Qt::CaseInsensitive))
            return ApiErrors::tr("Check this computer's clock: it must be within 15 minutes of the real time.");
        return ApiErrors::tr("The signature was refused: check the AK/SK of profile %1.").arg(who);
    }
    if (c == QLatin1String("APIGW.0302") || c == QLatin1String("APIGW.0305") || err.httpStatus == 403)
        return ApiErrors::tr("Check the project ID of this region in profile %1 and that its IAM user may use "
                             "Enterprise Router.")
            .arg(who);
    if (c == QLatin1String("APIGW.0308") || err.httpStatus == 429)
        return ApiErrors::tr("The service is throttling requests; try again later or lower the concurrency.");
    if (err.httpStatus == 404)
        return ApiErrors::tr("Check the enterprise router ID and the project ID of profile %1.").arg(who);
    return {};
}

Verdict judgeResponse(const HttpResponse &response, const QString &profileName)
{
    Verdict v;
    const bool httpOk = response.status >= 200 && response.status < 300;
    // A whole object needs no document here: the page parser reads it.
    if (httpOk && scanJsonObject(response.body).balancedObject)
        return v;
    // An accepted DELETE answers 202 with nothing after the headers (ER DeleteFlowLog); so may a 204.
    if ((response.status == 202 || response.status == 204) && response.body.isEmpty())
        return v;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    const bool isJson = pe.error == QJsonParseError::NoError && doc.isObject();
    if (httpOk && isJson)
        return v;

    v.error.httpStatus = response.status;
    if (isJson && !httpOk) {
        v.error.kind = ApiError::Kind::Provider;
        readError(doc.object(), v.error);
    }
    if (!v.error.isError() || (v.error.code.isEmpty() && v.error.message.isEmpty()))
        setUnreadableAnswer(v.error, response.status);
    if (v.error.requestId.isEmpty())
        v.error.requestId = QString::fromLatin1(response.header("X-Request-Id"));

    if (response.status == 429 || v.error.code == QLatin1String("APIGW.0308")) {
        v.retry = Verdict::Retry::Throttled;
        v.retryAfterMs = retryAfterFromHeaders({}, {}, {}, response.header("Retry-After"));
    } else if (response.status >= 500) {
        v.retry = Verdict::Retry::Transient;
    } else if (response.status == 401 && v.error.code == QLatin1String(expiredTokenCode)) {
        // The gateway answers an expired temporary key with its generic authentication code: temporary
        // credentials are renewed and the request retried once (a fixed key cannot be, so nothing changes).
        v.credentialsExpired = true;
    }
    v.error.hint = hintFor(v.error, profileName);
    return v;
}

} // namespace flowlog::huawei
