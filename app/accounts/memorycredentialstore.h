#pragma once

#include "credentialstore.h"

#include <QHash>

namespace flowlog {

// Secrets held in memory for the life of the process: the sandbox's sample accounts (not real secrets) and
// tests of code above the store. Never written anywhere.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString &profileId, QObject *context, ReadDone done) override;
    void writeSecret(const QString &profileId, const QString &secret, const QString &securityToken, QObject *context,
                     WriteDone done) override;
    void removeSecret(const QString &profileId, QObject *context, WriteDone done) override;
    [[nodiscard]] QString description() const override;

    [[nodiscard]] bool contains(const QString &profileId) const { return m_secrets.contains(profileId); }

private:
    QHash<QString, std::pair<QString, QString>> m_secrets;
};

} // namespace flowlog
