#pragma once

#include "credentialstore.h"
#include "profilestore.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace flowlog {

// Changes a profile and its secret together, so neither is left behind without the other: the keychain is
// written first and undone when the settings write fails (a removed secret is written back, a replaced one
// restored, a new one removed). The CLI, the accounts dialog and the aliyun import all go through it.
// Every call reports through done exactly once, later (never inside the call), unless the writer is destroyed.
class ProfileWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileWriter)

public:
    using Done = std::function<void(const ApiError &error)>; // kind None on success

    ProfileWriter(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);

    // Stores the secret, then adds the profile.
    void add(const Profile &profile, const QString &secret, const QString &securityToken, Done done);
    // Saves the profile. With a secret, stores it (and the token) first. With only a token (an STS profile
    // whose secret was left as it is), the stored secret is kept and the new token stored with it. With
    // neither, the keychain is not touched.
    void update(const Profile &profile, const QString &secret, const QString &securityToken, Done done);
    // Removes the secret, then the profile (or the broken entry with this id).
    void remove(const QString &profileId, Done done);

private:
    // Reads what the keychain holds for a profile now, so it can be put back. A missing entry is no error.
    void readPrevious(const QString &profileId, std::function<void(bool found, const SecretResult &)> next,
                      const Done &done);
    // The answer to a keychain write: on success the settings write `save`, and when that fails the keychain put
    // back as it was (previous entry, or none).
    [[nodiscard]] CredentialStore::WriteDone thenSave(std::function<bool()> save, const QString &profileId,
                                                      bool hadPrevious, const SecretResult &previous, Done done);
    // The profile store's failure as an error, after putting the keychain back as it was.
    void undo(const QString &profileId, bool hadPrevious, const SecretResult &previous, const Done &done);
    [[nodiscard]] ApiError settingsError() const;

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
};

} // namespace flowlog
