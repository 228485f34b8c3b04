#include "huaweisigner.h"

#include "signing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace flowlog::huawei {

QByteArray percentEncode(QStringView text)
{
    // The SDK's encoding is the same RFC 3986 rule as Alibaba's: one implementation for both.
    return flowlog::percentEncode(text);
}

QByteArray canonicalUri(QStringView path)
{
    QByteArray out;
    const QList<QStringView> segments = path.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(percentEncode(segments.at(i)));
    }
    if (!out.endsWith('/'))
        out.append('/');
    if (!out.startsWith('/'))
        out.prepend('/');
    return out;
}

QByteArray canonicalQuery(Query query)
{
    // Sort by the raw key's bytes, then (for repeated keys) by the raw value's bytes, as the SDK does.
    std::stable_sort(query.begin(), query.end(), [](const auto &a, const auto &b) {
        const QByteArray ka = a.first.toUtf8();
        const QByteArray kb = b.first.toUtf8();
        if (ka != kb)
            return ka < kb;
        return a.second.toUtf8() < b.second.toUtf8();
    });
    return wireQuery(query);
}

QByteArray wireQuery(const Query &query)
{
    return encodeParams(query);
}

QString sdkDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QByteArray hostHeader(const QUrl &endpoint)
{
    QByteArray host = endpoint.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = endpoint.port();
    const bool https = endpoint.scheme() == QLatin1String("https");
    if (port != -1 && !((https && port == 443) || (!https && port == 80)))
        host += ':' + QByteArray::number(port);
    return host;
}

Signature sign(QByteArrayView method, QStringView path, const Query &query, const Headers &headers, QByteArrayView body,
               const QString &sdkDateText, const Credentials &credentials)
{
    // Every header given is signed.
    const CanonicalHeaders canonical = canonicalHeaders(headers);
    Signature s;
    s.signedHeaders = canonical.signedNames;
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    s.canonicalRequest = method.toByteArray() + '\n' + canonicalUri(path) + '\n' + canonicalQuery(query) + '\n' +
                         canonical.block + '\n' + s.signedHeaders + '\n' + bodyHash;
    s.stringToSign = "SDK-HMAC-SHA256\n" + sdkDateText.toLatin1() + '\n' +
                     QCryptographicHash::hash(s.canonicalRequest, QCryptographicHash::Sha256).toHex();
    s.signature =
        QMessageAuthenticationCode::hash(s.stringToSign, credentials.secret.toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    s.authorization = "SDK-HMAC-SHA256 Access=" + credentials.accessKeyId.toUtf8() +
                      ", SignedHeaders=" + s.signedHeaders + ", Signature=" + s.signature;
    return s;
}

HttpRequest signRequest(const RestCall &call, const Credentials &credentials, const QDateTime &now)
{
    const QString date = sdkDate(now);
    Headers headers = call.headers;
    headers.emplace_back("Host", hostHeader(call.endpoint));
    headers.emplace_back("X-Sdk-Date", date.toLatin1());
    if (!credentials.securityToken.isEmpty())
        headers.emplace_back("X-Security-Token", credentials.securityToken.toUtf8());
    const Signature s = sign(call.method, call.path, call.query, headers, call.body, date, credentials);

    HttpRequest req;
    req.method = call.method;
    QUrl url = call.endpoint;
    url.setPath(call.path, QUrl::DecodedMode);
    const QByteArray query = wireQuery(call.query);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    req.url = url;
    req.headers = headers;
    req.headers.emplace_back("Authorization", s.authorization);
    req.headers.emplace_back("Accept", "application/json");
    req.headers.emplace_back("User-Agent", "flowlog-console/" FLOWLOG_VERSION);
    req.body = call.body;
    req.signedWith = credentials.accessKeyId;
    return req;
}

} // namespace flowlog::huawei
