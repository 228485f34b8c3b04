#include "aliyunoperations.h"

#include "aliyunparsers.h"
#include "jsonread.h"

#include <algorithm>

namespace flowlog::aliyun {

namespace {

using namespace Qt::StringLiterals;

// Every Alibaba create: a passed DryRun answers DryRunOperation (some services with HTTP 400): that is success.
constexpr QLatin1StringView dryRunDone[] = {"DryRunOperation"_L1};

// Tag.1.Key, Tag.1.Value, ... in the draft's order (1-based), as every Alibaba create expects.
void appendTags(Params &params, const QList<Tag> &tags)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString n = QString::number(i + 1);
        params.append({QStringLiteral("Tag.") + n + QStringLiteral(".Key"), tags.at(i).key});
        params.append({QStringLiteral("Tag.") + n + QStringLiteral(".Value"), tags.at(i).value});
    }
}

// Optional parameters are omitted, not sent empty.
void appendIfSet(Params &params, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        params.append({key, value});
}

bool hasFilter(const SourceSpec &source, QLatin1StringView key)
{
    return std::any_of(source.filters.cbegin(), source.filters.cend(), [key](const auto &p) { return p.first == key; });
}

QString createRegion(const CreateInput &in)
{
    return in.draft.region.isEmpty() ? in.target.region : in.draft.region;
}

// --- requests -------------------------------------------------------------------------------------------------

Params pagedByNumber(const SourceSpec &source, const Cursor &cursor)
{
    return {{QStringLiteral("RegionId"), source.region},
            {QStringLiteral("PageNumber"), QString::number(cursor.pageNumber)},
            {QStringLiteral("PageSize"), QString::number(cursor.pageSize)}};
}

Params vpcListRequest(const SourceSpec &source, const Cursor &cursor)
{
    Params params = pagedByNumber(source, cursor);
    params.append(source.filters);
    return params;
}

Params cenListRequest(const SourceSpec &source, const Cursor &cursor)
{
    Params params = pagedByNumber(source, cursor);
    if (!source.instanceId.isEmpty() && !hasFilter(source, "CenId"_L1))
        params.append({QStringLiteral("CenId"), source.instanceId});
    params.append(source.filters);
    return params;
}

Params ecrListRequest(const SourceSpec &source, const Cursor &cursor)
{
    Params params{{QStringLiteral("EcrId"), source.instanceId},
                  {QStringLiteral("MaxResults"), QString::number(cursor.pageSize)}};
    if (!cursor.token.isEmpty())
        params.append({QStringLiteral("NextToken"), cursor.token});
    params.append(source.filters);
    return params;
}

// What every Alibaba create sends besides its required parameters: name and description, the optional
// parameters that are set (in order), the tags, the client token.
Params createParams(Params params, const FlowLogDraft &d, const Params &optional)
{
    appendIfSet(params, QStringLiteral("FlowLogName"), d.name);
    appendIfSet(params, QStringLiteral("Description"), d.description);
    for (const auto &[key, value] : optional)
        appendIfSet(params, key, value);
    appendTags(params, d.tags);
    appendIfSet(params, QStringLiteral("ClientToken"), d.clientToken);
    return params;
}

// An interval in seconds on the wire in `unit` seconds; empty (omitted) for the service's default.
QString interval(const FlowLogDraft &d, int unit = 1)
{
    return d.intervalSeconds > 0 ? QString::number(d.intervalSeconds / unit) : QString();
}

Params vpcCreateRequest(const CreateInput &in, const Cursor &)
{
    const FlowLogDraft &d = in.draft;
    Params optional{{QStringLiteral("AggregationInterval"), interval(d, 60)}}; // VPC counts minutes
    for (qsizetype i = 0; i < d.trafficPaths.size(); ++i)
        optional.append({QStringLiteral("TrafficPath.%1").arg(i + 1), d.trafficPaths.at(i)});
    return createParams({{QStringLiteral("RegionId"), createRegion(in)},
                         {QStringLiteral("ResourceType"), d.resourceType},
                         {QStringLiteral("ResourceId"), d.resourceId},
                         {QStringLiteral("TrafficType"), d.trafficType},
                         {QStringLiteral("ProjectName"), d.projectName},
                         {QStringLiteral("LogStoreName"), d.logStoreName}},
                        d, optional);
}

Params cenCreateRequest(const CreateInput &in, const Cursor &)
{
    const FlowLogDraft &d = in.draft;
    return createParams({{QStringLiteral("RegionId"), createRegion(in)},
                         {QStringLiteral("CenId"), d.cenId.isEmpty() ? in.target.instanceId : d.cenId},
                         {QStringLiteral("ProjectName"), d.projectName},
                         {QStringLiteral("LogStoreName"), d.logStoreName}},
                        d,
                        {{QStringLiteral("TransitRouterId"), d.transitRouterId},
                         {QStringLiteral("TransitRouterAttachmentId"), d.transitRouterAttachmentId},
                         {QStringLiteral("Interval"), interval(d)},
                         {QStringLiteral("LogFormatString"), d.logFormat}});
}

