#include "aliyunsigner.h"

#include "signing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace flowlog::aliyun {

QByteArray percentEncode(QStringView text)
{
    return flowlog::percentEncode(text);
}

QByteArray canonicalQuery(Params params)
{
    std::stable_sort(params.begin(), params.end(),
                     [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    return encodeParams(params);
}

QByteArray rpcStringToSign(QByteArrayView method, QByteArrayView canonicalQuery)
{
    QByteArray out = method.toByteArray();
    out.append("&%2F&");
    out.append(percentEncode(QString::fromUtf8(canonicalQuery)));
    return out;
}

QByteArray rpcSignature(QByteArrayView stringToSign, const QString &secret)
{
    const QByteArray key = secret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign.toByteArray(), key, QCryptographicHash::Sha1).toBase64();
}

Params rpcSignedParams(const Params &actionParams, const QString &action, const QString &version,
                       const Credentials &credentials, const QString &timestamp, const QString &nonce,
                       const QString &format)
{
    Params out = actionParams;
    out.append({QStringLiteral("Action"), action});
    out.append({QStringLiteral("Format"), format});
    out.append({QStringLiteral("Version"), version});
    out.append({QStringLiteral("AccessKeyId"), credentials.accessKeyId});
    out.append({QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")});
    out.append({QStringLiteral("SignatureVersion"), QStringLiteral("1.0")});
    out.append({QStringLiteral("SignatureNonce"), nonce});
    out.append({QStringLiteral("Timestamp"), timestamp});
    if (!credentials.securityToken.isEmpty())
        out.append({QStringLiteral("SecurityToken"), credentials.securityToken});
    return out;
}

QByteArray signRpc(QByteArrayView method, const Params &signedParams, const QString &secret)
{
    const QByteArray query = canonicalQuery(signedParams);
    const QByteArray signature = rpcSignature(rpcStringToSign(method, query), secret);
    return query + "&Signature=" + percentEncode(QString::fromLatin1(signature));
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString newNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace flowlog::aliyun
