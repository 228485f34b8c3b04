#include "huaweiapi.h"

#include "huaweiauth.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace flowlog::sandbox {

namespace {

// Error codes of the ER service (the gateway's own are APIGW.*).
const QString InvalidParameter = QStringLiteral("ER.04000001");
const QString InvalidMarker = QStringLiteral("ER.04000002");
const QString InvalidBody = QStringLiteral("ER.04000003");
const QString RouterNotFound = QStringLiteral("ER.04040001");
const QString AuthFailed = QStringLiteral("APIGW.0301");
const QString NotAuthorized = QStringLiteral("APIGW.0302");

constexpr qint64 maxClockSkewSecs = 15 * 60;

QString uuidLike(QRandomGenerator &rng)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out.append(QLatin1Char('-'));
        if (i == 12)
            out.append(QLatin1Char('4')); // version 4
        else if (i == 16)
            out.append(QLatin1Char(hex[8 + rng.bounded(4)])); // RFC 4122 variant
        else
            out.append(QLatin1Char(hex[rng.bounded(16)]));
    }
    return out;
}

QString isoTime(const QDateTime &t, bool millis)
{
    return t.toUTC().toString(millis ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")
                                     : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime parseIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

// A created flow log is pending for a moment, then available: computed when it is read, from created_at.
void settle(QJsonObject &o, const QDateTime &now)
{
    if (o.value(QLatin1String("state")).toString() != QLatin1String("pending"))
        return;
    const QDateTime created = parseIso(o.value(QLatin1String("created_at")).toString());
    if (created.isValid() && created.msecsTo(now) >= HuaweiApi::pendingMs) {
        o.insert(QStringLiteral("state"), QStringLiteral("available"));
        o.insert(QStringLiteral("updated_at"), isoTime(created.addMSecs(HuaweiApi::pendingMs), true));
    }
}

QStringList values(const Pairs &pairs, const QString &key)
{
    QStringList out;
    for (const auto &[k, v] : pairs) {
        if (k == key)
            out << v;
    }
    return out;
}

bool hasKey(const Pairs &pairs, const QString &key)
{
    return std::any_of(pairs.cbegin(), pairs.cend(), [&key](const auto &p) { return p.first == key; });
}

} // namespace

HuaweiApi::HuaweiApi(Dataset &dataset)
    : m_dataset(dataset)
{}

QString HuaweiApi::storageKey(const QString &accessKeyId, const QString &projectId, const QString &erId)
{
    return QStringLiteral("er|%1|%2|%3").arg(accessKeyId, projectId, erId);
}

void HuaweiApi::seed(Dataset &dataset, Account &account, quint32 seed, int perSource)
{
    QRandomGenerator rng(seed);
    static const QStringList purposes = {
        QStringLiteral("prod-vpc"), QStringLiteral("dc-vgw"),  QStringLiteral("shared-svc"), QStringLiteral("egress"),
        QStringLiteral("audit"),    QStringLiteral("k8s-vpc"), QStringLiteral("dmz"),        QStringLiteral("peering")};
    static const QStringList descriptions = {QString(),
                                             QStringLiteral("Flow log of the production VPC attachment"),
                                             QStringLiteral("生产环境 VPC 连接流日志"),
                                             QStringLiteral("专线虚拟网关流量审计"),
                                             QStringLiteral("Egress troubleshooting (ticket NET-4821)"),
                                             QStringLiteral("安全合规留存 180 天"),
                                             QStringLiteral("Compliance retention")};
    for (const QString &region : std::as_const(account.regions)) {
        const QString projectId = account.projectIds.value(region);
        // A couple of LTS log groups and streams per region, shared by many flow logs, as in real accounts.
        const QStringList groups = {uuidLike(rng), uuidLike(rng)};
        const QStringList streams = {uuidLike(rng), uuidLike(rng), uuidLike(rng)};
        for (const QString &erId : account.erIds.value(region)) {
            QList<QJsonObject> &list = dataset.flowLogs(storageKey(account.accessKeyId, projectId, erId));
            for (int n = 0; n < perSource; ++n) {
                const quint32 roll = rng.bounded(100u);
                const QString state = roll < 88   ? QStringLiteral("available")
                                      : roll < 97 ? QStringLiteral("failed")
                                                  : QStringLiteral("modifying");
                const QDateTime created = Dataset::creationTime(rng).addMSecs(rng.bounded(1000));
                const bool millis = rng.bounded(100u) < 40; // some gateways send milliseconds, some do not
                const QDateTime updated = created.addSecs(rng.bounded(30u * 24u * 3600u));
                QJsonObject o{
                    {QStringLiteral("id"), uuidLike(rng)},
                    {QStringLiteral("name"),
                     QStringLiteral("fl-%1-%2-%3")
                         .arg(Dataset::pick(rng, purposes), region.section(QLatin1Char('-'), 0, 1))
                         .arg(n + 1, 3, 10, QLatin1Char('0'))},
                    {QStringLiteral("description"), Dataset::pick(rng, descriptions)},
                    {QStringLiteral("project_id"), projectId},
                    {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                    {QStringLiteral("resource_id"), uuidLike(rng)},
                    {QStringLiteral("log_group_id"), Dataset::pick(rng, groups)},
                    {QStringLiteral("log_stream_id"), Dataset::pick(rng, streams)},
                    {QStringLiteral("log_store_type"), QStringLiteral("LTS")},
                    {QStringLiteral("log_aggregation_interval"), rng.bounded(100u) < 75 ? 600 : 60},
                    {QStringLiteral("created_at"), isoTime(created, millis)},
                    {QStringLiteral("updated_at"), isoTime(updated, millis)},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("enabled"), state == QLatin1String("available") ? rng.bounded(100u) >= 10 : true},
                };
                list.append(o);
            }
        }
    }
}

bool HuaweiApi::handles(const ApiRequest &request) const
{
    return request.path.startsWith(QLatin1String("/v3/"));
}

Reply HuaweiApi::error(int status, const QString &code, const QString &message)
{
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}};
    return r;
}

