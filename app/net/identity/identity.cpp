#include "identity.h"

#include "sourceid.h"

#include <QStringList>

namespace flowlog {

QString RoleHop::displayName() const
{
    // No default: a new kind of hop must say how it is named.
    switch (kind) {
    case Kind::AliyunRole:
        return roleArn;
    case Kind::HuaweiAgency:
        return agencyName + QLatin1Char('@') + domainId;
    }
    return {};
}

QString Identity::key() const
{
    // Fields joined by a separator no id, ARN, URL or name of ours contains.
    static const QChar sep(0x1F);
    QStringList parts{profileId, QString::number(static_cast<int>(provider)), endpointOverride.toString()};
    for (const RoleHop &h : hops) {
        parts << QString::number(static_cast<int>(h.kind)) << h.roleArn << h.sessionName << h.externalId
              << QString::number(h.durationSeconds) << h.agencyName << h.domainId;
    }
    return parts.join(sep);
}

QString Identity::accountKey() const
{
    return flowlog::accountKey(profileId, accountId);
}

Identity Identity::parent() const
{
    Q_ASSERT(!hops.isEmpty());
    Identity p = *this;
    p.hops.removeLast();
    p.accountId.clear(); // the member's hop was the last
    return p;
}

} // namespace flowlog
