#include "resultscache.h"

#include "flowlogtablemodel.h"
#include "jsonfields.h"
#include "privatefiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace flowlog {

namespace {
constexpr int cacheVersion = 1;
} // namespace

int ResultsCache::Contents::rowCount() const
{
    int n = 0;
    for (const Source &s : sources)
        n += static_cast<int>(s.rows.size());
    return n;
}

QString ResultsCache::defaultPath(const QString &session)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return dir +
           (session.isEmpty() ? QStringLiteral("/results.json") : QStringLiteral("/results-%1.json").arg(session));
}

QJsonObject ResultsCache::toJson(const FlowLog &f)
{
    QJsonArray tags;
    for (const Tag &t : f.tags)
        tags.append(QJsonArray{t.key, t.value});
    return QJsonObject{
        {QStringLiteral("account"), f.account},
        {QStringLiteral("profileId"), f.profileId},
        {QStringLiteral("cloud"), providerKey(f.provider)},
        {QStringLiteral("service"), serviceKey(f.service)},
        {QStringLiteral("region"), f.region},
        {QStringLiteral("id"), f.id},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("description"), f.description},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("resourceType"), f.resourceType},
        {QStringLiteral("resourceId"), f.resourceId},
        {QStringLiteral("trafficType"), f.trafficType},
        {QStringLiteral("storageProject"), f.storageProject},
        {QStringLiteral("storageStore"), f.storageStore},
        {QStringLiteral("intervalSeconds"), f.intervalSeconds},
        {QStringLiteral("samplingRate"), f.samplingRate},
        {QStringLiteral("created"), f.created.isValid() ? f.created.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("deliverStatus"), f.deliverStatus},
        {QStringLiteral("deliverMessage"), f.deliverMessage},
        {QStringLiteral("raw"), QString::fromUtf8(f.rawJson.json())},
    };
}

FlowLog ResultsCache::fromJson(const QJsonObject &o)
{
    FlowLog f;
    QString cloud, service, created, raw;
    readStringFields(o, {{QLatin1String("account"), &f.account},
                         {QLatin1String("profileId"), &f.profileId},
                         {QLatin1String("cloud"), &cloud},
                         {QLatin1String("service"), &service},
                         {QLatin1String("region"), &f.region},
                         {QLatin1String("id"), &f.id},
                         {QLatin1String("name"), &f.name},
                         {QLatin1String("description"), &f.description},
                         {QLatin1String("status"), &f.status},
                         {QLatin1String("resourceType"), &f.resourceType},
                         {QLatin1String("resourceId"), &f.resourceId},
                         {QLatin1String("trafficType"), &f.trafficType},
                         {QLatin1String("storageProject"), &f.storageProject},
                         {QLatin1String("storageStore"), &f.storageStore},
                         {QLatin1String("samplingRate"), &f.samplingRate},
                         {QLatin1String("created"), &created},
                         {QLatin1String("deliverStatus"), &f.deliverStatus},
                         {QLatin1String("deliverMessage"), &f.deliverMessage},
                         {QLatin1String("raw"), &raw}});
    f.provider = providerFromKey(cloud).value_or(Provider::Aliyun);
    f.service = serviceFromKey(service).value_or(Service::Vpc);
    f.intervalSeconds = o.value(QLatin1String("intervalSeconds")).toInt();
    f.created = parseProviderTime(created);
    const QJsonArray tags = o.value(QLatin1String("tags")).toArray();
    for (const QJsonValue &t : tags) {
        const QJsonArray kv = t.toArray();
        f.tags.append(Tag{kv.at(0).toString(), kv.at(1).toString()});
    }
    f.rawJson = PackedJson::unpacked(raw.toUtf8()); // load() packs a source's rows together
    return f;
}

bool ResultsCache::save(const QString &path, const FlowLogTableModel &table, QString *error)
{
    QHash<QString, QJsonArray> bySource;
    QStringList order;
    for (int i = 0; i < table.rowCount(); ++i) {
        const QString &source = table.sourceOf(i);
        auto it = bySource.find(source);
        if (it == bySource.end()) {
            it = bySource.insert(source, {});
            order.append(source);
        }
        it->append(toJson(table.at(i)));
    }
    QJsonArray sources;
    for (const QString &id : std::as_const(order)) {
        QJsonObject source{{QStringLiteral("id"), id}, {QStringLiteral("rows"), bySource.value(id)}};
        const QDateTime seenAt = table.lastSeen(id);
        if (seenAt.isValid())
            source.insert(QStringLiteral("seenAt"), seenAt.toUTC().toString(Qt::ISODateWithMs));
        sources.append(source);
    }
    const QJsonObject root{
        {QStringLiteral("version"), cacheVersion},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("sources"), sources},
    };
    return privatefiles::writeFile(path, QJsonDocument(root).toJson(QJsonDocument::Compact),
                                   privatefiles::Parent::Private, error);
}

ResultsCache::Contents ResultsCache::load(const QString &path)
{
    Contents out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("version")).toInt() != cacheVersion)
        return out;
    out.savedAt = QDateTime::fromString(root.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    const QJsonArray sources = root.value(QLatin1String("sources")).toArray();
    for (const QJsonValue &v : sources) {
        const QJsonObject o = v.toObject();
        Source s;
        s.id = o.value(QLatin1String("id")).toString();
        s.seenAt = QDateTime::fromString(o.value(QLatin1String("seenAt")).toString(), Qt::ISODateWithMs);
        const QJsonArray rows = o.value(QLatin1String("rows")).toArray();
        s.rows.reserve(rows.size());
        for (const QJsonValue &r : rows)
            s.rows.append(fromJson(r.toObject()));
        packRawJson(s.rows);
        if (!s.id.isEmpty())
            out.sources.append(s);
    }
    return out;
}

} // namespace flowlog
