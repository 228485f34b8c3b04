#include "aliyunparsers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace flowlog {

namespace {

// A JSON number as a whole qint64, or false when it is not finite or out of range (casting such a double is
// undefined behaviour; found by fuzz_vpc_page with "TotalCount": 1e300).
bool wholeNumber(double d, qint64 &out)
{
    constexpr double limit = 9223372036854775808.0; // 2^63, exactly representable
    if (!std::isfinite(d) || d < -limit || d >= limit)
        return false;
    out = static_cast<qint64>(d);
    return true;
}

// An interval field in seconds (unit = seconds per sent unit), or 0 when it does not fit an int.
int intervalSeconds(qint64 value, int unit)
{
    if (value < 0 || value > std::numeric_limits<int>::max() / unit)
        return 0;
    return static_cast<int>(value) * unit;
}

} // namespace

namespace json {

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        qint64 n = 0;
        return wholeNumber(d, n) && d == static_cast<double>(n) ? QString::number(n) : QString::number(d);
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: return {};
    }
}

qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        qint64 n = 0;
        return wholeNumber(v.toDouble(), n) ? n : fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QJsonArray array(const QJsonObject &o, QLatin1StringView key, QLatin1StringView nested)
{
    const QJsonValue v = o.value(key);
    if (v.isArray())
        return v.toArray();
    if (v.isObject() && !nested.isEmpty()) {
        const QJsonValue inner = v.toObject().value(nested);
        if (inner.isArray())
            return inner.toArray();
        if (inner.isObject())
            return QJsonArray{inner}; // a single element sent without its array
        if (inner.isUndefined() && !v.toObject().isEmpty())
            return QJsonArray{v}; // a flat API's single element sent as an object
    } else if (v.isObject() && !v.toObject().isEmpty()) {
        return QJsonArray{v};
    }
    return {};
}

QList<Tag> tags(const QJsonObject &o)
{
    QList<Tag> out;
    const QJsonArray arr = array(o, QLatin1StringView("Tags"), QLatin1StringView("Tag"));
    out.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        const QJsonObject t = v.toObject();
        QString key = str(t, QLatin1StringView("Key"));
        if (key.isEmpty())
            key = str(t, QLatin1StringView("TagKey"));
        QString value = str(t, QLatin1StringView("Value"));
        if (value.isEmpty())
            value = str(t, QLatin1StringView("TagValue"));
        if (!key.isEmpty())
            out.append({key, value});
    }
    return out;
}

} // namespace json

namespace {

using json::str;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FlowLog baseRow(const QJsonObject &o, const RowContext &ctx, Service service)
{
    FlowLog f;
    f.account = ctx.account;
    f.profileId = ctx.profileId;
    f.provider = Provider::Aliyun;
    f.service = service;
    f.region = str(o, QLatin1StringView("RegionId"));
    if (f.region.isEmpty())
        f.region = ctx.region;
    f.id = str(o, QLatin1StringView("FlowLogId"));
    f.name = str(o, QLatin1StringView("FlowLogName"));
    f.description = str(o, QLatin1StringView("Description"));
    f.status = str(o, QLatin1StringView("Status")).trimmed();
    f.storageProject = str(o, QLatin1StringView("ProjectName"));
    f.storageStore = str(o, QLatin1StringView("LogStoreName"));
    f.created = parseProviderTime(str(o, QLatin1StringView("CreationTime")));
    f.tags = json::tags(o);
    f.rawJson = PackedJson(compact(o), service);
    return f;
}

// Reads the envelope shared by the three Alibaba list APIs; fills error when the body is not a JSON object.
bool readEnvelope(const QByteArray &body, ListPage &page, QJsonObject &root)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        page.error.kind = ApiError::Kind::Parse;
        page.error.message = pe.error != QJsonParseError::NoError
                                 ? ApiErrors::tr("The response is not valid JSON (%1 at byte %2).")
                                       .arg(pe.errorString())
                                       .arg(pe.offset)
                                 : ApiErrors::tr("The response is not a JSON object.");
        return false;
    }
    root = doc.object();
    page.requestId = str(root, QLatin1StringView("RequestId"));
    page.totalCount = json::integer(root, QLatin1StringView("TotalCount"));
    page.pageNumber = static_cast<int>(json::integer(root, QLatin1StringView("PageNumber"), 0));
    page.pageSize = static_cast<int>(json::integer(root, QLatin1StringView("PageSize"), 0));
    page.nextToken = str(root, QLatin1StringView("NextToken"));
    const QJsonValue flowLogs = root.value(QLatin1StringView("FlowLogs"));
    if (!flowLogs.isUndefined() && !flowLogs.isNull() && !flowLogs.isArray() && !flowLogs.isObject()) {
        page.error.kind = ApiError::Kind::Parse;
        page.error.requestId = page.requestId;
        page.error.message = ApiErrors::tr("FlowLogs has an unexpected type in the response.");
        return false;
    }
    return true;
}

