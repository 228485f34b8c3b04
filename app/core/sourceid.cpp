#include "sourceid.h"

namespace flowlog {

namespace {
constexpr QChar separator = u'/';
constexpr QChar accountSeparator = u'~'; // profile ids are uuids, account ids digits or hex: neither holds it
} // namespace

QString accountKey(const QString &profileId, const QString &accountId)
{
    return accountId.isEmpty() ? profileId : profileId + accountSeparator + accountId;
}

QString SourceId::toString() const
{
    QString out = accountKey(profileId, accountId);
    out += separator + serviceKey(service) + separator + region;
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
    const QStringView who = parts.at(0);
    const qsizetype tilde = who.indexOf(accountSeparator);
    id.profileId = who.left(tilde).toString(); // tilde -1: the whole part
    if (tilde >= 0)
        id.accountId = who.mid(tilde + 1).toString();
    if (id.profileId.isEmpty() || (tilde >= 0 && id.accountId.isEmpty()))
        return std::nullopt;
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
