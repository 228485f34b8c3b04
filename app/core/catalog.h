#pragma once

#include "servicetraits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace flowlog {

// Lookups into the service catalogue (servicetraits.h): names, keys, versions and endpoints of providers and
// services. No service is special-cased here: each answer comes from the service's row.
[[nodiscard]] QString providerKey(Provider p); // "aliyun" | "huaweicloud"
[[nodiscard]] std::optional<Provider> providerFromKey(QStringView key);
[[nodiscard]] QString providerDisplayName(Provider p); // translated ("Alibaba Cloud")
[[nodiscard]] QString serviceKey(Service s);           // "vpc" | "cen" | "ecr" | "er"
[[nodiscard]] std::optional<Service> serviceFromKey(QStringView key);
[[nodiscard]] QString serviceDisplayName(Service s); // "VPC", "CEN", "ECR", "ER"
[[nodiscard]] Provider providerOf(Service s);
[[nodiscard]] QList<Service> servicesOf(Provider p);

// The API version of a service's product.
[[nodiscard]] QString apiVersion(Service s);

[[nodiscard]] QStringList defaultRegions(Provider p);

// The production base URL (scheme + host) of a service in a region, by its product's endpoint rule.
[[nodiscard]] QUrl serviceEndpoint(Service s, const QString &region);

// Replaces scheme, host and port of url with those of override (the per-profile endpoint override).
[[nodiscard]] QUrl applyEndpointOverride(const QUrl &url, const QUrl &endpointOverride);

// The transport rule every request obeys: https to a named host, or plain http to a loopback address only
// (127.0.0.0/8, ::1, ::ffff:127.x.x.x), checked as an address: the name "localhost" is not an address and could
// resolve anywhere. Qt::Core only, so app/accounts can check profiles with it.
[[nodiscard]] bool isAllowedEndpoint(const QUrl &url);
// The same host test, for messages and profile checks: an IPv4 or IPv6 loopback address literal.
[[nodiscard]] bool isLoopbackAddress(const QString &host);

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

} // namespace flowlog
