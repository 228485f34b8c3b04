#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog::sandbox {

namespace {

// Bounded: a long benchmark over many accounts must not grow the cache without end.
constexpr qsizetype kMaxRecords = 200000;

// A number exactly as QJsonDocument writes it (integer or shortest double), so cached and uncached answers match.
void appendNumber(QByteArray &out, const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(wrapped.constData() + 1, wrapped.size() - 2);
}

// A string with QJsonDocument's escapes: \" \\ \b \f \n \r \t, other controls as \u00xx, the rest as UTF-8.
void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendScalar(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    default:
        out += "null";
        break;
    }
}

} // namespace

QByteArray JsonWriter::write(const QJsonObject &object, const QString &extraKey, const QString &extraValue)
{
    QByteArray out;
    out.reserve(4096);
    if (extraKey.isEmpty()) {
        appendObject(out, object);
        return out;
    }
    // As if extraKey had been inserted: QJsonObject keeps its keys sorted, and an existing value is replaced.
    out += '{';
    bool first = true;
    bool written = false;
    const auto separator = [&] {
        if (!first)
            out += ',';
        first = false;
    };
    const auto writeExtra = [&] {
        separator();
        appendString(out, extraKey);
        out += ':';
        appendString(out, extraValue);
        written = true;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (!written && key >= extraKey) {
            writeExtra();
            if (key == extraKey)
                continue;
        }
        separator();
        appendString(out, key);
        out += ':';
        appendValue(out, it.value());
    }
    if (!written)
        writeExtra();
    out += '}';
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
        appendString(out, it.key());
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

bool JsonWriter::remember(const QJsonObject &record)
{
    if (m_records.size() >= kMaxRecords)
        return false;
    QByteArray scratch;
    appendRecord(scratch, record);
    return true;
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
