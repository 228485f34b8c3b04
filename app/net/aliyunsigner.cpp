#include "aliyunsigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace flowlog::aliyun {

QByteArray percentEncode(QStringView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0F]);
        }
    }
    return out;
}

QByteArray canonicalQuery(Params params)
{
    std::stable_sort(params.begin(), params.end(),
                     [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(key));
        out.append('=');
        out.append(percentEncode(value));
    }
    return out;
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
