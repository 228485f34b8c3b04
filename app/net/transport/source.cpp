#include "source.h"

namespace flowlog {

QString SourceSpec::id() const
{
    QString out = profileId + QLatin1Char('/') + serviceKey(service) + QLatin1Char('/') + region;
    if (!instanceId.isEmpty())
        out += QLatin1Char('/') + instanceId;
    return out;
}

QString SourceSpec::displayName() const
{
    QString out = profileName + QStringLiteral(" / ") + serviceDisplayName(service) + QStringLiteral(" / ") + region;
    if (!instanceId.isEmpty())
        out += QStringLiteral(" / ") + instanceId;
    return out;
}

QUrl SourceSpec::endpoint(const ApiProduct &product) const
{
    return applyEndpointOverride(product.endpoint.url(region), endpointOverride);
}

} // namespace flowlog