Reply HuaweiApi::handle(const ApiRequest &request)
{
    // /v3/{project_id}/enterprise-router/{er_id}/flow-logs[/]
    QStringList parts = request.path.split(QLatin1Char('/'));
    if (parts.size() == 7 && parts.last().isEmpty())
        parts.removeLast();
    const bool routed = parts.size() == 6 && parts.at(3) == QLatin1String("enterprise-router") &&
                        parts.at(5) == QLatin1String("flow-logs") && !parts.at(2).isEmpty() && !parts.at(4).isEmpty() &&
                        (request.method == "GET" || request.method == "POST");
    if (!routed) {
        Reply r = error(404, QStringLiteral("APIGW.0101"),
                        QStringLiteral("The API does not exist or has not been published in the environment"));
        r.operation = QStringLiteral("er.unknown");
        return r;
    }
    const bool isList = request.method == "GET";
    Target target;
    target.projectId = parts.at(2);
    target.erId = parts.at(4);
    const std::optional<Reply> rejected = authenticate(request, target);
    Reply reply = rejected ? *rejected : isList ? list(request, target) : create(request, target);
    reply.operation = isList ? QStringLiteral("er.ListFlowLogs") : QStringLiteral("er.CreateFlowLog");
    return reply;
}

std::optional<Reply> HuaweiApi::authenticate(const ApiRequest &request, Target &target) const
{
    const huaweiauth::Authorization auth = huaweiauth::parseAuthorization(request.header("Authorization"));
    if (!auth.valid)
        return error(401, AuthFailed,
                     QStringLiteral("Incorrect IAM authentication information: the Authorization header is missing or "
                                    "is not SDK-HMAC-SHA256"));
    const Account *account = m_dataset.accountByKey(auth.access);
    if (!account || account->provider != QLatin1String("huaweicloud"))
        return error(
            401, AuthFailed,
            QStringLiteral("Incorrect IAM authentication information: access key %1 does not exist").arg(auth.access));
    const QByteArray dateText = request.header("X-Sdk-Date");
    const QDateTime date = huaweiauth::parseSdkDate(dateText);
    if (!date.isValid())
        return error(401, AuthFailed,
                     QStringLiteral("Incorrect IAM authentication information: X-Sdk-Date is missing or not "
                                    "YYYYMMDDThhmmssZ"));
    if (qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) > maxClockSkewSecs)
        return error(401, AuthFailed,
                     QStringLiteral("Incorrect IAM authentication information: the request date X-Sdk-Date %1 is more "
                                    "than 15 minutes from the server time")
                         .arg(QString::fromLatin1(dateText)));
    if (!auth.signedHeaders.contains("host") || !auth.signedHeaders.contains("x-sdk-date"))
        return error(401, AuthFailed,
                     QStringLiteral("Incorrect IAM authentication information: host and x-sdk-date must be signed"));
    if (huaweiauth::expectedSignature(request, auth.signedHeaders, dateText, account->secret) != auth.signature)
        return error(401, AuthFailed,
                     QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail"));

    // The project decides the region: by the host when it names one (er.{region}.myhuaweicloud.com), else by the
    // account's project ids (the sandbox serves every region on one port).
    static const QRegularExpression regionHost(QStringLiteral("^er\\.([a-z0-9-]+)\\.myhuaweicloud\\.com(:\\d+)?$"));
    const QRegularExpressionMatch m = regionHost.match(request.host);
    if (m.hasMatch()) {
        target.region = m.captured(1);
        if (account->projectIds.value(target.region) != target.projectId)
            target.region.clear();
    } else {
        for (auto it = account->projectIds.cbegin(); it != account->projectIds.cend(); ++it) {
            if (it.value() == target.projectId)
                target.region = it.key();
        }
    }
    const QByteArray headerProject = request.header("X-Project-Id");
    if (target.region.isEmpty() || (!headerProject.isEmpty() && headerProject != target.projectId.toUtf8()))
        return error(
            403, NotAuthorized,
            QStringLiteral("The IAM user is not authorized to access the API: project %1 is not a project of "
                           "this account%2")
                .arg(target.projectId, m.hasMatch() ? QStringLiteral(" in region %1").arg(m.captured(1)) : QString()));
    if (!account->erIds.value(target.region).contains(target.erId))
        return error(404, RouterNotFound, QStringLiteral("Enterprise router %1 does not exist").arg(target.erId));
    target.account = account;
    return std::nullopt;
}

