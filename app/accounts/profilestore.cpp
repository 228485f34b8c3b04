#include "profilestore.h"

#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QSettings>

#include <algorithm>

namespace flowlog {

namespace {

const QString arrayKey = QStringLiteral("profiles");

// A lock of our own beside the settings file: QSettings locks "<file>.lock" itself while it syncs, and a
// QLockFile is not recursive, so holding that one across a sync would deadlock.
constexpr int lockWaitMs = 10000;
constexpr int staleLockMs = 30000; // a writer holds it for milliseconds; older means its process died

using namespace Qt::StringLiterals;

// A profile member stored as it is under its key: readEntries and writeEntries go through the same lists, so a key
// is spelled once. The members that need more (provider, kind, endpoint, duration, the maps) are done by hand.
template<typename T> struct StoredMember
{
    QLatin1StringView key;
    T Profile::*member;
};
const StoredMember<QString> textMembers[] = {
    {"id"_L1, &Profile::id},
    {"name"_L1, &Profile::name},
    {"accessKeyId"_L1, &Profile::accessKeyId},
    // How the account is reached: names and ids only, never a credential.
    {"roleArn"_L1, &Profile::roleArn},
    {"roleSessionName"_L1, &Profile::roleSessionName},
    {"externalId"_L1, &Profile::externalId},
    {"agencyName"_L1, &Profile::agencyName},
    {"agencyDomainId"_L1, &Profile::agencyDomainId},
    {"memberRole"_L1, &Profile::memberRole},
    {"memberAgency"_L1, &Profile::memberAgency},
    {"color"_L1, &Profile::color},
    {"label"_L1, &Profile::label},
};
const StoredMember<QStringList> listMembers[] = {{"regions"_L1, &Profile::regions}, {"ecrIds"_L1, &Profile::ecrIds}};
// A missing flag keeps the default of a new Profile (organization off, enabled on).
const StoredMember<bool> flagMembers[] = {{"organization"_L1, &Profile::organization},
                                          {"enabled"_L1, &Profile::enabled}};

template<typename T> QVariantMap toVariantMap(const QMap<QString, T> &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), QVariant::fromValue(it.value()));
    return out;
}

template<typename T> QMap<QString, T> fromVariantMap(const QVariant &stored)
{
    const QVariantMap map = stored.toMap();
    QMap<QString, T> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), it.value().value<T>());
    return out;
}

// The rules every stored profile keeps, whoever wrote it (translated, one line; empty when it holds).
QString problemOf(const Profile &profile)
{
    if (profile.id.isEmpty())
        return ProfileStore::tr("The profile has no id.");
    if (profile.name.trimmed().isEmpty())
        return ProfileStore::tr("The profile needs a name.");
    if (profile.name != profile.name.trimmed())
        return ProfileStore::tr("The profile name must not start or end with spaces.");
    if (profile.accessKeyId.trimmed().isEmpty())
        return ProfileStore::tr("The profile needs an AccessKey ID.");
    // No override, or one the network layer may use: https anywhere, plain http only to loopback.
    if (!profile.endpoint.isEmpty() && (!profile.endpoint.isValid() || !isAllowedEndpoint(profile.endpoint)))
        return ProfileStore::tr("The endpoint override must be an https URL, or plain http to this computer only "
                                "(127.0.0.1 or ::1).");
    for (const QString &region : profile.regions) {
        if (region.trimmed().isEmpty() || region.contains(QLatin1Char(' ')))
            return ProfileStore::tr("\"%1\" is not a region id.").arg(region);
    }
    return profile.accessProblem();
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings)
        return;
    // Private from the first byte: QSettings creates a missing file with the umask's permissions and later keeps
    // the permissions of the file it replaces, so the file is made 0600 before anything writes it.
    const QString file = m_settings->fileName();
    if (privatefiles::ensurePrivateDir(QFileInfo(file).absolutePath())) {
        if (!QFileInfo::exists(file)) {
            QFile create(file);
            if (create.open(QIODevice::WriteOnly))
                create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        privatefiles::makePrivate(file);
    }
    reload();
    watch();
}

ProfileStore::~ProfileStore() = default;

