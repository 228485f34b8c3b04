#pragma once

#include "profile.h"

#include <QList>
#include <QObject>
#include <QString>

class QSettings;

namespace flowlog {

// The list of profiles. Backed by QSettings when given one (never holding a secret), or in memory only
// (the sandbox session, tests). changed() fires after every mutation.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QSettings *settings = nullptr, QObject *parent = nullptr);

    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] const Profile *findById(const QString &id) const;
    [[nodiscard]] const Profile *findByName(const QString &name) const;
    [[nodiscard]] bool isPersistent() const { return m_settings != nullptr; }

    // Why a profile cannot be stored as it is (translated, one line), or empty when it can: a name that is
    // empty or taken by another profile, no id, no AccessKey ID, an endpoint override that is neither https nor
    // plain http to loopback.
    [[nodiscard]] QString check(const Profile &profile) const;

    // Return false (and change nothing) when the name is empty or taken by another profile, the id is empty or
    // taken (add) or unknown (update), or the endpoint override is not allowed. Callers that take user input
    // run check() first to say why.
    bool add(const Profile &profile);
    bool update(const Profile &profile);
    bool remove(const QString &id);
    void replaceAll(const QList<Profile> &profiles);

    void reload();

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings *m_settings = nullptr;
    QList<Profile> m_profiles;
};

} // namespace flowlog
