#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QByteArrayView>

namespace flowlog {

// A provider's JSON object kept compressed in memory: the raw JSON of every row is the largest part of a row, and
// it is read only for the details pane, export and `list --format json`. LZ4 with a preset dictionary of the
// service's keys and typical values shrinks a typical object to about a third in ~0.5 us (zlib took ~12 us for ~20%
// smaller output, half of a page's parsing: docs/benchmarks.md); anything that LZ4 does not shrink is stored as is.
// The packed form never leaves the process (caches and exports hold the JSON text), so the format may change freely.
class PackedJson
{
public:
    PackedJson() = default;
    // service picks the dictionary; any bytes are accepted and json() gives them back unchanged.
    PackedJson(QByteArrayView json, Service service);

    // The bytes given to the constructor; empty if this is empty or the packed form is damaged.
    [[nodiscard]] QByteArray json() const;
    [[nodiscard]] bool isEmpty() const { return m_packed.isEmpty(); }
    // Bytes held for the packed form (the header included).
    [[nodiscard]] qsizetype packedSize() const { return m_packed.size(); }
    [[nodiscard]] const QByteArray &packed() const { return m_packed; }
    // Rebuilds a value from packed(), e.g. damaged on purpose by a test or a fuzzer.
    [[nodiscard]] static PackedJson fromPacked(const QByteArray &packed);

    friend bool operator==(const PackedJson &a, const PackedJson &b);

private:
    QByteArray m_packed; // [format byte][varint JSON size][LZ4 block] or [stored byte][JSON]
};

} // namespace flowlog
