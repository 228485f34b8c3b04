#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

namespace flowlog {

namespace {

// Debug only (off unless QT_LOGGING_RULES enables it): operation, key and outcome; never a secret.
Q_LOGGING_CATEGORY(lcKeychain, "flowlog.accounts.keychain", QtWarningMsg)

void logOutcome(const char *operation, const QString &key, const QKeychain::Job *job)
{
    qCDebug(lcKeychain) << operation << key << "->" << job->error() << job->errorString();
}

// QtKeychain's libsecret backend (what Debian builds) reports a missing session bus or a missing Secret Service
// as OtherError with GLib's message, not as NoBackendAvailable; recognise those so the user learns what to do.
bool looksLikeNoSecretService(const QString &detail)
{
    static const QLatin1String markers[] = {QLatin1String("org.freedesktop.secrets"),
                                            QLatin1String("D-Bus"),
                                            QLatin1String("dbus"),
                                            QLatin1String("Could not connect"),
                                            QLatin1String("autolaunch"),
                                            QLatin1String("No such file or directory"),
                                            QLatin1String("Connection refused"),
                                            QLatin1String("not provided by any .service files"),
                                            QLatin1String("No keychain service available")};
    for (const QLatin1String &m : markers) {
        if (detail.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ApiError keychainError(QKeychain::Error code, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Credentials;
    e.message = detail;
    if (code == QKeychain::OtherError && looksLikeNoSecretService(detail))
        code = QKeychain::NoBackendAvailable;
    switch (code) {
    case QKeychain::EntryNotFound:
        e.code = QStringLiteral("EntryNotFound");
        e.message = KeychainCredentialStore::tr("No secret is stored in the keychain for this profile.");
        e.hint = KeychainCredentialStore::tr("Edit the profile and enter its secret again.");
        break;
    case QKeychain::NoBackendAvailable:
        e.code = QStringLiteral("NoBackendAvailable");
        e.message = KeychainCredentialStore::tr("The system keychain is not reachable (%1).").arg(detail);
        e.hint = KeychainCredentialStore::tr("No Secret Service is running: install and unlock gnome-keyring or "
                                             "KWallet, then try again. Secrets are never stored in plain files.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e.code = QStringLiteral("AccessDenied");
        e.message = KeychainCredentialStore::tr("The system keychain refused access (%1).").arg(detail);
        e.hint = KeychainCredentialStore::tr("Unlock the keychain and allow flowlog-console to use it.");
        break;
    default:
        e.code = QStringLiteral("KeychainError");
        e.message = KeychainCredentialStore::tr("The system keychain failed (%1).").arg(detail);
        e.hint = KeychainCredentialStore::tr("Check that the system keychain (gnome-keyring or KWallet) is "
                                             "installed, running and unlocked.");
        break;
    }
    return e;
}

// A job on one keychain entry, owned by owner: deleted once done, never the insecure plain-file fallback, its
// outcome logged as operation.
template<typename Job> Job *newJob(const QString &service, const QString &key, const char *operation, QObject *owner)
{
    auto *job = new Job(service, owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [operation](QKeychain::Job *j) { logOutcome(operation, j->key(), j); });
    return job;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString serviceName, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(serviceName))
{}

QString KeychainCredentialStore::keyFor(const QString &profileId) const
{
    return m_service + QLatin1Char(':') + profileId + QStringLiteral(":secret");
}

QString KeychainCredentialStore::description() const
{
    return tr("system keychain");
}

void KeychainCredentialStore::readSecret(const QString &profileId, QObject *context, ReadDone done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, keyFor(profileId), "read", this);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [guard, done = std::move(done)](QKeychain::Job *j) {
        if (!guard)
            return;
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        SecretResult result;
        if (read->error() != QKeychain::NoError) {
            result.error = keychainError(read->error(), read->errorString());
        } else {
            const QJsonObject o = QJsonDocument::fromJson(read->textData().toUtf8()).object();
            result.secret = o.value(QLatin1String("secret")).toString();
            result.securityToken = o.value(QLatin1String("securityToken")).toString();
            if (result.secret.isEmpty()) {
                result.error.kind = ApiError::Kind::Credentials;
                result.error.message = tr("The keychain entry of this profile is empty or unreadable.");
                result.error.hint = tr("Edit the profile and enter its secret again.");
            }
        }
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString &profileId, const QString &secret, const QString &securityToken,
                                          QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, keyFor(profileId), "write", this);
    QJsonObject o{{QStringLiteral("secret"), secret}};
    if (!securityToken.isEmpty())
        o.insert(QStringLiteral("securityToken"), securityToken);
    job->setTextData(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? ApiError{} : keychainError(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::removeSecret(const QString &profileId, QObject *context, WriteDone done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, keyFor(profileId), "remove", this);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        // Removing what is not there is success: the goal state holds.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? ApiError{} : keychainError(j->error(), j->errorString()));
    });
    job->start();
}

} // namespace flowlog
