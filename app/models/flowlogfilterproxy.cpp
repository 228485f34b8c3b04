#include "flowlogfilterproxy.h"

#include <QDateTime>
#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <limits>
#include <numeric>
#include <string.h> // memmem (GNU)

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

void appendNumber(std::string &out, qint64 value)
{
    const quint64 u = static_cast<quint64>(value) ^ (quint64(1) << 63);
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((u >> shift) & 0xff));
}

void appendRow(std::string &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

qint64 samplingDenominator(const QString &s)
{
    // "1:4096" sorts by its denominator as a number.
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    return colon < 0 ? s.toLongLong() : QStringView(s).mid(colon + 1).toLongLong();
}

// Ties keep a meaningful order: account, service, region, name, id.
void appendTieKey(std::string &out, const FlowLog &f)
{
    appendFolded(out, f.account);
    out.push_back(static_cast<char>(static_cast<int>(f.service) + 2));
    appendFolded(out, f.region);
    appendFolded(out, f.name);
    appendFolded(out, f.id);
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

void appendSortKey(std::string &out, const FlowLog &f, int column)
{
    using Field = QString FlowLog::*;
    // Text columns and the fields they order by, in turn.
    static const QHash<int, QList<Field>> textColumns = {
        {FlowLogTableModel::Account, {&FlowLog::account}},
        {FlowLogTableModel::Region, {&FlowLog::region}},
        {FlowLogTableModel::Name, {&FlowLog::name}},
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

QString facetValue(const FlowLog &f, FlowLogFilterProxy::Facet facet)
{
    switch (facet) {
    case FlowLogFilterProxy::Facet::Account:
        return f.account;
    case FlowLogFilterProxy::Facet::Cloud:
        return providerKey(f.provider);
    case FlowLogFilterProxy::Facet::Service:
        return serviceKey(f.service);
    case FlowLogFilterProxy::Facet::Region:
        return f.region;
    case FlowLogFilterProxy::Facet::Status:
        return f.status;
    }
    return {};
}

FlowLogFilterProxy::FlowLogFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void FlowLogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_table = qobject_cast<const FlowLogTableModel *>(model);
    Q_ASSERT_X(!model || m_table, "FlowLogFilterProxy", "the source must be a FlowLogTableModel");
    // Connected before the base class connects its own slots, so the mapping is current when those run (it
    // emits headerDataChanged when the source empties).
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        resetFromSource();
                        endResetModel();
                    }),
            // The table never emits these; a full reset keeps the proxy correct if it ever does.
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        resetFromSource();
                        endResetModel();
                    }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); }),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); }),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); }),
            connect(model, &QAbstractItemModel::dataChanged, this, &FlowLogFilterProxy::onDataChanged),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal) // vertical sections are source rows
                            Q_EMIT headerDataChanged(orientation, first, last);
                    }),
        };
    }
    QAbstractProxyModel::setSourceModel(model);
    resetFromSource();
    endResetModel();
}

