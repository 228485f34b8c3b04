#include "simdobject.h"

#include "flowlogjson.h"

#include "rowreaders.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>

namespace flowlog::json {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Integers QJsonValue holds exactly and reads back as the same double (json::integer and json::str go through
// toDouble()).
constexpr std::int64_t kExactLimit = std::int64_t(1) << 53;
// Well inside both parsers' nesting limits (1024 each, counted differently).
constexpr int kMaxDepth = 512;

std::atomic<quint64> simdPages{0};

// By value: value_unsafe() returns a reference into the temporary simdjson_result, which a range-for would keep
// using after the temporary is gone.
simdjson::dom::array arrayOf(element e)
{
    return e.get_array().value_unsafe();
}

simdjson::dom::object objectOf(element e)
{
    return e.get_object().value_unsafe();
}

bool asciiKey(std::string_view key)
{
    return std::all_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// simdjson turns an escaped lone surrogate (\udc00) into the three bytes of its code point, which are not UTF-8;
// QJsonDocument keeps it as one QChar.
bool hasEncodedSurrogate(std::string_view s)
{
    // memchr for the lead byte: every string of every page passes here (isPlain), nearly all of them ASCII.
    const char *p = s.data();
    const char *end = s.data() + s.size();
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, 0xed, std::size_t(end - p)));
        if (!p || p + 1 >= end)
            return false;
        if (static_cast<unsigned char>(p[1]) >= 0xa0)
            return true;
        ++p;
    }
    return false;
}

bool plainAt(element e, int depth)
{
    switch (e.type()) {
    case element_type::ARRAY:
        if (depth > kMaxDepth)
            return false;
        for (const element child : arrayOf(e)) {
            if (!plainAt(child, depth + 1))
                return false;
        }
        return true;
    case element_type::OBJECT:
        if (depth > kMaxDepth)
            return false;
        for (const simdjson::dom::key_value_pair field : objectOf(e)) {
            if (hasEncodedSurrogate(field.key) || !plainAt(field.value, depth + 1))
                return false;
        }
        return true;
    case element_type::INT64: {
        const std::int64_t n = e.get_int64().value_unsafe();
        return n <= kExactLimit && n >= -kExactLimit;
    }
    case element_type::UINT64:
    case element_type::DOUBLE:
        return false;
    case element_type::STRING:
        return !hasEncodedSurrogate(e.get_string().value_unsafe());
    case element_type::BOOL:
    case element_type::NULL_VALUE:
        return true;
    }
    return false;
}

// QJsonDocument's writer: the core's (flowlogjson.h), which the export writes rows with too.
void appendString(QByteArray &out, std::string_view s)
{
    appendQuoted(out, QByteArrayView(s.data(), qsizetype(s.size())));
}

// Appends e as QJsonDocument writes it; false when a nested object is unsure.
bool appendValue(QByteArray &out, element e)
{
    switch (e.type()) {
    case element_type::ARRAY: {
        out.append('[');
        bool first = true;
        for (const element child : arrayOf(e)) {
            if (!first)
                out.append(',');
            first = false;
            if (!appendValue(out, child))
                return false;
        }
        out.append(']');
        return true;
    }
    case element_type::OBJECT: {
        const SimdObject nested(objectOf(e));
        nested.appendCompact(out);
        return nested.sure();
    }
    case element_type::INT64: {
        char digits[24]; // a 64-bit integer and its sign; written without a QByteArray of its own
        const auto written = std::to_chars(std::begin(digits), std::end(digits), e.get_int64().value_unsafe());
        out.append(digits, qsizetype(written.ptr - digits));
        return true;
    }
    case element_type::STRING:
        appendString(out, e.get_string().value_unsafe());
        return true;
    case element_type::BOOL:
        out.append(e.get_bool().value_unsafe() ? QByteArrayView("true") : QByteArrayView("false"));
        return true;
    case element_type::NULL_VALUE:
        out.append("null", 4);
        return true;
    case element_type::UINT64:
    case element_type::DOUBLE:
        return false; // isPlain() refused these already
    }
    return false;
}

