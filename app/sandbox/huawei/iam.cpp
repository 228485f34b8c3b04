#include "huawei/common.h"
#include "huawei/operations.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

// IAM: KeystoneListProjects (GET /v3/projects: a project per region, named after it, and the built-in MOS project)
// and CreateTemporaryAccessKeyByAgency (POST /v3.0/OS-CREDENTIAL/securitytokens: assume an agency of another
// domain; the organisation members' agency flowlog-audit trusts their management account only).
namespace flowlog::sandbox::huawei::iam {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kIamHost = "https://iam.myhuaweicloud.com";
constexpr qint64 kMinDurationS = 900;
constexpr qint64 kMaxDurationS = 86400;
constexpr qint64 kDefaultDurationS = 900;

QJsonObject project(const Account &account, const QString &id, const QString &name)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("domain_id"), account.accountId},
        {QStringLiteral("parent_id"), account.accountId},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("is_domain"), false},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), QStringLiteral("%1/v3/projects/%2").arg(QLatin1String(kIamHost), id)}}}};
}

Reply iamError(int status, const char *code, const QString &message)
{
    Reply r = error(status, QLatin1String(code), message);
    r.requestIdInBody = false;
    return r;
}

Reply listProjects(Context &context, const Call &call)
{
    if (isDenied(context.options(), u"regions"))
        return keystoneError(403, QStringLiteral("You are not authorized to perform the requested action: "
                                                 "iam:projects:list."));
    const Pairs &q = call.query;
    // page and per_page come together (per_page 1..5000).
    if (hasKey(q, QStringLiteral("page")) != hasKey(q, QStringLiteral("per_page")))
        return keystoneError(400, QStringLiteral("page and per_page must be used together."));
    const std::optional<int> page = intQuery(q, QStringLiteral("page"), 1, 1000000, 1);
    const std::optional<int> perPage = intQuery(q, QStringLiteral("per_page"), 1, 5000, 5000);
    if (!page || !perPage)
        return keystoneError(400, QStringLiteral("Invalid page or per_page."));

    QList<QJsonObject> projects;
    for (auto it = call.account.allProjectIds.cbegin(); it != call.account.allProjectIds.cend(); ++it)
        projects.append(project(call.account, it.value(), it.key()));
    // The project object storage keeps for itself; it belongs to no region.
    const QString mos = QString::fromLatin1(
        QCryptographicHash::hash((call.account.accountId + QStringLiteral("|MOS")).toUtf8(), QCryptographicHash::Md5)
            .toHex());
    projects.append(project(call.account, mos, QStringLiteral("MOS")));
    std::sort(projects.begin(), projects.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
    });

    const QString name = value(q, QStringLiteral("name"));
    const QString domainId = value(q, QStringLiteral("domain_id"));
    const QString parentId = value(q, QStringLiteral("parent_id"));
    const QString enabled = value(q, QStringLiteral("enabled"));
    const QString isDomain = value(q, QStringLiteral("is_domain"));
    QJsonArray rows;
    qsizetype skip = static_cast<qsizetype>(*page - 1) * *perPage;
    for (const QJsonObject &p : std::as_const(projects)) {
        const bool keep = (name.isEmpty() || p.value(QLatin1String("name")).toString() == name) &&
                          (domainId.isEmpty() || domainId == call.account.accountId) &&
                          (parentId.isEmpty() || parentId == call.account.accountId) &&
                          (enabled.isEmpty() || enabled == QLatin1String("true")) &&
                          (isDomain.isEmpty() || isDomain == QLatin1String("false"));
        if (!keep)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        if (rows.size() < *perPage)
            rows.append(p);
    }
    Reply r;
    r.body =
        QJsonObject{{QStringLiteral("projects"), rows},
                    {QStringLiteral("links"),
                     QJsonObject{{QStringLiteral("self"), QLatin1String(kIamHost) + QStringLiteral("/v3/projects")},
                                 {QStringLiteral("previous"), QJsonValue::Null},
                                 {QStringLiteral("next"), QJsonValue::Null}}}};
    r.requestIdInBody = false;
    return r;
}

Reply createTemporaryAccessKeyByAgency(Context &context, const Call &call)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &pe);
    const QJsonObject identity =
        doc.object().value(QLatin1String("auth")).toObject().value(QLatin1String("identity")).toObject();
    const QJsonObject assume = identity.value(QLatin1String("assume_role")).toObject();
    const bool assumes = identity.value(QLatin1String("methods")).toArray().contains(QStringLiteral("assume_role"));
    const QString agency = assume.value(QLatin1String("agency_name")).toString();
    const QString domainId = assume.value(QLatin1String("domain_id")).toString();
    const QString domainName = assume.value(QLatin1String("domain_name")).toString();
    if (pe.error != QJsonParseError::NoError || !assumes || agency.isEmpty() ||
        (domainId.isEmpty() && domainName.isEmpty()))
        return iamError(400, iamInvalidBodyCode,
                        QStringLiteral("The request body is invalid: auth.identity needs methods [\"assume_role\"] "
                                       "and assume_role with agency_name and domain_id or domain_name."));
    const QJsonValue durationValue = assume.value(QLatin1String("duration_seconds"));
    const qint64 duration = durationValue.isUndefined() ? kDefaultDurationS : durationValue.toInteger(-1);
    if (duration < kMinDurationS || duration > kMaxDurationS)
        return iamError(
            400, iamInvalidBodyCode,
            QStringLiteral("duration_seconds must be from %1 to %2.").arg(kMinDurationS).arg(kMaxDurationS));

    const Account *target =
        domainId.isEmpty() ? context.dataset().accountByName(domainName) : context.dataset().accountById(domainId);
    const bool exists = target && !target->isAliyun() && !target->memberOf.isEmpty() && target->accessRoleExists &&
                        target->accessRole == agency;
    if (!exists)
        return iamError(404, iamAgencyNotFoundCode,
                        QStringLiteral("Could not find agency %1 in domain %2.")
                            .arg(agency, domainId.isEmpty() ? domainName : domainId));
    if (target->memberOf != call.account.name)
        return iamError(403, iamNotAllowedCode,
                        QStringLiteral("Policy doesn't allow iam:agencies:assume to be performed: agency %1 does not "
                                       "trust domain %2.")
                            .arg(agency, call.account.accountId));

    const TemporaryCredential &c = context.dataset().issueTemporary(*target, context.grantedLifetimeMs(duration));
    Reply r;
    r.status = agencyTokenStatus;
    r.body = QJsonObject{{QStringLiteral("credential"),
                          QJsonObject{{QStringLiteral("access"), c.accessKeyId},
                                      {QStringLiteral("secret"), c.secret},
                                      {QStringLiteral("securitytoken"), c.securityToken},
                                      {QStringLiteral("expires_at"),
                                       QDateTime::fromMSecsSinceEpoch(c.expiresAtMs, QTimeZone::utc())
                                           .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"))}}}};
    r.requestIdInBody = false;
    return r;
}

constexpr Route table[] = {
    {"GET"_L1, "/v3/projects"_L1, "iam.KeystoneListProjects"_L1, &listProjects},
    {"POST"_L1, "/v3.0/OS-CREDENTIAL/securitytokens"_L1, "iam.CreateTemporaryAccessKeyByAgency"_L1,
     &createTemporaryAccessKeyByAgency},
};

} // namespace

const Routes routes{table};

} // namespace flowlog::sandbox::huawei::iam
