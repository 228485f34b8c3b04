#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog::sandbox {

namespace {

// Bounded: a long benchmark over many accounts must not grow the cache without end.
constexpr qsizetype kMaxRecords = 200000;

// A scalar exactly as QJsonDocument writes it (numbers, escapes), so cached and uncached answers are identical.
void appendScalar(QByteArray &out, const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(wrapped.constData() + 1, wrapped.size() - 2);
}

} // namespace

QByteArray JsonWriter::write(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(4096);
    appendObject(out, object);
    return out;
}

void JsonWriter::appendObject(QByteArray &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendScalar(out, QJsonValue(it.key()));
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void JsonWriter::appendValue(QByteArray &out, const QJsonValue &value)
{
    if (value.isObject()) {
        appendObject(out, value.toObject());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            const QJsonValue item = array.at(i);
            if (item.isObject())
                appendRecord(out, item.toObject());
            else
                appendValue(out, item);
        }
        out += ']';
    } else {
        appendScalar(out, value);
    }
}

void JsonWriter::appendRecord(QByteArray &out, const QJsonObject &record)
{
    QString id = record.value(QLatin1String("FlowLogId")).toString();
    if (id.isEmpty())
        id = record.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        appendObject(out, record);
        return;
    }
    auto it = m_records.find(id);
    if (it != m_records.end() && it->record == record) {
        out += it->json;
        return;
    }
    const QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
    out += json;
    if (m_records.size() >= kMaxRecords)
        m_records.clear();
    m_records.insert(id, Entry{record, json});
}

} // namespace flowlog::sandbox
