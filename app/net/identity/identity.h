#pragma once

#include "servicetraits.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace flowlog {

// One step from one account into another: an Alibaba RAM role assumed with STS AssumeRole, or a Huawei agency
// assumed with IAM's security-token call. The credentials of the step before sign the call.
struct RoleHop
{
    enum class Kind
    {
        AliyunRole,
        HuaweiAgency
    } kind = Kind::AliyunRole;
    QString roleArn;         // AliyunRole: acs:ram::<uid>:role/<name>
    QString sessionName;     // AliyunRole: RoleSessionName; HuaweiAgency: session_user.name (optional)
    QString externalId;      // AliyunRole, optional
    int durationSeconds = 0; // 0: the provider's default (AssumeRole 3600 s, the agency call 900 s)
    QString agencyName;      // HuaweiAgency
    QString domainId;        // HuaweiAgency: the account (domain) that owns the agency

    // Who this hop reaches, for messages: the role ARN or "agency@domain".
    [[nodiscard]] QString displayName() const;

    friend bool operator==(const RoleHop &, const RoleHop &) = default;
};

// Who a request acts as: a profile's own key (read from the credential store), then zero or more hops. An
// organisation member is the management profile's identity plus one hop into the member.
struct Identity
{
    QString profileId; // whose key starts the chain
    QString profileName;
    Provider provider = Provider::Aliyun;
    QUrl endpointOverride; // the profile's (the sandbox): the hops' calls go there too
    QList<RoleHop> hops;
    // The organisation member the last hop reaches (memberIdentity); empty: the profile's own account. A member's
    // hop is always the last.
    QString accountId;

    // The account requests signed with this identity's credentials are charged to (sourceid.h: accountKey), as a
    // provider counts them: the gate's group.
    [[nodiscard]] QString accountKey() const;
    // Stable and unique per chain (profile, endpoint and every hop): the cache key of its credentials.
    [[nodiscard]] QString key() const;
    // The identity one hop shorter (the one that signs the last hop's call; a member's parent is its management
    // profile's identity). Only with hops.
    [[nodiscard]] Identity parent() const;

    friend bool operator==(const Identity &, const Identity &) = default;
};

} // namespace flowlog
