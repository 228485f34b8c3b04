#pragma once

#include <QString>

namespace flowlog {

// What a signer needs. Lives only in memory: read from the credential store just before a sweep.
struct Credentials
{
    QString accessKeyId;
    QString secret;
    QString securityToken; // STS token; empty for a plain AccessKey

    [[nodiscard]] bool isComplete() const { return !accessKeyId.isEmpty() && !secret.isEmpty(); }
};

} // namespace flowlog
