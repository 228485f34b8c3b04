#pragma once

#include "credentialbroker.h"
#include "credentialstore.h"
#include "identity.h"
#include "profilestore.h"

namespace flowlog {

// Who a profile's requests act as: its own key, plus the role (Alibaba) or agency (Huawei) it assumes. An
// organisation profile's own identity is its key (plus its role or agency, when it has one).
[[nodiscard]] Identity identityOf(const Profile &profile);

// An organisation member reached from its management profile: the management identity plus one hop into the
// member account (RoleArn acs:ram::<member>:role/<memberRole>, or the member agency in domain <member>).
[[nodiscard]] Identity memberIdentity(const Profile &management, const QString &memberAccountId);

// Reads a profile's own credentials: its AccessKey ID from the profile store and the secret (and STS token) from
// the credential store, at the time of the call (a renamed or re-keyed profile is read as it is now).
[[nodiscard]] CredentialReader profileCredentialReader(ProfileStore *profiles, CredentialStore *store);

// A broker over the profiles' keys (secrets from store), each profile's identity calls through nams(profile);
// owned by parent. The inventory's and a stand-alone lifecycle run's.
[[nodiscard]] CredentialBroker *makeProfileBroker(ProfileStore *profiles, CredentialStore *store,
                                                  std::function<QNetworkAccessManager *(const Profile &)> nams,
                                                  QObject *parent);

// The credentials a profile's requests use now: its key, or the temporary credentials of its role or agency
// (assumed through a broker made for the call, a child of context, gone after it). done(credentials, error) once,
// later, on context's thread; the error names the hop that failed.
void readProfileCredentials(const Profile &profile, ProfileStore *profiles, CredentialStore *store,
                            QNetworkAccessManager *nam, QObject *context, CredentialBroker::Done done);

} // namespace flowlog
