#pragma once

#include "credentialstore.h"

namespace flowlog {

// Secrets in the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain. No plaintext fallback: when no keychain is reachable, operations fail with what to do.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString serviceName = QStringLiteral("flowlog-console"), QObject *parent = nullptr);

    void readSecret(const QString &profileId, QObject *context, ReadDone done) override;
    void writeSecret(const QString &profileId, const QString &secret, const QString &securityToken, QObject *context,
                     WriteDone done) override;
    void removeSecret(const QString &profileId, QObject *context, WriteDone done) override;
    [[nodiscard]] QString description() const override;

    // The keychain key of a profile's secret: "flowlog-console:<profile id>:secret".
    [[nodiscard]] QString keyFor(const QString &profileId) const;

private:
    QString m_service;
};

} // namespace flowlog
