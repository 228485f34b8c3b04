#pragma once

#include "credentials.h"
#include "httptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace flowlog::huawei {

using Query = flowlog::Params;
using Headers = flowlog::HeaderPairs;

// One Huawei Cloud REST call before signing. Pure data; signRequest() turns it into the wire request.
struct RestCall
{
    QUrl endpoint; // scheme://host[:port]
    QByteArray method = "GET";
    QString path;    // decoded, e.g. "/v3/{project}/enterprise-router/{er}/flow-logs"
    Query query;     // wire order; repeated keys allowed
    Headers headers; // Content-Type, X-Project-Id, X-Client-Token ... (signed as sent)
    QByteArray body;
};

// The intermediate figures of one signature, exposed so tests can compare each step with the SDK vectors.
struct Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "content-type;host;x-sdk-date"
    QByteArray signature;     // lower-case hex
    QByteArray authorization; // "SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=..."
};

// RFC 3986 encoding of UTF-8 (only A-Z a-z 0-9 - _ . ~ literal, upper-case hex), as the SDK encodes.
[[nodiscard]] QByteArray percentEncode(QStringView text);

// Each segment of a decoded path encoded, always ending in '/' (the wire path keeps its own form).
[[nodiscard]] QByteArray canonicalUri(QStringView path);

// Keys sorted; a repeated key's values sorted; "k=" for an empty value.
[[nodiscard]] QByteArray canonicalQuery(Query query);

// The query as sent on the wire: wire order, the same encoding, so '+' and '&' never change meaning.
[[nodiscard]] QByteArray wireQuery(const Query &query);

// "YYYYMMDDThhmmssZ" in UTC.
[[nodiscard]] QString sdkDate(const QDateTime &when);

// The Host header value: host, plus ":port" when the port is not the scheme's default.
[[nodiscard]] QByteArray hostHeader(const QUrl &endpoint);

// Signs a request whose headers already hold every header to sign (host and X-Sdk-Date included).
// Every header given is signed, lower-cased and sorted by name.
[[nodiscard]] Signature sign(QByteArrayView method, QStringView path, const Query &query, const Headers &headers,
                             QByteArrayView body, const QString &sdkDateText, const Credentials &credentials);

// The product path: adds Host, X-Sdk-Date and, for an STS credential, X-Security-Token; signs them with the
// call's own headers; returns the request to send.
[[nodiscard]] HttpRequest signRequest(const RestCall &call, const Credentials &credentials, const QDateTime &now);

} // namespace flowlog::huawei
