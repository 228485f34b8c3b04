#include "flowlog.h"

#include "flowlogstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

namespace flowlog {

QJsonObject FlowLog::raw() const
{
    return QJsonDocument::fromJson(rawJson.json()).object();
}

bool FlowLog::hasProblem() const
{
    if (deliverStatus.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0)
        return true;
    static const QStringList bad = {QStringLiteral("inactive"), QStringLiteral("failed"), QStringLiteral("deleted"),
                                    QStringLiteral("deleting")};
    return bad.contains(shownStatus(*this).toLower());
}

QString FlowLog::storageDisplay() const
{
    if (storageProject.isEmpty())
        return storageStore;
    if (storageStore.isEmpty())
        return storageProject;
    return storageProject + QStringLiteral(" / ") + storageStore;
}

QString FlowLog::tagsDisplay() const
{
    QStringList parts;
    parts.reserve(tags.size());
    for (const Tag &tag : tags)
        parts << (tag.value.isEmpty() ? tag.key : tag.key + QLatin1Char('=') + tag.value);
    return parts.join(QStringLiteral(", "));
}

QString FlowLog::key() const
{
    return profileId + QLatin1Char('|') + serviceKey(service) + QLatin1Char('|') + region + QLatin1Char('|') + id;
}

QJsonObject FlowLog::toJson() const
{
    QJsonArray tagArray;
    for (const Tag &tag : tags)
        tagArray.append(QJsonObject{{QStringLiteral("key"), tag.key}, {QStringLiteral("value"), tag.value}});
    QJsonObject o{
        {QStringLiteral("account"), account},
        {QStringLiteral("cloud"), providerKey(provider)},
        {QStringLiteral("service"), serviceKey(service)},
        {QStringLiteral("region"), region},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("status"), shownStatus(*this)},
        {QStringLiteral("resourceType"), resourceType},
        {QStringLiteral("resourceId"), resourceId},
        {QStringLiteral("trafficType"), trafficType},
        {QStringLiteral("storageProject"), storageProject},
        {QStringLiteral("storageStore"), storageStore},
        {QStringLiteral("intervalSeconds"), intervalSeconds},
        {QStringLiteral("samplingRate"), samplingRate},
        {QStringLiteral("created"), created.isValid() ? created.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("tags"), tagArray},
    };
    if (!deliverStatus.isEmpty())
        o.insert(QStringLiteral("deliverStatus"), deliverStatus);
    if (!deliverMessage.isEmpty())
        o.insert(QStringLiteral("deliverMessage"), deliverMessage);
    o.insert(QStringLiteral("raw"), raw());
    return o;
}

QDateTime parseProviderTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // "2023-09-21T04:20Z" (no seconds) and "2020-03-11 15:13:31" (space) appear in real responses.
        static const char *formats[] = {"yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
                                        "yyyy-MM-dd'T'HH:mm"};
        for (const char *format : formats) {
            dt = QDateTime::fromString(t, QLatin1String(format));
            if (dt.isValid()) {
                dt.setTimeZone(QTimeZone::utc());
                break;
            }
        }
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

void packRawJson(QList<FlowLog> &rows)
{
    // At most this many rows a block: reading one row decompresses its whole block (a page is 50 rows; a cache's
    // source may hold thousands).
    constexpr qsizetype kBlockRows = 50;
    QList<PackedJson *> block;
    block.reserve(kBlockRows);
    qsizetype i = 0;
    while (i < rows.size()) {
        const Service service = rows.at(i).service;
        block.clear();
        for (; i < rows.size() && rows.at(i).service == service && block.size() < kBlockRows; ++i)
            block.append(&rows[i].rawJson);
        PackedJson::packTogether(block, service);
    }
}

} // namespace flowlog
