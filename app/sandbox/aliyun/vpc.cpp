#include "aliyun/common.h"
#include "aliyun/inventory.h"
#include "aliyun/lifecycle.h"
#include "aliyun/operations.h"
#include "aliyun/targets.h"
#include "regions.h"
#include "validation.h"

#include <QDateTime>
#include <QMap>

namespace flowlog::sandbox::aliyun::vpc {

using namespace Qt::StringLiterals;

namespace {

// The VPC a VPC flow log's resource lives in: the resource itself for a VPC, else the VPC of its vSwitch or network
// interface (none for one that does not exist).
QString vpcOf(const Dataset &dataset, const QJsonObject &o)
{
    const QString resourceId = o.value(QLatin1String("ResourceId")).toString();
    if (o.value(QLatin1String("ResourceType")).toString() == QLatin1String("VPC"))
        return resourceId;
    return dataset.resources().vpcOf(resourceId);
}

Reply describeFlowLogs(Context &context, const Account &account, const Pairs &params)
{
    const QString region = value(params, QStringLiteral("RegionId"));
    if (region.isEmpty())
        return missing(QStringLiteral("RegionId"));
    if (isDenied(context.options(), u"flowlogs", region))
        return accessDenied(QStringLiteral("vpc:DescribeFlowLogs"), account);
    QString invalid;
    const std::optional<PageRequest> paging = pageRequest(params, 50, &invalid);
    if (!paging)
        return error(400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified %1 is invalid.").arg(invalid));

    const QList<QJsonObject> &all = context.dataset().flowLogs(Dataset::key(Service::Vpc, account, region));
    static const QStringList exact = {QStringLiteral("FlowLogId"),   QStringLiteral("ResourceType"),
                                      QStringLiteral("ResourceId"),  QStringLiteral("TrafficType"),
                                      QStringLiteral("ProjectName"), QStringLiteral("LogStoreName"),
                                      QStringLiteral("Status"),      QStringLiteral("ResourceGroupId"),
                                      QStringLiteral("FlowLogName"), QStringLiteral("Description")};
    QList<QJsonObject> matching = filtered(all, params, exact, QStringLiteral("Tags"));
    const QString vpcId = value(params, QStringLiteral("VpcId"));
    if (!vpcId.isEmpty())
        matching.removeIf([&](const QJsonObject &o) { return vpcOf(context.dataset(), o) != vpcId; });
    return pageReply(matching, *paging, false);
}

Reply createFlowLog(Context &context, const Account &account, const Pairs &params)
{
    if (auto r = missingRequired(
            params, {"RegionId", "ResourceType", "ResourceId", "TrafficType", "ProjectName", "LogStoreName"}))
        return *r;
    FlowLogDraft d = draftFrom(Service::Vpc, params);
    const int minutes = intParam(params, QStringLiteral("AggregationInterval"));
    d.intervalSeconds = minutes > 0 ? minutes * 60 : minutes; // the wire counts minutes, the draft seconds
    QMap<int, QString> paths;
    for (const auto &[k, v] : params) {
        if (k.startsWith(QLatin1String("TrafficPath.")))
            paths.insert(k.mid(12).toInt(), v);
    }
    d.trafficPaths = paths.values();
    QJsonArray pathArray = QJsonArray::fromStringList(d.trafficPaths);
    if (pathArray.isEmpty())
        pathArray.append(QStringLiteral("all"));

    static const RegionalCreate how{QStringLiteral("fl-"),
                                    QStringLiteral("Activating"),
                                    QStringLiteral("InvalidRegionId.NotFound"),
                                    QStringLiteral("The specified region does not exist."),
                                    QStringLiteral("true"),
                                    &unknownVpcTarget};
    return createInRegion(context, account, d, how,
                          QJsonObject{{QStringLiteral("TrafficType"), d.trafficType},
                                      {QStringLiteral("ResourceType"), d.resourceType},
                                      {QStringLiteral("ResourceId"), d.resourceId},
                                      {QStringLiteral("BusinessStatus"), QStringLiteral("Normal")},
                                      {QStringLiteral("AggregationInterval"), minutes > 0 ? minutes : 10},
                                      {QStringLiteral("TrafficPath"), pathArray},
                                      {QStringLiteral("ServiceType"), QStringLiteral("sls")},
                                      {QStringLiteral("ResourceGroupId"), QString()},
                                      {QStringLiteral("Tags"), tagArray(d.tags)},
                                      {QStringLiteral("FlowLogDeliverStatus"), QStringLiteral("SUCCESS")},
                                      {QStringLiteral("FlowLogDeliverErrorMessage"), QString()}});
}

Reply describeRegions(Context &context, const Account &account, const Pairs &params)
{
    if (isDenied(context.options(), u"regions"))
        return accessDenied(QStringLiteral("vpc:DescribeRegions"), account);
    // Every region the service is offered in, whatever the account has there. ProductType (default VPC) does not
    // change the list; AcceptLanguage en-US names the regions in English, anything else in Chinese (the default).
    // No paging.
    const bool english =
        value(params, QStringLiteral("AcceptLanguage")).compare(QLatin1String("en-US"), Qt::CaseInsensitive) == 0;
    QJsonArray list;
    for (const Region &region : aliyunRegions()) {
        list.append(QJsonObject{{QStringLiteral("RegionId"), region.id},
                                {QStringLiteral("LocalName"), english ? region.englishName : region.chineseName},
                                {QStringLiteral("RegionEndpoint"),
                                 region.centralEndpoint ? QStringLiteral("vpc.aliyuncs.com")
                                                        : QStringLiteral("vpc.%1.aliyuncs.com").arg(region.id)}});
    }
    Reply r;
    r.body = QJsonObject{{QStringLiteral("Regions"), QJsonObject{{QStringLiteral("Region"), list}}}};
    return r;
}

constexpr Action actions[] = {
    {"DescribeFlowLogs"_L1, &describeFlowLogs},
    {"CreateFlowLog"_L1, &createFlowLog},
    {"DescribeRegions"_L1, &describeRegions},
    // The networks flow logs watch (aliyun/inventory.cpp)
    {"DescribeVpcs"_L1, &vpc::describeVpcs},
    {"DescribeVSwitches"_L1, &vpc::describeVSwitches},
};

} // namespace

// The flow-log lifecycle: one engine for the three products (aliyun/lifecycle.cpp).
const Product product{"vpc"_L1, "2016-04-28"_L1, actions, lifecycleActions(Service::Vpc)};

} // namespace flowlog::sandbox::aliyun::vpc
