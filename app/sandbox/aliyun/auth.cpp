#include "aliyun/auth.h"

#include "aliyun/common.h"
#include "aliyun/signature.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace flowlog::sandbox::aliyun {

namespace {

constexpr qint64 kWindowSecs = 15 * 60;

bool isStale(const QDateTime &timestamp)
{
    return qAbs(timestamp.secsTo(QDateTime::currentDateTimeUtc())) > kWindowSecs;
}

} // namespace

std::optional<Reply> Authenticator::authenticate(const ApiRequest &request, Caller &caller)
{
    return request.header("authorization").startsWith("ACS3-") ? acs3(request, caller) : v1(request, caller);
}

std::optional<Reply> Authenticator::lookUp(const QString &accessKeyId, Caller &caller) const
{
    caller.account = m_dataset.accountByKey(accessKeyId);
    caller.temporary = nullptr;
    if (!caller.account) {
        caller.temporary = m_dataset.temporaryByKey(accessKeyId);
        if (caller.temporary)
            caller.account = caller.temporary->account;
    }
    if (!caller.account || !caller.account->isAliyun())
        return error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found."));
    return std::nullopt;
}

std::optional<Reply> Authenticator::checkToken(const Caller &caller, const QString &token)
{
    // A permanent key carries no token (one sent along is ignored, as the gateway does).
    if (!caller.temporary)
        return std::nullopt;
    if (token.isEmpty())
        return error(400, QStringLiteral("MissingSecurityToken"),
                     QStringLiteral("SecurityToken is mandatory for this action."));
    if (token != caller.temporary->securityToken) {
        if (!token.startsWith(QLatin1String("CAIS")))
            return error(400, QStringLiteral("InvalidSecurityToken.Malformed"),
                         QStringLiteral("Specified SecurityToken is malformed."));
        return error(400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
                     QStringLiteral("Specified SecurityToken mismatch with the AccessKey."));
    }
    if (caller.temporary->hasExpired())
        return error(400, QStringLiteral("InvalidSecurityToken.Expired"),
                     QStringLiteral("Specified SecurityToken is expired."));
    return std::nullopt;
}

const QString &Authenticator::secretOf(const Caller &caller)
{
    return caller.temporary ? caller.temporary->secret : caller.account->secret;
}

std::optional<Reply> Authenticator::v1(const ApiRequest &request, Caller &caller)
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
    if (auto rejected = lookUp(accessKeyId, caller))
        return rejected;
    // The token is read before the signature: the real gateway finds a temporary key's secret through it.
    if (auto rejected = checkToken(caller, value(caller.params, QStringLiteral("SecurityToken"))))
        return rejected;
    // The service shows its string to sign, so a caller can compare it with its own.
    const QByteArray stringToSign = rpcStringToSign(request.method, caller.params);
    return conclude(rpcSignature(stringToSign, secretOf(caller)) == signature.toLatin1(), timestampText, nonce, [&] {
        return signatureMismatch(request, QStringLiteral("Specified signature is not matched with our "
                                                         "calculation. server string to sign is:%1")
                                              .arg(QString::fromUtf8(stringToSign)));
    });
}

std::optional<Reply> Authenticator::acs3(const ApiRequest &request, Caller &caller)
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
    if (auto rejected = lookUp(auth.accessKeyId, caller))
        return rejected;
    if (auto rejected = checkToken(caller, QString::fromUtf8(request.header("x-acs-security-token"))))
        return rejected;
    const QByteArray bodyHash = QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    const QByteArray canonical = acs3CanonicalRequest(request.method, request.rawPath, request.rawQuery,
                                                      request.headers, auth.signedHeaders, request.body);
    const QByteArray stringToSign = acs3StringToSign(canonical);
    const bool matches = acs3Signature(stringToSign, secretOf(caller)) == auth.signature &&
                         request.header("x-acs-content-sha256") == bodyHash;
    return conclude(matches, QString::fromUtf8(request.header("x-acs-date")),
                    QString::fromUtf8(request.header("x-acs-signature-nonce")), [&] {
                        return signatureMismatch(
                            request, QStringLiteral("Specified signature does not match our calculation. server "
                                                    "StringToSign is [%1] server CanonicalRequest is [%2]")
                                         .arg(QString::fromUtf8(stringToSign), QString::fromUtf8(canonical)));
                    });
}

std::optional<Reply> Authenticator::conclude(bool signatureMatches, const QString &timestampText, const QString &nonce,
                                             const std::function<Reply()> &mismatch)
{
    if (!signatureMatches) {
        const QDateTime ts = parseUtc(timestampText);
        if (ts.isValid() && isStale(ts))
            return checkFreshness(timestampText, nonce);
        return mismatch();
    }
    if (auto stale = checkFreshness(timestampText, nonce))
        return stale;
    rememberNonce(nonce);
    return std::nullopt;
}

std::optional<Reply> Authenticator::checkFreshness(const QString &timestampText, const QString &nonce) const
{
    const QDateTime ts = parseUtc(timestampText);
    if (!ts.isValid())
        return error(400, QStringLiteral("InvalidTimeStamp.Format"),
                     QStringLiteral("Specified time stamp or date value is not well formatted."));
    if (isStale(ts))
        return error(400, QStringLiteral("InvalidTimeStamp.Expired"),
                     QStringLiteral("Specified time stamp or date value is expired."));
    if (m_nonces.contains(nonce))
        return error(400, QStringLiteral("SignatureNonceUsed"),
                     QStringLiteral("Specified signature nonce was used already."));
    return std::nullopt;
}

void Authenticator::rememberNonce(const QString &nonce)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_nonces.insert(nonce, now);
    // A nonce older than the timestamp window can never be replayed successfully: forget it, so a long benchmark
    // does not grow memory without bound.
    if (m_nonces.size() % 50000 == 0) {
        for (auto it = m_nonces.begin(); it != m_nonces.end();)
            it = now - it.value() > (kWindowSecs + 60) * 1000 ? m_nonces.erase(it) : std::next(it);
    }
}

} // namespace flowlog::sandbox::aliyun
