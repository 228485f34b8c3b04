#include "aliyuninventory.h"

#include "bodymapper.h"
#include "jsonread.h"

#include <QJsonDocument>

namespace flowlog::aliyun {

namespace {

using namespace Qt::StringLiterals;

Params byPageNumber(const SourceSpec &source, const Cursor &cursor)
{
    Params params{{QStringLiteral("RegionId"), source.region},
                  {QStringLiteral("PageNumber"), QString::number(cursor.pageNumber)},
                  {QStringLiteral("PageSize"), QString::number(cursor.pageSize)}};
    params.append(source.filters);
    return params;
}

Params byToken(Params params, const SourceSpec &source, const Cursor &cursor)
{
    params.append({QStringLiteral("MaxResults"), QString::number(cursor.pageSize)});
    if (!cursor.token.isEmpty())
        params.append({QStringLiteral("NextToken"), cursor.token});
    params.append(source.filters);
    return params;
}

Params attachmentsRequest(const SourceSpec &source, const Cursor &cursor)
{
    return byToken({{QStringLiteral("RegionId"), source.region}}, source, cursor);
}

Params childInstancesRequest(const SourceSpec &source, const Cursor &cursor)
{
    return byToken({{QStringLiteral("EcrId"), source.instanceId}}, source, cursor);
}

// What every row of these lists has: the id, name, status and parent under the API's own names.
struct Fields
{
    QLatin1StringView id;
    QLatin1StringView name;
    QLatin1StringView parent;
    QLatin1StringView region;
};

// A page of rows under outer (or outer.inner), with the counters of PageNumber or NextToken paging, whichever the
// API sends (json::numberedPage reads both).
ResourcePage readPage(const QByteArray &body, const RowContext &ctx, QLatin1StringView outer, QLatin1StringView inner,
                      const Fields &f, std::initializer_list<QLatin1StringView> attributes, const QString &notObject,
                      const QString &noId)
{
    return json::numberedPage<Resource>(
        body, outer, inner,
        [&](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, f.id, f.name, "Status"_L1);
            r.parentId = json::str(o, f.parent);
            if (const QString region = json::str(o, f.region); !region.isEmpty())
                r.region = region;
            json::addAttributes(r, o, attributes);
            return r;
        },
        notObject, noId);
}

OperationRules numbered()
{
    return OperationRules::discovery(PagingStyle::PageNumber, 50);
}

OperationRules tokened()
{
    return OperationRules::discovery(PagingStyle::Token, 100);
}

} // namespace

// {"Vpcs": {"Vpc": [{"VpcId", "VpcName", "Status", "RegionId", "VSwitchIds": {"VSwitchId": [...]}, ...}]}, counters}

ResourcePage parseVSwitchesPage(const QByteArray &body, const RowContext &ctx)
{
    return readPage(body, ctx, "VSwitches"_L1, "VSwitch"_L1, {"VSwitchId"_L1, "VSwitchName"_L1, "VpcId"_L1, {}},
                    {"ZoneId"_L1}, ApiErrors::tr("A vSwitch in the response is not an object."),
                    ApiErrors::tr("A vSwitch in the response has no VSwitchId."));
}

ResourcePage parseTransitRoutersPage(const QByteArray &body, const RowContext &ctx)
{
    return readPage(body, ctx, "TransitRouters"_L1, {},
                    {"TransitRouterId"_L1, "TransitRouterName"_L1, "CenId"_L1, "RegionId"_L1}, {"Type"_L1},
                    ApiErrors::tr("A transit router in the response is not an object."),
                    ApiErrors::tr("A transit router in the response has no TransitRouterId."));
}

ResourcePage parseTrAttachmentsPage(const QByteArray &body, const RowContext &ctx)
{
    return readPage(body, ctx, "TransitRouterAttachments"_L1, {},
                    {"TransitRouterAttachmentId"_L1, "TransitRouterAttachmentName"_L1, "TransitRouterId"_L1, {}},
                    {"CenId"_L1, "ResourceType"_L1, "VpcId"_L1, "VbrId"_L1},
                    ApiErrors::tr("An attachment in the response is not an object."),
                    ApiErrors::tr("An attachment in the response has no TransitRouterAttachmentId."));
}

ResourcePage parseEcrChildInstancesPage(const QByteArray &body, const RowContext &ctx)
{
    return readPage(body, ctx, "ChildInstanceList"_L1, {},
                    {"ChildInstanceId"_L1, {}, "EcrId"_L1, "ChildInstanceRegionId"_L1}, {"ChildInstanceType"_L1},
                    ApiErrors::tr("A child instance in the response is not an object."),
                    ApiErrors::tr("A child instance in the response has no ChildInstanceId."));
}

const ResourceList vpcDescribeVSwitches{&products::vpc, "DescribeVSwitches"_L1, "GET",
                                        numbered(),     byPageNumber,           mapBody<parseVSwitchesPage>};
const ResourceList cenListTransitRouters{&products::cbn, "ListTransitRouters"_L1,         "GET", numbered(),
                                         byPageNumber,   mapBody<parseTransitRoutersPage>};
const ResourceList cenListTransitRouterVpcAttachments{
    &products::cbn,     "ListTransitRouterVpcAttachments"_L1, "GET", tokened(),
    attachmentsRequest, mapBody<parseTrAttachmentsPage>};
const ResourceList cenListTransitRouterVbrAttachments{
    &products::cbn,     "ListTransitRouterVbrAttachments"_L1, "GET", tokened(),
    attachmentsRequest, mapBody<parseTrAttachmentsPage>};
const ResourceList ecrDescribeChildInstances{&products::ecr,
                                             "DescribeExpressConnectRouterChildInstance"_L1,
                                             "POST",
                                             tokened(),
                                             childInstancesRequest,
                                             mapBody<parseEcrChildInstancesPage>};

} // namespace flowlog::aliyun
