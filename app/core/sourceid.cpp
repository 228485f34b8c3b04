#include "sourceid.h"

namespace flowlog {

namespace {
constexpr QChar separator = u'/';
}

QString SourceId::toString() const
{
    QString out = profileId + separator + serviceKey(service) + separator + region;
    if (!instanceId.isEmpty())
        out += separator + instanceId;
    return out;
}

std::optional<SourceId> SourceId::parse(QStringView text)
{
    const QList<QStringView> parts = text.split(separator);
    if (parts.size() < 3 || parts.size() > 4)
        return std::nullopt;
    for (const QStringView part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    const std::optional<Service> service = serviceFromKey(parts.at(1));
    if (!service)
        return std::nullopt;
    SourceId id;
    id.profileId = parts.at(0).toString();
    id.service = *service;
    id.region = parts.at(2).toString();
    if (parts.size() == 4)
        id.instanceId = parts.at(3).toString();
    return id;
}

QString SourceId::profileIdOf(QStringView text)
{
    const std::optional<SourceId> id = parse(text);
    return id ? id->profileId : QString();
}

} // namespace flowlog
