#include "profilestore.h"

#include <QSettings>

namespace flowlog {

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

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

namespace {

// No override, or one the network layer may use: https anywhere, plain http only to loopback.
bool endpointAcceptable(const QUrl &endpoint)
{
    return endpoint.isEmpty() || (endpoint.isValid() && isAllowedEndpoint(endpoint));
}

} // namespace

QString ProfileStore::check(const Profile &profile) const
{
    if (profile.id.isEmpty())
        return tr("The profile has no id.");
    if (profile.name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (profile.name != profile.name.trimmed())
        return tr("The profile name must not start or end with spaces.");
    const Profile *other = findByName(profile.name);
    if (other && other->id != profile.id)
        return tr("A profile named \"%1\" exists already.").arg(profile.name);
    if (profile.accessKeyId.trimmed().isEmpty())
        return tr("The profile needs an AccessKey ID.");
    if (!endpointAcceptable(profile.endpoint))
        return tr("The endpoint override must be an https URL, or plain http to a loopback address only "
                  "(127.0.0.1 or [::1], not the name localhost).");
    for (const QString &region : profile.regions) {
        if (region.trimmed().isEmpty() || region.contains(QLatin1Char(' ')))
            return tr("\"%1\" is not a region id.").arg(region);
    }
    return {};
}

bool ProfileStore::add(const Profile &profile)
{
    if (profile.name.trimmed().isEmpty() || findByName(profile.name) || profile.id.isEmpty() || findById(profile.id) ||
        !endpointAcceptable(profile.endpoint))
        return false;
    m_profiles.append(profile);
    save();
    Q_EMIT changed();
    return true;
}

bool ProfileStore::update(const Profile &profile)
{
    const Profile *other = findByName(profile.name);
    if (profile.name.trimmed().isEmpty() || (other && other->id != profile.id) || !endpointAcceptable(profile.endpoint))
        return false;
    for (Profile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            save();
            Q_EMIT changed();
            return true;
        }
    }
    return false;
}

bool ProfileStore::remove(const QString &id)
{
    const auto removed = m_profiles.removeIf([&id](const Profile &p) { return p.id == id; });
    if (removed == 0)
        return false;
    save();
    Q_EMIT changed();
    return true;
}

void ProfileStore::replaceAll(const QList<Profile> &profiles)
{
    m_profiles = profiles;
    save();
    Q_EMIT changed();
}

void ProfileStore::reload()
{
    if (!m_settings)
        return;
    m_profiles.clear();
    const int n = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.provider =
            providerFromKey(m_settings->value(QStringLiteral("provider")).toString()).value_or(Provider::Aliyun);
        p.kind = Profile::kindFromKey(m_settings->value(QStringLiteral("kind")).toString());
        p.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
        p.regions = m_settings->value(QStringLiteral("regions")).toStringList();
        p.endpoint = QUrl(m_settings->value(QStringLiteral("endpoint")).toString());
        const QVariantMap projects = m_settings->value(QStringLiteral("projectIds")).toMap();
        for (auto it = projects.cbegin(); it != projects.cend(); ++it)
            p.projectIds.insert(it.key(), it.value().toString());
        const QVariantMap ers = m_settings->value(QStringLiteral("erIds")).toMap();
        for (auto it = ers.cbegin(); it != ers.cend(); ++it)
            p.erIds.insert(it.key(), it.value().toStringList());
        p.ecrIds = m_settings->value(QStringLiteral("ecrIds")).toStringList();
        p.enabled = m_settings->value(QStringLiteral("enabled"), true).toBool();
        p.color = m_settings->value(QStringLiteral("color")).toString();
        p.label = m_settings->value(QStringLiteral("label")).toString();
        if (!p.id.isEmpty() && !p.name.isEmpty())
            m_profiles.append(p);
    }
    m_settings->endArray();
}

void ProfileStore::save()
{
    if (!m_settings)
        return;
    m_settings->remove(QStringLiteral("profiles"));
    m_settings->beginWriteArray(QStringLiteral("profiles"), static_cast<int>(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("provider"), providerKey(p.provider));
        m_settings->setValue(QStringLiteral("kind"), Profile::kindKey(p.kind));
        m_settings->setValue(QStringLiteral("accessKeyId"), p.accessKeyId);
        m_settings->setValue(QStringLiteral("regions"), p.regions);
        m_settings->setValue(QStringLiteral("endpoint"), p.endpoint.toString());
        QVariantMap projects;
        for (auto it = p.projectIds.cbegin(); it != p.projectIds.cend(); ++it)
            projects.insert(it.key(), it.value());
        m_settings->setValue(QStringLiteral("projectIds"), projects);
        QVariantMap ers;
        for (auto it = p.erIds.cbegin(); it != p.erIds.cend(); ++it)
            ers.insert(it.key(), it.value());
        m_settings->setValue(QStringLiteral("erIds"), ers);
        m_settings->setValue(QStringLiteral("ecrIds"), p.ecrIds);
        m_settings->setValue(QStringLiteral("enabled"), p.enabled);
        m_settings->setValue(QStringLiteral("color"), p.color);
        m_settings->setValue(QStringLiteral("label"), p.label);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace flowlog
