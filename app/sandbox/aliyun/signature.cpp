#include "signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace flowlog::sandbox::aliyun {

namespace {

// "k=v&k=v": keys and values RFC 3986-encoded (QByteArray::toPercentEncoding never encodes the unreserved set and
// always encodes the rest), sorted on the encoded bytes.
QByteArray canonicalQuery(const Pairs &params, const QString &skipKey = {})
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &[k, v] : params) {
        if (!skipKey.isEmpty() && k == skipKey)
            continue;
        encoded.append({k.toUtf8().toPercentEncoding(), v.toUtf8().toPercentEncoding()});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray query;
    for (const auto &[k, v] : encoded) {
        if (!query.isEmpty())
            query += '&';
        query += k + '=' + v;
    }
    return query;
}

} // namespace

QByteArray rpcStringToSign(const QByteArray &method, const Pairs &params)
{
    return method + "&%2F&" + canonicalQuery(params, QStringLiteral("Signature")).toPercentEncoding();
}

QByteArray rpcSignature(const QByteArray &stringToSign, const QString &secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8() + '&', QCryptographicHash::Sha1).toBase64();
}

Acs3Authorization parseAcs3Authorization(const QByteArray &header)
{
    Acs3Authorization out;
    const QByteArray scheme = "ACS3-HMAC-SHA256 ";
    if (!header.startsWith(scheme))
        return out;
    for (const QByteArray &part : header.mid(scheme.size()).split(',')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("Credential="))
            out.accessKeyId = QString::fromUtf8(p.mid(11));
        else if (p.startsWith("SignedHeaders="))
            out.signedHeaders = p.mid(14);
        else if (p.startsWith("Signature="))
            out.signature = p.mid(10);
    }
    return out;
}

QByteArray acs3CanonicalRequest(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery,
                                const QList<std::pair<QByteArray, QByteArray>> &headers,
                                const QByteArray &signedHeaders, const QByteArray &body)
{
    QByteArray headerBlock;
    for (const QByteArray &name : signedHeaders.split(';')) {
        QByteArray value;
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0) {
                value = v.trimmed();
                break;
            }
        }
        headerBlock += name.toLower() + ':' + value + '\n';
    }
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return method + '\n' + (rawPath.isEmpty() ? QByteArray("/") : rawPath) + '\n' +
           canonicalQuery(decodeForm(rawQuery)) + '\n' + headerBlock + '\n' + signedHeaders + '\n' + bodyHash;
}

QByteArray acs3StringToSign(const QByteArray &canonicalRequest)
{
    return "ACS3-HMAC-SHA256\n" + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray acs3Signature(const QByteArray &stringToSign, const QString &secret)
{
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QDateTime parseUtc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    if (dt.isValid())
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

} // namespace flowlog::sandbox::aliyun
