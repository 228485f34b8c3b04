#include "catalog.h"

#include "enumtable.h"

namespace flowlog {

namespace {

using namespace Qt::StringLiterals;

// Each provider's key (profiles, source ids, the CLI) and display name, in Provider's order.
constexpr EnumTable<Provider::Huawei, QLatin1StringView> providerKeys{"aliyun"_L1, "huaweicloud"_L1};
constexpr EnumTable<Provider::Huawei, const char *> providerNames{QT_TRANSLATE_NOOP("Catalog", "Alibaba Cloud"),
                                                                  QT_TRANSLATE_NOOP("Catalog", "Huawei Cloud")};
static_assert(providerKeys.count == std::size(allProviders));

} // namespace

QString providerKey(Provider p)
{
    return providerKeys[p];
}

std::optional<Provider> providerFromKey(QStringView key)
{
    for (const Provider p : allProviders) {
        if (key.compare(providerKey(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    // Aliases users type.
    if (key.compare(u"alibaba", Qt::CaseInsensitive) == 0)
        return Provider::Aliyun;
    if (key.compare(u"huawei", Qt::CaseInsensitive) == 0)
        return Provider::Huawei;
    return std::nullopt;
}

QString providerDisplayName(Provider p)
{
    return Catalog::tr(providerNames[p]);
}

QString serviceKey(Service s)
{
    return traits(s).key;
}

std::optional<Service> serviceFromKey(QStringView key)
{
    for (const Service s : allServices) {
        if (key.compare(traits(s).key, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString serviceDisplayName(Service s)
{
    return QCoreApplication::translate("Catalog", traits(s).displayName);
}

Provider providerOf(Service s)
{
    return traits(s).provider;
}

QList<Service> servicesOf(Provider p)
{
    QList<Service> out;
    for (const Service s : allServices) {
        if (traits(s).provider == p)
            out.append(s);
    }
    return out;
}

QString apiVersion(Service s)
{
    return traits(s).product->version;
}

QStringList defaultRegions(Provider p)
{
    switch (p) {
    case Provider::Aliyun:
        return {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-beijing"),
                QStringLiteral("cn-shenzhen"), QStringLiteral("cn-hongkong"), QStringLiteral("ap-southeast-1")};
    case Provider::Huawei:
        return {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"), QStringLiteral("cn-south-1"),
                QStringLiteral("ap-southeast-1")};
    }
    return {};
}

QUrl serviceEndpoint(Service s, const QString &region)
{
    return traits(s).product->endpoint.url(region);
}

QUrl applyEndpointOverride(const QUrl &url, const QUrl &endpointOverride)
{
    if (!endpointOverride.isValid() || endpointOverride.host().isEmpty())
        return url;
    QUrl out = url;
    out.setScheme(endpointOverride.scheme());
    out.setHost(endpointOverride.host());
    out.setPort(endpointOverride.port());
    return out;
}

namespace {

// Four decimal octets, the first 127. QUrl has already turned "127.1", "0x7f.1" or "2130706433" into this form.
bool isIpv4Loopback(QStringView host)
{
    const QList<QStringView> octets = host.split(u'.');
    if (octets.size() != 4 || octets.first() != u"127")
        return false;
    for (const QStringView octet : octets) {
        if (octet.isEmpty() || octet.size() > 3)
            return false;
        for (const QChar c : octet) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (octet.toInt() > 255)
            return false;
    }
    return true;
}

} // namespace

bool isLoopbackAddress(const QString &host)
{
    // QUrl::host() gives IPv6 literals without brackets and compressed ("[0:0:0:0:0:0:0:1]" is "::1").
    if (host == QLatin1StringView("::1"))
        return true;
    if (host.startsWith(QLatin1StringView("::ffff:"), Qt::CaseInsensitive))
        return isIpv4Loopback(QStringView(host).mid(7));
    return isIpv4Loopback(host);
}

bool isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    return url.scheme() == QLatin1StringView("http") && isLoopbackAddress(url.host());
}

} // namespace flowlog
