#include "identityrules.h"

#include <QRegularExpression>

#include <algorithm>

namespace flowlog {

namespace {

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// No problem when text matches pattern whole, else problem.
QString unlessMatches(const QString &pattern, const QString &text, const QString &problem)
{
    return matches(pattern, text) ? QString() : problem;
}

} // namespace

QString IdentityRules::roleArnProblem(const QString &arn)
{
    if (arn.isEmpty())
        return tr("Enter the role ARN.");
    return unlessMatches(QStringLiteral(R"(acs:ram::\d+:role/[A-Za-z0-9.@_-]{1,64})"), arn,
                         tr("The role ARN must look like acs:ram::<account id>:role/<role name>."));
}

QString IdentityRules::sessionNameProblem(const QString &name)
{
    return unlessMatches(QStringLiteral("[A-Za-z0-9.@_-]{2,64}"), name,
                         tr("The session name must be 2 to 64 characters: letters, digits and . @ _ -"));
}

QString IdentityRules::externalIdProblem(const QString &id)
{
    return unlessMatches(QStringLiteral("[A-Za-z0-9_+=,.@:/-]{2,1224}"), id,
                         tr("The external ID must be 2 to 1224 characters: letters, digits and _ + = , . @ : / -"));
}

QString IdentityRules::durationProblem(int seconds)
{
    if (seconds < minDurationSeconds || seconds > maxDurationSeconds)
        return tr("The duration must be from %1 to %2 seconds.").arg(minDurationSeconds).arg(maxDurationSeconds);
    return {};
}

QString IdentityRules::roleNameProblem(const QString &name)
{
    return unlessMatches(QStringLiteral("[A-Za-z0-9.@_-]{1,64}"), name,
                         tr("The role name must be 1 to 64 characters: letters, digits and . @ _ -"));
}

QString IdentityRules::agencyNameProblem(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name != name.trimmed() ||
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("The agency name must be 1 to 64 characters, without spaces at either end.");
    return {};
}

QString IdentityRules::domainIdProblem(const QString &id)
{
    return unlessMatches(QStringLiteral("[A-Za-z0-9_-]{1,64}"), id,
                         tr("The account (domain) ID must be 1 to 64 letters, digits, _ or -."));
}

} // namespace flowlog
