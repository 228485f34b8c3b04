#include "aliyunapi.h"

#include "validation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>

namespace flowlog::sandbox {

namespace {

const QString vpcVersion = QStringLiteral("2016-04-28");
const QString cenVersion = QStringLiteral("2017-09-12");
const QString ecrVersion = QStringLiteral("2023-09-01");

// Keys starting with "__" are the sandbox's own bookkeeping, never sent.
QJsonObject publicView(QJsonObject o)
{
    // Only freshly created logs carry bookkeeping, so the common case is a lookup, not a copy.
    if (!o.contains(QLatin1String("__activeAtMs")))
        return o;
    for (auto it = o.begin(); it != o.end();) {
        if (it.key().startsWith(QLatin1String("__")))
            it = o.erase(it);
        else
            ++it;
    }
    return o;
}

// A created log turns Active once its activation time has passed (no timers: decided when it is listed).
void settle(QList<QJsonObject> &list)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (QJsonObject &o : list) {
        const QJsonValue at = o.value(QLatin1String("__activeAtMs"));
        if (!at.isUndefined() && static_cast<qint64>(at.toDouble()) <= now) {
            o.insert(QStringLiteral("Status"), QStringLiteral("Active"));
            o.remove(QStringLiteral("__activeAtMs"));
        }
    }
}

// Tag.N.Key / Tag.N.Value (or Tags.N...) in N order, whatever order they arrived in.
QList<Tag> tagsFromParams(const Pairs &params, const QString &prefix)
{
    QMap<int, Tag> byIndex;
    const QString head = prefix + QLatin1Char('.');
    for (const auto &[k, v] : params) {
        if (!k.startsWith(head))
            continue;
        const QStringList parts = k.mid(head.size()).split(QLatin1Char('.'));
        bool ok = false;
        const int n = parts.value(0).toInt(&ok);
        if (!ok || parts.size() != 2)
            continue;
        if (parts.at(1) == QLatin1String("Key"))
            byIndex[n].key = v;
        else if (parts.at(1) == QLatin1String("Value"))
            byIndex[n].value = v;
    }
    return byIndex.values();
}

QList<Tag> tagsOfObject(const QJsonObject &o)
{
    QJsonValue v = o.value(QLatin1String("Tags"));
    if (v.isObject())
        v = v.toObject().value(QLatin1String("Tag"));
    QList<Tag> out;
    for (const QJsonValue &t : v.toArray())
        out.append({t.toObject().value(QLatin1String("Key")).toString(),
                    t.toObject().value(QLatin1String("Value")).toString()});
    return out;
}

bool hasAllTags(const QJsonObject &o, const QList<Tag> &wanted)
{
    const QList<Tag> have = tagsOfObject(o);
    for (const Tag &w : wanted) {
        if (!have.contains(w))
            return false;
    }
    return true;
}

QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

// Every exact-match filter that is present must match; tags must all be present.
QList<QJsonObject> filtered(const QList<QJsonObject> &all, const Pairs &params, const QStringList &exact,
                            const QString &tagPrefix)
{
    const QList<Tag> wantedTags = tagsFromParams(params, tagPrefix);
    QList<QJsonObject> out;
    for (const QJsonObject &o : all) {
        bool keep = hasAllTags(o, wantedTags);
        for (const QString &key : exact) {
            const QString want = value(params, key);
            if (keep && !want.isEmpty() && text(o, key) != want)
                keep = false;
        }
        if (keep)
            out.append(o);
    }
    return out;
}

QJsonArray tagArray(const QList<Tag> &tags)
{
    QJsonArray out;
    for (const Tag &t : tags)
        out.append(QJsonObject{{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}});
    return out;
}

// The VPC a VPC flow log's resource lives in: the resource itself for a VPC, else one of two VPCs per account and
// region, derived from the ids so the stored objects keep exactly the response shape.
QString vpcOf(const QJsonObject &o, const QString &accessKeyId)
{
    const QString resourceId = o.value(QLatin1String("ResourceId")).toString();
    if (o.value(QLatin1String("ResourceType")).toString() == QLatin1String("VPC"))
        return resourceId;
    const char which = (QCryptographicHash::hash(resourceId.toUtf8(), QCryptographicHash::Md5).at(0) & 1) ? '1' : '0';
    const QByteArray h = QCryptographicHash::hash(
        accessKeyId.toUtf8() + '|' + o.value(QLatin1String("RegionId")).toString().toUtf8() + '|' + which,
        QCryptographicHash::Sha1);
    QString id = QStringLiteral("vpc-");
    for (int i = 0; i < 20; ++i)
        id += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[static_cast<unsigned char>(h.at(i)) % 36]);
    return id;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

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

QString randomTime(QRandomGenerator &rng, bool allowNoSeconds)
{
    const QDateTime when = Dataset::creationTime(rng);
    if (allowNoSeconds && rng.bounded(3u) == 0) // ECR sometimes drops the seconds
        return when.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
    return when.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

AliyunApi::AliyunApi(Dataset &dataset)
    : m_dataset(dataset)
{}

void AliyunApi::seed(Dataset &dataset, Account &account, quint32 seed, int perSource)
{
    QRandomGenerator rng(seed);
    static const QStringList purposes = {QStringLiteral("web"),    QStringLiteral("db"),  QStringLiteral("audit"),
                                         QStringLiteral("egress"), QStringLiteral("k8s"), QStringLiteral("bastion")};
    static const QStringList descriptions = {QStringLiteral("Production traffic capture"),
                                             QStringLiteral("安全审计流日志"), QStringLiteral("Egress troubleshooting"),
                                             QStringLiteral("数据库子网流量"), QStringLiteral("Compliance retention")};
    for (const QString &region : std::as_const(account.regions)) {
        QList<QJsonObject> &list = dataset.flowLogs(QStringLiteral("vpc|%1|%2").arg(account.accessKeyId, region));
        for (int n = 0; n < perSource; ++n) {
            const QString resourceType = Dataset::pick(
                rng, {QStringLiteral("NetworkInterface"), QStringLiteral("VSwitch"), QStringLiteral("VPC")});
            const QString prefix = resourceType == QLatin1String("NetworkInterface") ? QStringLiteral("eni-")
                                   : resourceType == QLatin1String("VSwitch")        ? QStringLiteral("vsw-")
                                                                                     : QStringLiteral("vpc-");
            const quint32 roll = rng.bounded(100u);
            const QString status = roll < 80   ? QStringLiteral("Active")
                                   : roll < 92 ? QStringLiteral("Inactive")
                                               : QStringLiteral("Activating");
            const bool failed = rng.bounded(100u) < 8;
            QJsonObject o{
                {QStringLiteral("Status"), status},
                {QStringLiteral("CreationTime"),
                 Dataset::creationTime(rng).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))},
                {QStringLiteral("FlowLogName"),
                 QStringLiteral("%1-%2-%3")
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
                {QStringLiteral("FlowLogDeliverErrorMessage"),
                 failed ? QStringLiteral("UnavaliableTarget") : QString()},
            };
            list.append(o);
        }
    }

    // CEN and ECR draw from their own generator, so adding them left the VPC data above unchanged.
    QRandomGenerator more(seed ^ 0x9e3779b9u);
    const QString team = account.name.section(QLatin1Char('-'), 1, 1);
    const QStringList cenIds = {QStringLiteral("cen-") + Dataset::randomId(more, 18),
                                QStringLiteral("cen-") + Dataset::randomId(more, 18)};
    static const QStringList envs = {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev")};
    for (const QString &region : std::as_const(account.regions)) {
        const QString router = QStringLiteral("tr-") + Dataset::randomId(more, 20);
        QList<QJsonObject> &list = dataset.flowLogs(QStringLiteral("cen|%1|%2").arg(account.accessKeyId, region));
        for (int n = 0; n < perSource; ++n) {
            const bool inactive = more.bounded(100u) < 15;
            const bool onAttachment = more.bounded(100u) < 70;
            QJsonArray tags{
                QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")}, {QStringLiteral("Value"), team}}};
            if (more.bounded(2u) == 0)
                tags.append(QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                        {QStringLiteral("Value"), Dataset::pick(more, envs)}});
            QJsonObject o{
                {QStringLiteral("Status"), inactive ? QStringLiteral("Inactive") : QStringLiteral("Active")},
                {QStringLiteral("CreationTime"), randomTime(more, false)},
                {QStringLiteral("FlowLogName"),
                 QStringLiteral("cen-%1-%2-%3")
                     .arg(Dataset::pick(more, purposes), region.section(QLatin1Char('-'), 1))
                     .arg(n + 1)},
                {QStringLiteral("Description"), Dataset::pick(more, descriptions)},
                {QStringLiteral("ProjectName"), QStringLiteral("cen-flowlog-%1").arg(region)},
                {QStringLiteral("CenId"), Dataset::pick(more, cenIds)},
                {QStringLiteral("LogStoreName"), QStringLiteral("cen-flowlog")},
                {QStringLiteral("RegionId"), region},
                {QStringLiteral("FlowLogId"), QStringLiteral("flowlog-") + Dataset::randomId(more, 17)},
                {QStringLiteral("TransitRouterAttachmentId"),
                 onAttachment ? QStringLiteral("tr-attach-") + Dataset::randomId(more, 18) : QString()},
                {QStringLiteral("TransitRouterId"), router},
                {QStringLiteral("LogFormatString"), QStringLiteral("${srcaddr}${dstaddr}${bytes}")},
                {QStringLiteral("FlowLogVersion"), QStringLiteral("3")},
                {QStringLiteral("Interval"), more.bounded(2u) == 0 ? 60 : 600},
                {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("Tag"), tags}}},
            };
            list.append(o);
        }
    }

