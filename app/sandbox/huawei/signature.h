#pragma once

#include "apirequest.h"
#include "form.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QString>

namespace flowlog::sandbox::huawei {

// "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex", parsed; valid = every part present.
struct Authorization
{
    bool valid = false;
    QString access;
    QByteArrayList signedHeaders; // lower-case names as listed
    QByteArray signature;
};

[[nodiscard]] Authorization parseAuthorization(const QByteArray &value);

// "YYYYMMDDThhmmssZ" -> UTC; invalid when malformed.
[[nodiscard]] QDateTime parseSdkDate(const QByteArray &value);

// The gateway's own recomputation from the wire request (written apart from the client's signer, on Qt's
// percent encoder): canonical URI from the raw path (each segment decoded then re-encoded, '/' appended),
// canonical query from the raw query (decoded, sorted by key then value, re-encoded, "k=" when empty), the listed
// headers' trimmed values, hex(sha256(body)).
[[nodiscard]] QByteArray canonicalRequest(const ApiRequest &request, const QByteArrayList &signedHeaders);
[[nodiscard]] QByteArray expectedSignature(const ApiRequest &request, const QByteArrayList &signedHeaders,
                                           const QByteArray &sdkDate, const QString &secret);

} // namespace flowlog::sandbox::huawei
