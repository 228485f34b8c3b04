#pragma once

#include <QCoreApplication>
#include <QString>

namespace flowlog {

// The rules of the fields that say how a profile reaches its account (a role or agency it assumes, the role or
// agency it assumes in organisation members), as the providers document them. One table for the CLI, the profile
// editor (checked as typed) and the profile store (entries breaking them load as broken). Each function returns
// why a value breaks its rule (translated, one line, naming the field), or an empty string.
class IdentityRules
{
    Q_DECLARE_TR_FUNCTIONS(IdentityRules)

public:
    // STS AssumeRole's bounds; the role's MaxSessionDuration (3600..43200) may be lower than the maximum.
    static constexpr int minDurationSeconds = 900;
    static constexpr int maxDurationSeconds = 43200;
    static constexpr int defaultDurationSeconds = 3600;

    // acs:ram::<account uid, digits>:role/<role name>
    [[nodiscard]] static QString roleArnProblem(const QString &arn);
    // RoleSessionName: 2-64 of A-Z a-z 0-9 . @ _ -
    [[nodiscard]] static QString sessionNameProblem(const QString &name);
    // ExternalId: 2-1224 of A-Z a-z 0-9 _ + = , . @ : / -
    [[nodiscard]] static QString externalIdProblem(const QString &id);
    // DurationSeconds: 900-43200
    [[nodiscard]] static QString durationProblem(int seconds);
    // A RAM role name (the role assumed in every organisation member): 1-64 of A-Z a-z 0-9 . @ _ -
    [[nodiscard]] static QString roleNameProblem(const QString &name);
    // A Huawei agency name: 1-64 characters, no spaces at either end, no control characters.
    [[nodiscard]] static QString agencyNameProblem(const QString &name);
    // A Huawei account (domain) id: 1-64 of A-Z a-z 0-9 _ -
    [[nodiscard]] static QString domainIdProblem(const QString &id);
};

} // namespace flowlog
