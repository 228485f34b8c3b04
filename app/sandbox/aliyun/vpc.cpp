#include "aliyun/common.h"
#include "aliyun/lifecycle.h"
#include "aliyun/operations.h"
#include "regions.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>

namespace flowlog::sandbox::aliyun::vpc {

using namespace Qt::StringLiterals;

namespace {

// One of the two VPCs every account has in each of its regions (which: '0' or '1'), its id derived from account and
// region so the flow logs' stored objects keep exactly the response shape.
QString derivedVpc(const QString &accountId, const QString &region, char which)
{
    const QByteArray h =
        QCryptographicHash::hash(accountId.toUtf8() + '|' + region.toUtf8() + '|' + which, QCryptographicHash::Sha1);
    QString id = QStringLiteral("vpc-");
    for (int i = 0; i < 20; ++i)
        id += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[static_cast<unsigned char>(h.at(i)) % 36]);
    return id;
}

// The VPC a VPC flow log's resource lives in: the resource itself for a VPC, else one of the region's two VPCs.
QString vpcOf(const QJsonObject &o, const QString &accountId)
{
    const QString resourceId = o.value(QLatin1String("ResourceId")).toString();
    if (o.value(QLatin1String("ResourceType")).toString() == QLatin1String("VPC"))
        return resourceId;
    const char which = (QCryptographicHash::hash(resourceId.toUtf8(), QCryptographicHash::Md5).at(0) & 1) ? '1' : '0';
    return derivedVpc(accountId, o.value(QLatin1String("RegionId")).toString(), which);
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
        matching.removeIf([&](const QJsonObject &o) { return vpcOf(o, account.accountId) != vpcId; });
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

    static const RegionalCreate how{QStringLiteral("fl-"), QStringLiteral("Activating"),
                                    QStringLiteral("InvalidRegionId.NotFound"),
                                    QStringLiteral("The specified region does not exist."), QStringLiteral("true")};
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

// DescribeVpcs: the account's VPCs in RegionId (required): the region's two VPCs where the account has flow logs, and
// every VPC a flow log watches as a whole, sorted by id so pages are stable. VpcId (up to 20, comma-separated) and
// VpcName filter; PageNumber / PageSize (1 to 50, default 10); counters as numbers, under Vpcs.Vpc.
Reply describeVpcs(Context &context, const Account &account, const Pairs &params)
{
    const QString region = value(params, QStringLiteral("RegionId"));
    if (region.isEmpty())
        return missing(QStringLiteral("RegionId"));
    QString invalid;
    const std::optional<PageRequest> page = pageRequest(params, 50, &invalid, 10);
    if (!page)
        return error(400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified %1 is invalid.").arg(invalid));

    QMap<QString, QJsonObject> vpcs;
    const auto add = [&](const QString &id) {
        const QByteArray h = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5);
        vpcs.insert(id, QJsonObject{{u"VpcId"_s, id},
                                    {u"RegionId"_s, region},
                                    {u"VpcName"_s, u"vpc-"_s + region + QLatin1Char('-') + id.right(4)},
                                    {u"Status"_s, u"Available"_s},
                                    {u"CidrBlock"_s, u"10.%1.0.0/16"_s.arg(static_cast<unsigned char>(h.at(0)))},
                                    {u"IsDefault"_s, false},
                                    {u"Description"_s, QString()},
                                    {u"ResourceGroupId"_s, QString()},
                                    {u"CreationTime"_s, u"2024-01-01T00:00:00Z"_s}});
    };
    if (account.regions.contains(region)) {
        add(derivedVpc(account.accountId, region, '0'));
        add(derivedVpc(account.accountId, region, '1'));
    }
    for (const QJsonObject &o : context.dataset().flowLogs(Dataset::key(Service::Vpc, account, region)))
        add(vpcOf(o, account.accountId));

    const QStringList ids = value(params, u"VpcId"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString name = value(params, u"VpcName"_s);
    QJsonArray rows;
    qint64 total = 0;
    const qint64 from = static_cast<qint64>(page->number - 1) * page->size;
    for (const QJsonObject &vpc : std::as_const(vpcs)) {
        if ((!ids.isEmpty() && !ids.contains(vpc.value(u"VpcId"_s).toString())) ||
            (!name.isEmpty() && vpc.value(u"VpcName"_s).toString() != name))
            continue;
        if (total >= from && total < from + page->size)
            rows.append(vpc);
        ++total;
    }
    Reply r;
    r.body = QJsonObject{{u"TotalCount"_s, total},
                         {u"PageNumber"_s, page->number},
                         {u"PageSize"_s, page->size},
                         {u"Vpcs"_s, QJsonObject{{u"Vpc"_s, rows}}}};
    return r;
}

constexpr Action actions[] = {
    {"DescribeFlowLogs"_L1, &describeFlowLogs},
    {"CreateFlowLog"_L1, &createFlowLog},
    {"DescribeRegions"_L1, &describeRegions},
    {"DescribeVpcs"_L1, &describeVpcs},
    // The flow-log lifecycle, one engine for the three products (aliyun/lifecycle.cpp)
    {"ActiveFlowLog"_L1, &lifecycle<Service::Vpc, Change::Activate>},
    {"DeactiveFlowLog"_L1, &lifecycle<Service::Vpc, Change::Deactivate>},
    {"ModifyFlowLogAttribute"_L1, &lifecycle<Service::Vpc, Change::Modify>},
    {"DeleteFlowLog"_L1, &lifecycle<Service::Vpc, Change::Delete>},
};

} // namespace

const Product product{"vpc"_L1, "2016-04-28"_L1, actions};

} // namespace flowlog::sandbox::aliyun::vpc
