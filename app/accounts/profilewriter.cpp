#include "profilewriter.h"

#include <QTimer>

namespace flowlog {

ProfileWriter::ProfileWriter(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
{}

ApiError ProfileWriter::settingsError() const
{
    ApiError e;
    e.kind = ApiError::Kind::Configuration;
    e.message = m_profiles ? m_profiles->lastError() : tr("The profile store went away.");
    return e;
}

CredentialStore::WriteDone ProfileWriter::thenSave(std::function<bool()> save, const QString &profileId,
                                                   bool hadPrevious, const SecretResult &previous, Done done)
{
    return [this, save = std::move(save), profileId, hadPrevious, previous, done](const ApiError &error) {
        if (error.isError()) {
            done(error); // the keychain refused: nothing changed
            return;
        }
        if (m_profiles && save()) {
            done({});
            return;
        }
        undo(profileId, hadPrevious, previous, done);
    };
}

void ProfileWriter::add(const Profile &profile, const QString &secret, const QString &securityToken, Done done)
{
    m_credentials->writeSecret(
        profile.id, secret, securityToken, this,
        thenSave([this, profile] { return m_profiles->add(profile); }, profile.id, false, {}, std::move(done)));
}

void ProfileWriter::update(const Profile &profile, const QString &secret, const QString &securityToken, Done done)
{
    if (secret.isEmpty() && securityToken.isEmpty()) {
        // Settings only: the secret stays under the same id.
        const bool ok = m_profiles && m_profiles->update(profile);
        const ApiError error = ok ? ApiError{} : settingsError();
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    readPrevious(
        profile.id,
        [this, profile, secret, securityToken, done](bool found, const SecretResult &previous) {
            if (secret.isEmpty() && !found) {
                ApiError e = previous.error;
                e.kind = ApiError::Kind::Credentials;
                e.message =
                    tr("No secret is stored for %1, so a new STS token alone cannot be saved.").arg(profile.name);
                e.hint = tr("Enter the AccessKey secret too.");
                done(e);
                return;
            }
            // A new STS token alone is stored with the secret the keychain holds.
            m_credentials->writeSecret(
                profile.id, secret.isEmpty() ? previous.secret : secret, securityToken, this,
                thenSave([this, profile] { return m_profiles->update(profile); }, profile.id, found, previous, done));
        },
        done);
}

void ProfileWriter::remove(const QString &profileId, Done done)
{
    readPrevious(
        profileId,
        [this, profileId, done](bool found, const SecretResult &previous) {
            // A keychain that refuses leaves the profile, so the user can retry: no orphaned secret.
            m_credentials->removeSecret(profileId, this,
                                        thenSave([this, profileId] { return m_profiles->remove(profileId); }, profileId,
                                                 found, previous, done));
        },
        done);
}

void ProfileWriter::readPrevious(const QString &profileId, std::function<void(bool, const SecretResult &)> next,
                                 const Done &done)
{
    m_credentials->readSecret(profileId, this, [next = std::move(next), done](const SecretResult &r) {
        if (!r.error.isError()) {
            next(true, r);
            return;
        }
        if (r.error.code == QLatin1String("EntryNotFound")) {
            next(false, r);
            return;
        }
        done(r.error); // the keychain is unreachable: change nothing
    });
}

void ProfileWriter::undo(const QString &profileId, bool hadPrevious, const SecretResult &previous, const Done &done)
{
    const ApiError failure = settingsError();
    const auto report = [failure, done](const ApiError &undoError) {
        ApiError e = failure;
        if (undoError.isError())
            e.hint = tr("The keychain could not be put back either: %1").arg(undoError.toDisplayString());
        done(e);
    };
    if (hadPrevious)
        m_credentials->writeSecret(profileId, previous.secret, previous.securityToken, this, report);
    else
        m_credentials->removeSecret(profileId, this, report);
}

} // namespace flowlog
