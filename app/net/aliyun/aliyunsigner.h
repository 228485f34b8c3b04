#pragma once

#include "credentials.h"
#include "httptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace flowlog::aliyun {

using Params = flowlog::Params;

// RFC 3986 encoding of UTF-8: only A-Z a-z 0-9 - _ . ~ stay literal; hex is upper case.
[[nodiscard]] QByteArray percentEncode(QStringView text);

// Sorted (by the raw key's bytes, so Tag.10 < Tag.2) and encoded "k=v&k=v".
[[nodiscard]] QByteArray canonicalQuery(Params params);

// RPC signature v1.0 (HMAC-SHA1).
[[nodiscard]] QByteArray rpcStringToSign(QByteArrayView method, QByteArrayView canonicalQuery);
[[nodiscard]] QByteArray rpcSignature(QByteArrayView stringToSign, const QString &secret); // base64

// Adds Format, Version, AccessKeyId, SignatureMethod/Version/Nonce, Timestamp, SecurityToken (STS), Action.
[[nodiscard]] Params rpcSignedParams(const Params &actionParams, const QString &action, const QString &version,
                                     const Credentials &credentials, const QString &timestamp, const QString &nonce,
                                     const QString &format = QStringLiteral("JSON"));

// The full encoded query or form body: canonical query + "&Signature=...".
[[nodiscard]] QByteArray signRpc(QByteArrayView method, const Params &signedParams, const QString &secret);

// "YYYY-MM-DDThh:mm:ssZ" in UTC, no milliseconds.
[[nodiscard]] QString timestamp(const QDateTime &when);
[[nodiscard]] QString newNonce();

} // namespace flowlog::aliyun
