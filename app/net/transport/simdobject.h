#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <string_view>

namespace flowlog::json {

// One object of a simdjson DOM, read with exactly the meaning the QJsonObject readers (jsonread.h) give the same
// object: the page parsers parse a page with simdjson (~10x faster than QJsonDocument) and hand the rows over only
// when every value they read means what it would have meant through QJsonDocument. Where that cannot be vouched for
// (a non-integer number, an integer beyond 2^53, a duplicate or non-ASCII key, an escaped lone surrogate) the object
// turns unsure and the caller parses the page with QJsonDocument instead, so rows and errors stay identical.
class SimdObject
{
public:
    SimdObject() = default; // an empty object (what QJsonValue::toObject() gives for a non-object)
    explicit SimdObject(simdjson::dom::object object);

    // The member's value; false when there is no such member.
    [[nodiscard]] bool find(QLatin1StringView key, simdjson::dom::element &value) const;
    [[nodiscard]] bool isEmpty() const { return m_members.isEmpty(); }
    // False once something read from this object could mean something else through QJsonDocument.
    [[nodiscard]] bool sure() const { return m_sure; }
    void markUnsure() const { m_sure = false; }

    // The object as QJsonDocument(o).toJson(Compact) writes it: members sorted by key, no whitespace.
    void appendCompact(QByteArray &out) const;

private:
    struct Member
    {
        std::string_view key;
        simdjson::dom::element value;
    };
    QVarLengthArray<Member, 32> m_members; // sorted by key
    mutable bool m_sure = true;
};

// Whether every value of the document is one the readers below treat exactly as QJsonDocument does: numbers are
// integers within +-2^53 (QJsonDocument refuses some numbers simdjson takes, e.g. 1e400, and rounds others), no
// string holds an escaped lone surrogate (simdjson writes it as invalid UTF-8). A page that is not plain goes the
// QJsonDocument way.
[[nodiscard]] bool isPlain(simdjson::dom::element element);

// Parses body with this thread's parser (a DOM stays valid until the thread's next parse); false when simdjson
// refuses it (the caller then lets QJsonDocument say why) or it is not plain.
[[nodiscard]] bool parseDom(QByteArrayView body, simdjson::dom::element &root);
// The same, for a body that must be a JSON object: false when it is not one.
[[nodiscard]] bool parseRootObject(QByteArrayView body, SimdObject &root);

// How many pages the simdjson path has parsed in this process: a plain page that falls back to QJsonDocument is
// still right, only slower, so tests check that plain pages take it. countSimdPage() is called by the page parsers.
[[nodiscard]] quint64 simdPageCount();
void countSimdPage();

// The readers of jsonread.h over a SimdObject, with the same results (or o turns unsure).
[[nodiscard]] QString str(const SimdObject &o, QLatin1StringView key);
// str() for values that repeat across rows (statuses, types, regions, storage names, tags): a short string equal to
// one this thread read recently is the same QString, shared (no allocation a field; rows hold a reference).
[[nodiscard]] QString sharedStr(const SimdObject &o, QLatin1StringView key);
// The QString of UTF-8 text s, shared with this thread's earlier equal ones when s is short (sharedStr's cache).
[[nodiscard]] QString sharedString(std::string_view s);
[[nodiscard]] qint64 integer(const SimdObject &o, QLatin1StringView key, qint64 fallback = -1);
[[nodiscard]] QByteArray compact(const SimdObject &o);
[[nodiscard]] QList<Tag> tags(const SimdObject &o); // Tags:[...] or Tags:{Tag:[...]}

// json::array() over a SimdObject: the elements of key's array, or of its nested array, or the single element sent
// without its array, as QJsonArray elements would be.
class SimdArray
{
public:
    SimdArray() = default;
    SimdArray(const SimdObject &o, QLatin1StringView key, QLatin1StringView nested = {});

    [[nodiscard]] qsizetype size() const { return m_items.size(); }
    [[nodiscard]] simdjson::dom::element at(qsizetype i) const { return m_items.at(i); }
    // Element i as an object; an empty one (isObject false) when it is not an object, as QJsonValue::toObject().
    [[nodiscard]] SimdObject objectAt(qsizetype i, bool *isObject = nullptr) const;

private:
    QVarLengthArray<simdjson::dom::element, 64> m_items;
};

} // namespace flowlog::json
