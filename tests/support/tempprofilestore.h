#pragma once

#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace flowlog::test {

// A settings file of the test's own (flowlog/profiles.conf in a temporary directory) with a ProfileStore on it.
// block() makes every later settings write fail whoever runs the test (root too): the settings directory becomes
// a plain file; unblock() puts it back and reads the settings again.
class TempProfileStore
{
public:
    TempProfileStore()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("flowlog")));
        m_settings = std::make_unique<QSettings>(path(), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    }

    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("flowlog/profiles.conf")); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QSettings &settings() { return *m_settings; }
    [[nodiscard]] ProfileStore *profiles() { return m_profiles.get(); }

    bool block()
    {
        if (!QDir(m_dir.path()).rename(QStringLiteral("flowlog"), QStringLiteral("flowlog-away")))
            return false;
        QFile blocker(m_dir.filePath(QStringLiteral("flowlog")));
        return blocker.open(QIODevice::WriteOnly);
    }

    bool unblock()
    {
        const bool ok = QFile::remove(m_dir.filePath(QStringLiteral("flowlog"))) &&
                        QDir(m_dir.path()).rename(QStringLiteral("flowlog-away"), QStringLiteral("flowlog"));
        m_profiles->reload();
        return ok;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace flowlog::test
