#include "resources.h"

#include "dataset.h"

namespace flowlog::sandbox {

namespace {

QLatin1StringView kindPrefix(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QLatin1StringView("vpcs|");
    case ResourceKind::VSwitch:
        return QLatin1StringView("vswitches|");
    case ResourceKind::NetworkInterface:
        return QLatin1StringView("enis|");
    case ResourceKind::Cen:
        return QLatin1StringView("cens|");
    case ResourceKind::TransitRouter:
        return QLatin1StringView("trs|");
    case ResourceKind::TrVpcAttachment:
        return QLatin1StringView("tr-vpc-attachments|");
    case ResourceKind::TrVbrAttachment:
        return QLatin1StringView("tr-vbr-attachments|");
    case ResourceKind::EcrChild:
        return QLatin1StringView("ecr-children|");
    case ResourceKind::ErAttachment:
        return QLatin1StringView("er-attachments|");
    }
    return {};
}

} // namespace

QString Resources::key(ResourceKind kind, const Account &account, QStringView scope, QStringView instance)
{
    return Dataset::listKey(kindPrefix(kind), account, scope, instance);
}

} // namespace flowlog::sandbox
