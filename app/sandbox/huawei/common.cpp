#include "huawei/common.h"

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
