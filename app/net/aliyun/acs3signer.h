#pragma once

#include "aliyunsigner.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace flowlog::aliyun {

// Everything ACS3-HMAC-SHA256 (signature v3) derives, kept apart so tests compare each step with the SDK vectors.
struct Acs3Signature
{
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; // hex
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-acs-action;..."
    QByteArray signature;     // hex
    QByteArray authorization; // the Authorization header value
};

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// hex(sha256(data)): the x-acs-content-sha256 header and the hashed canonical request.
[[nodiscard]] QByteArray acs3ContentHash(QByteArrayView data);

// Signs method + path + query + headers + body. Headers are signed when they are host, content-type or x-acs-*
// (names lower-cased, values trimmed, sorted by name); the query is encoded and sorted like RPC v1.
[[nodiscard]] Acs3Signature acs3Sign(QByteArrayView method, QByteArrayView path, const Params &query,
                                     const HeaderList &headers, QByteArrayView body, const QString &accessKeyId,
                                     const QString &secret);

// The x-acs-* headers the SDKs send for an RPC action (date in UTC without millis, nonce, content hash, and
// x-acs-security-token for STS credentials), in the SDK's order. host is "name[:port]".
[[nodiscard]] HeaderList acs3Headers(const QByteArray &host, const QString &action, const QString &version,
                                     const QString &timestamp, const QString &nonce, QByteArrayView body,
                                     const QString &securityToken);

} // namespace flowlog::aliyun