Reply HuaweiApi::list(const ApiRequest &request, const Target &target)
{
    const Pairs query = decodeForm(request.rawQuery);
    int limit = maxLimit;
    if (hasKey(query, QStringLiteral("limit"))) {
        bool ok = false;
        limit = value(query, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return error(400, InvalidParameter,
                         QStringLiteral("Invalid parameter: limit must be an integer from 1 to %1").arg(maxLimit));
    }
    const QString sortKey = value(query, QStringLiteral("sort_key"));
    static const QStringList sortKeys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("state")};
    if (hasKey(query, QStringLiteral("sort_key")) && !sortKeys.contains(sortKey))
        return error(400, InvalidParameter, QStringLiteral("Invalid parameter: sort_key must be id, name or state"));
    const QString sortDir = value(query, QStringLiteral("sort_dir"));
    if (hasKey(query, QStringLiteral("sort_dir")) && sortDir != QLatin1String("asc") &&
        sortDir != QLatin1String("desc"))
        return error(400, InvalidParameter, QStringLiteral("Invalid parameter: sort_dir must be asc or desc"));
    const QStringList resourceTypes = values(query, QStringLiteral("resource_type"));
    const QStringList resourceIds = values(query, QStringLiteral("resource_id"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QJsonObject> &all =
        m_dataset.flowLogs(storageKey(target.account->accessKeyId, target.projectId, target.erId));
    QList<QJsonObject> matching;
    for (QJsonObject &o : all) {
        settle(o, now);
        if (!resourceTypes.isEmpty() && !resourceTypes.contains(o.value(QLatin1String("resource_type")).toString()))
            continue;
        if (!resourceIds.isEmpty() && !resourceIds.contains(o.value(QLatin1String("resource_id")).toString()))
            continue;
        matching.append(o);
    }
    if (!sortKey.isEmpty()) {
        const bool desc = sortDir == QLatin1String("desc");
        std::stable_sort(matching.begin(), matching.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QString ka = a.value(sortKey).toString();
            const QString kb = b.value(sortKey).toString();
            if (ka != kb)
                return desc ? kb < ka : ka < kb;
            return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
        });
    }

    // The marker is the id of the last row of the previous page.
    qsizetype from = 0;
    const QString marker = value(query, QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        const auto it = std::find_if(matching.cbegin(), matching.cend(), [&marker](const QJsonObject &o) {
            return o.value(QLatin1String("id")).toString() == marker;
        });
        if (it == matching.cend())
            return error(400, InvalidMarker, QStringLiteral("Invalid parameter: marker %1 does not exist").arg(marker));
        from = (it - matching.cbegin()) + 1;
    }
    QJsonArray page;
    const qsizetype to = std::min<qsizetype>(matching.size(), from + limit);
    for (qsizetype i = from; i < to; ++i)
        page.append(matching.at(i));
    QJsonObject pageInfo{{QStringLiteral("current_count"), static_cast<int>(page.size())}};
    if (to < matching.size() && !page.isEmpty())
        pageInfo.insert(QStringLiteral("next_marker"), matching.at(to - 1).value(QLatin1String("id")).toString());
    Reply r;
    r.body = QJsonObject{{QStringLiteral("flow_logs"), page}, {QStringLiteral("page_info"), pageInfo}};
    return r;
}

Reply HuaweiApi::create(const ApiRequest &request, const Target &target)
{
    const QString token = QString::fromUtf8(request.header("X-Client-Token"));
    if (token.size() > 64)
        return error(400, InvalidParameter,
                     QStringLiteral("Invalid parameter: X-Client-Token is longer than 64 characters"));
    const QString key = storageKey(target.account->accessKeyId, target.projectId, target.erId);
    const QString tokenKey = target.account->accessKeyId + QLatin1Char('|') + token;
    QList<std::pair<QByteArray, QByteArray>> echo;
    if (!token.isEmpty())
        echo.emplace_back("X-Client-Token", token.toUtf8());

    // The same token from the same account answers with the flow log it made, never a second one.
    if (!token.isEmpty() && m_tokens.contains(tokenKey)) {
        const QStringList made = m_tokens.value(tokenKey).split(QLatin1Char('\n'));
        for (QJsonObject &o : m_dataset.flowLogs(made.first())) {
            if (o.value(QLatin1String("id")).toString() == made.last()) {
                settle(o, QDateTime::currentDateTimeUtc());
                Reply r;
                r.status = 202;
                r.body = QJsonObject{{QStringLiteral("flow_log"), o}};
                r.headers = echo;
                return r;
            }
        }
    }

    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    const QJsonValue flowLogValue = doc.object().value(QLatin1String("flow_log"));
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || !flowLogValue.isObject())
        return error(400, InvalidBody, QStringLiteral("Invalid request body: expected {\"flow_log\": {...}}"));
    const QJsonObject in = flowLogValue.toObject();
    static const QStringList stringFields = {QStringLiteral("name"),           QStringLiteral("description"),
                                             QStringLiteral("resource_type"),  QStringLiteral("resource_id"),
                                             QStringLiteral("log_group_id"),   QStringLiteral("log_stream_id"),
                                             QStringLiteral("log_store_type"), QStringLiteral("log_store_name")};
    for (const QString &field : stringFields) {
        const QJsonValue v = in.value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return error(400, InvalidBody, QStringLiteral("Invalid request body: %1 must be a string").arg(field));
    }
    const auto text = [&in](const char *field) { return in.value(QLatin1String(field)).toString(); };

    FlowLogDraft draft;
    draft.service = Service::Er;
    draft.region = target.region;
    draft.erId = target.erId;
    draft.name = text("name");
    draft.description = text("description");
    draft.resourceType = text("resource_type");
    draft.resourceId = text("resource_id");
    draft.logGroupId = text("log_group_id");
    draft.logStreamId = text("log_stream_id");
    draft.clientToken = token;
    const QList<Violation> violations = validateDraft(draft);
    if (!violations.isEmpty())
        return error(400, violations.first().providerCode, violations.first().message);
    // Wire facts of this API beyond the draft: the only resource type and the only store.
    if (draft.resourceType != QLatin1String("attachment"))
        return error(400, InvalidParameter, QStringLiteral("Invalid parameter: resource_type must be attachment"));
    if (text("log_store_type") != QLatin1String("LTS"))
        return error(400, InvalidParameter, QStringLiteral("Invalid parameter: log_store_type must be LTS"));

    const QString now = isoTime(QDateTime::currentDateTimeUtc(), true);
    QJsonObject o{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), draft.name},
        {QStringLiteral("description"), draft.description},
        {QStringLiteral("project_id"), target.projectId},
        {QStringLiteral("resource_type"), draft.resourceType},
        {QStringLiteral("resource_id"), draft.resourceId},
        {QStringLiteral("log_group_id"), draft.logGroupId},
        {QStringLiteral("log_stream_id"), draft.logStreamId},
        {QStringLiteral("log_store_type"), QStringLiteral("LTS")},
        {QStringLiteral("log_aggregation_interval"), 600},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("enabled"), true},
    };
    m_dataset.flowLogs(key).append(o);
    if (!token.isEmpty())
        m_tokens.insert(tokenKey, key + QLatin1Char('\n') + o.value(QLatin1String("id")).toString());
    Reply r;
    r.status = 202;
    r.body = QJsonObject{{QStringLiteral("flow_log"), o}};
    r.headers = echo;
    r.created = true;
    return r;
}

} // namespace flowlog::sandbox
