#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace flowlog {

enum class Provider { Aliyun, Huawei };
enum class Service { Vpc, Cen, Ecr, Er };

inline constexpr Service allServices[] = {Service::Vpc, Service::Cen, Service::Ecr, Service::Er};

[[nodiscard]] QString providerKey(Provider p);              // "aliyun" | "huaweicloud"
[[nodiscard]] std::optional<Provider> providerFromKey(QStringView key);
[[nodiscard]] QString providerDisplayName(Provider p);      // translated ("Alibaba Cloud")
[[nodiscard]] QString serviceKey(Service s);                // "vpc" | "cen" | "ecr" | "er"
[[nodiscard]] std::optional<Service> serviceFromKey(QStringView key);
[[nodiscard]] QString serviceDisplayName(Service s);        // "VPC", "CEN", "ECR", "ER"
[[nodiscard]] Provider providerOf(Service s);
[[nodiscard]] QList<Service> servicesOf(Provider p);

// API versions and products of the Alibaba RPC services.
[[nodiscard]] QString apiVersion(Service s);

[[nodiscard]] QStringList defaultRegions(Provider p);

// The production base URL (scheme + host) of a service in a region, as NOTES.md documents it.
[[nodiscard]] QUrl serviceEndpoint(Service s, const QString &region);

// Replaces scheme, host and port of url with those of override (the per-profile endpoint override).
[[nodiscard]] QUrl applyEndpointOverride(const QUrl &url, const QUrl &endpointOverride);

// Plain http is allowed only to loopback; everything else must be https.
[[nodiscard]] bool isAllowedEndpoint(const QUrl &url);

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

} // namespace flowlog
