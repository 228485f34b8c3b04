#include "aliyun/common.h"
#include "aliyun/inventory.h"
#include "aliyun/lifecycle.h"
#include "aliyun/operations.h"
#include "aliyun/targets.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>

namespace flowlog::sandbox::aliyun::cen {

using namespace Qt::StringLiterals;

namespace {

Reply describeFlowlogs(Context &context, const Account &account, const Pairs &params)
{
    QString invalid;
    const std::optional<PageRequest> paging = pageRequest(params, 50, &invalid);
    if (!paging)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("Invalid parameter %1.").arg(invalid));
    const QString interval = value(params, QStringLiteral("Interval"));
    if (!interval.isEmpty() && interval != QLatin1String("60") && interval != QLatin1String("600"))
        return error(400, QStringLiteral("InvalidParameter.Interval"), QStringLiteral("Interval is invalid."));
    const QString version = value(params, QStringLiteral("FlowLogVersion"));
    if (!version.isEmpty() && version != QLatin1String("3"))
        return error(400, QStringLiteral("InvalidParameter.FlowLogVersion"),
                     QStringLiteral("Flowlog version is invalid."));

    // RegionId is optional here: without it, every region of the account (those a policy denies left out).
    const QString region = value(params, QStringLiteral("RegionId"));
    if (!region.isEmpty() && isDenied(context.options(), u"flowlogs", region))
        return accessDenied(QStringLiteral("cbn:DescribeFlowlogs"), account);
    QList<QJsonObject> all;
    for (const QString &r : std::as_const(account.regions)) {
        if ((!region.isEmpty() && r != region) || isDenied(context.options(), u"flowlogs", r))
            continue;
        all.append(context.dataset().flowLogs(Dataset::key(Service::Cen, account, r)));
    }
    static const QStringList exact = {
        QStringLiteral("FlowLogId"), QStringLiteral("FlowLogName"),     QStringLiteral("Description"),
        QStringLiteral("CenId"),     QStringLiteral("ProjectName"),     QStringLiteral("LogStoreName"),
        QStringLiteral("Status"),    QStringLiteral("TransitRouterId"), QStringLiteral("TransitRouterAttachmentId"),
        QStringLiteral("Interval"),  QStringLiteral("FlowLogVersion")};
    const QList<QJsonObject> matching = filtered(all, params, exact, QStringLiteral("Tag"));
    return pageReply(matching, *paging, true);
}

Reply createFlowlog(Context &context, const Account &account, const Pairs &params)
{
    if (auto r = missingRequired(params, {"RegionId", "CenId", "ProjectName", "LogStoreName"}))
        return *r;
    FlowLogDraft d = draftFrom(Service::Cen, params);
    d.intervalSeconds = intParam(params, QStringLiteral("Interval"));

    // CEN refuses a region the account has no transit router in as an unsupported action.
    static const RegionalCreate how{QStringLiteral("flowlog-"),
                                    QStringLiteral("Creating"),
                                    QStringLiteral("OperationUnsupported.action"),
                                    QStringLiteral("This action is not support."),
                                    true,
                                    &unknownCenTarget};
    const QString format = d.logFormat.isEmpty() ? QStringLiteral("${srcaddr}${dstaddr}${bytes}") : d.logFormat;
    return createInRegion(
        context, account, d, how,
        QJsonObject{{QStringLiteral("CenId"), d.cenId},
                    {QStringLiteral("TransitRouterAttachmentId"), d.transitRouterAttachmentId},
                    {QStringLiteral("TransitRouterId"), d.transitRouterId},
                    {QStringLiteral("LogFormatString"), format},
                    {QStringLiteral("FlowLogVersion"), QStringLiteral("3")},
                    {QStringLiteral("Interval"), d.intervalSeconds > 0 ? d.intervalSeconds : 600},
                    {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("Tag"), tagArray(d.tags)}}}});
}

constexpr Action actions[] = {
    {"DescribeFlowlogs"_L1, &describeFlowlogs},
    {"CreateFlowlog"_L1, &createFlowlog},
    // The networks CEN flow logs watch (aliyun/inventory.cpp)
    {"DescribeCens"_L1, &cen::describeCens},
    {"ListTransitRouters"_L1, &cen::listTransitRouters},
    {"ListTransitRouterVpcAttachments"_L1, &cen::listTransitRouterVpcAttachments},
    {"ListTransitRouterVbrAttachments"_L1, &cen::listTransitRouterVbrAttachments},
};

} // namespace

// The flow-log lifecycle: one engine for the three products (aliyun/lifecycle.cpp).
const Product product{"cen"_L1, "2017-09-12"_L1, actions, lifecycleActions(Service::Cen)};

} // namespace flowlog::sandbox::aliyun::cen
