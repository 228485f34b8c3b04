#include "huawei/signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace flowlog::sandbox::huawei {

Authorization parseAuthorization(const QByteArray &value)
{
    Authorization out;
    static const QByteArray scheme = "SDK-HMAC-SHA256 ";
    if (!value.startsWith(scheme))
        return out;
    bool hasAccess = false;
    bool hasHeaders = false;
    for (const QByteArray &part : value.mid(scheme.size()).split(',')) {
        const QByteArray p = part.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = p.left(eq).trimmed();
        const QByteArray v = p.mid(eq + 1).trimmed();
        if (name == "Access") {
            out.access = QString::fromUtf8(v);
            hasAccess = !v.isEmpty();
        } else if (name == "SignedHeaders") {
            out.signedHeaders = v.split(';');
            hasHeaders = !v.isEmpty();
        } else if (name == "Signature") {
            out.signature = v;
        }
    }
    out.valid = hasAccess && hasHeaders && !out.signature.isEmpty();
    return out;
}

QDateTime parseSdkDate(const QByteArray &value)
{
    if (value.size() != 16)
        return {};
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (dt.isValid())
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

namespace {

QByteArray uri(const QByteArray &rawPath)
{
    QByteArrayList segments;
    for (const QByteArray &segment : rawPath.split('/'))
        segments << QByteArray::fromPercentEncoding(segment).toPercentEncoding();
    QByteArray out = segments.join('/');
    if (!out.endsWith('/'))
        out += '/';
    return out;
}

QByteArray query(const QByteArray &rawQuery)
{
    // Decoded like the gateway reads a query ('+' is a space), sorted on the decoded bytes.
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const auto &[k, v] : decodeForm(rawQuery))
        pairs.append({k.toUtf8(), v.toUtf8()});
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[k, v] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += k.toPercentEncoding() + '=' + v.toPercentEncoding();
    }
    return out;
}

} // namespace

QByteArray canonicalRequest(const ApiRequest &request, const QByteArrayList &signedHeaders)
{
    QByteArray headers;
    for (const QByteArray &name : signedHeaders)
        headers += name + ':' + request.header(name).trimmed() + '\n';
    return request.method + '\n' + uri(request.rawPath) + '\n' + query(request.rawQuery) + '\n' + headers + '\n' +
           signedHeaders.join(';') + '\n' + QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
}

QByteArray expectedSignature(const ApiRequest &request, const QByteArrayList &signedHeaders, const QByteArray &sdkDate,
                             const QString &secret)
{
    const QByteArray stringToSign =
        "SDK-HMAC-SHA256\n" + sdkDate + '\n' +
        QCryptographicHash::hash(canonicalRequest(request, signedHeaders), QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace flowlog::sandbox::huawei
