#include "roworder.h"

#include "flowlogtablemodel.h"

#include <QDateTime>
#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <limits>
#include <numeric>

namespace flowlog {

namespace {

// Key bytes: text is case-folded UTF-8 with bytes below 2 raised to 2, each field ends with 0x01 (so a shorter
// field sorts first), a list ends with 0x00, numbers are 8 big-endian bytes with the sign bit flipped.
constexpr char kFieldEnd = '\x01';
constexpr char kListEnd = '\x00';

void appendFolded(std::string &out, const QString &s)
{
    const QChar *p = s.constData();
    const auto n = static_cast<std::size_t>(s.size());
    const std::size_t start = out.size();
    out.resize(start + n + 1);
    char *d = out.data() + start;
    std::size_t i = 0;
    for (; i < n; ++i) {
        char16_t c = p[i].unicode();
        if (c >= 0x80)
            break;
        if (c >= u'A' && c <= u'Z')
            c += 32;
        d[i] = static_cast<char>(c < 2 ? 2 : c);
    }
    if (i < n) {
        out.resize(start + i);
        const QByteArray rest = QStringView(s).mid(static_cast<qsizetype>(i)).toString().toCaseFolded().toUtf8();
        for (const char ch : rest)
            out.push_back(static_cast<unsigned char>(ch) < 2 ? '\x02' : ch);
        out.push_back(kFieldEnd);
        return;
    }
    d[n] = kFieldEnd;
}

// Natural order ("data-2" before "data-15"): like appendFolded, but a run of ASCII digits is written as its length
// and its digits without leading zeros, so numbers compare by value. The length byte takes the run's place among
// the other characters: 0x31..0x39 for 1 to 9 digits (where the digits '1'..'9' sort), 0x39 then 0x40 + (length - 10)
// for longer runs, which keeps a run sorting as a digit does against any other character.
void appendNatural(std::string &out, const QString &s)
{
    std::string folded;
    bool ascii = true;
    for (const QChar c : s)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        folded.resize(static_cast<std::size_t>(s.size()));
        for (qsizetype i = 0; i < s.size(); ++i) {
            char16_t c = s.at(i).unicode();
            if (c >= u'A' && c <= u'Z')
                c += 32;
            folded[static_cast<std::size_t>(i)] = static_cast<char>(c);
        }
    } else {
        const QByteArray utf8 = s.toCaseFolded().toUtf8(); // digits stay single bytes in UTF-8
        folded.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    }
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < folded.size();) {
        if (!isDigit(folded[i])) {
            const char c = folded[i++];
            out.push_back(static_cast<unsigned char>(c) < 2 ? '\x02' : c);
            continue;
        }
        std::size_t end = i;
        while (end < folded.size() && isDigit(folded[end]))
            ++end;
        while (i + 1 < end && folded[i] == '0')
            ++i; // leading zeros
        const std::size_t length = end - i;
        if (length <= 9) {
            out.push_back(static_cast<char>('0' + length));
        } else {
            out.push_back('9');
            out.push_back(static_cast<char>(0x40 + std::min<std::size_t>(length - 10, 0xbf)));
        }
        out.append(folded, i, length);
        i = end;
    }
    out.push_back(kFieldEnd);
}

void appendNumber(std::string &out, qint64 value)
{
    const quint64 u = static_cast<quint64>(value) ^ (quint64(1) << 63);
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((u >> shift) & 0xff));
}

qint64 samplingDenominator(const QString &s)
{
    // "1:4096" sorts by its denominator as a number.
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    return colon < 0 ? s.toLongLong() : QStringView(s).mid(colon + 1).toLongLong();
}

// Keys of many rows in one buffer.
struct KeyArena
{
    std::string bytes;
    std::vector<std::size_t> offset{0}; // key i is bytes[offset[i], offset[i + 1])

    void close() { offset.push_back(bytes.size()); }
    [[nodiscard]] std::string_view key(quint32 i) const
    {
        return {bytes.data() + offset[i], offset[i + 1] - offset[i]};
    }
};

struct Item
{
    quint64 chunk; // 8 key bytes at the current depth, big-endian
    quint32 key;   // index in the arena
    quint32 value; // source row
};