    for (const QString &ecrId : std::as_const(account.ecrIds)) {
        QList<QJsonObject> &list = dataset.flowLogs(QStringLiteral("ecr|%1|%2").arg(account.accessKeyId, ecrId));
        for (int n = 0; n < perSource; ++n) {
            const QString region = Dataset::pick(more, account.regions);
            QJsonObject o{
                {QStringLiteral("FlowLogId"), QStringLiteral("ecr-flog-") + Dataset::randomId(more, 18)},
                {QStringLiteral("EcrId"), ecrId},
                {QStringLiteral("RegionId"), region},
                {QStringLiteral("Status"),
                 more.bounded(100u) < 15 ? QStringLiteral("Inactive") : QStringLiteral("Active")},
                {QStringLiteral("FlowLogName"),
                 QStringLiteral("ecr-%1-%2").arg(Dataset::pick(more, purposes)).arg(n + 1)},
                {QStringLiteral("Description"), Dataset::pick(more, descriptions)},
                {QStringLiteral("Interval"), more.bounded(2u) == 0 ? 60 : 600},
                {QStringLiteral("SamplingRate"),
                 Dataset::pick(more, {QStringLiteral("1:4096"), QStringLiteral("1:2048"), QStringLiteral("1:1024")})},
                {QStringLiteral("LogStoreName"), QStringLiteral("ecr-flowlog")},
                {QStringLiteral("ProjectName"), QStringLiteral("ecr-flowlog-%1").arg(team)},
                {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-") + Dataset::randomId(more, 15)},
                {QStringLiteral("Tags"), QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                                                {QStringLiteral("Value"), team}}}},
                {QStringLiteral("InstanceId"), QStringLiteral("vbr-") + Dataset::randomId(more, 20)},
                {QStringLiteral("CreationTime"), randomTime(more, true)},
                {QStringLiteral("SlsRegionId"), region},
            };
            list.append(o);
        }
    }
}

