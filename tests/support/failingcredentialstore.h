#pragma once

#include "credentialstore.h"

#include <QTimer>

namespace flowlog::test {

// A credential store whose backend is gone, answering every call the way KeychainCredentialStore does without a
// Secret Service (kind Credentials, code NoBackendAvailable, a hint that says what to do). For the failure paths
// of code above the store; the real keychain's own failures are covered by tst_keychainstore.
class FailingCredentialStore final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;

    static ApiError error()
    {
        ApiError e;
        e.kind = ApiError::Kind::Credentials;
        e.code = QStringLiteral("NoBackendAvailable");
        e.message = QStringLiteral("The system keychain is not reachable.");
        e.hint = QStringLiteral("No Secret Service is running: install and unlock gnome-keyring or KWallet.");
        return e;
    }
    void readSecret(const QString &, QObject *context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(SecretResult{error(), {}, {}}); });
    }
    void writeSecret(const QString &, const QString &, const QString &, QObject *context, WriteDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(error()); });
    }
    void removeSecret(const QString &, QObject *context, WriteDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(error()); });
    }
    [[nodiscard]] QString description() const override { return QStringLiteral("unavailable keychain"); }
};

} // namespace flowlog::test
