#include "huaweiparsers.h"

#include "jsonscan.h"

#include "retrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog::huawei {

namespace {

using json::str;

// Reads a JSON object body; fills error when the body is not one.
bool readObject(const QByteArray &body, QJsonObject &root, ApiError &error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        error.kind = ApiError::Kind::Parse;
        error.message =
            pe.error != QJsonParseError::NoError
                ? ApiErrors::tr("The response is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset)
                : ApiErrors::tr("The response is not a JSON object.");
        return false;
    }
    root = doc.object();
    return true;
}

} // namespace

FlowLog erFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    FlowLog f;
    f.account = ctx.account;
    f.profileId = ctx.profileId;
    f.provider = Provider::Huawei;
    f.service = Service::Er;
    f.region = ctx.region;
    f.id = str(o, QLatin1StringView("id"));
    f.name = str(o, QLatin1StringView("name"));
    f.description = str(o, QLatin1StringView("description"));
    f.status = str(o, QLatin1StringView("state")).trimmed();
    f.resourceType = str(o, QLatin1StringView("resource_type"));
    f.resourceId = str(o, QLatin1StringView("resource_id"));
    f.storageProject = str(o, QLatin1StringView("log_group_id"));
    f.storageStore = str(o, QLatin1StringView("log_stream_id"));
    f.intervalSeconds = static_cast<int>(json::integer(o, QLatin1StringView("log_aggregation_interval"), 0));
    f.created = parseProviderTime(str(o, QLatin1StringView("created_at")));
    f.rawJson = PackedJson(QJsonDocument(o).toJson(QJsonDocument::Compact), Service::Er);
    return f;
}

ListPage parseErFlowLogsPage(const QByteArray &body, const RowContext &ctx)
{
    ListPage page;
    QJsonObject root;
    if (!readObject(body, root, page.error))
        return page;
    page.requestId = str(root, QLatin1StringView("request_id"));
    const QJsonValue flowLogs = root.value(QLatin1StringView("flow_logs"));
    if (!flowLogs.isUndefined() && !flowLogs.isNull() && !flowLogs.isArray()) {
        page.error.kind = ApiError::Kind::Parse;
        page.error.requestId = page.requestId;
        page.error.message = ApiErrors::tr("flow_logs has an unexpected type in the response.");
        return page;
    }
    const QJsonArray arr = flowLogs.toArray();
    page.rows.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        if (!v.isObject()) {
            page.error.kind = ApiError::Kind::Parse;
            page.error.requestId = page.requestId;
            page.error.message = ApiErrors::tr("A flow log entry in the response is not an object.");
            return page;
        }
        page.rows.append(erFlowLogFromJson(v.toObject(), ctx));
    }
    page.pageSize = static_cast<int>(arr.size());
    const QJsonObject info = root.value(QLatin1StringView("page_info")).toObject();
    page.nextToken = str(info, QLatin1StringView("next_marker"));
    page.totalCount = json::integer(info, QLatin1StringView("total_count"));
    if (page.totalCount < 0)
        page.totalCount = json::integer(root, QLatin1StringView("total_count"));
    return page;
}

CreatedFlowLog parseErCreateResponse(const QByteArray &body, const RowContext &ctx)
{
    CreatedFlowLog out;
    QJsonObject root;
    if (!readObject(body, root, out.error))
        return out;
    out.requestId = str(root, QLatin1StringView("request_id"));
    const QJsonValue flowLog = root.value(QLatin1StringView("flow_log"));
    if (!flowLog.isObject() || str(flowLog.toObject(), QLatin1StringView("id")).isEmpty()) {
        out.error.kind = ApiError::Kind::Parse;
        out.error.requestId = out.requestId;
        out.error.message = ApiErrors::tr("The service accepted the request but did not return the new flow log.");
        return out;
    }
    out.flowLog = erFlowLogFromJson(flowLog.toObject(), ctx);
    return out;
}

void readError(const QJsonObject &body, ApiError &err)
{
    err.code = str(body, QLatin1StringView("error_code"));
    err.message = str(body, QLatin1StringView("error_msg"));
    const QJsonValue nested = body.value(QLatin1StringView("error"));
    if (nested.isObject()) {
        const QJsonObject e = nested.toObject();
        if (err.code.isEmpty())
            err.code = str(e, QLatin1StringView("code"));
        if (err.message.isEmpty())
            err.message = str(e, QLatin1StringView("message"));
    }
    err.requestId = str(body, QLatin1StringView("request_id"));
}

QString hintFor(const ApiError &err, const QString &profileName)
{
    const QString who = profileName.isEmpty() ? ApiErrors::tr("the profile") : profileName;
    const QString &c = err.code;
    // A bare 401 (no gateway body) is the same story as APIGW.0301.
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
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    const bool isJson = pe.error == QJsonParseError::NoError && doc.isObject();
    if (httpOk && isJson)
        return v;

    v.error.httpStatus = response.status;
    if (isJson && !httpOk) {
        v.error.kind = ApiError::Kind::Provider;
        readError(doc.object(), v.error);
        if (v.error.code.isEmpty() && v.error.message.isEmpty()) {
            v.error.kind = ApiError::Kind::Http;
            v.error.message =
                ApiErrors::tr("The service answered HTTP %1 without a readable error.").arg(response.status);
        }
    } else if (httpOk) {
        v.error.kind = ApiError::Kind::Parse;
        v.error.message = ApiErrors::tr("The service answered with something that is not JSON.");
    } else {
        v.error.kind = ApiError::Kind::Http;
        v.error.message = ApiErrors::tr("The service answered HTTP %1 without a readable error.").arg(response.status);
    }
    if (v.error.requestId.isEmpty())
        v.error.requestId = QString::fromLatin1(response.header("X-Request-Id"));

    if (response.status == 429 || v.error.code == QLatin1String("APIGW.0308")) {
        v.retry = Verdict::Retry::Throttled;
        v.retryAfterMs = retryAfterFromHeaders({}, {}, {}, response.header("Retry-After"));
    } else if (response.status >= 500) {
        v.retry = Verdict::Retry::Transient;
    }
    v.error.hint = hintFor(v.error, profileName);
    return v;
}

} // namespace flowlog::huawei
