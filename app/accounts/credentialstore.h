#pragma once

#include "apierror.h"
#include "credentials.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace flowlog {

struct SecretResult
{
    ApiError error; // kind None on success; Credentials kind with a hint when the store is unavailable
    QString secret;
    QString securityToken;
};

// Where secrets live. Every operation is asynchronous and calls `done` exactly once, later (never inside the
// call), on the context's thread, and not at all if the context was destroyed. Keys are scoped by app and
// profile id, so a rename keeps the secret.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    using ReadDone = std::function<void(const SecretResult &)>;
    using WriteDone = std::function<void(const ApiError &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    virtual void readSecret(const QString &profileId, QObject *context, ReadDone done) = 0;
    virtual void writeSecret(const QString &profileId, const QString &secret, const QString &securityToken,
                             QObject *context, WriteDone done) = 0;
    virtual void removeSecret(const QString &profileId, QObject *context, WriteDone done) = 0;

    // A short description for the UI ("system keychain", "memory (sandbox)").
    [[nodiscard]] virtual QString description() const = 0;
};

} // namespace flowlog
