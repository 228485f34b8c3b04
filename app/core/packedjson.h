#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVarLengthArray>

namespace flowlog {

// A provider's JSON object kept compressed in memory: the raw JSON of every row is the largest part of a row, and
// it is read only for the details pane, export and `list --format json`. A page's rows are packed together, as one
// LZ4 block (with a preset dictionary of the service's keys and typical values) that each row shares and slices:
// similar objects side by side compress far better than one at a time (LZ4 codes a repeat as a short match), and one
// call a page costs less than one a row (docs/benchmarks.md). Reading a row decompresses its block; the last block a
// thread decompressed is kept, so reading a page's rows in turn (export) decompresses it once. Anything LZ4 does not
// shrink is stored as is. The packed form never leaves the process (caches and exports hold the JSON text), so the
// format may change freely.
class PackedJson
{
public:
    PackedJson() = default;
    // A block of its own; service picks the dictionary. Any bytes are accepted and json() gives them back unchanged.
    PackedJson(QByteArrayView json, Service service);
    // json held as is until packTogether() packs it with others (a parser's rows, packed once its page is read).
    [[nodiscard]] static PackedJson unpacked(QByteArray json);
    // Packs the values still unpacked as one block with service's dictionary; each keeps a share of the block and its
    // place in it. Values already packed are left as they are.
    static void packTogether(const QList<PackedJson *> &values, Service service);

    // The bytes given to the constructor; empty if this is empty or the packed form is damaged.
    [[nodiscard]] QByteArray json() const;
    [[nodiscard]] bool isEmpty() const { return m_block.isEmpty(); }
    [[nodiscard]] bool isUnpacked() const { return m_offset == kUnpacked; }
    // Bytes held for the packed form (the header included): the whole block, which the rows packed with this one
    // share.
    [[nodiscard]] qsizetype packedSize() const { return m_block.size(); }
    [[nodiscard]] const QByteArray &packed() const { return m_block; }
    // Rebuilds a value from packed(), the whole block (e.g. damaged on purpose by a test or a fuzzer).
    [[nodiscard]] static PackedJson fromPacked(const QByteArray &packed);

    friend bool operator==(const PackedJson &a, const PackedJson &b);

private:
    friend class PackedPage;

    static constexpr quint32 kUnpacked = 0xffffffffu; // m_offset: m_block is the JSON itself, not yet packed
    static constexpr quint32 kWhole = 0xffffffffu;    // m_size: the whole of the block's JSON (fromPacked)

    QByteArray m_block;   // [format byte][varint JSON size][LZ4 block] or [stored byte][JSON]; shared by a page
    quint32 m_offset = 0; // this value's JSON within the block's
    quint32 m_size = 0;
};

// A page's values written side by side into one buffer and packed at once, as packTogether() packs them but with no
// buffer of a value's own: a page parser appends each row's JSON to buffer() and calls endValue(), then pack() and
// value(i) for row i. The buffer is the thread's, kept from page to page (model-scale: a buffer a row, then one for
// the page, were a third of the parse in malloc and page faults; docs/benchmarks.md). At most 50 values a block, as
// packRawJson(): reading one decompresses its block.
class PackedPage
{
public:
    explicit PackedPage(Service service);
    ~PackedPage();
    PackedPage(const PackedPage &) = delete;
    PackedPage &operator=(const PackedPage &) = delete;

    // Where the next value's JSON goes: append to it, then call endValue().
    [[nodiscard]] QByteArray &buffer() { return m_json; }
    // Ends the value appended since the last call: value(count() - 1). An empty value is an empty PackedJson.
    void endValue() { m_ends.append(quint32(m_json.size())); }
    [[nodiscard]] qsizetype count() const { return m_ends.size(); }
    // Packs the values ended so far; value() gives them afterwards.
    void pack();
    [[nodiscard]] PackedJson value(qsizetype i) const;

private:
    static constexpr qsizetype kBlockValues = 50;

    Service m_service;
    QByteArray m_json;
    QVarLengthArray<quint32, 64> m_ends;     // each value's end in m_json
    QVarLengthArray<QByteArray, 2> m_blocks; // block b: values [b * kBlockValues, (b + 1) * kBlockValues)
};

} // namespace flowlog
