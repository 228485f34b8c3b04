#pragma once

// Alibaba Cloud request signatures as the service checks them: RPC v1 (HMAC-SHA1 over the parameters) and
// ACS3-HMAC-SHA256 (a canonical request), written apart from the client's signers on Qt's RFC 3986 encoder.

#include "form.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace flowlog::sandbox::aliyun {

// The service's own RPC v1 check, written independently of the client's signer (Qt's RFC 3986 encoder):
// "METHOD&%2F&" + the encoded canonical query of every parameter but Signature, and its HMAC-SHA1 (base64).
[[nodiscard]] QByteArray rpcStringToSign(const QByteArray &method, const Pairs &params);
[[nodiscard]] QByteArray rpcSignature(const QByteArray &stringToSign, const QString &secret);

// The parts of "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex"; empty when malformed.
struct Acs3Authorization
{
    QString accessKeyId;
    QByteArray signedHeaders;
    QByteArray signature;
    [[nodiscard]] bool isValid() const
    {
        return !accessKeyId.isEmpty() && !signedHeaders.isEmpty() && !signature.isEmpty();
    }
};
[[nodiscard]] Acs3Authorization parseAcs3Authorization(const QByteArray &header);

// The service's own ACS3-HMAC-SHA256 check: the query is decoded from the wire and re-encoded with Qt's RFC 3986
// encoder (so a '*' left literal on the wire is still signed as %2A), the signed headers are read back from the
// request by the names the client listed, and the body is hashed here, not trusted from x-acs-content-sha256.
[[nodiscard]] QByteArray acs3CanonicalRequest(const QByteArray &method, const QByteArray &rawPath,
                                              const QByteArray &rawQuery,
                                              const QList<std::pair<QByteArray, QByteArray>> &headers,
                                              const QByteArray &signedHeaders, const QByteArray &body);
// "ACS3-HMAC-SHA256\n" + hex(sha256(canonical request)), and its HMAC-SHA256 (hex).
[[nodiscard]] QByteArray acs3StringToSign(const QByteArray &canonicalRequest);
[[nodiscard]] QByteArray acs3Signature(const QByteArray &stringToSign, const QString &secret);

// "YYYY-MM-DDThh:mm:ssZ" -> UTC; invalid when malformed.
[[nodiscard]] QDateTime parseUtc(const QString &text);

} // namespace flowlog::sandbox::aliyun
