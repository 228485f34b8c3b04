#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <functional>

class QFileSystemWatcher;
class QSettings;

namespace flowlog {

// An entry of the settings file that cannot be used as a profile (damaged or hand-edited): kept in the file as it
// is, shown with the reason, never swept, and removable.
struct BrokenProfile
{
    QString id;      // as written, may be empty
    QString name;    // as written, may be empty
    QString reason;  // translated, one line
    QVariantMap raw; // the entry's keys and values as read, written back unchanged
    Profile profile; // what could be read of it, for the editor that repairs it (update() with its id)
};

// The list of profiles. Backed by QSettings when given one (never holding a secret), or in memory only
// (the sandbox session, tests). changed() fires after every change, also one another program made to the file.
//
// Every change to a file-backed store takes a lock file beside the settings file, reads the profiles other
// programs (another flowlog-cli, the console) wrote meanwhile, applies the change to them and writes them back,
// then checks that the write reached the disk. So overlapping writers never lose each other's profiles, and a
// failed write says so (lastError()) instead of reporting success. Entries that fail to load (no id, an endpoint
// the network layer would refuse, an unknown provider, ...) are kept as broken entries: a save never erases them.
// The settings file is 0600 in a 0700 directory.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~ProfileStore() override;

    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] const QList<BrokenProfile> &brokenProfiles() const { return m_broken; }
    [[nodiscard]] const Profile *findById(const QString &id) const;
    [[nodiscard]] const Profile *findByName(const QString &name) const;
    [[nodiscard]] const BrokenProfile *findBrokenByName(const QString &name) const;
    [[nodiscard]] bool isPersistent() const { return m_settings != nullptr; }
    // Why the last add/update/remove failed (translated, one line).
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Why a profile cannot be stored as it is (translated, one line), or empty when it can: a name that is
    // empty or taken by another profile, no id, no AccessKey ID, an endpoint override that is neither https nor
    // plain http to loopback.
    [[nodiscard]] QString check(const Profile &profile) const;

    // Return false (and change nothing; lastError() says why) when the name is empty or taken by another profile,
    // the id is empty or taken (add) or unknown (update), the endpoint override is not allowed, or the settings
    // file cannot be locked or written. Callers that take user input run check() first to say why.
    bool add(const Profile &profile);
    bool update(const Profile &profile);
    bool remove(const QString &id);
    // Removes a broken entry (matched by what was read from the file).
    bool removeBroken(const BrokenProfile &entry);
    // Memory stores (sandbox sessions, tests): replaces every profile.
    void replaceAll(const QList<Profile> &profiles);

    // Reads the file again (what other programs wrote); changed() fires when the profiles differ.
    void reload();

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        Profile profile;
        BrokenProfile broken;
        [[nodiscard]] bool isBroken() const { return !broken.reason.isEmpty(); }
    };
    using Change = std::function<QString(QList<Entry> &entries)>; // returns why it does not apply, or ""

    bool apply(const Change &change);
    [[nodiscard]] static QList<Entry> readEntries(QSettings &settings);
    static void writeEntries(QSettings &settings, const QList<Entry> &entries);
    void adopt(const QList<Entry> &entries);
    [[nodiscard]] QString lockPath() const;
    void watch();

    QSettings *m_settings = nullptr;
    QList<Profile> m_profiles;
    QList<BrokenProfile> m_broken;
    QString m_lastError;
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace flowlog
