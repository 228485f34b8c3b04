#include "flowlogexport.h"

#include "flowlogjson.h"
#include "flowlogstatus.h"
#include "privatefiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace flowlog {

namespace {

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\uFF1D': // full-width = + - @, which some spreadsheets fold to their ASCII forms
    case u'\uFF0B':
    case u'\uFF0D':
    case u'\uFF20':
        return true;
    default:
        return false;
    }
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString csvField(const QString &value)
{
    const QString v = startsLikeFormula(value) ? QLatin1Char('\'') + value : value;
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')) &&
        !v.contains(QLatin1Char('\r')))
        return v;
    QString quoted = v;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

namespace {

constexpr qsizetype kJsonChunk = 256 * 1024; // what writeJson() hands over at a time

// What QJsonDocument writes for an array of FlowLog::toJson() objects (through terminalSafeJson()), written row by
// row (json::appendRow) into out; with write, handed over and out emptied (keeping its memory) whenever it holds a
// chunk.
void writeJsonText(QByteArray &out, const QList<FlowLog> &rows, const QList<RowFreshness> &freshness,
                   const std::function<void(QByteArrayView)> &write)
{
    const bool marked = freshness.size() == rows.size();
    out += "[\n";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        out.append(4, ' ');
        json::Freshness fresh;
        if (marked)
            fresh = {true, freshness.at(i).stale, freshness.at(i).lastSeen};
        if (!json::appendRow(out, rows.at(i), 1, fresh)) {
            QJsonObject o = rows.at(i).toJson();
            if (marked) {
                o.insert(QStringLiteral("stale"), fresh.stale);
                if (fresh.stale)
                    o.insert(QStringLiteral("lastSeen"), isoTime(fresh.lastSeen));
            }
            json::appendRowSlowly(out, o, 1);
        }
        out += i + 1 < rows.size() ? ",\n" : "\n";
        if (write && out.size() >= kJsonChunk) {
            write(out);
            out.resize(0);
        }
    }
    out += "]\n";
    if (write)
        write(out);
}

} // namespace

QByteArray exportJson(const QList<FlowLog> &rows, const QList<RowFreshness> &freshness)
{
    QByteArray out;
    out.reserve(rows.size() * 2048 + 4); // a row with its raw object, indented: 1-2 KB
    writeJsonText(out, rows, freshness, {});
    return out; // terminal-safe as written (json::appendRow)
}

void writeJson(const QList<FlowLog> &rows, const std::function<void(QByteArrayView)> &write)
{
    QByteArray out;
    out.reserve(kJsonChunk + 64 * 1024); // a chunk and the row that fills it
    writeJsonText(out, rows, {}, write);
}

QByteArray exportNdjson(const QList<FlowLog> &rows)
{
    QByteArray out;
    out.reserve(rows.size() * 1024);
    for (const FlowLog &f : rows) {
        if (!json::appendRow(out, f, -1))
            json::appendRowSlowly(out, f.toJson(), -1);
        out += '\n';
    }
    return out; // terminal-safe as written (json::appendRow)
}

QByteArray exportCsv(const QList<FlowLog> &rows, bool withHeader, const QList<RowFreshness> &freshness)
{
    const bool marked = !freshness.isEmpty() && freshness.size() == rows.size();
    QString out;
    if (withHeader) {
        QStringList head = {
            QStringLiteral("account"),      QStringLiteral("cloud"),        QStringLiteral("service"),
            QStringLiteral("region"),       QStringLiteral("id"),           QStringLiteral("name"),
            QStringLiteral("status"),       QStringLiteral("resourceType"), QStringLiteral("resourceId"),
            QStringLiteral("trafficType"),  QStringLiteral("storage"),      QStringLiteral("intervalSeconds"),
            QStringLiteral("samplingRate"), QStringLiteral("created"),      QStringLiteral("tags"),
            QStringLiteral("description"),  QStringLiteral("deliverStatus")};
        if (marked)
            head << QStringLiteral("stale") << QStringLiteral("lastSeen");
        out += head.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const FlowLog &f = rows.at(i);
        QStringList cells = {f.account,
                             providerKey(f.provider),
                             serviceKey(f.service),
                             f.region,
                             f.id,
                             f.name,
                             shownStatus(f),
                             f.resourceType,
                             f.resourceId,
                             f.trafficType,
                             f.storageDisplay(),
                             QString::number(f.intervalSeconds),
                             f.samplingRate,
                             f.created.isValid() ? f.created.toString(Qt::ISODate) : QString(),
                             f.tagsDisplay(),
                             f.description,
                             f.deliverStatus};
        if (marked) {
            const RowFreshness &r = freshness.at(i);
            cells << (r.stale ? QStringLiteral("true") : QStringLiteral("false"))
                  << (r.stale ? isoTime(r.lastSeen) : QString());
        }
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvField(c);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

bool saveExport(const QString &path, const QList<FlowLog> &rows, QString *error, const QList<RowFreshness> &freshness)
{
    const QByteArray data = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                ? exportJson(rows, freshness)
                                : exportCsv(rows, true, freshness);
    return privatefiles::writeFile(path, data, privatefiles::Parent::AsIs, error);
}

} // namespace flowlog