void FlowLogFilterProxy::resetFromSource()
{
    const int n = m_table ? m_table->rowCount() : 0;
    m_order.resize(static_cast<std::size_t>(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_tieRankValid = false;
    m_orderDirty = false;
    if (m_sortColumn >= 0)
        sortAll();
    m_visible.clear();
    for (const int row : m_order) {
        if (acceptsRow(row))
            m_visible.push_back(row);
    }
    rebuildProxyOf();
}

QModelIndex FlowLogFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FlowLogFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FlowLogFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FlowLogFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int FlowLogFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool FlowLogFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty();
}

QModelIndex FlowLogFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= static_cast<int>(m_visible.size()))
        return {};
    return m_table->index(m_visible[static_cast<std::size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex FlowLogFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= static_cast<int>(m_proxyOf.size()))
        return {};
    const int row = m_proxyOf[static_cast<std::size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void FlowLogFilterProxy::rebuildProxyOf()
{
    m_proxyOf.assign(m_table ? static_cast<std::size_t>(m_table->rowCount()) : 0, -1);
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_proxyOf[static_cast<std::size_t>(m_visible[i])] = static_cast<int>(i);
}

void FlowLogFilterProxy::applyVisible(std::vector<int> next, QAbstractItemModel::LayoutChangeHint hint)
{
    if (next == m_visible)
        return;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<std::size_t>(from.size()));
    for (const QModelIndex &i : from)
        sourceRows.push_back(m_visible[static_cast<std::size_t>(i.row())]);
    m_visible = std::move(next);
    rebuildProxyOf();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_proxyOf[static_cast<std::size_t>(sourceRows[static_cast<std::size_t>(i)])];
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

// ---- filtering ------------------------------------------------------------------------------------------------

bool FlowLogFilterProxy::acceptsRow(int sourceRow) const
{
    const FlowLogTableModel *model = m_table;
    if (!model)
        return false;
    const FlowLog &f = model->at(sourceRow);
    if (!m_sourceIds.isEmpty() && !m_sourceIds.contains(model->sourceOf(sourceRow)))
        return false;
    if (!m_facets[static_cast<int>(Facet::Account)].isEmpty() &&
        !m_facets[static_cast<int>(Facet::Account)].contains(f.account))
        return false;
    if (!m_clouds.isEmpty() && !m_clouds.contains(static_cast<int>(f.provider)))
        return false;
    if (!m_services.isEmpty() && !m_services.contains(static_cast<int>(f.service)))
        return false;
    if (!m_facets[static_cast<int>(Facet::Region)].isEmpty() &&
        !m_facets[static_cast<int>(Facet::Region)].contains(f.region))
        return false;
    if (!m_facets[static_cast<int>(Facet::Status)].isEmpty() &&
        !m_facets[static_cast<int>(Facet::Status)].contains(f.status))
        return false;
    if (m_problemsOnly && !f.hasProblem())
        return false;
    const QByteArrayView text = model->searchTextUtf8(sourceRow);
    for (const QByteArray &term : m_terms) {
        // glibc's memmem outruns QByteArrayMatcher's Boyer-Moore on short words and ~250-byte texts.
        if (!memmem(text.constData(), static_cast<std::size_t>(text.size()), term.constData(),
                    static_cast<std::size_t>(term.size())))
            return false;
    }
    return true;
}

void FlowLogFilterProxy::changed(Change change)
{
    // Test rows in table order, which is memory order (sorted order would jump around the heap), then keep the
    // accepted ones in view order.
    const std::size_t n = m_proxyOf.size();
    std::vector<char> accepted(n, 0);
    for (std::size_t row = 0; row < n; ++row) {
        if (change == Change::Widens || m_proxyOf[row] >= 0)
            accepted[row] = acceptsRow(static_cast<int>(row)) ? 1 : 0;
    }
    std::vector<int> next;
    const std::vector<int> &candidates = change == Change::Narrows ? m_visible : m_order;
    next.reserve(candidates.size());
    for (const int row : candidates) {
        if (accepted[static_cast<std::size_t>(row)])
            next.push_back(row);
    }
    applyVisible(std::move(next), QAbstractItemModel::NoLayoutChangeHint);
    Q_EMIT filterChanged();
}

namespace {

// A set filter narrows when it goes from "any" to something, or to a subset.
bool narrows(const QSet<QString> &from, const QSet<QString> &to)
{
    return !to.isEmpty() && (from.isEmpty() || from.contains(to));
}

} // namespace

void FlowLogFilterProxy::setQuickFilter(const QString &text)
{
    const QString t = text.simplified();
    if (t == m_quick)
        return;
    const QStringList words = t.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Typing more of a word, or another word, only hides rows: filter the visible ones.
    const bool narrower = std::all_of(m_words.cbegin(), m_words.cend(), [&words](const QString &old) {
        return std::any_of(words.cbegin(), words.cend(), [&old](const QString &w) { return w.contains(old); });
    });
    m_quick = t;
    m_words = words;
    m_terms.clear();
    for (const QString &w : words)
        m_terms.append(w.toUtf8());
    changed(narrower ? Change::Narrows : Change::Widens);
}

void FlowLogFilterProxy::setFacet(Facet facet, const QSet<QString> &values)
{
    const auto i = static_cast<int>(facet);
    if (m_facets[i] == values)
        return;
    const bool narrower = narrows(m_facets[i], values);
    m_facets[i] = values;
    if (facet == Facet::Cloud) {
        m_clouds.clear();
        for (const QString &v : values) {
            if (const auto p = providerFromKey(v))
                m_clouds.insert(static_cast<int>(*p));
            else
                m_clouds.insert(-1); // matches nothing, like any unknown value
        }
    } else if (facet == Facet::Service) {
        m_services.clear();
        for (const QString &v : values) {
            if (const auto s = serviceFromKey(v))
                m_services.insert(static_cast<int>(*s));
            else
                m_services.insert(-1);
        }
    }
    changed(narrower ? Change::Narrows : Change::Widens);
}

void FlowLogFilterProxy::setSourceFilter(const QSet<QString> &sourceIds)
{
    if (m_sourceIds == sourceIds)
        return;
    const bool narrower = narrows(m_sourceIds, sourceIds);
    m_sourceIds = sourceIds;
    changed(narrower ? Change::Narrows : Change::Widens);
}

QSet<QString> FlowLogFilterProxy::facet(Facet facet) const
{
    return m_facets[static_cast<int>(facet)];
}

void FlowLogFilterProxy::clearFilters()
{
    m_quick.clear();
    m_words.clear();
    m_terms.clear();
    for (auto &f : m_facets)
        f.clear();
    m_clouds.clear();
    m_services.clear();
    m_sourceIds.clear();
    m_problemsOnly = false;
    changed(Change::Widens);
}

void FlowLogFilterProxy::setProblemsOnly(bool on)
{
    if (m_problemsOnly == on)
        return;
    m_problemsOnly = on;
    changed(on ? Change::Narrows : Change::Widens);
}

bool FlowLogFilterProxy::hasFilter() const
{
    if (!m_terms.isEmpty() || m_problemsOnly || !m_sourceIds.isEmpty())
        return true;
    for (const auto &f : m_facets) {
        if (!f.isEmpty())
            return true;
    }
    return false;
}

QList<FlowLog> FlowLogFilterProxy::visibleRows() const
{
    QList<FlowLog> out;
    if (!m_table)
        return out;
    out.reserve(static_cast<qsizetype>(m_visible.size()));
    for (const int row : m_visible)
        out.append(m_table->at(row));
    return out;
}

// ---- sorting --------------------------------------------------------------------------------------------------

const std::vector<quint32> &FlowLogFilterProxy::tieRanks()
{
    if (m_tieRankValid)
        return m_tieRank;
    const auto n = static_cast<quint32>(m_table->rowCount());
    KeyArena arena;
    arena.bytes.reserve(std::size_t(n) * 64);
    arena.offset.reserve(std::size_t(n) + 1);
    std::vector<Item> items(n);
    for (quint32 row = 0; row < n; ++row) {
        appendTieKey(arena.bytes, m_table->at(static_cast<int>(row)));
        appendRow(arena.bytes, row); // unique keys: equal rows keep the table's order
        arena.close();
        items[row] = Item{0, row, row};
    }
    radixSort(items.data(), items.data() + items.size(), arena, 0);
    m_tieRank.resize(n);
    for (quint32 rank = 0; rank < n; ++rank)
        m_tieRank[items[rank].value] = rank;
    m_tieRankValid = true;
    return m_tieRank;
}

void FlowLogFilterProxy::sortAll()
{
    m_orderDirty = false;
    if (!m_table)
        return;
    const auto n = static_cast<quint32>(m_table->rowCount());
    if (m_sortColumn < 0 || m_sortColumn >= FlowLogTableModel::ColumnCount) {
        m_order.resize(n);
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    const std::vector<quint32> &ranks = tieRanks();
    KeyArena arena;
    arena.bytes.reserve(std::size_t(n) * 24);
    arena.offset.reserve(std::size_t(n) + 1);
    std::vector<Item> items(n);
    for (quint32 row = 0; row < n; ++row) {
        appendSortKey(arena.bytes, m_table->at(static_cast<int>(row)), m_sortColumn);
        appendRow(arena.bytes, ranks[row]);
        arena.close();
        items[row] = Item{0, row, row};
    }
    radixSort(items.data(), items.data() + items.size(), arena, 0);
    m_order.resize(n);
    // Keys are unique, so descending is exactly ascending reversed.
    if (m_sortOrder == Qt::AscendingOrder) {
        for (quint32 i = 0; i < n; ++i)
            m_order[i] = static_cast<int>(items[i].value);
    } else {
        for (quint32 i = 0; i < n; ++i)
            m_order[n - 1 - i] = static_cast<int>(items[i].value);
    }
}

bool FlowLogFilterProxy::rowLess(int a, int b) const
{
    // The same bytes sortAll() compares, with the tie key itself in place of its rank.
    const auto key = [this](int row) {
        std::string k;
        const FlowLog &f = m_table->at(row);
        appendSortKey(k, f, m_sortColumn);
        appendTieKey(k, f);
        appendRow(k, static_cast<quint32>(row));
        return k;
    };
    const bool less = key(a) < key(b);
    return m_sortOrder == Qt::AscendingOrder ? less : (a != b && !less);
}

void FlowLogFilterProxy::insertIntoOrder(std::vector<int> rows)
{
    if (rows.empty())
        return;
    if (m_sortColumn < 0) {
        // Source order: the rows are one contiguous block of source rows, new at their source position.
        std::sort(rows.begin(), rows.end());
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), rows.front());
        m_order.insert(at, rows.begin(), rows.end());
        return;
    }
    if (rows.size() * 16 > m_order.size() + rows.size()) {
        // Many rows: one radix sort beats a binary search per row.
        m_order.insert(m_order.end(), rows.begin(), rows.end());
        sortAll();
        return;
    }
    const auto less = [this](int a, int b) { return rowLess(a, b); };
    std::sort(rows.begin(), rows.end(), less);
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    auto from = m_order.cbegin();
    for (const int row : rows) {
        const auto at = std::upper_bound(from, m_order.cend(), row, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order = std::move(merged);
}

void FlowLogFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    sortAll();
    std::vector<int> next;
    next.reserve(m_visible.size());
    for (const int row : m_order) {
        if (m_proxyOf[static_cast<std::size_t>(row)] >= 0)
            next.push_back(row);
    }
    applyVisible(std::move(next), QAbstractItemModel::VerticalSortHint);
}

void FlowLogFilterProxy::setSortSuspended(bool suspended)
{
    if (m_sortSuspended == suspended)
        return;
    m_sortSuspended = suspended;
    if (!suspended && m_orderDirty && m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

// ---- following the source -------------------------------------------------------------------------------------

void FlowLogFilterProxy::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    m_tieRankValid = false;
    const auto oldSize = m_proxyOf.size();
    if (static_cast<std::size_t>(first) < oldSize) {
        // Rows inserted before existing ones: renumber those (the table only appends, so this is rare).
        for (int &row : m_order)
            row += row >= first ? count : 0;
        for (int &row : m_visible)
            row += row >= first ? count : 0;
    }
    m_proxyOf.insert(m_proxyOf.begin() + first, static_cast<std::size_t>(count), -1);

    std::vector<int> added;
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        added.push_back(row);
        if (acceptsRow(row))
            accepted.push_back(row);
    }
    const bool keepSorted = m_sortColumn >= 0 && !m_sortSuspended;
    if (m_sortColumn >= 0 && m_sortSuspended) {
        // Appended at the end until the sweep ends.
        m_order.insert(m_order.end(), added.begin(), added.end());
        m_orderDirty = true;
    } else {
        insertIntoOrder(added);
    }
    if (accepted.empty()) {
        if (static_cast<std::size_t>(first) < oldSize)
            rebuildProxyOf();
        return;
    }

    // Where the accepted rows land in the view; one contiguous block is one insert, anything else a relayout.
    std::vector<int> positions;
    positions.reserve(accepted.size());
    if (!keepSorted && m_sortColumn >= 0) {
        positions.assign(accepted.size(), static_cast<int>(m_visible.size()));
    } else if (!keepSorted) {
        const auto at = std::lower_bound(m_visible.cbegin(), m_visible.cend(), first);
        positions.assign(accepted.size(), static_cast<int>(at - m_visible.cbegin()));
    } else {
        const auto less = [this](int a, int b) { return rowLess(a, b); };
        std::sort(accepted.begin(), accepted.end(), less);
        for (const int row : accepted)
            positions.push_back(static_cast<int>(std::upper_bound(m_visible.cbegin(), m_visible.cend(), row, less) -
                                                 m_visible.cbegin()));
    }
    if (std::adjacent_find(positions.cbegin(), positions.cend(), std::not_equal_to<>()) == positions.cend()) {
        const int at = positions.front();
        beginInsertRows({}, at, at + static_cast<int>(accepted.size()) - 1);
        m_visible.insert(m_visible.begin() + at, accepted.begin(), accepted.end());
        if (static_cast<std::size_t>(first) < oldSize)
            rebuildProxyOf(); // source rows were renumbered
        else
            for (std::size_t p = static_cast<std::size_t>(at); p < m_visible.size(); ++p)
                m_proxyOf[static_cast<std::size_t>(m_visible[p])] = static_cast<int>(p);
        endInsertRows();
        return;
    }
    std::vector<int> next;
    next.reserve(m_visible.size() + accepted.size());
    std::size_t from = 0;
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        const auto at = static_cast<std::size_t>(positions[i]);
        next.insert(next.end(), m_visible.begin() + static_cast<std::ptrdiff_t>(from),
                    m_visible.begin() + static_cast<std::ptrdiff_t>(at));
        next.push_back(accepted[i]);
        from = at;
    }
    next.insert(next.end(), m_visible.begin() + static_cast<std::ptrdiff_t>(from), m_visible.end());
    // Persistent indexes are remapped through m_proxyOf, which must still describe the current view.
    rebuildProxyOf();
    applyVisible(std::move(next), QAbstractItemModel::NoLayoutChangeHint);
}

void FlowLogFilterProxy::onRowsAboutToBeRemoved(int first, int last)
{
    std::vector<int> gone;
    for (int row = first; row <= last; ++row) {
        const int p = m_proxyOf[static_cast<std::size_t>(row)];
        if (p >= 0)
            gone.push_back(p);
    }
    std::sort(gone.begin(), gone.end());
    m_removingAsLayout = false;
    if (gone.empty())
        return;
    if (gone.back() - gone.front() + 1 == static_cast<int>(gone.size())) {
        beginRemoveRows({}, gone.front(), gone.back());
        return;
    }
    // Scattered over the view: one relayout instead of a remove per run.
    m_removingAsLayout = true;
    Q_EMIT layoutAboutToBeChanged();
    m_removingPersistent = persistentIndexList();
    m_removingPersistentRows.clear();
    for (const QModelIndex &i : std::as_const(m_removingPersistent))
        m_removingPersistentRows.push_back(m_visible[static_cast<std::size_t>(i.row())]);
}

void FlowLogFilterProxy::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    m_tieRankValid = false;
    const int visibleBefore = static_cast<int>(m_visible.size());
    const auto renumber = [first, last, count](std::vector<int> &rows) {
        std::erase_if(rows, [first, last](int row) { return row >= first && row <= last; });
        for (int &row : rows)
            row -= row > last ? count : 0;
    };
    renumber(m_order);
    renumber(m_visible);
    rebuildProxyOf();
    if (m_removingAsLayout) {
        m_removingAsLayout = false;
        QModelIndexList to;
        to.reserve(m_removingPersistent.size());
        for (qsizetype i = 0; i < m_removingPersistent.size(); ++i) {
            int row = m_removingPersistentRows[static_cast<std::size_t>(i)];
            if (row >= first && row <= last) {
                to.append(QModelIndex());
                continue;
            }
            row -= row > last ? count : 0;
            const int p = m_proxyOf[static_cast<std::size_t>(row)];
            to.append(p < 0 ? QModelIndex() : index(p, m_removingPersistent.at(i).column()));
        }
        changePersistentIndexList(m_removingPersistent, to);
        m_removingPersistent.clear();
        m_removingPersistentRows.clear();
        Q_EMIT layoutChanged();
    } else if (static_cast<int>(m_visible.size()) != visibleBefore) {
        endRemoveRows();
    }
}

void FlowLogFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    // The stale mark changes neither order nor acceptance.
    const bool contentChanged = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
                                    return role != FlowLogTableModel::StaleRole;
                                });

    if (contentChanged) {
        m_tieRankValid = false;
        bool acceptanceChanged = false;
        for (int row = first; row <= last && !acceptanceChanged; ++row)
            acceptanceChanged = acceptsRow(row) != (m_proxyOf[static_cast<std::size_t>(row)] >= 0);
        const bool reorder = m_sortColumn >= 0 && !m_sortSuspended;
        if (m_sortColumn >= 0 && m_sortSuspended)
            m_orderDirty = true; // keys may have changed: sort when the sweep ends
        if (reorder) {
            std::vector<int> moved;
            std::erase_if(m_order, [first, last](int row) { return row >= first && row <= last; });
            for (int row = first; row <= last; ++row)
                moved.push_back(row);
            insertIntoOrder(std::move(moved));
        }
        if (reorder || acceptanceChanged) {
            const auto inRange = [first, last](int row) { return row >= first && row <= last; };
            std::vector<int> next;
            next.reserve(m_visible.size());
            if (reorder) {
                for (const int row : m_order) {
                    if (inRange(row) ? acceptsRow(row) : m_proxyOf[static_cast<std::size_t>(row)] >= 0)
                        next.push_back(row);
                }
            } else {
                // Unsorted or suspended: keep the view order, drop rows and add the newly accepted ones.
                for (const int row : m_visible) {
                    if (!inRange(row) || acceptsRow(row))
                        next.push_back(row);
                }
                for (int row = first; row <= last; ++row) {
                    if (m_proxyOf[static_cast<std::size_t>(row)] < 0 && acceptsRow(row))
                        next.push_back(row);
                }
                if (m_sortColumn < 0)
                    std::sort(next.begin(), next.end());
            }
            applyVisible(std::move(next), QAbstractItemModel::NoLayoutChangeHint);
        }
    }

    int lo = std::numeric_limits<int>::max();
    int hi = -1;
    for (int row = first; row <= last; ++row) {
        const int p = m_proxyOf[static_cast<std::size_t>(row)];
        if (p >= 0) {
            lo = std::min(lo, p);
            hi = std::max(hi, p);
        }
    }
    if (hi >= 0)
        Q_EMIT dataChanged(index(lo, topLeft.column()), index(hi, bottomRight.column()), roles);
}

} // namespace flowlog