template<typename RowFn>
ListPage parsePage(const QByteArray &body, const RowContext &ctx, RowFn rowFn)
{
    ListPage page;
    QJsonObject root;
    if (!readEnvelope(body, page, root))
        return page;
    const QJsonArray arr = json::array(root, QLatin1StringView("FlowLogs"), QLatin1StringView("FlowLog"));
    page.rows.reserve(arr.size());
    for (const QJsonValue &v : arr) {
        if (!v.isObject()) {
            page.error.kind = ApiError::Kind::Parse;
            page.error.requestId = page.requestId;
            page.error.message = ApiErrors::tr("A flow log entry in the response is not an object.");
            return page;
        }
        FlowLog row = rowFn(v.toObject(), ctx);
        // An entry without an id is not a flow log (e.g. {"FlowLog":{"Item":[...]}} read as one element): adding it
        // would invent a row, so the page fails instead (found by the type-drift fault matrix).
        if (row.id.isEmpty()) {
            page.rows.clear();
            page.error.kind = ApiError::Kind::Parse;
            page.error.requestId = page.requestId;
            page.error.message = ApiErrors::tr("A flow log entry in the response has no FlowLogId.");
            return page;
        }
        page.rows.append(std::move(row));
    }
    return page;
}

} // namespace

FlowLog vpcFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    FlowLog f = baseRow(o, ctx, Service::Vpc);
    f.resourceType = str(o, QLatin1StringView("ResourceType"));
    f.resourceId = str(o, QLatin1StringView("ResourceId"));
    f.trafficType = str(o, QLatin1StringView("TrafficType"));
    const qint64 minutes = json::integer(o, QLatin1StringView("AggregationInterval"), 0);
    f.intervalSeconds = intervalSeconds(minutes, 60); // VPC counts minutes
    f.deliverStatus = str(o, QLatin1StringView("FlowLogDeliverStatus"));
    f.deliverMessage = str(o, QLatin1StringView("FlowLogDeliverErrorMessage"));
    return f;
}

FlowLog cenFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    FlowLog f = baseRow(o, ctx, Service::Cen);
    const QString attachment = str(o, QLatin1StringView("TransitRouterAttachmentId"));
    const QString router = str(o, QLatin1StringView("TransitRouterId"));
    if (!attachment.isEmpty()) {
        f.resourceType = QStringLiteral("TransitRouterAttachment");
        f.resourceId = attachment;
    } else if (!router.isEmpty()) {
        f.resourceType = QStringLiteral("TransitRouter");
        f.resourceId = router;
    } else {
        f.resourceType = QStringLiteral("CEN");
        f.resourceId = str(o, QLatin1StringView("CenId"));
    }
    f.intervalSeconds = intervalSeconds(json::integer(o, QLatin1StringView("Interval"), 0), 1);
    return f;
}

FlowLog ecrFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    FlowLog f = baseRow(o, ctx, Service::Ecr);
    f.resourceType = str(o, QLatin1StringView("InstanceType"));
    f.resourceId = str(o, QLatin1StringView("InstanceId"));
    f.intervalSeconds = intervalSeconds(json::integer(o, QLatin1StringView("Interval"), 0), 1);
    f.samplingRate = str(o, QLatin1StringView("SamplingRate")).trimmed(); // the sample sends "1:4096 "
    return f;
}

ListPage parseVpcFlowLogsPage(const QByteArray &body, const RowContext &ctx)
{
    return parsePage(body, ctx, vpcFlowLogFromJson);
}

ListPage parseCenFlowLogsPage(const QByteArray &body, const RowContext &ctx)
{
    return parsePage(body, ctx, cenFlowLogFromJson);
}

ListPage parseEcrFlowLogsPage(const QByteArray &body, const RowContext &ctx)
{
    return parsePage(body, ctx, ecrFlowLogFromJson);
}

} // namespace flowlog
