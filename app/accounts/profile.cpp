#include "profile.h"

#include "enumtable.h"
#include "identityrules.h"

#include <QCoreApplication>
#include <QUuid>

namespace flowlog {

QStringList Profile::effectiveRegions() const
{
    return regions.isEmpty() ? defaultRegions(provider) : regions;
}

Profile::Access Profile::access() const
{
    if (organization)
        return Access::Organization;
    if (!roleArn.isEmpty())
        return Access::Role;
    if (!agencyName.isEmpty())
        return Access::Agency;
    return Access::Key;
}

QString Profile::accessKey(Access access)
{
    using namespace Qt::StringLiterals;
    static constexpr EnumTable<Access::Organization, QLatin1StringView> keys{"key"_L1, "role"_L1, "agency"_L1,
                                                                             "organization"_L1};
    return keys[access];
}

QString Profile::effectiveSessionName() const
{
    return roleSessionName.isEmpty() ? QString::fromLatin1(defaultSessionName) : roleSessionName;
}

int Profile::effectiveDurationSeconds() const
{
    return durationSeconds > 0 ? durationSeconds : IdentityRules::defaultDurationSeconds;
}

QString Profile::effectiveMemberRole() const
{
    return memberRole.isEmpty() ? QString::fromLatin1(defaultMemberRole) : memberRole;
}

QString Profile::effectiveMemberAgency() const
{
    return memberAgency.isEmpty() ? QString::fromLatin1(defaultMemberAgency) : memberAgency;
}

QString Profile::accessProblem() const
{
    const bool aliyun = provider == Provider::Aliyun;
    const bool roleFields =
        !roleArn.isEmpty() || !roleSessionName.isEmpty() || !externalId.isEmpty() || durationSeconds != 0;
    if (roleFields && !aliyun)
        return IdentityRules::tr("A role is assumed on Alibaba Cloud only; Huawei Cloud profiles use an agency.");
    if ((!agencyName.isEmpty() || !agencyDomainId.isEmpty()) && aliyun)
        return IdentityRules::tr("An agency is assumed on Huawei Cloud only; Alibaba Cloud profiles use a role.");
    if (roleFields) {
        if (roleArn.isEmpty())
            return IdentityRules::tr("A session name, external ID or duration needs a role ARN.");
        QString problem = IdentityRules::roleArnProblem(roleArn);
        if (problem.isEmpty() && !roleSessionName.isEmpty())
            problem = IdentityRules::sessionNameProblem(roleSessionName);
        if (problem.isEmpty() && !externalId.isEmpty())
            problem = IdentityRules::externalIdProblem(externalId);
        if (problem.isEmpty() && durationSeconds != 0)
            problem = IdentityRules::durationProblem(durationSeconds);
        if (!problem.isEmpty())
            return problem;
    }
    if (!agencyName.isEmpty() || !agencyDomainId.isEmpty()) {
        if (agencyName.isEmpty())
            return IdentityRules::tr("A domain ID needs an agency name.");
        if (agencyDomainId.isEmpty())
            return IdentityRules::tr("An agency needs the domain ID of the account that owns it.");
        QString problem = IdentityRules::agencyNameProblem(agencyName);
        if (problem.isEmpty())
            problem = IdentityRules::domainIdProblem(agencyDomainId);
        if (!problem.isEmpty())
            return problem;
    }
    if (!memberRole.isEmpty() && (!organization || !aliyun))
        return IdentityRules::tr("A member role is for Alibaba Cloud organisation profiles only.");
    if (!memberAgency.isEmpty() && (!organization || aliyun))
        return IdentityRules::tr("A member agency is for Huawei Cloud organisation profiles only.");
    if (!memberRole.isEmpty())
        return IdentityRules::roleNameProblem(memberRole);
    if (!memberAgency.isEmpty())
        return IdentityRules::agencyNameProblem(memberAgency);
    return {};
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::kindKey(Kind kind)
{
    return kind == Kind::StsToken ? QStringLiteral("sts") : QStringLiteral("accesskey");
}

Profile::Kind Profile::kindFromKey(const QString &key)
{
    return key.compare(QLatin1String("sts"), Qt::CaseInsensitive) == 0 ? Kind::StsToken : Kind::AccessKey;
}

} // namespace flowlog
