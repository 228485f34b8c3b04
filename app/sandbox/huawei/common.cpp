#include "huawei/common.h"

#include <algorithm>

namespace flowlog::sandbox::huawei {

Reply error(int status, const QString &code, const QString &message)
{
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}};
    return r;
}

Reply noSuchApi()
{
    return error(404, QStringLiteral("APIGW.0101"),
                 QStringLiteral("The API does not exist or has not been published in the environment"));
}

std::optional<MarkerPage> markerPage(const QList<QJsonObject> &matching, const QString &marker, int limit)
{
    qsizetype from = 0;
    if (!marker.isEmpty()) {
        const auto it = std::find_if(matching.cbegin(), matching.cend(), [&marker](const QJsonObject &o) {
            return o.value(QLatin1String("id")).toString() == marker;
        });
        if (it == matching.cend())
            return std::nullopt;
        from = (it - matching.cbegin()) + 1;
    }
    MarkerPage page;
    const qsizetype to = std::min<qsizetype>(matching.size(), from + limit);
    for (qsizetype i = from; i < to; ++i)
        page.rows.append(matching.at(i));
    page.pageInfo.insert(QStringLiteral("current_count"), static_cast<int>(page.rows.size()));
    if (to < matching.size() && !page.rows.isEmpty())
        page.pageInfo.insert(QStringLiteral("next_marker"), matching.at(to - 1).value(QLatin1String("id")).toString());
    return page;
}

std::optional<int> intQuery(const Pairs &query, const QString &name, int min, int max, int defaultValue)
{
    if (!hasKey(query, name))
        return defaultValue;
    bool ok = false;
    const int v = value(query, name).toInt(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

Reply keystoneError(int status, const QString &message)
{
    const QString title = status == 400   ? QStringLiteral("Bad Request")
                          : status == 401 ? QStringLiteral("Unauthorized")
                          : status == 403 ? QStringLiteral("Forbidden")
                                          : QStringLiteral("Not Found");
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                               {QStringLiteral("message"), message},
                                                               {QStringLiteral("title"), title}}}};
    r.requestIdInBody = false;
    return r;
}

QString uuidLike(QRandomGenerator &rng)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out.append(QLatin1Char('-'));
        if (i == 12)
            out.append(QLatin1Char('4')); // version 4
        else if (i == 16)
            out.append(QLatin1Char(hex[8 + rng.bounded(4)])); // RFC 4122 variant
        else
            out.append(QLatin1Char(hex[rng.bounded(16)]));
    }
    return out;
}

QString isoTime(const QDateTime &t, bool millis)
{
    return t.toUTC().toString(millis ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")
                                     : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime parseIso(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

} // namespace flowlog::sandbox::huawei