Reply AliyunApi::error(int status, const QString &code, const QString &message)
{
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    return r;
}

Reply AliyunApi::signatureMismatch(const ApiRequest &request, const QString &message)
{
    // The gateway's envelope for this code: where to read about it, and which host answered.
    Reply r = error(400, QStringLiteral("SignatureDoesNotMatch"), message);
    r.body.insert(
        QStringLiteral("Recommend"),
        QStringLiteral("https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw"));
    r.body.insert(QStringLiteral("HostId"), request.host.section(QLatin1Char(':'), 0, 0));
    return r;
}

Reply AliyunApi::ecrError(int status, const QString &code, const QString &message, const QString &dynamicMessage)
{
    // ECR's envelope: Success false, HttpStatusCode, and the dynamic parts that fill the message's %s.
    Reply r = error(status, code, message);
    r.body.insert(QStringLiteral("Success"), false);
    r.body.insert(QStringLiteral("HttpStatusCode"), status);
    if (!dynamicMessage.isEmpty()) {
        r.body.insert(QStringLiteral("DynamicCode"), code);
        r.body.insert(QStringLiteral("DynamicMessage"), dynamicMessage);
    }
    return r;
}

std::optional<Reply> AliyunApi::missingRequired(const Pairs &params, std::initializer_list<const char *> required,
                                                const QString &operation)
{
    for (const char *name : required) {
        if (value(params, QLatin1String(name)).isEmpty()) {
            Reply r = missing(QLatin1String(name));
            r.operation = operation;
            return r;
        }
    }
    return std::nullopt;
}

Reply AliyunApi::missing(const QString &parameter)
{
    return error(
        400, QStringLiteral("MissingParameter"),
        QStringLiteral("The input parameter \"%1\" that is mandatory for processing this request is not supplied.")
            .arg(parameter));
}