quint64 chunkAt(std::string_view key, std::size_t depth)
{
    if (depth + 8 <= key.size())
        return qFromBigEndian<quint64>(key.data() + depth);
    quint64 c = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const std::size_t at = depth + i;
        c = (c << 8) | (at < key.size() ? static_cast<unsigned char>(key[at]) : 0u);
    }
    return c;
}

// Most-significant-digit radix sort on 8-byte digits: one std::sort of integers per level, recursing only into
// runs that share a digit, and skipping levels every key shares (common prefixes such as "web-tier-").
void radixSort(Item *begin, Item *end, const KeyArena &arena, std::size_t depth)
{
    while (end - begin > 1) {
        if (end - begin <= 16) {
            std::sort(begin, end, [&arena, depth](const Item &a, const Item &b) {
                return arena.key(a.key).substr(std::min(depth, arena.key(a.key).size())) <
                       arena.key(b.key).substr(std::min(depth, arena.key(b.key).size()));
            });
            return;
        }
        quint64 lo = std::numeric_limits<quint64>::max();
        quint64 hi = 0;
        std::size_t longest = 0;
        for (Item *it = begin; it != end; ++it) {
            const std::string_view key = arena.key(it->key);
            it->chunk = chunkAt(key, depth);
            lo = std::min(lo, it->chunk);
            hi = std::max(hi, it->chunk);
            longest = std::max(longest, key.size());
        }
        if (longest <= depth + 8 && lo == hi)
            return; // equal keys
        if (lo == hi) {
            depth += 8;
            continue;
        }
        std::sort(begin, end, [](const Item &a, const Item &b) { return a.chunk < b.chunk; });
        for (Item *run = begin; run != end;) {
            Item *next = run + 1;
            while (next != end && next->chunk == run->chunk)
                ++next;
            if (next - run > 1)
                radixSort(run, next, arena, depth + 8);
            run = next;
        }
        return;
    }
}

} // namespace

