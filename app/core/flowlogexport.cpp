#include "flowlogexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace flowlog {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray exportJson(const QList<FlowLog> &rows)
{
    QJsonArray arr;
    for (const FlowLog &f : rows)
        arr.append(f.toJson());
    return QJsonDocument(arr).toJson(QJsonDocument::Indented);
}

QByteArray exportCsv(const QList<FlowLog> &rows)
{
    QString out;
    const QStringList head = {QStringLiteral("account"), QStringLiteral("cloud"), QStringLiteral("service"),
                              QStringLiteral("region"), QStringLiteral("id"), QStringLiteral("name"),
                              QStringLiteral("status"), QStringLiteral("resourceType"), QStringLiteral("resourceId"),
                              QStringLiteral("trafficType"), QStringLiteral("storage"), QStringLiteral("intervalSeconds"),
                              QStringLiteral("samplingRate"), QStringLiteral("created"), QStringLiteral("tags"),
                              QStringLiteral("description"), QStringLiteral("deliverStatus")};
    out += head.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const FlowLog &f : rows) {
        const QStringList cells = {f.account, providerKey(f.provider), serviceKey(f.service), f.region, f.id, f.name,
                                   f.status, f.resourceType, f.resourceId, f.trafficType, f.storageDisplay(),
                                   QString::number(f.intervalSeconds), f.samplingRate,
                                   f.created.isValid() ? f.created.toString(Qt::ISODate) : QString(), f.tagsDisplay(),
                                   f.description, f.deliverStatus};
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvField(c);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace flowlog
