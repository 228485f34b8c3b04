#include "huawei/auth.h"

#include "huawei/common.h"
#include "huawei/signature.h"

namespace flowlog::sandbox::huawei {

namespace {

constexpr qint64 maxClockSkewSecs = 15 * 60;

Reply rejected(const QString &detail)
{
    return error(401, QLatin1String(authFailedCode),
                 QStringLiteral("Incorrect IAM authentication information: ") + detail);
}

} // namespace

std::optional<Reply> authenticate(const Dataset &dataset, const ApiRequest &request, const Account *&account)
{
    const Authorization auth = parseAuthorization(request.header("Authorization"));
    if (!auth.valid)
        return rejected(QStringLiteral("the Authorization header is missing or is not SDK-HMAC-SHA256"));
    account = dataset.accountByKey(auth.access);
    const TemporaryCredential *temporary = nullptr;
    if (!account) {
        temporary = dataset.temporaryByKey(auth.access);
        if (temporary)
            account = temporary->account;
    }
    if (!account || account->provider != QLatin1String("huaweicloud"))
        return rejected(QStringLiteral("access key %1 does not exist").arg(auth.access));
    if (temporary) {
        // A temporary key is only good with its own token, sent and signed, until it expires.
        const QByteArray token = request.header("X-Security-Token");
        if (token.isEmpty() || !auth.signedHeaders.contains("x-security-token"))
            return rejected(QStringLiteral("a temporary access key needs its X-Security-Token header, signed"));
        if (QString::fromUtf8(token) != temporary->securityToken)
            return rejected(QStringLiteral("the security token does not match the access key"));
        if (temporary->hasExpired())
            return rejected(QStringLiteral("the security token has expired"));
    }
    const QByteArray dateText = request.header("X-Sdk-Date");
    const QDateTime date = parseSdkDate(dateText);
    if (!date.isValid())
        return rejected(QStringLiteral("X-Sdk-Date is missing or not YYYYMMDDThhmmssZ"));
    if (qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) > maxClockSkewSecs)
        return rejected(QStringLiteral("the request date X-Sdk-Date %1 is more than 15 minutes from the server time")
                            .arg(QString::fromLatin1(dateText)));
    if (!auth.signedHeaders.contains("host") || !auth.signedHeaders.contains("x-sdk-date"))
        return rejected(QStringLiteral("host and x-sdk-date must be signed"));
    const QString &secret = temporary ? temporary->secret : account->secret;
    if (expectedSignature(request, auth.signedHeaders, dateText, secret) != auth.signature)
        return rejected(QStringLiteral("verify aksk signature fail"));
    return std::nullopt;
}

} // namespace flowlog::sandbox::huawei
