#include "aliyunparsers.h"

#include "rowpacking.h"

#include "jsonread.h"
#include "rowreaders.h"
#include "simdobject.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace flowlog {

namespace {

// An interval field in seconds (unit = seconds per sent unit), or 0 when it does not fit an int.
int intervalSeconds(qint64 value, int unit)
{
    if (value < 0 || value > std::numeric_limits<int>::max() / unit)
        return 0;
    return static_cast<int>(value) * unit;
}

using json::str;

template<typename Obj> FlowLog baseRow(const Obj &o, const RowContext &ctx, Service service)
{
    FlowLog f = ctx.newFlowLog(service);
    if (const QString region = json::sharedStr(o, QLatin1StringView("RegionId")); !region.isEmpty())
        f.region = region;
    static constexpr json::FlowLogFieldNames names{QLatin1StringView("FlowLogName"), QLatin1StringView("Description"),
                                                   QLatin1StringView("ProjectName"), QLatin1StringView("LogStoreName"),
                                                   QLatin1StringView("CreationTime")};
    json::readFlowLogFieldsOf(f, o, names);
    f.tags = json::tags(o);
    return f; // rawJson: the page's rows are packed together (setRawJson), a row alone by packedAlone
}

// The paging members of the envelope shared by the three Alibaba list APIs.
template<typename Obj> void readPaging(const Obj &root, ListPage &page)
{
    page.requestId = str(root, QLatin1StringView("RequestId"));
    page.totalCount = json::integer(root, QLatin1StringView("TotalCount"));
    page.pageNumber = static_cast<int>(json::integer(root, QLatin1StringView("PageNumber"), 0));
    page.pageSize = static_cast<int>(json::integer(root, QLatin1StringView("PageSize"), 0));
    page.nextToken = str(root, QLatin1StringView("NextToken"));
}

// Reads the envelope shared by the three Alibaba list APIs; fills error when the body is not a JSON object.
bool readEnvelope(const QByteArray &body, ListPage &page, QJsonObject &root)
{
    if (!json::readObject(body, root, page.error))
        return false;
    readPaging(root, page);
    const QJsonValue flowLogs = root.value(QLatin1StringView("FlowLogs"));
    if (!flowLogs.isUndefined() && !flowLogs.isNull() && !flowLogs.isArray() && !flowLogs.isObject()) {
        json::setParseError(page.error, page.requestId,
                            ApiErrors::tr("FlowLogs has an unexpected type in the response."));
        return false;
    }
    return true;
}

// The page through simdjson; false (page half-filled) for anything the QJsonDocument path must judge: a body
// simdjson refuses or that is not plain, FlowLogs of an unexpected type, an element that is not an object or has
// no id (the errors), or a value only QJsonDocument reads for sure.
template<typename RowFn>
bool parseFast(const QByteArray &body, const RowContext &ctx, Service service, RowFn rowFn, ListPage &page)
{
    using simdjson::dom::element_type;
    json::SimdObject r;
    if (!json::parseRootObject(body, r))
        return false;
    readPaging(r, page);
    simdjson::dom::element flowLogs;
    if (r.find(QLatin1StringView("FlowLogs"), flowLogs) && flowLogs.type() != element_type::NULL_VALUE &&
        flowLogs.type() != element_type::ARRAY && flowLogs.type() != element_type::OBJECT)
        return false;
    const json::SimdArray rows(r, QLatin1StringView("FlowLogs"), QLatin1StringView("FlowLog"));
    page.rows.reserve(rows.size());
    PackedPage packed(service);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        bool isObject = false;
        const json::SimdObject o = rows.objectAt(i, &isObject);
        if (!isObject)
            return false;
        page.rows.append(rowFn(o, ctx));
        o.appendCompact(packed.buffer());
        packed.endValue();
        if (!o.sure() || page.rows.constLast().id.isEmpty())
            return false;
    }
    if (!r.sure())
        return false;
    setRawJson(page.rows, packed);
    return true;
}

template<typename RowFn>
ListPage parsePage(const QByteArray &body, const RowContext &ctx, Service service, RowFn rowFn, JsonParser parser)
{
    ListPage page;
    if (parser == JsonParser::Simdjson && parseFast(body, ctx, service, rowFn, page)) {
        json::countSimdPage();
        return page;
    }
    page = ListPage();
    QJsonObject root;
    if (!readEnvelope(body, page, root))
        return page;
    PackedPage packed(service);
    if (json::mapRows(
            json::array(root, QLatin1StringView("FlowLogs"), QLatin1StringView("FlowLog")), page,
            [&ctx, rowFn, &packed](const QJsonObject &o) {
                packed.buffer().append(json::compact(o));
                packed.endValue();
                return rowFn(o, ctx);
            },
            ApiErrors::tr("A flow log entry in the response is not an object."),
            ApiErrors::tr("A flow log entry in the response has no FlowLogId.")))
        setRawJson(page.rows, packed);
    return page;
}