const Profile *ProfileStore::findById(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Profile *ProfileStore::findByName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const BrokenProfile *ProfileStore::findBrokenByName(const QString &name) const
{
    for (const BrokenProfile &b : m_broken) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

QString ProfileStore::check(const Profile &profile) const
{
    if (const QString problem = problemOf(profile); !problem.isEmpty())
        return problem;
    const Profile *other = findByName(profile.name);
    if (other && other->id != profile.id)
        return tr("A profile named \"%1\" exists already.").arg(profile.name);
    return {};
}

bool ProfileStore::add(const Profile &profile)
{
    return apply([&profile](QList<Entry> &entries) -> QString {
        if (const QString problem = problemOf(profile); !problem.isEmpty())
            return problem;
        for (const Entry &e : std::as_const(entries)) {
            if (!e.isBroken() && e.profile.name == profile.name)
                return tr("A profile named \"%1\" exists already.").arg(profile.name);
            if (e.profile.id == profile.id || (e.isBroken() && e.broken.id == profile.id))
                return tr("A profile with the id %1 exists already.").arg(profile.id);
        }
        entries.append({profile, {}});
        return {};
    });
}

bool ProfileStore::update(const Profile &profile)
{
    return apply([&profile](QList<Entry> &entries) -> QString {
        if (const QString problem = problemOf(profile); !problem.isEmpty())
            return problem;
        Entry *target = nullptr;
        for (Entry &e : entries) {
            if (!e.isBroken() && e.profile.name == profile.name && e.profile.id != profile.id)
                return tr("A profile named \"%1\" exists already.").arg(profile.name);
            // A broken entry with this id is repaired by the update.
            if (!target && (e.isBroken() ? e.broken.id == profile.id : e.profile.id == profile.id))
                target = &e;
        }
        if (!target)
            return tr("The profile %1 no longer exists (another program removed it).").arg(profile.name);
        *target = {profile, {}};
        return {};
    });
}

bool ProfileStore::remove(const QString &id)
{
    return apply([&id](QList<Entry> &entries) -> QString {
        const auto removed = entries.removeIf(
            [&id](const Entry &e) { return e.isBroken() ? (!id.isEmpty() && e.broken.id == id) : e.profile.id == id; });
        return removed > 0 ? QString() : tr("The profile no longer exists (another program removed it).");
    });
}

bool ProfileStore::removeBroken(const BrokenProfile &entry)
{
    return apply([&entry](QList<Entry> &entries) -> QString {
        const auto removed =
            entries.removeIf([&entry](const Entry &e) { return e.isBroken() && e.broken.raw == entry.raw; });
        return removed > 0 ? QString() : tr("The entry no longer exists (another program removed it).");
    });
}

void ProfileStore::replaceAll(const QList<Profile> &profiles)
{
    apply([&profiles](QList<Entry> &entries) -> QString {
        entries.removeIf([](const Entry &e) { return !e.isBroken(); });
        for (const Profile &p : profiles)
            entries.append({p, {}});
        return {};
    });
}

bool ProfileStore::apply(const Change &change)
{
    m_lastError.clear();
    if (!m_settings) {
        QList<Entry> entries;
        for (const Profile &p : std::as_const(m_profiles))
            entries.append({p, {}});
        if (const QString problem = change(entries); !problem.isEmpty()) {
            m_lastError = problem;
            return false;
        }
        adopt(entries);
        Q_EMIT changed();
        return true;
    }

    const QString fileName = m_settings->fileName();
    QString error;
    if (!privatefiles::ensurePrivateDir(QFileInfo(fileName).absolutePath(), &error)) {
        m_lastError = tr("Cannot write the settings: %1.").arg(error);
        return false;
    }
    QLockFile lock(lockPath());
    lock.setStaleLockTime(staleLockMs);
    if (!lock.tryLock(lockWaitMs)) {
        m_lastError =
            lock.error() == QLockFile::LockFailedError
                ? tr("Another flowlog program is changing the profiles (%1 stays locked): try again.").arg(lockPath())
                : tr("Cannot lock the settings: %1 cannot be created.").arg(lockPath());
        return false;
    }
    // What is on disk now, including what other programs wrote since we last read it.
    m_settings->sync();
    QSettings file(fileName, m_settings->format());
    const QList<Entry> before = readEntries(file);
    QList<Entry> entries = before;
    if (const QString problem = change(entries); !problem.isEmpty()) {
        m_lastError = problem;
        adopt(before);
        return false;
    }
    writeEntries(file, entries);
    file.sync();
    if (file.status() != QSettings::NoError) {
        // Nothing reached the disk: put the unwritten keys back as they are on disk, so no later sync (of this or
        // another QSettings on the file) writes half of this change.
        writeEntries(file, before);
        m_lastError =
            tr("Cannot write the settings file %1: check that it and its directory are writable.").arg(fileName);
        adopt(before);
        return false;
    }
    privatefiles::makePrivate(fileName);
    m_settings->sync();
    adopt(entries);
    Q_EMIT changed();
    return true;
}

void ProfileStore::reload()
{
    if (!m_settings)
        return;
    m_settings->sync();
    const QList<Profile> profiles = m_profiles;
    const QList<BrokenProfile> broken = m_broken;
    adopt(readEntries(*m_settings));
    const auto sameBroken = [](const BrokenProfile &a, const BrokenProfile &b) { return a.raw == b.raw; };
    if (profiles != m_profiles ||
        !std::equal(broken.cbegin(), broken.cend(), m_broken.cbegin(), m_broken.cend(), sameBroken))
        Q_EMIT changed();
}

QList<ProfileStore::Entry> ProfileStore::readEntries(QSettings &settings)
{
    QList<Entry> entries;
    const int n = settings.beginReadArray(arrayKey);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Entry e;
        for (const QString &key : settings.childKeys())
            e.broken.raw.insert(key, settings.value(key));
        const QVariantMap &raw = e.broken.raw;
        Profile &p = e.profile;
        for (const auto &[key, member] : textMembers)
            p.*member = raw.value(key).toString();
        for (const auto &[key, member] : listMembers)
            p.*member = raw.value(key).toStringList();
        for (const auto &[key, member] : flagMembers)
            p.*member = raw.value(key, Profile{}.*member).toBool();
        const QString provider = raw.value(QStringLiteral("provider")).toString();
        const QString kind = raw.value(QStringLiteral("kind")).toString();
        p.provider = providerFromKey(provider).value_or(Provider::Aliyun);
        p.kind = Profile::kindFromKey(kind);
        p.endpoint = QUrl(raw.value(QStringLiteral("endpoint")).toString(), QUrl::StrictMode);
        p.projectIds = fromVariantMap<QString>(raw.value(QStringLiteral("projectIds")));
        p.erIds = fromVariantMap<QStringList>(raw.value(QStringLiteral("erIds")));
        bool durationOk = true;
        const QString durationText = raw.value(QStringLiteral("durationSeconds")).toString();
        p.durationSeconds = durationText.isEmpty() ? 0 : durationText.toInt(&durationOk);

        QString reason = problemOf(p);
        if (reason.isEmpty() && !durationOk)
            reason = tr("The duration \"%1\" is not a number of seconds.").arg(durationText);
        if (reason.isEmpty() && !providerFromKey(provider))
            reason = tr("Unknown provider \"%1\" (use aliyun or huaweicloud).").arg(provider);
        if (reason.isEmpty() && !kind.isEmpty() && Profile::kindKey(p.kind).compare(kind, Qt::CaseInsensitive) != 0)
            reason = tr("Unknown credential kind \"%1\" (use accesskey or sts).").arg(kind);
        for (const Entry &other : std::as_const(entries)) {
            if (!reason.isEmpty())
                break;
            if (other.isBroken())
                continue;
            if (other.profile.id == p.id)
                reason = tr("Another entry has the same id.");
            else if (other.profile.name == p.name)
                reason = tr("Another entry has the same name.");
        }
        if (reason.isEmpty()) {
            e.broken = {};
        } else {
            e.broken.id = p.id;
            e.broken.name = p.name;
            e.broken.reason = reason;
            e.broken.profile = p;
        }
        entries.append(e);
    }
    settings.endArray();
    return entries;
}

void ProfileStore::writeEntries(QSettings &settings, const QList<Entry> &entries)
{
    settings.remove(arrayKey);
    settings.beginWriteArray(arrayKey, static_cast<int>(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        settings.setArrayIndex(i);
        if (e.isBroken()) {
            for (auto it = e.broken.raw.cbegin(); it != e.broken.raw.cend(); ++it)
                settings.setValue(it.key(), it.value());
            continue;
        }
        const Profile &p = e.profile;
        for (const auto &[key, member] : textMembers)
            settings.setValue(key, p.*member);
        for (const auto &[key, member] : listMembers)
            settings.setValue(key, p.*member);
        for (const auto &[key, member] : flagMembers)
            settings.setValue(key, p.*member);
        settings.setValue(QStringLiteral("provider"), providerKey(p.provider));
        settings.setValue(QStringLiteral("kind"), Profile::kindKey(p.kind));
        settings.setValue(QStringLiteral("endpoint"), p.endpoint.toString());
        settings.setValue(QStringLiteral("projectIds"), toVariantMap(p.projectIds));
        settings.setValue(QStringLiteral("erIds"), toVariantMap(p.erIds));
        settings.setValue(QStringLiteral("durationSeconds"), p.durationSeconds);
    }
    settings.endArray();
}

void ProfileStore::adopt(const QList<Entry> &entries)
{
    m_profiles.clear();
    m_broken.clear();
    for (const Entry &e : entries) {
        if (e.isBroken())
            m_broken.append(e.broken);
        else
            m_profiles.append(e.profile);
    }
}

QString ProfileStore::lockPath() const
{
    const QFileInfo file(m_settings->fileName());
    return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral(".profiles.lock"));
}

void ProfileStore::watch()
{
    // Another program's write replaces the file (QSettings renames a new file into place), so the directory is
    // watched too; reload() emits changed() only when the profiles really differ.
    m_watcher = new QFileSystemWatcher(this);
    const QFileInfo file(m_settings->fileName());
    m_watcher->addPath(file.absolutePath());
    if (file.exists())
        m_watcher->addPath(file.absoluteFilePath());
    const auto onChange = [this] {
        const QString path = m_settings->fileName();
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        reload();
    };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, onChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, onChange);
}

} // namespace flowlog
