#include "regions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace flowlog::sandbox {

namespace {

// The table compiled in from regions.json (read once; a broken table is a build error, caught by the tests).
QList<Region> load(QLatin1StringView provider)
{
    QFile file(QStringLiteral(":/sandbox/regions.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("flowlog-sandbox: the region table is missing from the build");
    QList<Region> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(provider).toArray()) {
        const QJsonObject o = v.toObject();
        out.append(Region{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("zh")).toString(),
                          o.value(QLatin1String("en")).toString(), o.value(QLatin1String("centralEndpoint")).toBool()});
    }
    return out;
}

} // namespace

const QList<Region> &aliyunRegions()
{
    static const QList<Region> regions = load(QLatin1StringView("aliyun"));
    return regions;
}

const QList<Region> &huaweiRegions()
{
    static const QList<Region> regions = load(QLatin1StringView("huaweicloud"));
    return regions;
}

const Region *findRegion(const QList<Region> &regions, QStringView id)
{
    const auto it = std::find_if(regions.cbegin(), regions.cend(), [id](const Region &r) { return r.id == id; });
    return it == regions.cend() ? nullptr : &*it;
}

} // namespace flowlog::sandbox
