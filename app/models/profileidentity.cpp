#include "profileidentity.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace flowlog {

Identity identityOf(const Profile &profile)
{
    Identity id;
    id.profileId = profile.id;
    id.profileName = profile.name;
    id.provider = profile.provider;
    id.endpointOverride = profile.endpoint;
    // No default: a new way of reaching an account says here which hop it adds.
    switch (profile.provider) {
    case Provider::Aliyun:
        if (!profile.roleArn.isEmpty()) {
            RoleHop hop;
            hop.kind = RoleHop::Kind::AliyunRole;
            hop.roleArn = profile.roleArn;
            hop.sessionName = profile.effectiveSessionName();
            hop.externalId = profile.externalId;
            hop.durationSeconds = profile.effectiveDurationSeconds();
            id.hops.append(hop);
        }
        break;
    case Provider::Huawei:
        if (!profile.agencyName.isEmpty()) {
            RoleHop hop;
            hop.kind = RoleHop::Kind::HuaweiAgency;
            hop.agencyName = profile.agencyName;
            hop.domainId = profile.agencyDomainId;
            id.hops.append(hop);
        }
        break;
    }
    return id;
}

Identity memberIdentity(const Profile &management, const QString &memberAccountId)
{
    Identity id = identityOf(management);
    RoleHop hop;
    switch (management.provider) {
    case Provider::Aliyun:
        hop.kind = RoleHop::Kind::AliyunRole;
        hop.roleArn = QStringLiteral("acs:ram::%1:role/%2").arg(memberAccountId, management.effectiveMemberRole());
        hop.sessionName = management.effectiveSessionName();
        break;
    case Provider::Huawei:
        hop.kind = RoleHop::Kind::HuaweiAgency;
        hop.agencyName = management.effectiveMemberAgency();
        hop.domainId = memberAccountId;
        break;
    }
    id.hops.append(hop);
    id.accountId = memberAccountId;
    return id;
}

CredentialReader profileCredentialReader(ProfileStore *profiles, CredentialStore *store)
{
    return [profiles = QPointer<ProfileStore>(profiles), store = QPointer<CredentialStore>(store)](
               const QString &profileId, QObject *context, CredentialsDone done) {
        if (!store) {
            ApiError e;
            e.kind = ApiError::Kind::Credentials;
            e.message = ApiErrors::tr("No credential store is available.");
            QMetaObject::invokeMethod(
                context, [done, e] { done({}, e); }, Qt::QueuedConnection);
            return;
        }
        store->readSecret(profileId, context, [profiles, profileId, done](const SecretResult &secret) {
            const Profile *profile = profiles ? profiles->findById(profileId) : nullptr;
            Credentials c;
            c.accessKeyId = profile ? profile->accessKeyId : QString();
            c.secret = secret.secret;
            c.securityToken = secret.securityToken;
            done(c, secret.error);
        });
    };
}

CredentialBroker *makeProfileBroker(ProfileStore *profiles, CredentialStore *store,
                                    std::function<QNetworkAccessManager *(const Profile &)> nams, QObject *parent)
{
    return new CredentialBroker(
        profileCredentialReader(profiles, store),
        [profiles, nams = std::move(nams)](const QString &profileId) -> QNetworkAccessManager * {
            const Profile *p = profiles->findById(profileId);
            return p && nams ? nams(*p) : nullptr;
        },
        {}, parent);
}

void readProfileCredentials(const Profile &profile, ProfileStore *profiles, CredentialStore *store,
                            QNetworkAccessManager *nam, QObject *context, CredentialBroker::Done done)
{
    auto *broker = new CredentialBroker(
        profileCredentialReader(profiles, store),
        [nam = QPointer<QNetworkAccessManager>(nam)](const QString &) { return nam.data(); }, RetryPolicy{}, context);
    broker->acquire(identityOf(profile), context,
                    [broker, done = std::move(done)](const Credentials &credentials, const ApiError &error) {
                        broker->deleteLater();
                        done(credentials, error);
                    });
}

} // namespace flowlog
