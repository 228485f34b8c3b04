#pragma once

#include <QString>

#include <functional>

class QObject;

namespace flowlog {

// What a signer needs. Lives only in memory: read from the credential store just before a sweep.
struct Credentials
{
    QString accessKeyId;
    QString secret;
    QString securityToken; // STS token; empty for a plain AccessKey

    [[nodiscard]] bool isComplete() const { return !accessKeyId.isEmpty() && !secret.isEmpty(); }
};

struct ApiError;

// Reads a profile's own credentials (its AccessKey ID with the secret, and an STS token, from the credential
// store): done(credentials, error) once, later, on context's thread, and not at all when context is gone.
using CredentialsDone = std::function<void(const Credentials &credentials, const ApiError &error)>;
using CredentialReader = std::function<void(const QString &profileId, QObject *context, CredentialsDone done)>;

} // namespace flowlog
