#include "flowlog.h"

#include "flowlogstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

namespace flowlog {

namespace {

// The number written by s[from, from + n), or -1 when one of them is not an ASCII digit.
int digitsAt(QStringView s, qsizetype from, qsizetype n)
{
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The forms the providers send nearly always, read by hand: "2024-01-02T03:04:05Z", with ".678" milliseconds
// (Huawei) or without seconds (ECR). QDateTime::fromString took a microsecond or two a call and most rows' times were
// tried with two formats, a third of a row's parsing (docs/benchmarks.md). Anything else, or a field out of range,
// gives an invalid QDateTime and goes to QDateTime::fromString, which decides what it means.
QDateTime usualUtcTime(QStringView t)
{
    const qsizetype n = t.size();
    if ((n != 17 && n != 20 && n != 24) || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' ||
        t[n - 1] != u'Z')
        return {};
    const int year = digitsAt(t, 0, 4), month = digitsAt(t, 5, 2), day = digitsAt(t, 8, 2);
    const int hour = digitsAt(t, 11, 2), minute = digitsAt(t, 14, 2);
    int second = 0, ms = 0;
    if (n >= 20)
        second = t[16] == u':' ? digitsAt(t, 17, 2) : -1;
    if (n == 24)
        ms = t[19] == u'.' ? digitsAt(t, 20, 3) : -1;
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
        second > 59 || ms < 0 || !QDate::isValid(year, month, day))
        return {};
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

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
    if (QDateTime usual = usualUtcTime(t); usual.isValid())
        return usual;
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
