#include "coverageexport.h"

#include "flowlogexport.h"
#include "flowlogstatus.h"
#include "privatefiles.h"
#include "textsafety.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog {

using namespace Qt::StringLiterals;

namespace {

// The columns every coverage export starts with: whose and where (a record's resource, an orphan's flow log).
QStringList placeKeys()
{
    return {u"account"_s, u"accountId"_s, u"provider"_s, u"service"_s, u"region"_s};
}

QJsonObject placeJson(const QString &account, const QString &accountId, Provider provider, Service service,
                      const QString &region)
{
    return QJsonObject{{u"account"_s, account},
                       {u"accountId"_s, accountId},
                       {u"provider"_s, providerKey(provider)},
                       {u"service"_s, serviceKey(service)},
                       {u"region"_s, region}};
}

} // namespace

QJsonObject coverageRecordJson(const CoverageRecord &r)
{
    QJsonObject o = placeJson(r.account, r.accountId, r.provider, r.service, r.region);
    o.insert(u"resourceType"_s, r.resourceType);
    o.insert(u"resourceId"_s, r.resourceId);
    o.insert(u"name"_s, r.name);
    o.insert(u"state"_s, coverage::stateName(r.state));
    o.insert(u"flowLogIds"_s, QJsonArray::fromStringList(r.flowLogIds));
    return o;
}

QJsonObject coverageOrphanJson(const CoverageOrphan &orphan)
{
    const FlowLog &f = orphan.flowLog;
    QJsonObject o = placeJson(f.account, orphan.accountId, f.provider, f.service, f.region);
    o.insert(u"flowLogId"_s, f.id);
    o.insert(u"name"_s, f.name);
    o.insert(u"status"_s, shownStatus(f));
    o.insert(u"resourceType"_s, f.resourceType);
    o.insert(u"resourceId"_s, f.resourceId);
    return o;
}

const QStringList &coverageRecordKeys()
{
    static const QStringList keys =
        placeKeys() + QStringList{u"resourceType"_s, u"resourceId"_s, u"name"_s, u"state"_s, u"flowLogIds"_s};
    return keys;
}

const QStringList &coverageOrphanKeys()
{
    static const QStringList keys =
        placeKeys() + QStringList{u"flowLogId"_s, u"name"_s, u"status"_s, u"resourceType"_s, u"resourceId"_s};
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