Params ecrCreateRequest(const CreateInput &in, const Cursor &)
{
    const FlowLogDraft &d = in.draft;
    return createParams({{QStringLiteral("EcrId"), d.ecrId.isEmpty() ? in.target.instanceId : d.ecrId},
                         {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                         {QStringLiteral("InstanceId"), d.instanceId},
                         {QStringLiteral("ProjectName"), d.projectName},
                         {QStringLiteral("LogStoreName"), d.logStoreName}},
                        d,
                        {{QStringLiteral("Interval"), interval(d)},
                         {QStringLiteral("SamplingRate"), d.samplingRate},
                         {QStringLiteral("DryRun"), d.dryRun ? QStringLiteral("true") : QString()}});
}

Params describeRegionsRequest(const SourceSpec &source, const Cursor &)
{
    Params params;
    if (!hasFilter(source, "ProductType"_L1))
        params.append({QStringLiteral("ProductType"), QStringLiteral("VPC")});
    params.append(source.filters);
    return params;
}

// --- mappers --------------------------------------------------------------------------------------------------

ListPage vpcPage(const HttpResponse &response, const SourceSpec &source)
{
    return parseVpcFlowLogsPage(response.body, source.rowContext());
}

ListPage cenPage(const HttpResponse &response, const SourceSpec &source)
{
    return parseCenFlowLogsPage(response.body, source.rowContext());
}

ListPage ecrPage(const HttpResponse &response, const SourceSpec &source)
{
    return parseEcrFlowLogsPage(response.body, source.rowContext());
}

CreateResult createAnswer(const HttpResponse &response, const CreateInput &in)
{
    CreateResult out = parseCreateAnswer(response);
    // A DryRun answered 200 without an id (or with any id) creates nothing.
    if (in.draft.dryRun && !out.error.isError()) {
        out.dryRun = true;
        out.flowLogId.clear();
    } else if (in.draft.dryRun && out.error.kind == ApiError::Kind::Parse && out.flowLogId.isEmpty()) {
        out.error = {};
        out.dryRun = true;
    }
    return out;
}

// {"RequestId", "Regions": {"Region": [{"RegionId", "LocalName", "RegionEndpoint"}]}}
ResourcePage regionsPage(const HttpResponse &response, const SourceSpec &source)
{
    ResourcePage page;
    QJsonObject root;
    if (!json::readObject(response.body, root, page.error))
        return page;
    page.requestId = json::str(root, "RequestId"_L1);
    json::mapRows(
        json::array(root, "Regions"_L1, "Region"_L1), page,
        [&source](const QJsonObject &o) {
            Resource region;
            region.account = source.profileName;
            region.profileId = source.profileId;
            region.id = json::str(o, "RegionId"_L1);
            region.region = region.id;
            region.name = json::str(o, "LocalName"_L1);
            region.attributes.append({QStringLiteral("RegionEndpoint"), json::str(o, "RegionEndpoint"_L1)});
            region.rawJson = json::compact(o);
            return region;
        },
        ApiErrors::tr("A region in the response is not an object."),
        ApiErrors::tr("A region in the response has no RegionId."));
    return page;
}

// A flow-log service's list and create rows: product and actions from its catalogue row. Every Alibaba list asks 50
// rows a page unless the source says otherwise; every create is a POST form.
FlowLogList flowLogList(Service service, Params (*request)(const SourceSpec &, const Cursor &),
                        ListPage (*map)(const HttpResponse &, const SourceSpec &))
{
    const ServiceTraits &t = traits(service);
    return {t.product, t.listAction, "GET", OperationRules::flowLogList(service, 50), request, map};
}

FlowLogCreate flowLogCreate(Service service, Params (*request)(const CreateInput &, const Cursor &))
{
    const ServiceTraits &t = traits(service);
    return {t.product, t.createAction, "POST", OperationRules::create(dryRunDone), request, createAnswer};
}

} // namespace

const FlowLogList vpcDescribeFlowLogs = flowLogList(Service::Vpc, vpcListRequest, vpcPage);
const FlowLogCreate vpcCreateFlowLog = flowLogCreate(Service::Vpc, vpcCreateRequest);
const ResourceList vpcDescribeRegions{&products::vpc,   "DescribeRegions"_L1,   "GET",
                                      OperationRules{}, describeRegionsRequest, regionsPage};

const FlowLogList cenDescribeFlowlogs = flowLogList(Service::Cen, cenListRequest, cenPage);
const FlowLogCreate cenCreateFlowlog = flowLogCreate(Service::Cen, cenCreateRequest);

const FlowLogList ecrDescribeFlowLogs = flowLogList(Service::Ecr, ecrListRequest, ecrPage);
const FlowLogCreate ecrCreateFlowLog = flowLogCreate(Service::Ecr, ecrCreateRequest); // POST + form only

} // namespace flowlog::aliyun
