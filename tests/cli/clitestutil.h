#pragma once

// Helpers shared by the flowlog-cli profile tests: run the real binary, read what it saved, search files.
#include "clirun.h"
#include "keychaincredentialstore.h"
#include "profilestore.h"
#include "testdata.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace flowlog::test {

// The CLI's own settings (XDG_CONFIG_HOME/flowlog/flowlog-console.conf), read fresh.
inline QList<Profile> savedProfiles()
{
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
                       QStringLiteral("flowlog-console"));
    ProfileStore store(&settings);
    return store.profiles();
}

inline const Profile *findSaved(const QList<Profile> &profiles, const QString &name)
{
    for (const Profile &p : profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

// Every file under the test's home, config, data and cache dirs that contains needle.
inline QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    QStringList roots;
    for (const auto location :
         {QStandardPaths::HomeLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation, QStandardPaths::TempLocation})
        roots << QStandardPaths::writableLocation(location);
    roots.removeDuplicates();
    for (const QString &root : std::as_const(roots)) {
        // /tmp is shared with other processes; only our own test home is searched completely.
        if (root == QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
    }
    return hits;
}

// The keychain store the CLI uses (main.cpp: service "flowlog-console"), read from this process.
inline SecretResult readKeychain(const QString &profileId, QObject *context)
{
    KeychainCredentialStore store;
    SecretResult result;
    bool done = false;
    store.readSecret(profileId, context, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error.kind = ApiError::Kind::Timeout;
    return result;
}

inline void removeFromKeychain(const QString &profileId, QObject *context)
{
    KeychainCredentialStore store;
    bool done = false;
    store.removeSecret(profileId, context, [&](const ApiError &) { done = true; });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
}

// Removes every profile the CLI saved, and its secret: keychain tests leave nothing behind.
inline void cleanUpSavedProfiles(QObject *context)
{
    for (const Profile &p : savedProfiles())
        removeFromKeychain(p.id, context);
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
                       QStringLiteral("flowlog-console"));
    settings.clear();
}

inline QProcessEnvironment envWithoutKeychain()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/flowlog-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

} // namespace flowlog::test