void appendRowNumber(std::string &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

void appendTieKey(std::string &out, const FlowLog &f)
{
    appendNatural(out, f.account);
    out.push_back(static_cast<char>(static_cast<int>(f.service) + 2));
    appendFolded(out, f.region);
    appendNatural(out, f.name);
    appendFolded(out, f.id);
}

void appendSortKey(std::string &out, const FlowLog &f, int column)
{
    using Field = QString FlowLog::*;
    // Text columns and the fields they order by, in turn.
    // Names people number ("web-2", "web-15") sort naturally.
    switch (column) {
    case FlowLogTableModel::Account:
        appendNatural(out, f.account);
        return;
    case FlowLogTableModel::Name:
        appendNatural(out, f.name);
        return;
    default:
        break;
    }
    static const QHash<int, QList<Field>> textColumns = {
        {FlowLogTableModel::Region, {&FlowLog::region}},
        {FlowLogTableModel::Id, {&FlowLog::id}},
        {FlowLogTableModel::Status, {&FlowLog::status, &FlowLog::deliverStatus}},
        {FlowLogTableModel::Resource, {&FlowLog::resourceType, &FlowLog::resourceId}},
        {FlowLogTableModel::Traffic, {&FlowLog::trafficType}},
        {FlowLogTableModel::Storage, {&FlowLog::storageProject, &FlowLog::storageStore}},
        {FlowLogTableModel::Description, {&FlowLog::description}},
    };
    if (const auto it = textColumns.constFind(column); it != textColumns.cend()) {
        for (const Field field : it.value())
            appendFolded(out, f.*field);
        return;
    }
    switch (column) {
    case FlowLogTableModel::Cloud:
        appendNumber(out, static_cast<int>(f.provider));
        break;
    case FlowLogTableModel::ServiceColumn:
        appendNumber(out, static_cast<int>(f.service));
        break;
    case FlowLogTableModel::Interval:
        appendNumber(out, f.intervalSeconds);
        break;
    case FlowLogTableModel::Sampling:
        appendNumber(out, samplingDenominator(f.samplingRate));
        break;
    case FlowLogTableModel::Created:
        // Invalid dates sort first.
        appendNumber(out, f.created.isValid() ? f.created.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        break;
    case FlowLogTableModel::Tags:
        for (const Tag &tag : f.tags) {
            appendFolded(out, tag.key);
            appendFolded(out, tag.value);
        }
        out.push_back(kListEnd);
        break;
    default:
        break;
    }
}

std::vector<quint32> sortByKeys(quint32 n, std::size_t bytesPerKey,
                                const std::function<void(quint32, std::string &)> &key)
{
    KeyArena arena;
    arena.bytes.reserve(std::size_t(n) * bytesPerKey);
    arena.offset.reserve(std::size_t(n) + 1);
    std::vector<Item> items(n);
    for (quint32 i = 0; i < n; ++i) {
        key(i, arena.bytes);
        arena.close();
        items[i] = Item{0, i, i};
    }
    radixSort(items.data(), items.data() + items.size(), arena, 0);
    std::vector<quint32> order(n);
    for (quint32 i = 0; i < n; ++i)
        order[i] = items[i].value;
    return order;
}

// ---- RowOrder ---------------------------------------------------------------------------------------------------

void RowOrder::setTable(const FlowLogTableModel *table)
{
    m_table = table;
    m_tieRankValid = false;
}

void RowOrder::setSort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
}

void RowOrder::resetToSourceOrder(int rowCount)
{
    m_rows.resize(static_cast<std::size_t>(rowCount));
    std::iota(m_rows.begin(), m_rows.end(), 0);
    m_tieRankValid = false;
}

const std::vector<quint32> &RowOrder::tieRanks()
{
    if (m_tieRankValid)
        return m_tieRank;
    const auto n = static_cast<quint32>(m_table->rowCount());
    const std::vector<quint32> order = sortByKeys(n, 64, [this](quint32 row, std::string &key) {
        appendTieKey(key, m_table->at(static_cast<int>(row)));
        appendRowNumber(key, row); // unique keys: equal rows keep the table's order
    });
    m_tieRank.resize(n);
    for (quint32 rank = 0; rank < n; ++rank)
        m_tieRank[order[rank]] = rank;
    m_tieRankValid = true;
    return m_tieRank;
}

void RowOrder::sortAll()
{
    if (!m_table)
        return;
    const auto n = static_cast<quint32>(m_table->rowCount());
    if (m_column < 0 || m_column >= FlowLogTableModel::ColumnCount) {
        resetToSourceOrder(static_cast<int>(n));
        return;
    }
    const std::vector<quint32> &ranks = tieRanks();
    const std::vector<quint32> order = sortByKeys(n, 24, [this, &ranks](quint32 row, std::string &key) {
        appendSortKey(key, m_table->at(static_cast<int>(row)), m_column);
        appendRowNumber(key, ranks[row]);
    });
    m_rows.resize(n);
    // Keys are unique, so descending is exactly ascending reversed.
    for (quint32 i = 0; i < n; ++i)
        m_rows[m_order == Qt::AscendingOrder ? i : n - 1 - i] = static_cast<int>(order[i]);
}

bool RowOrder::less(int a, int b) const
{
    // The same bytes sortAll() compares, with the tie key itself in place of its rank.
    const auto key = [this](int row) {
        std::string k;
        const FlowLog &f = m_table->at(row);
        appendSortKey(k, f, m_column);
        appendTieKey(k, f);
        appendRowNumber(k, static_cast<quint32>(row));
        return k;
    };
    const bool less = key(a) < key(b);
    return m_order == Qt::AscendingOrder ? less : (a != b && !less);
}

void RowOrder::insert(std::vector<int> rows)
{
    if (rows.empty())
        return;
    if (m_column < 0) {
        // Source order: the rows are one contiguous block of source rows, new at their source position.
        std::sort(rows.begin(), rows.end());
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), rows.front());
        m_rows.insert(at, rows.begin(), rows.end());
        return;
    }
    if (rows.size() * 16 > m_rows.size() + rows.size()) {
        // Many rows: one radix sort beats a binary search per row.
        m_rows.insert(m_rows.end(), rows.begin(), rows.end());
        sortAll();
        return;
    }
    const auto before = [this](int a, int b) { return less(a, b); };
    std::sort(rows.begin(), rows.end(), before);
    std::vector<int> merged;
    merged.reserve(m_rows.size() + rows.size());
    auto from = m_rows.cbegin();
    for (const int row : rows) {
        const auto at = std::upper_bound(from, m_rows.cend(), row, before);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_rows.cend());
    m_rows = std::move(merged);
}

} // namespace flowlog
