#include "aliyun/common.h"
#include "aliyun/operations.h"
#include "validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>

namespace flowlog::sandbox::aliyun::ecr {

namespace {

// ECR paging tokens look like the real ones (base64 with '+', '/' and '='), and say where the next page starts.
QString ecrToken(const QString &ecrId, qsizetype offset)
{
    QByteArray payload("\xfb\xef\xff");
    payload += QCryptographicHash::hash(ecrId.toUtf8(), QCryptographicHash::Md5).left(6);
    payload += QByteArray::number(offset) + '~';
    return QStringLiteral("AAAAA") + QString::fromLatin1(payload.toBase64());
}

qsizetype ecrTokenOffset(const QString &ecrId, const QString &token)
{
    if (!token.startsWith(QLatin1String("AAAAA")))
        return -1;
    const QByteArray payload = QByteArray::fromBase64(token.mid(5).toLatin1());
    const QByteArray expectHead =
        QByteArray("\xfb\xef\xff") + QCryptographicHash::hash(ecrId.toUtf8(), QCryptographicHash::Md5).left(6);
    if (!payload.startsWith(expectHead) || !payload.endsWith('~'))
        return -1;
    bool ok = false;
    const qsizetype offset = payload.mid(expectHead.size(), payload.size() - expectHead.size() - 1).toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

} // namespace

Reply describeFlowLogs(Context &context, const Account &account, const Pairs &params)
{
    const QString ecrId = value(params, QStringLiteral("EcrId"));
    if (ecrId.isEmpty())
        return ecrError(400, QStringLiteral("MissingParam.EcrId"), QStringLiteral("The parameter %s is missing."),
                        QStringLiteral("The parameter EcrId is missing."));
    if (!account.ecrIds.contains(ecrId))
        return ecrError(400, QStringLiteral("ResourceNotFound.EcrId"),
                        QStringLiteral("The specified resource %s is not found."),
                        QStringLiteral("The specified resource EcrId %1 is not found.").arg(ecrId));
    bool ok = true;
    const QString mr = value(params, QStringLiteral("MaxResults"));
    const qint64 maxResults = mr.isEmpty() ? 10 : mr.toLongLong(&ok);
    if (!ok || maxResults < 1 || maxResults > 2147483647)
        return ecrError(400, QStringLiteral("IllegalParamFormat.MaxResults"),
                        QStringLiteral("The param format of %s is illegal."),
                        QStringLiteral("The param format of MaxResults %1 is illegal.").arg(mr));
    const QString token = value(params, QStringLiteral("NextToken"));
    const qsizetype from = token.isEmpty() ? 0 : ecrTokenOffset(ecrId, token);
    if (from < 0)
        return ecrError(400, QStringLiteral("IllegalParamFormat.NextToken"),
                        QStringLiteral("The param format of %s is illegal."),
                        QStringLiteral("The param format of NextToken is illegal."));
    QList<QJsonObject> &all = context.dataset().flowLogs(Dataset::key(Service::Ecr, account, ecrId));
    static const QStringList exact = {QStringLiteral("FlowLogId"),   QStringLiteral("FlowLogName"),
                                      QStringLiteral("ProjectName"), QStringLiteral("LogStoreName"),
                                      QStringLiteral("InstanceId"),  QStringLiteral("ResourceGroupId")};
    const QList<QJsonObject> matching = filtered(all, params, exact, QStringLiteral("Tag"));
    QJsonArray page;
    const qsizetype end = std::min<qsizetype>(
        matching.size(), from + static_cast<qsizetype>(std::min<qint64>(maxResults, matching.size())));
    for (qsizetype i = from; i < end; ++i)
        page.append(matching.at(i));
    // The documented shape: Success boolean, counters as integers, flat arrays.
    Reply r;
    r.body = QJsonObject{{QStringLiteral("Success"), true},
                         {QStringLiteral("Code"), QStringLiteral("200")},
                         {QStringLiteral("Message"), QStringLiteral("OK")},
                         {QStringLiteral("HttpStatusCode"), 200},
                         {QStringLiteral("TotalCount"), static_cast<qint64>(matching.size())},
                         {QStringLiteral("MaxResults"), maxResults},
                         {QStringLiteral("NextToken"), end < matching.size() ? ecrToken(ecrId, end) : QString()},
                         {QStringLiteral("FlowLogs"), page}};
    return r;
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
    } else if (!account.ecrIds.contains(d.ecrId)) {
        r = ecrError(400, QStringLiteral("ResourceNotFound.EcrId"),
                     QStringLiteral("The specified resource %s is not found."),
                     QStringLiteral("The specified resource EcrId %1 is not found.").arg(d.ecrId));
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

} // namespace flowlog::sandbox::aliyun::ecr