// The three mappers, over a QJsonObject or a json::SimdObject (read with the same meaning).
template<typename Obj> FlowLog vpcRow(const Obj &o, const RowContext &ctx)
{
    FlowLog f = baseRow(o, ctx, Service::Vpc);
    f.resourceType = json::sharedStr(o, QLatin1StringView("ResourceType"));
    f.resourceId = str(o, QLatin1StringView("ResourceId"));
    f.trafficType = json::sharedStr(o, QLatin1StringView("TrafficType"));
    const qint64 minutes = json::integer(o, QLatin1StringView("AggregationInterval"), 0);
    f.intervalSeconds = intervalSeconds(minutes, 60); // VPC counts minutes
    f.deliverStatus = json::sharedStr(o, QLatin1StringView("FlowLogDeliverStatus"));
    f.deliverMessage = json::sharedStr(o, QLatin1StringView("FlowLogDeliverErrorMessage"));
    return f;
}

template<typename Obj> FlowLog cenRow(const Obj &o, const RowContext &ctx)
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

template<typename Obj> FlowLog ecrRow(const Obj &o, const RowContext &ctx)
{
    FlowLog f = baseRow(o, ctx, Service::Ecr);
    f.resourceType = json::sharedStr(o, QLatin1StringView("InstanceType"));
    f.resourceId = str(o, QLatin1StringView("InstanceId"));
    f.intervalSeconds = intervalSeconds(json::integer(o, QLatin1StringView("Interval"), 0), 1);
    f.samplingRate = json::sharedStr(o, QLatin1StringView("SamplingRate")).trimmed(); // the sample sends "1:4096 "
    return f;
}

} // namespace

FlowLog vpcFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    return packedAlone(vpcRow(o, ctx), o);
}

FlowLog cenFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    return packedAlone(cenRow(o, ctx), o);
}

FlowLog ecrFlowLogFromJson(const QJsonObject &o, const RowContext &ctx)
{
    return packedAlone(ecrRow(o, ctx), o);
}

ListPage parseVpcFlowLogsPage(const QByteArray &body, const RowContext &ctx, JsonParser parser)
{
    return parsePage(
        body, ctx, Service::Vpc, [](const auto &o, const RowContext &c) { return vpcRow(o, c); }, parser);
}

ListPage parseCenFlowLogsPage(const QByteArray &body, const RowContext &ctx, JsonParser parser)
{
    return parsePage(
        body, ctx, Service::Cen, [](const auto &o, const RowContext &c) { return cenRow(o, c); }, parser);
}

ListPage parseEcrFlowLogsPage(const QByteArray &body, const RowContext &ctx, JsonParser parser)
{
    return parsePage(
        body, ctx, Service::Ecr, [](const auto &o, const RowContext &c) { return ecrRow(o, c); }, parser);
}

namespace aliyun {

CreateResult parseCreateAnswer(const HttpResponse &response)
{
    CreateResult out;
    QJsonObject o;
    ApiError unreadable;
    if (!json::readObject(response.body, o, unreadable)) {
        out.error.kind = ApiError::Kind::Parse;
        out.error.httpStatus = response.status;
        out.error.maybeCommitted = true; // the service answered 2xx: it may well have created it
        out.error.message = ApiErrors::tr("The service accepted the request but its answer is unreadable.");
        out.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it.");
        return out;
    }
    out.requestId = str(o, QLatin1StringView("RequestId"));
    if (str(o, QLatin1StringView("Code")) == QLatin1StringView("DryRunOperation")) {
        out.dryRun = true;
        return out;
    }
    out.flowLogId = str(o, QLatin1StringView("FlowLogId"));
    if (out.flowLogId.isEmpty()) {
        out.error.kind = ApiError::Kind::Parse;
        out.error.httpStatus = response.status;
        out.error.requestId = out.requestId;
        out.error.maybeCommitted = true;
        out.error.message = ApiErrors::tr("The service answered without the new flow log's id.");
        out.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it.");
    }
    return out;
}

} // namespace aliyun

} // namespace flowlog
