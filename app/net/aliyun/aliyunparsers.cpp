#include "aliyunparsers.h"

#include "jsonread.h"

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

FlowLog baseRow(const QJsonObject &o, const RowContext &ctx, Service service)
{
    FlowLog f = ctx.newFlowLog(service);
    if (const QString region = str(o, QLatin1StringView("RegionId")); !region.isEmpty())
        f.region = region;
    static constexpr json::FlowLogFieldNames names{QLatin1StringView("FlowLogName"), QLatin1StringView("Description"),
                                                   QLatin1StringView("ProjectName"), QLatin1StringView("LogStoreName"),
                                                   QLatin1StringView("CreationTime")};
    json::readFlowLogFields(f, o, names);
    f.tags = json::tags(o);
    f.rawJson = PackedJson(json::compact(o), service);
    return f;
}

// Reads the envelope shared by the three Alibaba list APIs; fills error when the body is not a JSON object.
bool readEnvelope(const QByteArray &body, ListPage &page, QJsonObject &root)
{
    if (!json::readObject(body, root, page.error))
        return false;
    page.requestId = str(root, QLatin1StringView("RequestId"));
    page.totalCount = json::integer(root, QLatin1StringView("TotalCount"));
    page.pageNumber = static_cast<int>(json::integer(root, QLatin1StringView("PageNumber"), 0));
    page.pageSize = static_cast<int>(json::integer(root, QLatin1StringView("PageSize"), 0));
    page.nextToken = str(root, QLatin1StringView("NextToken"));
    const QJsonValue flowLogs = root.value(QLatin1StringView("FlowLogs"));
    if (!flowLogs.isUndefined() && !flowLogs.isNull() && !flowLogs.isArray() && !flowLogs.isObject()) {
        json::setParseError(page.error, page.requestId,
                            ApiErrors::tr("FlowLogs has an unexpected type in the response."));
        return false;
    }
    return true;
}

template<typename RowFn> ListPage parsePage(const QByteArray &body, const RowContext &ctx, RowFn rowFn)
{
    ListPage page;
    QJsonObject root;
    if (!readEnvelope(body, page, root))
        return page;
    json::mapRows(
        json::array(root, QLatin1StringView("FlowLogs"), QLatin1StringView("FlowLog")), page,
        [&ctx, rowFn](const QJsonObject &o) { return rowFn(o, ctx); },
        ApiErrors::tr("A flow log entry in the response is not an object."),
        ApiErrors::tr("A flow log entry in the response has no FlowLogId."));
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
