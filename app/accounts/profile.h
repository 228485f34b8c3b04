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
    // The profile's own credential: an AccessKey, or a fixed STS token beside it.
    enum class Kind
    {
        AccessKey,
        StsToken
    };
    // How the profile reaches the account it lists: with its own key, by assuming a role (Alibaba) or an agency
    // (Huawei) with it, or as an organisation's management account (its members expanded at sweep time).
    enum class Access
    {
        Key,
        Role,
        Agency,
        Organization
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
    // Alibaba: a RAM role assumed with the key (STS AssumeRole). Empty roleArn: none.
    QString roleArn;
    QString roleSessionName; // empty: defaultSessionName
    QString externalId;
    int durationSeconds = 0; // 0: IdentityRules::defaultDurationSeconds
    // Huawei: an agency assumed with the key (IAM security-token call). Empty agencyName: none.
    QString agencyName;
    QString agencyDomainId;
    // An organisation's management account: its members are reached with memberRole (Alibaba) / memberAgency
    // (Huawei), empty meaning the default (defaultMemberRole / defaultMemberAgency).
    bool organization = false;
    QString memberRole;
    QString memberAgency;
    bool enabled = true;
    QString color; // "#rrggbb" or empty
    QString label;

    [[nodiscard]] QStringList effectiveRegions() const; // regions, or the provider's defaults when empty
    [[nodiscard]] Access access() const;
    [[nodiscard]] QString effectiveSessionName() const;
    [[nodiscard]] int effectiveDurationSeconds() const;
    [[nodiscard]] QString effectiveMemberRole() const;
    [[nodiscard]] QString effectiveMemberAgency() const;
    // Why the role, agency and organisation fields do not fit together or break a rule (identityrules.h), or
    // empty (translated, one line).
    [[nodiscard]] QString accessProblem() const;
    [[nodiscard]] static QString accessKey(Access access); // "key", "role", "agency", "organization"

    // The RoleSessionName sent when the profile names none.
    static constexpr auto defaultSessionName = "flowlog-console";
    // The role Resource Directory creates in member accounts it creates (UNCONFIRMED as the usual choice for
    // invited members too: the reference marks it so).
    static constexpr auto defaultMemberRole = "ResourceDirectoryAccountAccessRole";
    // Huawei Organizations has no conventional agency in member accounts (none found in its documentation);
    // the sandbox and this default use "flowlog-audit": an operator creates it in each member.
    static constexpr auto defaultMemberAgency = "flowlog-audit";
    [[nodiscard]] static QString newId();
    [[nodiscard]] static QString kindKey(Kind kind);
    [[nodiscard]] static Kind kindFromKey(const QString &key);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace flowlog
