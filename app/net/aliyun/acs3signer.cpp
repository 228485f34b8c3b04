#include "acs3signer.h"

#include "signing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace flowlog::aliyun {

QByteArray acs3ContentHash(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

namespace {

bool isSignedHeader(const QByteArray &lowerName)
{
    return lowerName == "host" || lowerName == "content-type" || lowerName.startsWith("x-acs-");
}

} // namespace

Acs3Signature acs3Sign(QByteArrayView method, QByteArrayView path, const Params &query, const HeaderList &headers,
                       QByteArrayView body, const QString &accessKeyId, const QString &secret)
{
    const CanonicalHeaders canonical = canonicalHeaders(headers, isSignedHeader);
    Acs3Signature out;
    out.signedHeaders = canonical.signedNames;
    out.canonicalRequest = method.toByteArray() + '\n' + (path.isEmpty() ? QByteArray("/") : path.toByteArray()) +
                           '\n' + canonicalQuery(query) + '\n' + canonical.block + '\n' + out.signedHeaders + '\n' +
                           acs3ContentHash(body);
    out.hashedCanonicalRequest = acs3ContentHash(out.canonicalRequest);
    out.stringToSign = "ACS3-HMAC-SHA256\n" + out.hashedCanonicalRequest;
    out.signature =
        QMessageAuthenticationCode::hash(out.stringToSign, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    out.authorization = "ACS3-HMAC-SHA256 Credential=" + accessKeyId.toUtf8() + ",SignedHeaders=" + out.signedHeaders +
                        ",Signature=" + out.signature;
    return out;
}

HeaderList acs3Headers(const QByteArray &host, const QString &action, const QString &version, const QString &timestamp,
                       const QString &nonce, QByteArrayView body, const QString &securityToken)
{
    HeaderList h;
    h.emplace_back("host", host);
    h.emplace_back("x-acs-version", version.toUtf8());
    h.emplace_back("x-acs-action", action.toUtf8());
    h.emplace_back("x-acs-date", timestamp.toUtf8());
    h.emplace_back("x-acs-signature-nonce", nonce.toUtf8());
    h.emplace_back("x-acs-content-sha256", acs3ContentHash(body));
    // The official SDKs name the credential kind and sign it with the rest.
    h.emplace_back("x-acs-credentials-provider", securityToken.isEmpty() ? QByteArray("static_ak") : QByteArray("sts"));
    if (!securityToken.isEmpty())
        h.emplace_back("x-acs-security-token", securityToken.toUtf8());
    return h;
}

} // namespace flowlog::aliyun
