#include "aliyunapi.h"

#include <QDateTime>
#include <QJsonArray>

namespace flowlog::sandbox {

AliyunApi::AliyunApi(Dataset &dataset)
    : m_dataset(dataset)
{
}

void AliyunApi::seed(Dataset &dataset, Account &account, quint32 seed, int perSource)
{
    QRandomGenerator rng(seed);
    static const QStringList purposes = {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("audit"),
                                         QStringLiteral("egress"), QStringLiteral("k8s"), QStringLiteral("bastion")};
    static const QStringList descriptions = {QStringLiteral("Production traffic capture"),
                                             QStringLiteral("安全审计流日志"), QStringLiteral("Egress troubleshooting"),
                                             QStringLiteral("数据库子网流量"), QStringLiteral("Compliance retention")};
    for (const QString &region : std::as_const(account.regions)) {
        QList<QJsonObject> &list = dataset.flowLogs(QStringLiteral("vpc|%1|%2").arg(account.accessKeyId, region));
        for (int n = 0; n < perSource; ++n) {
            const QString resourceType = Dataset::pick(rng, {QStringLiteral("NetworkInterface"), QStringLiteral("VSwitch"),
                                                             QStringLiteral("VPC")});
            const QString prefix = resourceType == QLatin1String("NetworkInterface") ? QStringLiteral("eni-")
                                   : resourceType == QLatin1String("VSwitch")        ? QStringLiteral("vsw-")
                                                                                    : QStringLiteral("vpc-");
            const quint32 roll = rng.bounded(100u);
            const QString status = roll < 80 ? QStringLiteral("Active") : roll < 92 ? QStringLiteral("Inactive")
                                                                                     : QStringLiteral("Activating");
            const bool failed = rng.bounded(100u) < 8;
            QJsonObject o{
                {QStringLiteral("Status"), status},
                {QStringLiteral("CreationTime"),
                 Dataset::creationTime(rng).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))},
                {QStringLiteral("FlowLogName"), QStringLiteral("%1-%2-%3")
                                                    .arg(Dataset::pick(rng, purposes), region.section(QLatin1Char('-'), 1))
                                                    .arg(n + 1)},
                {QStringLiteral("TrafficType"),
                 Dataset::pick(rng, {QStringLiteral("All"), QStringLiteral("Allow"), QStringLiteral("Drop")})},
                {QStringLiteral("ResourceType"), resourceType},
                {QStringLiteral("Description"), Dataset::pick(rng, descriptions)},
                {QStringLiteral("ProjectName"), QStringLiteral("flowlog-%1").arg(region)},
                {QStringLiteral("LogStoreName"), QStringLiteral("vpc-flowlog")},
                {QStringLiteral("ResourceId"), prefix + Dataset::randomId(rng, 20)},
                {QStringLiteral("RegionId"), region},
                {QStringLiteral("FlowLogId"), QStringLiteral("fl-") + Dataset::randomId(rng, 20)},
                {QStringLiteral("BusinessStatus"), QStringLiteral("Normal")},
                {QStringLiteral("AggregationInterval"), QJsonValue(QList<int>{1, 5, 10}.at(rng.bounded(3)))},
                {QStringLiteral("TrafficPath"), QJsonArray{QStringLiteral("all")}},
                {QStringLiteral("ServiceType"), QStringLiteral("sls")},
                {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-") + Dataset::randomId(rng, 15)},
                {QStringLiteral("Tags"),
                 QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                        {QStringLiteral("Value"), account.name.section(QLatin1Char('-'), 1, 1)}}}},
                {QStringLiteral("FlowLogDeliverStatus"), failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS")},
                {QStringLiteral("FlowLogDeliverErrorMessage"), failed ? QStringLiteral("UnavaliableTarget") : QString()},
            };
            list.append(o);
        }
    }
}

Reply AliyunApi::error(int status, const QString &code, const QString &message) const
{
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    return r;
}

