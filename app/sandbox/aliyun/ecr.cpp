#include "aliyun/common.h"
#include "aliyun/lifecycle.h"
#include "aliyun/operations.h"
#include "aliyun/targets.h"
#include "resources.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>

namespace flowlog::sandbox::aliyun::ecr {

using namespace Qt::StringLiterals;

namespace {

// ECR paging tokens look like the real ones (base64 with '+', '/' and '='), and say where the next page starts in
// the list of scope (an ECR instance's flow logs, an account's instances).
QString ecrToken(const QString &scope, qsizetype offset)
{
    QByteArray payload("\xfb\xef\xff");
    payload += QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Md5).left(6);
    payload += QByteArray::number(offset) + '~';
    return QStringLiteral("AAAAA") + QString::fromLatin1(payload.toBase64());
}

qsizetype ecrTokenOffset(const QString &scope, const QString &token)
{
    if (!token.startsWith(QLatin1String("AAAAA")))
        return -1;
    const QByteArray payload = QByteArray::fromBase64(token.mid(5).toLatin1());
    const QByteArray expectHead =
        QByteArray("\xfb\xef\xff") + QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Md5).left(6);
    if (!payload.startsWith(expectHead) || !payload.endsWith('~'))
        return -1;
    bool ok = false;
    const qsizetype offset = payload.mid(expectHead.size(), payload.size() - expectHead.size() - 1).toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

// One NextToken/MaxResults page of items (public views), as ECR's list APIs answer it: Success boolean, counters as
// integers, a flat array under listKey.
Reply tokenPage(const QList<QJsonObject> &items, const Pairs &params, const QString &scope, qint64 defaultMax,
                const QString &listKey)
{
    bool ok = true;
    const QString mr = value(params, QStringLiteral("MaxResults"));
    const qint64 maxResults = mr.isEmpty() ? defaultMax : mr.toLongLong(&ok);
    if (!ok || maxResults < 1 || maxResults > 2147483647)
        return ecrError(400, QStringLiteral("IllegalParamFormat.MaxResults"),
                        QStringLiteral("The param format of %s is illegal."),
                        QStringLiteral("The param format of MaxResults %1 is illegal.").arg(mr));
    const QString token = value(params, QStringLiteral("NextToken"));
    const qsizetype from = token.isEmpty() ? 0 : ecrTokenOffset(scope, token);
    if (from < 0)
        return ecrError(400, QStringLiteral("IllegalParamFormat.NextToken"),
                        QStringLiteral("The param format of %s is illegal."),
                        QStringLiteral("The param format of NextToken is illegal."));
    QJsonArray page;
    const qsizetype end =
        std::min<qsizetype>(items.size(), from + static_cast<qsizetype>(std::min<qint64>(maxResults, items.size())));
    for (qsizetype i = from; i < end; ++i)
        page.append(items.at(i));
    Reply r;
    r.body = ecrSuccess();
    r.body.insert(QStringLiteral("TotalCount"), static_cast<qint64>(items.size()));
    r.body.insert(QStringLiteral("MaxResults"), maxResults);
    r.body.insert(QStringLiteral("NextToken"), end < items.size() ? ecrToken(scope, end) : QString());
    r.body.insert(listKey, page);
    return r;
}

// An ECR instance as DescribeExpressConnectRouter describes it, derived from its id.
QJsonObject instance(const Account &account, const QString &ecrId, int index)
{
    QRandomGenerator rng(Dataset::seedFrom(ecrId));
    const QString created = Dataset::creationTime(rng).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    return QJsonObject{
        {QStringLiteral("EcrId"), ecrId},
        {QStringLiteral("Name"), QStringLiteral("ecr-%1-%2").arg(account.name).arg(index + 1)},
        {QStringLiteral("Description"), QStringLiteral("Express Connect Router of %1").arg(account.name)},
        {QStringLiteral("AlibabaSideAsn"), 45104 + index},
        {QStringLiteral("Status"), QStringLiteral("ACTIVE")},
        {QStringLiteral("BizStatus"), QStringLiteral("Normal")},
        {QStringLiteral("OwnerId"), account.accountId.toLongLong()},
        {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-") + Dataset::randomId(rng, 15)},
        {QStringLiteral("GmtCreate"), created},
        {QStringLiteral("GmtModified"), created},
        {QStringLiteral("Tags"), QJsonArray()}};
}

// The account's ECR instance params name (EcrId), or ECR's answer to its absence.
std::optional<Reply> knownEcr(const Account &account, const Pairs &params)
{
    const QString ecrId = value(params, QStringLiteral("EcrId"));
    if (ecrId.isEmpty())
        return ecrError(400, QStringLiteral("MissingParam.EcrId"), QStringLiteral("The parameter %s is missing."),
                        QStringLiteral("The parameter EcrId is missing."));
    if (!account.allEcrIds().contains(ecrId))
        return ecrError(400, QStringLiteral("ResourceNotFound.EcrId"),
                        QStringLiteral("The specified resource %s is not found."),
                        QStringLiteral("The specified resource EcrId %1 is not found.").arg(ecrId));
    return std::nullopt;
}

Reply describeFlowLogs(Context &context, const Account &account, const Pairs &params)
{
    if (std::optional<Reply> r = knownEcr(account, params))
        return *r;
    const QString ecrId = value(params, QStringLiteral("EcrId"));
    QList<QJsonObject> &all = context.dataset().flowLogs(Dataset::key(Service::Ecr, account, ecrId));
    static const QStringList exact = {QStringLiteral("FlowLogId"),   QStringLiteral("FlowLogName"),
                                      QStringLiteral("ProjectName"), QStringLiteral("LogStoreName"),
                                      QStringLiteral("InstanceId"),  QStringLiteral("ResourceGroupId")};
    return tokenPage(filtered(all, params, exact, QStringLiteral("Tag")), params, ecrId, 10,
                     QStringLiteral("FlowLogs"));
}

Reply describeExpressConnectRouter(Context & /*context*/, const Account &account, const Pairs &params)
{
    QList<QJsonObject> routers;
    const QStringList ids = account.allEcrIds();
    for (qsizetype i = 0; i < ids.size(); ++i)
        routers.append(instance(account, ids.at(i), static_cast<int>(i)));
    static const QStringList exact = {QStringLiteral("EcrId"), QStringLiteral("Name"),
                                      QStringLiteral("ResourceGroupId")};
    return tokenPage(filtered(routers, params, exact, QStringLiteral("Tag")), params, account.accountId, 20,
                     QStringLiteral("EcrList"));
}

Reply describeExpressConnectRouterChildInstance(Context &context, const Account &account, const Pairs &params)
{
    if (std::optional<Reply> r = knownEcr(account, params))
        return *r;
    const QString key = Resources::key(ResourceKind::EcrChild, account, value(params, QStringLiteral("EcrId")));
    static const QStringList exact = {QStringLiteral("ChildInstanceId"), QStringLiteral("ChildInstanceType"),
                                      QStringLiteral("ChildInstanceRegionId"), QStringLiteral("AssociationId")};
    return tokenPage(filtered(context.dataset().resources().list(key), params, exact, QStringLiteral("Tag")), params,
                     key, 20, QStringLiteral("ChildInstanceList"));
}

Reply createFlowLog(Context &context, const Account &account, const Pairs &params)
{
    if (auto r = missingRequired(params, {"EcrId", "InstanceType", "InstanceId", "ProjectName", "LogStoreName"})) {
        r->body.insert(QStringLiteral("Success"), false); // ECR's error shape
        r->body.insert(QStringLiteral("HttpStatusCode"), 400);
        return *r;
    }
    FlowLogDraft d = draftFrom(Service::Ecr, params);
    // ECR is global; the rule table may still want a region, so give it the one the service lives in.
    d.region = value(params, QStringLiteral("TargetSlsRegionId"));
    if (d.region.isEmpty())
        d.region = QStringLiteral("cn-shanghai");
    d.intervalSeconds = intParam(params, QStringLiteral("Interval"));
    d.dryRun = value(params, QStringLiteral("DryRun")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;

    Reply r;
    if (value(params, QStringLiteral("InstanceType")) != QLatin1String("VBR")) {
        r = ecrError(400, QStringLiteral("IllegalParam.InstanceType"), QStringLiteral("The param of %s is illegal."),
                     QStringLiteral("The param of InstanceType is illegal."));
    } else if (Reply v = firstViolation(d); v.status != 200) {
        r = ecrError(400, v.body.value(QLatin1String("Code")).toString(),
                     v.body.value(QLatin1String("Message")).toString());
    } else if (!account.allEcrIds().contains(d.ecrId)) {
        r = ecrError(400, QStringLiteral("ResourceNotFound.EcrId"),
                     QStringLiteral("The specified resource %s is not found."),
                     QStringLiteral("The specified resource EcrId %1 is not found.").arg(d.ecrId));
    } else if (std::optional<Reply> unknown = unknownEcrTarget(context.dataset(), account, d)) {
        r = *unknown; // a VBR not attached to this ECR instance: refused, DryRun included
    } else if (d.dryRun) {
        r = ecrDryRunPassed(); // checked, nothing made
    } else {
        const QString id = createOnce(
            context, account, d, Dataset::key(Service::Ecr, account, d.ecrId), QStringLiteral("ecr-flog-"),
            QJsonObject{
                {QStringLiteral("EcrId"), d.ecrId},
                {QStringLiteral("RegionId"), account.regions.value(0)},
                {QStringLiteral("Status"), QStringLiteral("Active")},
                {QStringLiteral("Interval"), d.intervalSeconds > 0 ? d.intervalSeconds : 600},
                {QStringLiteral("SamplingRate"), d.samplingRate.isEmpty() ? QStringLiteral("1:4096") : d.samplingRate},
                {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                {QStringLiteral("ResourceGroupId"), value(params, QStringLiteral("ResourceGroupId"))},
                {QStringLiteral("Tags"), tagArray(d.tags)},
                {QStringLiteral("InstanceId"), d.instanceId},
                {QStringLiteral("SlsRegionId"), value(params, QStringLiteral("TargetSlsRegionId"))}},
            r.created);
        r.body = ecrSuccess();
        r.body.insert(QStringLiteral("FlowLogId"), id);
    }
    return r;
}

constexpr Action actions[] = {
    {"DescribeFlowLogs"_L1, &describeFlowLogs},
    {"CreateFlowLog"_L1, &createFlowLog},
    {"DescribeExpressConnectRouter"_L1, &describeExpressConnectRouter},
    // The networks ECR flow logs watch: its child VBRs
    {"DescribeExpressConnectRouterChildInstance"_L1, &describeExpressConnectRouterChildInstance},
};

} // namespace

// The flow-log lifecycle: one engine for the three products (aliyun/lifecycle.cpp).
const Product product{"ecr"_L1, "2023-09-01"_L1, actions, lifecycleActions(Service::Ecr)};

} // namespace flowlog::sandbox::aliyun::ecr
