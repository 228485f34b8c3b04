#include "catalog.h"


namespace flowlog {

QString providerKey(Provider p)
{
    return p == Provider::Aliyun ? QStringLiteral("aliyun") : QStringLiteral("huaweicloud");
}

std::optional<Provider> providerFromKey(QStringView key)
{
    if (key.compare(u"aliyun", Qt::CaseInsensitive) == 0 || key.compare(u"alibaba", Qt::CaseInsensitive) == 0)
        return Provider::Aliyun;
    if (key.compare(u"huaweicloud", Qt::CaseInsensitive) == 0 || key.compare(u"huawei", Qt::CaseInsensitive) == 0)
        return Provider::Huawei;
    return std::nullopt;
}

QString providerDisplayName(Provider p)
{
    return p == Provider::Aliyun ? Catalog::tr("Alibaba Cloud") : Catalog::tr("Huawei Cloud");
}

QString serviceKey(Service s)
{
    switch (s) {
    case Service::Vpc: return QStringLiteral("vpc");
    case Service::Cen: return QStringLiteral("cen");
    case Service::Ecr: return QStringLiteral("ecr");
    case Service::Er: return QStringLiteral("er");
    }
    return {};
}

std::optional<Service> serviceFromKey(QStringView key)
{
    for (Service s : allServices) {
        if (key.compare(serviceKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString serviceDisplayName(Service s)
{
    switch (s) {
    case Service::Vpc: return Catalog::tr("VPC");
    case Service::Cen: return Catalog::tr("CEN");
    case Service::Ecr: return Catalog::tr("ECR");
    case Service::Er: return Catalog::tr("ER");
    }
    return {};
}

Provider providerOf(Service s)
{
    return s == Service::Er ? Provider::Huawei : Provider::Aliyun;
}

QList<Service> servicesOf(Provider p)
{
    if (p == Provider::Huawei)
        return {Service::Er};
    return {Service::Vpc, Service::Cen, Service::Ecr};
}

QString apiVersion(Service s)
{
    switch (s) {
    case Service::Vpc: return QStringLiteral("2016-04-28");
    case Service::Cen: return QStringLiteral("2017-09-12");
    case Service::Ecr: return QStringLiteral("2023-09-01");
    case Service::Er: return QStringLiteral("v3");
    }
    return {};
}

QStringList defaultRegions(Provider p)
{
    if (p == Provider::Huawei)
        return {QStringLiteral("cn-north-4"), QStringLiteral("cn-east-3"), QStringLiteral("cn-south-1"),
                QStringLiteral("ap-southeast-1")};
    return {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-beijing"),
            QStringLiteral("cn-shenzhen"), QStringLiteral("cn-hongkong"), QStringLiteral("ap-southeast-1")};
}

QUrl serviceEndpoint(Service s, const QString &region)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    switch (s) {
    case Service::Vpc: {
        // These regions share the central endpoint; every other region has its own host.
        static const QStringList central = {
            QStringLiteral("cn-qingdao"),   QStringLiteral("cn-beijing"),     QStringLiteral("cn-hangzhou"),
            QStringLiteral("cn-shanghai"),  QStringLiteral("cn-shenzhen"),    QStringLiteral("cn-hongkong"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("us-west-1"),    QStringLiteral("us-east-1")};
        url.setHost(central.contains(region) ? QStringLiteral("vpc.aliyuncs.com")
                                             : QStringLiteral("vpc.%1.aliyuncs.com").arg(region));
        break;
    }
    case Service::Cen: url.setHost(QStringLiteral("cbn.aliyuncs.com")); break;
    case Service::Ecr: url.setHost(QStringLiteral("expressconnectrouter.cn-shanghai.aliyuncs.com")); break;
    case Service::Er: url.setHost(QStringLiteral("er.%1.myhuaweicloud.com").arg(region)); break;
    }
    url.setPath(QStringLiteral("/"));
    return url;
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

bool isAllowedEndpoint(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    // Qt::Core only here, so no QHostAddress: loopback is 127.0.0.0/8 or ::1.
    const QString host = url.host();
    if (host == QLatin1String("::1"))
        return true;
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() != 4 || octets.first() != QLatin1String("127"))
        return false;
    for (const QString &octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

} // namespace flowlog