Reply AliyunApi::handle(const ApiRequest &request)
{
    Pairs params = decodeForm(request.rawQuery);
    if (request.method == "POST")
        params.append(decodeForm(request.body));
    const QString action = value(params, QStringLiteral("Action"));
    const QString version = value(params, QStringLiteral("Version"));

    Reply reply;
    const QString accessKeyId = value(params, QStringLiteral("AccessKeyId"));
    const Account *account = m_dataset.accountByKey(accessKeyId);
    const QString signature = value(params, QStringLiteral("Signature"));
    const QString timestampText = value(params, QStringLiteral("Timestamp"));
    const QDateTime ts = parseUtc(timestampText);
    const QString nonce = value(params, QStringLiteral("SignatureNonce"));
    if (accessKeyId.isEmpty() || signature.isEmpty() || nonce.isEmpty() || timestampText.isEmpty()) {
        reply = error(400, QStringLiteral("MissingParameter"),
                      QStringLiteral("The input parameter AccessKeyId, Signature, SignatureNonce or Timestamp that is "
                                     "mandatory for processing this request is not supplied."));
    } else if (!account || account->provider != QLatin1String("aliyun")) {
        reply = error(404, QStringLiteral("InvalidAccessKeyId.NotFound"), QStringLiteral("Specified access key is not found."));
    } else if (!ts.isValid()) {
        reply = error(400, QStringLiteral("InvalidTimeStamp.Format"),
                      QStringLiteral("Specified time stamp or date value is not well formatted."));
    } else if (qAbs(ts.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60) {
        reply = error(400, QStringLiteral("InvalidTimeStamp.Expired"), QStringLiteral("Specified time stamp or date value is expired."));
    } else if (expectedRpcSignature(request.method, params, account->secret) != signature.toLatin1()) {
        reply = error(400, QStringLiteral("SignatureDoesNotMatch"),
                      QStringLiteral("Specified signature is not matched with our calculation."));
    } else if (m_nonces.contains(nonce)) {
        reply = error(400, QStringLiteral("SignatureNonceUsed"), QStringLiteral("Specified signature nonce was used already."));
    } else {
        m_nonces.insert(nonce);
        if (action == QLatin1String("DescribeFlowLogs") && version == QLatin1String("2016-04-28"))
            reply = describeVpcFlowLogs(*account, params);
        else
            reply = error(404, QStringLiteral("InvalidAction.NotFound"),
                          QStringLiteral("Specified api is not found, please check your url and method."));
    }
    if (reply.operation.isEmpty())
        reply.operation = action.isEmpty() ? QStringLiteral("(none)") : action;
    return reply;
}

Reply AliyunApi::describeVpcFlowLogs(const Account &account, const Pairs &params)
{
    const QString region = value(params, QStringLiteral("RegionId"));
    if (region.isEmpty())
        return error(400, QStringLiteral("MissingParameter"), QStringLiteral("RegionId is mandatory for this action."));
    bool ok = true;
    const QString pn = value(params, QStringLiteral("PageNumber"));
    const QString ps = value(params, QStringLiteral("PageSize"));
    const int pageNumber = pn.isEmpty() ? 1 : pn.toInt(&ok);
    if (!ok || pageNumber < 1)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("The specified PageNumber is invalid."));
    const int pageSize = ps.isEmpty() ? 20 : ps.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 50)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("The specified PageSize is invalid."));

    const QList<QJsonObject> &all = m_dataset.flowLogs(QStringLiteral("vpc|%1|%2").arg(account.accessKeyId, region));
    QList<QJsonObject> matching;
    static const QStringList exact = {QStringLiteral("FlowLogId"),    QStringLiteral("ResourceType"),
                                      QStringLiteral("ResourceId"),   QStringLiteral("TrafficType"),
                                      QStringLiteral("ProjectName"),  QStringLiteral("LogStoreName"),
                                      QStringLiteral("Status"),       QStringLiteral("ResourceGroupId"),
                                      QStringLiteral("FlowLogName"),  QStringLiteral("Description")};
    for (const QJsonObject &o : all) {
        bool keep = true;
        for (const QString &key : exact) {
            const QString want = value(params, key);
            if (!want.isEmpty() && o.value(key).toString() != want)
                keep = false;
        }
        if (keep)
            matching.append(o);
    }
    QJsonArray page;
    const qsizetype from = static_cast<qsizetype>(pageNumber - 1) * pageSize;
    for (qsizetype i = from; i < matching.size() && i < from + pageSize; ++i)
        page.append(matching.at(i));
    // The documented shape: counters as strings, Success as a string.
    Reply r;
    r.operation = QStringLiteral("vpc.DescribeFlowLogs");
    r.body = QJsonObject{{QStringLiteral("PageSize"), QString::number(pageSize)},
                         {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                         {QStringLiteral("TotalCount"), QString::number(matching.size())},
                         {QStringLiteral("Success"), QStringLiteral("true")},
                         {QStringLiteral("FlowLogs"), page}};
    return r;
}

} // namespace flowlog::sandbox
