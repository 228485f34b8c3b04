#pragma once

#include "apirequest.h"
#include "dataset.h"
#include "form.h"

#include <QHash>

#include <functional>
#include <optional>

namespace flowlog::sandbox::aliyun {

// Who sent an RPC request, and what it asks.
struct Caller
{
    const Account *account = nullptr;               // whose permissions the request carries
    const TemporaryCredential *temporary = nullptr; // set when signed with credentials AssumeRole issued
    QString action;
    QString version;
    Pairs params; // query and form body, as sent
};

// Authenticates RPC requests like the gateway: signature v1 (signed parameters) or ACS3-HMAC-SHA256 (an
// Authorization header), a known Alibaba access key (or an STS one with its security token, until it expires), the
// signature recomputed here, a timestamp within 15 minutes and a nonce never seen before.
class Authenticator
{
public:
    explicit Authenticator(const Dataset &dataset)
        : m_dataset(dataset)
    {}

    // The rejection, or nothing with caller filled in (caller.action/version are set either way).
    [[nodiscard]] std::optional<Reply> authenticate(const ApiRequest &request, Caller &caller);

private:
    [[nodiscard]] std::optional<Reply> v1(const ApiRequest &request, Caller &caller);
    [[nodiscard]] std::optional<Reply> acs3(const ApiRequest &request, Caller &caller);
    [[nodiscard]] std::optional<Reply> lookUp(const QString &accessKeyId, Caller &caller) const;
    // Temporary credentials need their own token (SecurityToken, or x-acs-security-token for ACS3), unexpired.
    [[nodiscard]] static std::optional<Reply> checkToken(const Caller &caller, const QString &token);
    [[nodiscard]] static const QString &secretOf(const Caller &caller);
    // After the signature check: a stale request is reported as stale even when its signature is also off;
    // otherwise a mismatch is answered with mismatch(), and a fresh, matching request's nonce is remembered.
    [[nodiscard]] std::optional<Reply> conclude(bool signatureMatches, const QString &timestampText,
                                                const QString &nonce, const std::function<Reply()> &mismatch);
    [[nodiscard]] std::optional<Reply> checkFreshness(const QString &timestampText, const QString &nonce) const;
    void rememberNonce(const QString &nonce);

    const Dataset &m_dataset;
    QHash<QString, qint64> m_nonces; // nonce -> when it was used (ms); pruned once outside the 15-minute window
};

} // namespace flowlog::sandbox::aliyun
