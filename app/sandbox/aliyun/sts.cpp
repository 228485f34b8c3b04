#include "aliyun/common.h"
#include "aliyun/operations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

// STS 2015-04-01 AssumeRole and GetCallerIdentity (who a key belongs to: a client tells the management account's own
// entry of its directory apart from its members by it). The roles that exist are the organisation members' access role
// (ResourceDirectoryAccountAccessRole), which trusts the member's management account only.
namespace flowlog::sandbox::aliyun::sts {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinDurationS = 900;
constexpr qint64 kMaxDurationS = 3600; // the roles' MaxSessionDuration

// A role id as RAM writes them: 19 digits, stable for the role.
QString roleId(const QString &arn)
{
    const QByteArray h = QCryptographicHash::hash(arn.toUtf8(), QCryptographicHash::Sha1);
    QString id = QStringLiteral("3");
    for (int i = 0; i < 18; ++i)
        id += QLatin1Char(char('0' + static_cast<unsigned char>(h.at(i)) % 10));
    return id;
}

Reply assumeRole(Context &context, const Account &account, const Pairs &params)
{
    const QString arn = value(params, QStringLiteral("RoleArn"));
    const QString session = value(params, QStringLiteral("RoleSessionName"));
    if (arn.isEmpty())
        return error(400, QStringLiteral("MissingRoleArn"), QStringLiteral("RoleArn is mandatory for this action."));
    if (session.isEmpty())
        return error(400, QStringLiteral("MissingRoleSessionName"),
                     QStringLiteral("RoleSessionName is mandatory for this action."));
    static const QRegularExpression arnPattern(QStringLiteral("^acs:ram::(\\d+):role/([A-Za-z0-9.@_-]{1,64})$"));
    const QRegularExpressionMatch m = arnPattern.match(arn);
    if (!m.hasMatch())
        return error(400, QStringLiteral("InvalidParameter.RoleArn"),
                     QStringLiteral("The parameter RoleArn is wrongly formed."));
    static const QRegularExpression sessionPattern(QStringLiteral("^[A-Za-z0-9.@_-]{2,64}$"));
    if (!sessionPattern.match(session).hasMatch())
        return error(400, QStringLiteral("InvalidParameter.RoleSessionName"),
                     QStringLiteral("The parameter RoleSessionName is wrongly formed."));
    const QString externalId = value(params, QStringLiteral("ExternalId"));
    static const QRegularExpression externalPattern(QStringLiteral("^[\\w+=,.@:/-]{2,1224}$"));
    if (hasKey(params, QStringLiteral("ExternalId")) && !externalPattern.match(externalId).hasMatch())
        return error(400, QStringLiteral("InvalidParameter.ExternalId"),
                     QStringLiteral("The parameter ExternalId is wrongly formed."));
    const QString durationText = value(params, QStringLiteral("DurationSeconds"));
    bool ok = true;
    const qint64 duration = durationText.isEmpty() ? kMaxDurationS : durationText.toLongLong(&ok);
    if (!ok || duration < kMinDurationS || duration > kMaxDurationS)
        return error(400, QStringLiteral("InvalidParameter.DurationSeconds"),
                     QStringLiteral("The Min/Max value of DurationSeconds is 15min/1hr."));

    const Account *target = context.dataset().accountById(m.captured(1));
    const bool exists = target && target->isAliyun() && !target->memberOf.isEmpty() && target->accessRoleExists &&
                        target->accessRole == m.captured(2);
    if (!exists)
        return error(404, QStringLiteral("EntityNotExist.Role"), QStringLiteral("The role not exists: %1.").arg(arn));
    if (target->memberOf != account.name)
        return error(403, QStringLiteral("NoPermission"),
                     QStringLiteral("No permission perform sts:AssumeRole on this Role. Maybe you are not in the "
                                    "role's trust policy."));

    const TemporaryCredential &c = context.dataset().issueTemporary(*target, context.grantedLifetimeMs(duration));
    const QString expiration = QDateTime::fromMSecsSinceEpoch(c.expiresAtMs, QTimeZone::utc())
                                   .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    Reply r;
    r.body =
        QJsonObject{{QStringLiteral("AssumedRoleUser"),
                     QJsonObject{{QStringLiteral("Arn"), QStringLiteral("%1/%2").arg(arn, session)},
                                 {QStringLiteral("AssumedRoleId"), QStringLiteral("%1:%2").arg(roleId(arn), session)}}},
                    {QStringLiteral("Credentials"), QJsonObject{{QStringLiteral("AccessKeyId"), c.accessKeyId},
                                                                {QStringLiteral("AccessKeySecret"), c.secret},
                                                                {QStringLiteral("SecurityToken"), c.securityToken},
                                                                {QStringLiteral("Expiration"), expiration}}}};
    return r;
}

Reply getCallerIdentity(Context & /*context*/, const Account &account, const Pairs & /*params*/)
{
    // A sample account's key is the account's own; a member is reached only through its access role.
    Reply r;
    if (account.memberOf.isEmpty()) {
        r.body = QJsonObject{{QStringLiteral("IdentityType"), QStringLiteral("Account")},
                             {QStringLiteral("AccountId"), account.accountId},
                             {QStringLiteral("UserId"), account.accountId},
                             {QStringLiteral("PrincipalId"), account.accountId},
                             {QStringLiteral("Arn"), QStringLiteral("acs:ram::%1:root").arg(account.accountId)}};
        return r;
    }
    const QString arn = account.roleArn();
    const QString id = roleId(arn);
    r.body = QJsonObject{
        {QStringLiteral("IdentityType"), QStringLiteral("AssumedRoleUser")},
        {QStringLiteral("AccountId"), account.accountId},
        {QStringLiteral("RoleId"), id},
        {QStringLiteral("PrincipalId"), id + QStringLiteral(":flowlog-console")},
        {QStringLiteral("Arn"),
         QStringLiteral("acs:ram::%1:assumed-role/%2/flowlog-console").arg(account.accountId, account.accessRole)}};
    return r;
}

constexpr Action actions[] = {
    {"AssumeRole"_L1, &assumeRole},
    {"GetCallerIdentity"_L1, &getCallerIdentity},
};

} // namespace

const Product product{"sts"_L1, "2015-04-01"_L1, actions};

} // namespace flowlog::sandbox::aliyun::sts
