#include "memorycredentialstore.h"

#include <QTimer>

namespace flowlog {

void MemoryCredentialStore::readSecret(const QString &profileId, QObject *context, ReadDone done)
{
    SecretResult result;
    const auto it = m_secrets.constFind(profileId);
    if (it == m_secrets.cend()) {
        result.error.kind = ApiError::Kind::Credentials;
        result.error.code = QStringLiteral("EntryNotFound"); // as the keychain store says it
        result.error.message = tr("No secret is stored for this profile.");
        result.error.hint = tr("Edit the profile and enter its secret.");
    } else {
        result.secret = it->first;
        result.securityToken = it->second;
    }
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void MemoryCredentialStore::writeSecret(const QString &profileId, const QString &secret, const QString &securityToken,
                                        QObject *context, WriteDone done)
{
    m_secrets.insert(profileId, {secret, securityToken});
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

void MemoryCredentialStore::removeSecret(const QString &profileId, QObject *context, WriteDone done)
{
    m_secrets.remove(profileId);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
}

QString MemoryCredentialStore::description() const
{
    return tr("memory (this session only)");
}

} // namespace flowlog