Reply AliyunApi::checkFreshness(const QString &timestampText, const QString &nonce) const
{
    const QDateTime ts = parseUtc(timestampText);
    if (!ts.isValid())
        return error(400, QStringLiteral("InvalidTimeStamp.Format"),
                     QStringLiteral("Specified time stamp or date value is not well formatted."));
    if (qAbs(ts.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
        return error(400, QStringLiteral("InvalidTimeStamp.Expired"),
                     QStringLiteral("Specified time stamp or date value is expired."));
    if (m_nonces.contains(nonce))
        return error(400, QStringLiteral("SignatureNonceUsed"),
                     QStringLiteral("Specified signature nonce was used already."));
    return {};
}

void AliyunApi::rememberNonce(const QString &nonce)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_nonces.insert(nonce, now);
    // A nonce older than the timestamp window can never be replayed successfully: forget it, so a long benchmark
    // does not grow memory without bound.
    if (m_nonces.size() % 50000 == 0) {
        for (auto it = m_nonces.begin(); it != m_nonces.end();)
            it = now - it.value() > 16 * 60 * 1000 ? m_nonces.erase(it) : std::next(it);
    }
}

Reply AliyunApi::authenticateV1(const ApiRequest &request, Caller &caller)
{
    caller.action = value(caller.params, QStringLiteral("Action"));
    caller.version = value(caller.params, QStringLiteral("Version"));
    const QString accessKeyId = value(caller.params, QStringLiteral("AccessKeyId"));
    const QString signature = value(caller.params, QStringLiteral("Signature"));
    const QString timestampText = value(caller.params, QStringLiteral("Timestamp"));
    const QString nonce = value(caller.params, QStringLiteral("SignatureNonce"));
    if (accessKeyId.isEmpty() || signature.isEmpty() || nonce.isEmpty() || timestampText.isEmpty())
        return error(400, QStringLiteral("MissingParameter"),
                     QStringLiteral("The input parameter AccessKeyId, Signature, SignatureNonce or Timestamp that is "
                                    "mandatory for processing this request is not supplied."));
    caller.account = m_dataset.accountByKey(accessKeyId);
    if (!caller.account || caller.account->provider != QLatin1String("aliyun"))
        return error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found."));
    const QByteArray stringToSign = rpcStringToSign(request.method, caller.params);
    if (rpcSignature(stringToSign, caller.account->secret) != signature.toLatin1()) {
        const QDateTime ts = parseUtc(timestampText);
        // A stale request is reported as stale even when its signature is also off.
        if (ts.isValid() && qAbs(ts.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
            return checkFreshness(timestampText, nonce);
        // The service shows its string to sign, so a caller can compare it with its own.
        return signatureMismatch(
            request, QStringLiteral("Specified signature is not matched with our calculation. server string "
                                    "to sign is:%1")
                         .arg(QString::fromUtf8(stringToSign)));
    }
    Reply fresh = checkFreshness(timestampText, nonce);
    if (fresh.status != 200)
        return fresh;
    rememberNonce(nonce);
    return {};
}

Reply AliyunApi::authenticateAcs3(const ApiRequest &request, Caller &caller)
{
    caller.action = QString::fromUtf8(request.header("x-acs-action"));
    caller.version = QString::fromUtf8(request.header("x-acs-version"));
    const Acs3Authorization auth = parseAcs3Authorization(request.header("authorization"));
    if (!auth.isValid())
        return error(400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards."));
    const QList<QByteArray> signedNames = auth.signedHeaders.split(';');
    for (const char *required :
         {"host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}) {
        if (!signedNames.contains(QByteArray(required)))
            return error(
                400, QStringLiteral("IncompleteSignature"),
                QStringLiteral("The request signature does not sign the header %1.").arg(QLatin1String(required)));
    }
    caller.account = m_dataset.accountByKey(auth.accessKeyId);
    if (!caller.account || caller.account->provider != QLatin1String("aliyun"))
        return error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found."));
    const QString timestampText = QString::fromUtf8(request.header("x-acs-date"));
    const QString nonce = QString::fromUtf8(request.header("x-acs-signature-nonce"));
    const QByteArray bodyHash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    const QByteArray canonical = acs3CanonicalRequest(request.method, request.rawPath, request.rawQuery,
                                                      request.headers, auth.signedHeaders, request.body);
    const QByteArray stringToSign = acs3StringToSign(canonical);
    if (acs3Signature(stringToSign, caller.account->secret) != auth.signature ||
        request.header("x-acs-content-sha256") != bodyHash) {
        const QDateTime ts = parseUtc(timestampText);
        if (ts.isValid() && qAbs(ts.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
            return checkFreshness(timestampText, nonce);
        return signatureMismatch(request, QStringLiteral("Specified signature does not match our calculation. server "
                                                         "StringToSign is [%1] server CanonicalRequest is [%2]")
                                              .arg(QString::fromUtf8(stringToSign), QString::fromUtf8(canonical)));
    }
    Reply fresh = checkFreshness(timestampText, nonce);
    if (fresh.status != 200)
        return fresh;
    rememberNonce(nonce);
    return {};
}

Reply AliyunApi::handle(const ApiRequest &request)
{
    Caller caller;
    caller.params = decodeForm(request.rawQuery);
    if (request.method == "POST")
        caller.params.append(decodeForm(request.body));

    const bool acs3 = request.header("authorization").startsWith("ACS3-");
    Reply reply = acs3 ? authenticateAcs3(request, caller) : authenticateV1(request, caller);
    if (reply.status == 200 && reply.body.isEmpty()) {
        const Account &a = *caller.account;
        const QString &action = caller.action;
        const QString &version = caller.version;
        if (version == vpcVersion && action == QLatin1String("DescribeFlowLogs"))
            reply = describeVpcFlowLogs(a, caller.params);
        else if (version == vpcVersion && action == QLatin1String("CreateFlowLog"))
            reply = createVpcFlowLog(a, caller.params);
        else if (version == cenVersion && action == QLatin1String("DescribeFlowlogs"))
            reply = describeCenFlowlogs(a, caller.params);
        else if (version == cenVersion && action == QLatin1String("CreateFlowlog"))
            reply = createCenFlowlog(a, caller.params);
        else if (version == ecrVersion && action == QLatin1String("DescribeFlowLogs"))
            reply = describeEcrFlowLogs(a, caller.params);
        else if (version == ecrVersion && action == QLatin1String("CreateFlowLog"))
            reply = createEcrFlowLog(a, caller.params);
        else
            reply = error(404, QStringLiteral("InvalidAction.NotFound"),
                          QStringLiteral("Specified api is not found, please check your url and method."));
    }
    if (reply.operation.isEmpty())
        reply.operation = caller.action.isEmpty() ? QStringLiteral("(none)") : caller.action;
    return reply;
}

Reply AliyunApi::describeVpcFlowLogs(const Account &account, const Pairs &params)
{
    const QString region = value(params, QStringLiteral("RegionId"));
    if (region.isEmpty())
        return missing(QStringLiteral("RegionId"));
    bool ok = true;
    const QString pn = value(params, QStringLiteral("PageNumber"));
    const QString ps = value(params, QStringLiteral("PageSize"));
    const int pageNumber = pn.isEmpty() ? 1 : pn.toInt(&ok);
    if (!ok || pageNumber < 1)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("The specified PageNumber is invalid."));
    const int pageSize = ps.isEmpty() ? 20 : ps.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 50)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("The specified PageSize is invalid."));

    QList<QJsonObject> &all = m_dataset.flowLogs(QStringLiteral("vpc|%1|%2").arg(account.accessKeyId, region));
    settle(all);
    static const QStringList exact = {QStringLiteral("FlowLogId"),   QStringLiteral("ResourceType"),
                                      QStringLiteral("ResourceId"),  QStringLiteral("TrafficType"),
                                      QStringLiteral("ProjectName"), QStringLiteral("LogStoreName"),
                                      QStringLiteral("Status"),      QStringLiteral("ResourceGroupId"),
                                      QStringLiteral("FlowLogName"), QStringLiteral("Description")};
    QList<QJsonObject> matching = filtered(all, params, exact, QStringLiteral("Tags"));
    const QString vpcId = value(params, QStringLiteral("VpcId"));
    if (!vpcId.isEmpty())
        matching.removeIf([&](const QJsonObject &o) { return vpcOf(o, account.accessKeyId) != vpcId; });
    QJsonArray page;
    const qsizetype from = static_cast<qsizetype>(pageNumber - 1) * pageSize;
    for (qsizetype i = from; i < matching.size() && i < from + pageSize; ++i)
        page.append(publicView(matching.at(i)));
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

Reply AliyunApi::describeCenFlowlogs(const Account &account, const Pairs &params)
{
    bool ok = true;
    const QString pn = value(params, QStringLiteral("PageNumber"));
    const QString ps = value(params, QStringLiteral("PageSize"));
    const int pageNumber = pn.isEmpty() ? 1 : pn.toInt(&ok);
    if (!ok || pageNumber < 1)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("Invalid parameter PageNumber."));
    const int pageSize = ps.isEmpty() ? 20 : ps.toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 50)
        return error(400, QStringLiteral("InvalidParameter"), QStringLiteral("Invalid parameter PageSize."));
    const QString interval = value(params, QStringLiteral("Interval"));
    if (!interval.isEmpty() && interval != QLatin1String("60") && interval != QLatin1String("600"))
        return error(400, QStringLiteral("InvalidParameter.Interval"), QStringLiteral("Interval is invalid."));
    const QString version = value(params, QStringLiteral("FlowLogVersion"));
    if (!version.isEmpty() && version != QLatin1String("3"))
        return error(400, QStringLiteral("InvalidParameter.FlowLogVersion"),
                     QStringLiteral("Flowlog version is invalid."));

    // RegionId is optional here: without it, every region of the account.
    const QString region = value(params, QStringLiteral("RegionId"));
    QList<QJsonObject> all;
    for (const QString &r : std::as_const(account.regions)) {
        if (!region.isEmpty() && r != region)
            continue;
        QList<QJsonObject> &list = m_dataset.flowLogs(QStringLiteral("cen|%1|%2").arg(account.accessKeyId, r));
        settle(list);
        all.append(list);
    }
    static const QStringList exact = {
        QStringLiteral("FlowLogId"), QStringLiteral("FlowLogName"),     QStringLiteral("Description"),
        QStringLiteral("CenId"),     QStringLiteral("ProjectName"),     QStringLiteral("LogStoreName"),
        QStringLiteral("Status"),    QStringLiteral("TransitRouterId"), QStringLiteral("TransitRouterAttachmentId"),
        QStringLiteral("Interval"),  QStringLiteral("FlowLogVersion")};
    const QList<QJsonObject> matching = filtered(all, params, exact, QStringLiteral("Tag"));
    QJsonArray page;
    const qsizetype from = static_cast<qsizetype>(pageNumber - 1) * pageSize;
    for (qsizetype i = from; i < matching.size() && i < from + pageSize; ++i)
        page.append(publicView(matching.at(i)));
    Reply r;
    r.operation = QStringLiteral("cen.DescribeFlowlogs");
    r.body = QJsonObject{{QStringLiteral("PageSize"), QString::number(pageSize)},
                         {QStringLiteral("PageNumber"), QString::number(pageNumber)},
                         {QStringLiteral("TotalCount"), QString::number(matching.size())},
                         {QStringLiteral("Success"), QStringLiteral("true")},
                         {QStringLiteral("FlowLogs"), QJsonObject{{QStringLiteral("FlowLog"), page}}}};
    return r;
}

Reply AliyunApi::describeEcrFlowLogs(const Account &account, const Pairs &params)
{
    const QString ecrId = value(params, QStringLiteral("EcrId"));
    if (ecrId.isEmpty()) {
        Reply r = ecrError(400, QStringLiteral("MissingParam.EcrId"), QStringLiteral("The parameter %s is missing."),
                           QStringLiteral("The parameter EcrId is missing."));
        r.operation = QStringLiteral("ecr.DescribeFlowLogs");
        return r;
    }
    Reply r;
    r.operation = QStringLiteral("ecr.DescribeFlowLogs");
    if (!account.ecrIds.contains(ecrId)) {
        r = ecrError(400, QStringLiteral("ResourceNotFound.EcrId"),
                     QStringLiteral("The specified resource %s is not found."),
                     QStringLiteral("The specified resource EcrId %1 is not found.").arg(ecrId));
        r.operation = QStringLiteral("ecr.DescribeFlowLogs");
        return r;
    }
    bool ok = true;
    const QString mr = value(params, QStringLiteral("MaxResults"));
    const qint64 maxResults = mr.isEmpty() ? 10 : mr.toLongLong(&ok);
    if (!ok || maxResults < 1 || maxResults > 2147483647) {
        r = ecrError(400, QStringLiteral("IllegalParamFormat.MaxResults"),
                     QStringLiteral("The param format of %s is illegal."),
                     QStringLiteral("The param format of MaxResults %1 is illegal.").arg(mr));
        r.operation = QStringLiteral("ecr.DescribeFlowLogs");
        return r;
    }
    const QString token = value(params, QStringLiteral("NextToken"));
    const qsizetype from = token.isEmpty() ? 0 : ecrTokenOffset(ecrId, token);
    if (from < 0) {
        r = ecrError(400, QStringLiteral("IllegalParamFormat.NextToken"),
                     QStringLiteral("The param format of %s is illegal."),
                     QStringLiteral("The param format of NextToken is illegal."));
        r.operation = QStringLiteral("ecr.DescribeFlowLogs");
        return r;
    }
    QList<QJsonObject> &all = m_dataset.flowLogs(QStringLiteral("ecr|%1|%2").arg(account.accessKeyId, ecrId));
    static const QStringList exact = {QStringLiteral("FlowLogId"),   QStringLiteral("FlowLogName"),
                                      QStringLiteral("ProjectName"), QStringLiteral("LogStoreName"),
                                      QStringLiteral("InstanceId"),  QStringLiteral("ResourceGroupId")};
    const QList<QJsonObject> matching = filtered(all, params, exact, QStringLiteral("Tag"));
    QJsonArray page;
    const qsizetype end = std::min<qsizetype>(
        matching.size(), from + static_cast<qsizetype>(std::min<qint64>(maxResults, matching.size())));
    for (qsizetype i = from; i < end; ++i)
        page.append(publicView(matching.at(i)));
    // The documented shape: Success boolean, counters as integers, flat arrays.
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

QString AliyunApi::replayedId(const Account &account, const QString &service, const Pairs &params) const
{
    const QString token = value(params, QStringLiteral("ClientToken"));
    if (token.isEmpty())
        return {};
    return m_clientTokens.value(account.accessKeyId + QLatin1Char('|') + service + QLatin1Char('|') + token);
}

void AliyunApi::rememberToken(const Account &account, const QString &service, const Pairs &params, const QString &id)
{
    const QString token = value(params, QStringLiteral("ClientToken"));
    if (!token.isEmpty())
        m_clientTokens.insert(account.accessKeyId + QLatin1Char('|') + service + QLatin1Char('|') + token, id);
}

QString AliyunApi::newFlowLogId(const QString &prefix)
{
    ++m_createCounter;
    const QByteArray h =
        QCryptographicHash::hash(QByteArray::number(m_createCounter) + prefix.toUtf8(), QCryptographicHash::Sha1);
    QString id = prefix;
    for (int i = 0; i < 17; ++i)
        id += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[static_cast<unsigned char>(h.at(i)) % 36]);
    return id;
}

namespace {

Reply firstViolation(const FlowLogDraft &draft)
{
    const QList<Violation> violations = validateDraft(draft);
    if (violations.isEmpty())
        return {};
    Reply r;
    r.status = 400;
    r.body = QJsonObject{{QStringLiteral("Code"), violations.first().providerCode},
                         {QStringLiteral("Message"), violations.first().message}};
    return r;
}

// Interval-like integers: empty stays 0 (the service default), garbage becomes -1 so validation rejects it.
int intParam(const Pairs &params, const QString &key)
{
    const QString v = value(params, key);
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? n : -1;
}

} // namespace

Reply AliyunApi::createVpcFlowLog(const Account &account, const Pairs &params)
{
    if (auto r = missingRequired(
            params, {"RegionId", "ResourceType", "ResourceId", "TrafficType", "ProjectName", "LogStoreName"},
            QStringLiteral("vpc.CreateFlowLog")))
        return *r;
    FlowLogDraft d;
    d.service = Service::Vpc;
    d.region = value(params, QStringLiteral("RegionId"));
    d.name = value(params, QStringLiteral("FlowLogName"));
    d.description = value(params, QStringLiteral("Description"));
    d.resourceType = value(params, QStringLiteral("ResourceType"));
    d.resourceId = value(params, QStringLiteral("ResourceId"));
    d.trafficType = value(params, QStringLiteral("TrafficType"));
    d.projectName = value(params, QStringLiteral("ProjectName"));
    d.logStoreName = value(params, QStringLiteral("LogStoreName"));
    const int minutes = intParam(params, QStringLiteral("AggregationInterval"));
    d.intervalSeconds = minutes > 0 ? minutes * 60 : minutes; // the wire counts minutes, the draft seconds
    QMap<int, QString> paths;
    for (const auto &[k, v] : params) {
        if (k.startsWith(QLatin1String("TrafficPath.")))
            paths.insert(k.mid(12).toInt(), v);
    }
    d.trafficPaths = paths.values();
    d.tags = tagsFromParams(params, QStringLiteral("Tag"));
    d.clientToken = value(params, QStringLiteral("ClientToken"));

    Reply r = firstViolation(d);
    r.operation = QStringLiteral("vpc.CreateFlowLog");
    if (r.status != 200)
        return r;
    if (!account.regions.contains(d.region)) {
        r = error(400, QStringLiteral("InvalidRegionId.NotFound"),
                  QStringLiteral("The specified region does not exist."));
        r.operation = QStringLiteral("vpc.CreateFlowLog");
        return r;
    }
    QString id = replayedId(account, QStringLiteral("vpc"), params);
    if (id.isEmpty()) {
        id = newFlowLogId(QStringLiteral("fl-"));
        QJsonArray pathArray;
        for (const QString &p : std::as_const(d.trafficPaths))
            pathArray.append(p);
        if (pathArray.isEmpty())
            pathArray.append(QStringLiteral("all"));
        QJsonObject o{{QStringLiteral("Status"), QStringLiteral("Activating")},
                      {QStringLiteral("CreationTime"), utcNow()},
                      {QStringLiteral("FlowLogName"), d.name},
                      {QStringLiteral("TrafficType"), d.trafficType},
                      {QStringLiteral("ResourceType"), d.resourceType},
                      {QStringLiteral("Description"), d.description},
                      {QStringLiteral("ProjectName"), d.projectName},
                      {QStringLiteral("LogStoreName"), d.logStoreName},
                      {QStringLiteral("ResourceId"), d.resourceId},
                      {QStringLiteral("RegionId"), d.region},
                      {QStringLiteral("FlowLogId"), id},
                      {QStringLiteral("BusinessStatus"), QStringLiteral("Normal")},
                      {QStringLiteral("AggregationInterval"), minutes > 0 ? minutes : 10},
                      {QStringLiteral("TrafficPath"), pathArray},
                      {QStringLiteral("ServiceType"), QStringLiteral("sls")},
                      {QStringLiteral("ResourceGroupId"), QString()},
                      {QStringLiteral("Tags"), tagArray(d.tags)},
                      {QStringLiteral("FlowLogDeliverStatus"), QStringLiteral("SUCCESS")},
                      {QStringLiteral("FlowLogDeliverErrorMessage"), QString()},
                      {QStringLiteral("__activeAtMs"), QDateTime::currentMSecsSinceEpoch() + activationDelayMs}};
        m_dataset.flowLogs(QStringLiteral("vpc|%1|%2").arg(account.accessKeyId, d.region)).append(o);
        rememberToken(account, QStringLiteral("vpc"), params, id);
        r.created = true;
    }
    r.body = QJsonObject{{QStringLiteral("Success"), QStringLiteral("true")}, {QStringLiteral("FlowLogId"), id}};
    return r;
}

Reply AliyunApi::createCenFlowlog(const Account &account, const Pairs &params)
{
    if (auto r = missingRequired(params, {"RegionId", "CenId", "ProjectName", "LogStoreName"},
                                 QStringLiteral("cen.CreateFlowlog")))
        return *r;
    FlowLogDraft d;
    d.service = Service::Cen;
    d.region = value(params, QStringLiteral("RegionId"));
    d.cenId = value(params, QStringLiteral("CenId"));
    d.name = value(params, QStringLiteral("FlowLogName"));
    d.description = value(params, QStringLiteral("Description"));
    d.projectName = value(params, QStringLiteral("ProjectName"));
    d.logStoreName = value(params, QStringLiteral("LogStoreName"));
    d.transitRouterId = value(params, QStringLiteral("TransitRouterId"));
    d.transitRouterAttachmentId = value(params, QStringLiteral("TransitRouterAttachmentId"));
    d.intervalSeconds = intParam(params, QStringLiteral("Interval"));
    d.logFormat = value(params, QStringLiteral("LogFormatString"));
    d.tags = tagsFromParams(params, QStringLiteral("Tag"));
    d.clientToken = value(params, QStringLiteral("ClientToken"));

    Reply r = firstViolation(d);
    r.operation = QStringLiteral("cen.CreateFlowlog");
    if (r.status != 200)
        return r;
    if (!account.regions.contains(d.region)) {
        r = error(400, QStringLiteral("OperationUnsupported.action"), QStringLiteral("This action is not support."));
        r.operation = QStringLiteral("cen.CreateFlowlog");
        return r;
    }
    QString id = replayedId(account, QStringLiteral("cen"), params);
    if (id.isEmpty()) {
        id = newFlowLogId(QStringLiteral("flowlog-"));
        QJsonObject o{{QStringLiteral("Status"), QStringLiteral("Creating")},
                      {QStringLiteral("CreationTime"), utcNow()},
                      {QStringLiteral("FlowLogName"), d.name},
                      {QStringLiteral("Description"), d.description},
                      {QStringLiteral("ProjectName"), d.projectName},
                      {QStringLiteral("CenId"), d.cenId},
                      {QStringLiteral("LogStoreName"), d.logStoreName},
                      {QStringLiteral("RegionId"), d.region},
                      {QStringLiteral("FlowLogId"), id},
                      {QStringLiteral("TransitRouterAttachmentId"), d.transitRouterAttachmentId},
                      {QStringLiteral("TransitRouterId"), d.transitRouterId},
                      {QStringLiteral("LogFormatString"),
                       d.logFormat.isEmpty() ? QStringLiteral("${srcaddr}${dstaddr}${bytes}") : d.logFormat},
                      {QStringLiteral("FlowLogVersion"), QStringLiteral("3")},
                      {QStringLiteral("Interval"), d.intervalSeconds > 0 ? d.intervalSeconds : 600},
                      {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("Tag"), tagArray(d.tags)}}},
                      {QStringLiteral("__activeAtMs"), QDateTime::currentMSecsSinceEpoch() + activationDelayMs}};
        m_dataset.flowLogs(QStringLiteral("cen|%1|%2").arg(account.accessKeyId, d.region)).append(o);
        rememberToken(account, QStringLiteral("cen"), params, id);
        r.created = true;
    }
    r.body = QJsonObject{{QStringLiteral("Success"), true}, {QStringLiteral("FlowLogId"), id}};
    return r;
}

Reply AliyunApi::createEcrFlowLog(const Account &account, const Pairs &params)
{
    if (auto r = missingRequired(params, {"EcrId", "InstanceType", "InstanceId", "ProjectName", "LogStoreName"},
                                 QStringLiteral("ecr.CreateFlowLog"))) {
        r->body.insert(QStringLiteral("Success"), false); // ECR's error shape
        r->body.insert(QStringLiteral("HttpStatusCode"), 400);
        return *r;
    }
    FlowLogDraft d;
    d.service = Service::Ecr;
    // ECR is global; the rule table may still want a region, so give it the one the service lives in.
    d.region = value(params, QStringLiteral("TargetSlsRegionId"));
    if (d.region.isEmpty())
        d.region = QStringLiteral("cn-shanghai");
    d.ecrId = value(params, QStringLiteral("EcrId"));
    d.instanceId = value(params, QStringLiteral("InstanceId"));
    d.name = value(params, QStringLiteral("FlowLogName"));
    d.description = value(params, QStringLiteral("Description"));
    d.projectName = value(params, QStringLiteral("ProjectName"));
    d.logStoreName = value(params, QStringLiteral("LogStoreName"));
    d.intervalSeconds = intParam(params, QStringLiteral("Interval"));
    d.samplingRate = value(params, QStringLiteral("SamplingRate"));
    d.tags = tagsFromParams(params, QStringLiteral("Tag"));
    d.dryRun = value(params, QStringLiteral("DryRun")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    d.clientToken = value(params, QStringLiteral("ClientToken"));

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
        // A passed DryRun: checked, nothing made.
        r.body = QJsonObject{
            {QStringLiteral("Success"), true},
            {QStringLiteral("Code"), QStringLiteral("DryRunOperation")},
            {QStringLiteral("Message"), QStringLiteral("Request validation has been passed with DryRun flag set.")},
            {QStringLiteral("HttpStatusCode"), 200}};
    } else {
        QString id = replayedId(account, QStringLiteral("ecr"), params);
        if (id.isEmpty()) {
            id = newFlowLogId(QStringLiteral("ecr-flog-"));
            QJsonObject o{
                {QStringLiteral("FlowLogId"), id},
                {QStringLiteral("EcrId"), d.ecrId},
                {QStringLiteral("RegionId"), account.regions.value(0)},
                {QStringLiteral("Status"), QStringLiteral("Active")},
                {QStringLiteral("FlowLogName"), d.name},
                {QStringLiteral("Description"), d.description},
                {QStringLiteral("Interval"), d.intervalSeconds > 0 ? d.intervalSeconds : 600},
                {QStringLiteral("SamplingRate"), d.samplingRate.isEmpty() ? QStringLiteral("1:4096") : d.samplingRate},
                {QStringLiteral("LogStoreName"), d.logStoreName},
                {QStringLiteral("ProjectName"), d.projectName},
                {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                {QStringLiteral("ResourceGroupId"), value(params, QStringLiteral("ResourceGroupId"))},
                {QStringLiteral("Tags"), tagArray(d.tags)},
                {QStringLiteral("InstanceId"), d.instanceId},
                {QStringLiteral("CreationTime"), utcNow()},
                {QStringLiteral("SlsRegionId"), value(params, QStringLiteral("TargetSlsRegionId"))}};
            m_dataset.flowLogs(QStringLiteral("ecr|%1|%2").arg(account.accessKeyId, d.ecrId)).append(o);
            rememberToken(account, QStringLiteral("ecr"), params, id);
            r.created = true;
        }
        r.body = QJsonObject{{QStringLiteral("Success"), true},
                             {QStringLiteral("Code"), QStringLiteral("200")},
                             {QStringLiteral("Message"), QStringLiteral("OK")},
                             {QStringLiteral("HttpStatusCode"), 200},
                             {QStringLiteral("FlowLogId"), id}};
    }
    r.operation = QStringLiteral("ecr.CreateFlowLog");
    return r;
}

} // namespace flowlog::sandbox
