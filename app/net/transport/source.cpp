#include "source.h"

#include "sourceid.h"

namespace flowlog {

QString SourceSpec::id() const
{
    return SourceId{profileId, service, region, instanceId, accountId}.toString();
}

QString SourceSpec::accountKey() const
{
    return flowlog::accountKey(profileId, accountId);
}

QString SourceSpec::displayName() const
{
    QString out = account() + QStringLiteral(" / ") + serviceDisplayName(service) + QStringLiteral(" / ") + region;
    if (!instanceId.isEmpty())
        out += QStringLiteral(" / ") + instanceId;
    return out;
}

QUrl SourceSpec::endpoint(const ApiProduct &product) const
{
    return applyEndpointOverride(product.endpoint.url(region), endpointOverride);
}

} // namespace flowlog
