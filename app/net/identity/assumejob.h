#pragma once

#include "calljob.h"
#include "credentials.h"
#include "identity.h"
#include "source.h"

#include <QDateTime>
#include <QMetaType>

namespace flowlog {

// What an assume operation (aliyun::stsAssumeRole, huawei::iamAssumeAgency) reads: where the call goes (the
// profile's endpoint override; no region) and which role or agency it assumes.
struct AssumeInput
{
    SourceSpec target;
    RoleHop hop;
};

// Temporary credentials as the provider granted them. Lives only in memory.
struct AssumeResult
{
    ApiError error; // kind None on success
    Credentials credentials;
    QDateTime expiration;  // UTC, as the provider wrote it
    qint64 lifetimeMs = 0; // expiration minus the answer's time (its Date header, else this computer's clock)
    QString requestId;
    int attempts = 0; // HTTP attempts, retries included (0: nothing was sent)

    // Where a provider's answer holds the credentials: an object of the body and its members.
    struct Fields
    {
        QLatin1StringView object; // "Credentials", "credential"
        QLatin1StringView accessKeyId;
        QLatin1StringView secret;
        QLatin1StringView securityToken;
        QLatin1StringView expiration; // ISO 8601 UTC, with or without fractions of a second
        QLatin1StringView requestId;  // a member of the body; empty: the X-Request-Id header
    };
    // A provider's answer into a result: the credentials and their expiry, or a Parse error naming what is
    // missing.
    [[nodiscard]] static AssumeResult fromAnswer(const HttpResponse &response, const Fields &fields);
};

// Assumes one role or agency: a typed call job over the generic CallEngine, like CreateJob. The call holds no
// client token: repeating it only grants another set of credentials. finished() fires exactly once after start().
class AssumeJob final : public TypedCallJob<AssumeInput, AssumeResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssumeJob)

public:
    using TypedCallJob::TypedCallJob;
    ~AssumeJob() override;

Q_SIGNALS:
    void finished(const flowlog::AssumeResult &result);

private:
    void completed(const ExecutionResult &result) override;
};

// The job for a hop (its provider's row), signed with `credentials`, owned by parent.
[[nodiscard]] AssumeJob *makeAssumeJob(const AssumeInput &input, const CredentialRef &credentials,
                                       QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent);

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::AssumeResult)
