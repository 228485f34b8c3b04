#pragma once

#include "catalog.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace flowlog {

// A credential profile: everything but the secret, which lives only in the CredentialStore.
struct Profile
{
    enum class Kind
    {
        AccessKey,
        StsToken
    };

    QString id; // stable (uuid); the keychain key; survives renames
    QString name;
    Provider provider = Provider::Aliyun;
    Kind kind = Kind::AccessKey;
    QString accessKeyId;
    QStringList regions;
    QUrl endpoint;                     // override: scheme+host+port of every service URL (sandbox)
    QMap<QString, QString> projectIds; // Huawei: region -> project id
    QMap<QString, QStringList> erIds;  // Huawei: region -> ER instance ids
    QStringList ecrIds;                // Alibaba: ECR instance ids
    bool enabled = true;
    QString color; // "#rrggbb" or empty
    QString label;

    [[nodiscard]] QStringList effectiveRegions() const; // regions, or the provider's defaults when empty
    [[nodiscard]] static QString newId();
    [[nodiscard]] static QString kindKey(Kind kind);
    [[nodiscard]] static Kind kindFromKey(const QString &key);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace flowlog
