#include "sandboxauth.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace flowlog::sandbox {

Pairs decodeForm(const QByteArray &encoded)
{
    Pairs out;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

QString value(const Pairs &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return {};
}

QByteArray expectedRpcSignature(const QByteArray &method, const Pairs &params, const QString &secret)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &[k, v] : params) {
        if (k == QLatin1String("Signature"))
            continue;
        // QByteArray::toPercentEncoding never encodes the RFC 3986 unreserved set and always encodes the rest.
        encoded.append({k.toUtf8().toPercentEncoding(), v.toUtf8().toPercentEncoding()});
    }
    std::sort(encoded.begin(), encoded.end());
    QByteArray query;
    for (const auto &[k, v] : encoded) {
        if (!query.isEmpty())
            query += '&';
        query += k + '=' + v;
    }
    const QByteArray stringToSign = method + "&%2F&" + query.toPercentEncoding();
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

QByteArray expectedAcs3Signature(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers,
                                 const QByteArray &signedHeaders, const QByteArray &body, const QString &secret)
{
    QList<std::pair<QByteArray, QByteArray>> encoded;
    for (const auto &[k, v] : decodeForm(rawQuery))
        encoded.append({k.toUtf8().toPercentEncoding(), v.toUtf8().toPercentEncoding()});
    std::sort(encoded.begin(), encoded.end());
    QByteArray query;
    for (const auto &[k, v] : encoded) {
        if (!query.isEmpty())
            query += '&';
        query += k + '=' + v;
    }
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
    const QByteArray canonical = method + '\n' + (rawPath.isEmpty() ? QByteArray("/") : rawPath) + '\n' + query + '\n' +
                                 headerBlock + '\n' + signedHeaders + '\n' + bodyHash;
    const QByteArray stringToSign =
        "ACS3-HMAC-SHA256\n" + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QDateTime parseUtc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    if (dt.isValid())
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

} // namespace flowlog::sandbox
