#include "coverageexport.h"

#include "flowlogexport.h"
#include "flowlogstatus.h"
#include "privatefiles.h"
#include "textsafety.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog {

using namespace Qt::StringLiterals;

QJsonObject coverageRecordJson(const CoverageRecord &r)
{
    return QJsonObject{{u"account"_s, r.account},
                       {u"accountId"_s, r.accountId},
                       {u"provider"_s, providerKey(r.provider)},
                       {u"service"_s, serviceKey(r.service)},
                       {u"region"_s, r.region},
                       {u"resourceType"_s, r.resourceType},
                       {u"resourceId"_s, r.resourceId},
                       {u"name"_s, r.name},
                       {u"state"_s, coverage::stateName(r.state)},
                       {u"flowLogIds"_s, QJsonArray::fromStringList(r.flowLogIds)}};
}

QJsonObject coverageOrphanJson(const CoverageOrphan &o)
{
    const FlowLog &f = o.flowLog;
    return QJsonObject{{u"account"_s, f.account},
                       {u"accountId"_s, o.accountId},
                       {u"provider"_s, providerKey(f.provider)},
                       {u"service"_s, serviceKey(f.service)},
                       {u"region"_s, f.region},
                       {u"flowLogId"_s, f.id},
                       {u"name"_s, f.name},
                       {u"status"_s, shownStatus(f)},
                       {u"resourceType"_s, f.resourceType},
                       {u"resourceId"_s, f.resourceId}};
}

const QStringList &coverageRecordKeys()
{
    static const QStringList keys{u"account"_s,      u"accountId"_s,  u"provider"_s, u"service"_s, u"region"_s,
                                  u"resourceType"_s, u"resourceId"_s, u"name"_s,     u"state"_s,   u"flowLogIds"_s};
    return keys;
}

const QStringList &coverageOrphanKeys()
{
    static const QStringList keys{u"account"_s,   u"accountId"_s, u"provider"_s, u"service"_s,      u"region"_s,
                                  u"flowLogId"_s, u"name"_s,      u"status"_s,   u"resourceType"_s, u"resourceId"_s};
    return keys;
}

QStringList coverageCells(const QJsonObject &o, const QStringList &keys)
{
    QStringList out;
    for (const QString &k : keys) {
        const QJsonValue v = o.value(k);
        out << (v.isArray() ? v.toVariant().toStringList().join(QLatin1Char(' ')) : v.toString());
    }
    return out;
}

QByteArray coverageCsvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << csvField(c);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray coverageCsv(const QList<QJsonObject> &objects, const QStringList &keys)
{
    QByteArray out = coverageCsvLine(keys);
    for (const QJsonObject &o : objects)
        out += coverageCsvLine(coverageCells(o, keys));
    return out;
}

bool saveCoverageExport(const QString &path, const QList<QJsonObject> &objects, const QStringList &keys, QString *error)
{
    QByteArray data;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonArray list;
        for (const QJsonObject &o : objects)
            list.append(o);
        data = terminalSafeJson(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        data = coverageCsv(objects, keys);
    }
    return privatefiles::writeFile(path, data, privatefiles::Parent::AsIs, error);
}

} // namespace flowlog