// sharedString()'s cache: a row's statuses, types, region, storage names and tags repeat across a sweep's rows, and
// an allocation for each was most of model-scale's parse time (malloc in a heap that grows by the rows kept, and the
// page faults of touching it: docs/benchmarks.md). Two-way set associative, the way least recently used replaced on a
// miss: a thread keeps at most kSets * 2 strings of at most kMaxBytes whatever it reads, and a value that does not
// repeat costs one hash and copy more than a plain read. Two ways: with one, two frequent values that share a slot
// replaced each other row after row, and the table model then found them unpooled (and copied the rows' tags).
class StringCache
{
public:
    QString get(std::string_view s)
    {
        if (s.empty() || s.size() > kMaxBytes)
            return QString::fromUtf8(s.data(), qsizetype(s.size()));
        const std::size_t set = hash(s) & (kSets - 1);
        for (std::size_t way = 0; way < 2; ++way) {
            const Slot &slot = m_slots[set * 2 + way];
            if (slot.size == s.size() && std::memcmp(slot.bytes.data(), s.data(), s.size()) == 0) {
                m_older[set] = !way;
                return slot.value;
            }
        }
        const std::size_t way = m_older[set];
        m_older[set] = !way;
        Slot &slot = m_slots[set * 2 + way];
        slot.value = QString::fromUtf8(s.data(), qsizetype(s.size()));
        std::memcpy(slot.bytes.data(), s.data(), s.size());
        slot.size = s.size();
        return slot.value;
    }

private:
    static constexpr std::size_t kSets = 512; // a power of two
    static constexpr std::size_t kMaxBytes = 48;
    struct Slot
    {
        std::array<char, kMaxBytes> bytes{};
        std::size_t size = 0; // 0: unused (empty text is never cached)
        QString value;
    };

    // FNV-1a: short keys, and a collision only costs a miss.
    static std::size_t hash(std::string_view s)
    {
        std::uint32_t h = 2166136261u;
        for (const char c : s)
            h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h;
    }

    std::array<Slot, kSets * 2> m_slots;
    std::array<bool, kSets> m_older{}; // per set, the way to replace next
};

} // namespace

QString sharedString(std::string_view s)
{
    // On the heap, not in the static TLS block every thread starts with (see packedjson.cpp's compressed()).
    thread_local std::unique_ptr<StringCache> cache;
    if (!cache)
        cache = std::make_unique<StringCache>();
    return cache->get(s);
}

SimdObject::SimdObject(simdjson::dom::object object)
{
    for (const simdjson::dom::key_value_pair field : object) {
        if (!asciiKey(field.key))
            m_sure = false; // QJsonObject orders non-ASCII keys by UTF-16, not by bytes
        m_members.append({field.key, field.value});
    }
    std::sort(m_members.begin(), m_members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
    // QJsonObject keeps the last of duplicate keys; which one is last is gone after sorting.
    if (std::adjacent_find(m_members.cbegin(), m_members.cend(),
                           [](const Member &a, const Member &b) { return a.key == b.key; }) != m_members.cend())
        m_sure = false;
}

bool SimdObject::find(QLatin1StringView key, simdjson::dom::element &value) const
{
    const std::string_view k(key.data(), std::size_t(key.size()));
    const auto it = std::lower_bound(m_members.cbegin(), m_members.cend(), k,
                                     [](const Member &m, std::string_view wanted) { return m.key < wanted; });
    if (it == m_members.cend() || it->key != k)
        return false;
    value = it->value;
    return true;
}

void SimdObject::appendCompact(QByteArray &out) const
{
    out.append('{');
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, m_members.at(i).key);
        out.append(':');
        if (!appendValue(out, m_members.at(i).value))
            m_sure = false;
    }
    out.append('}');
}

bool isPlain(simdjson::dom::element element)
{
    return plainAt(element, 0);
}

bool parseDom(QByteArrayView body, simdjson::dom::element &root)
{
    // Nothing is no JSON document (and an empty view's data() may be null, which simdjson hands to memcpy): the
    // QJsonDocument path says so in Qt's words.
    if (body.isEmpty())
        return false;
    thread_local simdjson::dom::parser parser;
    // The body has no padding of its own: simdjson copies it into the parser's padded buffer.
    if (parser.parse(body.data(), std::size_t(body.size())).get(root) != simdjson::SUCCESS)
        return false;
    return isPlain(root);
}

