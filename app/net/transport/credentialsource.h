#pragma once

#include "credentials.h"
#include "httptypes.h"

#include <QObject>

#include <functional>
#include <memory>

namespace flowlog {

// Where a request's credentials come from, read afresh for every attempt: a fixed AccessKey, or temporary
// credentials that a CredentialBroker (identity/credentialbroker.h) replaces before they expire. current() is
// called on the hot path (every attempt of every page): an implementation keeps it to a lock and a copy.
class CredentialSource
{
    Q_DISABLE_COPY_MOVE(CredentialSource)

public:
    using RenewDone = std::function<void(const ApiError &error)>; // kind None: renewed

    CredentialSource() = default;
    virtual ~CredentialSource();

    [[nodiscard]] virtual Credentials current() const = 0;
    // Whether renew() can ever give other credentials (temporary ones can; a fixed key cannot).
    [[nodiscard]] virtual bool isRenewable() const { return false; }
    // The provider refused the credentials of AccessKey ID `refusedKeyId` as expired: get fresh ones (one request
    // however many callers ask at once; none when newer ones exist already). done(error) once, later, on
    // context's thread (kind None: renewed), and not at all when context is gone.
    virtual void renew(const QString &refusedKeyId, QObject *context, RenewDone done);
};

// A shared handle on a credential source, cheap to copy into a request plan. Built implicitly from a fixed
// Credentials value, so callers with a plain AccessKey pass it as before.
class CredentialRef
{
public:
    CredentialRef();                         // empty fixed credentials
    CredentialRef(const Credentials &fixed); // NOLINT(google-explicit-constructor): a key is a fixed source
    explicit CredentialRef(std::shared_ptr<CredentialSource> source);

    [[nodiscard]] Credentials current() const { return m_source->current(); }
    [[nodiscard]] bool isRenewable() const { return m_source->isRenewable(); }
    void renew(const QString &refusedKeyId, QObject *context, CredentialSource::RenewDone done) const
    {
        m_source->renew(refusedKeyId, context, std::move(done));
    }

private:
    std::shared_ptr<CredentialSource> m_source;
};

// What a request plan calls when the provider refused the credentials as expired; empty when they cannot be
// renewed (a fixed key), so the refusal is reported at once.
[[nodiscard]] CredentialRenewer renewerOf(const CredentialRef &credentials);

} // namespace flowlog
