#include "aliyun/common.h"

#include "validation.h"

#include <QDateTime>

#include <algorithm>
#include <QMap>
#include <QSet>

namespace flowlog::sandbox::aliyun {

namespace {

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
    if (wanted.isEmpty())
        return true;
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

} // namespace

Reply error(int status, const QString &code, const QString &message)
{
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    return r;
}

Reply ecrError(int status, const QString &code, const QString &message, const QString &dynamicMessage)
{
    Reply r = error(status, code, message);
    r.body.insert(QStringLiteral("Success"), false);
    r.body.insert(QStringLiteral("HttpStatusCode"), status);
    if (!dynamicMessage.isEmpty()) {
        r.body.insert(QStringLiteral("DynamicCode"), code);
        r.body.insert(QStringLiteral("DynamicMessage"), dynamicMessage);
    }
    return r;
}

QJsonObject ecrSuccess()
{
    return QJsonObject{{QStringLiteral("Success"), true},
                       {QStringLiteral("Code"), QStringLiteral("200")},
                       {QStringLiteral("Message"), QStringLiteral("OK")},
                       {QStringLiteral("HttpStatusCode"), 200}};
}

Reply ecrDryRunPassed()
{
    Reply r;
    r.body = QJsonObject{
        {QStringLiteral("Success"), true},
        {QStringLiteral("Code"), QStringLiteral("DryRunOperation")},
        {QStringLiteral("Message"), QStringLiteral("Request validation has been passed with DryRun flag set.")},
        {QStringLiteral("HttpStatusCode"), 200}};
    return r;
}

Reply missing(const QString &parameter)
{
    return error(
        400, QStringLiteral("MissingParameter"),
        QStringLiteral("The input parameter \"%1\" that is mandatory for processing this request is not supplied.")
            .arg(parameter));
}

std::optional<Reply> missingRequired(const Pairs &params, std::initializer_list<const char *> required)
{
    for (const char *name : required) {
        if (value(params, QLatin1String(name)).isEmpty())
            return missing(QLatin1String(name));
    }
    return std::nullopt;
}

Reply signatureMismatch(const ApiRequest &request, const QString &message)
{
    // The gateway's envelope for this code: where to read about it, and which host answered.
    Reply r = error(400, QStringLiteral("SignatureDoesNotMatch"), message);
    r.body.insert(
        QStringLiteral("Recommend"),
        QStringLiteral("https://error-center.aliyun.com/status/search?Keyword=SignatureDoesNotMatch&source=PopGw"));
    r.body.insert(QStringLiteral("HostId"), request.host.section(QLatin1Char(':'), 0, 0));
    return r;
}

Reply accessDenied(const QString &authAction, const Account &account)
{
    Reply r = error(403, QStringLiteral("NoPermission"),
                    QStringLiteral("You are not authorized to do this action. You should be authorized by RAM."));
    r.body.insert(QStringLiteral("AccessDeniedDetail"),
                  QJsonObject{{QStringLiteral("AuthAction"), authAction},
                              {QStringLiteral("AuthPrincipalType"), QStringLiteral("SubUser")},
                              {QStringLiteral("AuthPrincipalOwnerId"), account.accountId},
                              {QStringLiteral("AuthPrincipalDisplayName"), QStringLiteral("flowlog-reader")},
                              {QStringLiteral("PolicyType"), QStringLiteral("AccountLevelIdentityBasedPolicy")},
                              {QStringLiteral("NoPermissionType"), QStringLiteral("ExplicitDeny")}});
    return r;
}

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

FlowLogDraft draftFrom(Service service, const Pairs &params)
{
    // Which creates take each string parameter.
    constexpr int vpc = 1 << int(Service::Vpc);
    constexpr int cen = 1 << int(Service::Cen);
    constexpr int ecr = 1 << int(Service::Ecr);
    struct Field
    {
        const char *name;
        QString FlowLogDraft::*member;
        int takenBy;
    };
    static const Field fields[] = {{"RegionId", &FlowLogDraft::region, vpc | cen},
                                   {"FlowLogName", &FlowLogDraft::name, vpc | cen | ecr},
                                   {"Description", &FlowLogDraft::description, vpc | cen | ecr},
                                   {"ProjectName", &FlowLogDraft::projectName, vpc | cen | ecr},
                                   {"LogStoreName", &FlowLogDraft::logStoreName, vpc | cen | ecr},
                                   {"ClientToken", &FlowLogDraft::clientToken, vpc | cen | ecr},
                                   {"ResourceType", &FlowLogDraft::resourceType, vpc},
                                   {"ResourceId", &FlowLogDraft::resourceId, vpc},
                                   {"TrafficType", &FlowLogDraft::trafficType, vpc},
                                   {"CenId", &FlowLogDraft::cenId, cen},
                                   {"TransitRouterId", &FlowLogDraft::transitRouterId, cen},
                                   {"TransitRouterAttachmentId", &FlowLogDraft::transitRouterAttachmentId, cen},
                                   {"LogFormatString", &FlowLogDraft::logFormat, cen},
                                   {"EcrId", &FlowLogDraft::ecrId, ecr},
                                   {"InstanceId", &FlowLogDraft::instanceId, ecr},
                                   {"SamplingRate", &FlowLogDraft::samplingRate, ecr}};
    FlowLogDraft draft;
    draft.service = service;
    for (const Field &field : fields) {
        if (field.takenBy & (1 << int(service)))
            draft.*field.member = value(params, QLatin1String(field.name));
    }
    draft.tags = tagsFromParams(params, QStringLiteral("Tag"));
    return draft;
}

Reply createInRegion(Context &context, const Account &account, const FlowLogDraft &draft, const RegionalCreate &how,
                     const QJsonObject &own)
{
    Reply r = firstViolation(draft);
    if (r.status != 200)
        return r;
    if (!account.regions.contains(draft.region))
        return error(400, how.unknownRegionCode, how.unknownRegionMessage);
    if (how.unknownTarget) {
        if (std::optional<Reply> unknown = how.unknownTarget(context.dataset(), account, draft))
            return *unknown;
    }
    QJsonObject record = own;
    record.insert(QStringLiteral("RegionId"), draft.region);
    record.insert(QStringLiteral("Status"), how.initialStatus);
    const QString key = Dataset::key(draft.service, account, draft.region);
    const QString id = createOnce(context, account, draft, key, how.idPrefix, record, r.created);
    if (r.created)
        context.dataset().transitions().start({key, QStringLiteral("FlowLogId"), id,
                                               QDateTime::currentMSecsSinceEpoch() + activationDelayMs,
                                               QJsonObject{{QStringLiteral("Status"), QStringLiteral("Active")}}});
    r.body = QJsonObject{{QStringLiteral("Success"), how.success}, {QStringLiteral("FlowLogId"), id}};
    return r;
}

QString createOnce(Context &context, const Account &account, const FlowLogDraft &draft, const QString &key,
                   const QString &idPrefix, const QJsonObject &own, bool &created)
{
    const QString scopedToken =
        draft.clientToken.isEmpty() ? QString() : Dataset::key(draft.service, account, draft.clientToken);
    if (!scopedToken.isEmpty()) {
        if (QString id = context.madeFor(scopedToken); !id.isEmpty())
            return id;
    }
    const QString id = context.newFlowLogId(idPrefix);
    QJsonObject record{{QStringLiteral("FlowLogId"), id},
                       {QStringLiteral("FlowLogName"), draft.name},
                       {QStringLiteral("Description"), draft.description},
                       {QStringLiteral("ProjectName"), draft.projectName},
                       {QStringLiteral("LogStoreName"), draft.logStoreName},
                       {QStringLiteral("CreationTime"), utcNow()}};
    for (auto it = own.begin(); it != own.end(); ++it)
        record.insert(it.key(), it.value());
    context.dataset().flowLogs(key).append(record);
    if (!scopedToken.isEmpty())
        context.remember(scopedToken, id);
    created = true;
    return id;
}

QString requestFingerprint(const QString &action, const Pairs &params, const QStringList &ignore)
{
    static const QSet<QString> common = {QStringLiteral("Action"),         QStringLiteral("Version"),
                                         QStringLiteral("Format"),         QStringLiteral("AccessKeyId"),
                                         QStringLiteral("Signature"),      QStringLiteral("SignatureMethod"),
                                         QStringLiteral("SignatureNonce"), QStringLiteral("SignatureVersion"),
                                         QStringLiteral("Timestamp"),      QStringLiteral("SecurityToken")};
    QStringList parts;
    for (const auto &[k, v] : params) {
        if (!common.contains(k) && !ignore.contains(k))
            parts << k + QLatin1Char('=') + v;
    }
    parts.sort();
    return action + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

int intParam(const Pairs &params, const QString &key)
{
    const QString v = value(params, key);
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? n : -1;
}

std::optional<PageRequest> pageRequest(const Pairs &params, int maxSize, QString *invalid, int defaultSize)
{
    bool ok = true;
    const QString number = value(params, QStringLiteral("PageNumber"));
    const QString size = value(params, QStringLiteral("PageSize"));
    PageRequest page;
    page.number = number.isEmpty() ? 1 : number.toInt(&ok);
    if (!ok || page.number < 1) {
        *invalid = QStringLiteral("PageNumber");
        return std::nullopt;
    }
    page.size = size.isEmpty() ? defaultSize : size.toInt(&ok);
    if (!ok || page.size < 1 || page.size > maxSize) {
        *invalid = QStringLiteral("PageSize");
        return std::nullopt;
    }
    return page;
}

Reply pageReply(const QList<QJsonObject> &matching, const PageRequest &page, bool wrapped)
{
    QJsonArray rows;
    const qsizetype from = static_cast<qsizetype>(page.number - 1) * page.size;
    for (qsizetype i = from; i < matching.size() && i < from + page.size; ++i)
        rows.append(matching.at(i));
    Reply r;
    r.body = QJsonObject{
        {QStringLiteral("PageSize"), QString::number(page.size)},
        {QStringLiteral("PageNumber"), QString::number(page.number)},
        {QStringLiteral("TotalCount"), QString::number(matching.size())},
        {QStringLiteral("Success"), QStringLiteral("true")},
        {QStringLiteral("FlowLogs"), wrapped ? QJsonValue(QJsonObject{{QStringLiteral("FlowLog"), rows}}) : rows}};
    return r;
}

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

QList<QJsonObject> filtered(const QList<QJsonObject> &all, const Pairs &params, const QStringList &exact,
                            const QString &tagPrefix)
{
    // The filters asked for, read once: a list request is answered on every page of a sweep.
    const QList<Tag> wantedTags = tagsFromParams(params, tagPrefix);
    QList<std::pair<QString, QString>> wanted;
    for (const QString &key : exact) {
        if (QString want = value(params, key); !want.isEmpty())
            wanted.append({key, std::move(want)});
    }
    if (wanted.isEmpty() && wantedTags.isEmpty())
        return all;
    QList<QJsonObject> out;
    for (const QJsonObject &o : all) {
        const bool keep = hasAllTags(o, wantedTags) && std::all_of(wanted.cbegin(), wanted.cend(), [&o](const auto &w) {
                              return text(o, w.first) == w.second;
                          });
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

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace flowlog::sandbox::aliyun