bool parseRootObject(QByteArrayView body, SimdObject &root)
{
    simdjson::dom::element e;
    if (!parseDom(body, e) || e.type() != element_type::OBJECT)
        return false;
    root = SimdObject(objectOf(e));
    return true;
}

quint64 simdPageCount()
{
    return simdPages.load(std::memory_order_relaxed);
}

void countSimdPage()
{
    simdPages.fetch_add(1, std::memory_order_relaxed);
}

QString str(const SimdObject &o, QLatin1StringView key)
{
    element v;
    if (!o.find(key, v))
        return {};
    switch (v.type()) {
    case element_type::STRING: {
        const std::string_view s = v.get_string().value_unsafe();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    case element_type::INT64:
        return QString::number(qint64(v.get_int64().value_unsafe()));
    case element_type::BOOL:
        return v.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    case element_type::NULL_VALUE:
    case element_type::ARRAY:
    case element_type::OBJECT:
        return {};
    case element_type::UINT64:
    case element_type::DOUBLE:
        break;
    }
    o.markUnsure();
    return {};
}

QString sharedStr(const SimdObject &o, QLatin1StringView key)
{
    element v;
    if (o.find(key, v) && v.type() == element_type::STRING)
        return sharedString(v.get_string().value_unsafe());
    return str(o, key); // absent, or not a string: as str() reads it
}

qint64 integer(const SimdObject &o, QLatin1StringView key, qint64 fallback)
{
    element v;
    if (!o.find(key, v))
        return fallback;
    switch (v.type()) {
    case element_type::INT64:
        return v.get_int64().value_unsafe();
    case element_type::STRING: {
        bool ok = false;
        const std::string_view s = v.get_string().value_unsafe();
        const qint64 n = QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    case element_type::BOOL:
    case element_type::NULL_VALUE:
    case element_type::ARRAY:
    case element_type::OBJECT:
        return fallback;
    case element_type::UINT64:
    case element_type::DOUBLE:
        break;
    }
    o.markUnsure();
    return fallback;
}

QByteArray compact(const SimdObject &o)
{
    // Written into the thread's buffer and copied out at its size: reserving a KB an object made every row's buffer
    // a "large" malloc request, which consolidates the heap's fast bins each time (the most of model-scale's parse
    // time that malloc took, docs/benchmarks.md).
    thread_local QByteArray scratch;
    scratch.resize(0); // keeps the capacity (clear() would free it)
    o.appendCompact(scratch);
    return QByteArray(scratch.constData(), scratch.size());
}

SimdArray::SimdArray(const SimdObject &o, QLatin1StringView key, QLatin1StringView nested)
{
    element v;
    if (!o.find(key, v))
        return;
    if (v.type() == element_type::ARRAY) {
        for (const element e : arrayOf(v))
            m_items.append(e);
        return;
    }
    if (v.type() != element_type::OBJECT)
        return;
    const SimdObject wrapper(objectOf(v));
    if (!wrapper.sure())
        o.markUnsure();
    element inner;
    const bool hasInner = !nested.isEmpty() && wrapper.find(nested, inner);
    if (hasInner && inner.type() == element_type::ARRAY) {
        for (const element e : arrayOf(inner))
            m_items.append(e);
    } else if (hasInner && inner.type() == element_type::OBJECT) {
        m_items.append(inner); // a single element sent without its array
    } else if (!hasInner && !wrapper.isEmpty()) {
        m_items.append(v); // a flat API's single element sent as an object
    }
}

SimdObject SimdArray::objectAt(qsizetype i, bool *isObject) const
{
    const element e = m_items.at(i);
    const bool object = e.type() == element_type::OBJECT;
    if (isObject)
        *isObject = object;
    return object ? SimdObject(objectOf(e)) : SimdObject();
}

QList<Tag> tags(const SimdObject &o)
{
    QList<Tag> out;
    const SimdArray arr(o, QLatin1StringView("Tags"), QLatin1StringView("Tag"));
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const SimdObject t = arr.objectAt(i);
        appendTag(out, t);
        if (!t.sure())
            o.markUnsure();
    }
    return out;
}

} // namespace flowlog::json
