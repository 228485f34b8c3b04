#include "flowlogfilterproxy.h"

#include "flowlogstatus.h"

#include <QDateTime>
#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <limits>
#include <numeric>
#include <string.h> // memmem (GNU)

namespace flowlog {

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
        return shownStatus(f);
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
    m_order.setTable(m_table);
    m_order.resetToSourceOrder(m_table ? m_table->rowCount() : 0);
    m_orderDirty = false;
    if (m_order.column() >= 0)
        m_order.sortAll();
    m_visible.clear();
    for (const int row : m_order.rows()) {
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
        !m_facets[static_cast<int>(Facet::Status)].contains(shownStatus(f)))
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
    const std::vector<int> &candidates = change == Change::Narrows ? m_visible : m_order.rows();
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

template<typename T, typename Fn> QList<T> FlowLogFilterProxy::mapVisible(Fn fn) const
{
    QList<T> out;
    if (!m_table)
        return out;
    out.reserve(static_cast<qsizetype>(m_visible.size()));
    for (const int row : m_visible)
        out.append(fn(row));
    return out;
}

QList<FlowLog> FlowLogFilterProxy::visibleRows() const
{
    return mapVisible<FlowLog>([this](int row) { return m_table->at(row); });
}

QList<RowFreshness> FlowLogFilterProxy::visibleFreshness() const
{
    return mapVisible<RowFreshness>([this](int row) {
        const bool stale = m_table->isRowStale(row);
        return RowFreshness{stale, stale ? m_table->lastSeenOfRow(row) : QDateTime()};
    });
}

// ---- sorting --------------------------------------------------------------------------------------------------

void FlowLogFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_order.setSort(column, order);
    m_order.sortAll();
    m_orderDirty = false;
    std::vector<int> next;
    next.reserve(m_visible.size());
    for (const int row : m_order.rows()) {
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
    if (!suspended && m_orderDirty && m_order.column() >= 0)
        sort(m_order.column(), m_order.order());
}

// ---- following the source -------------------------------------------------------------------------------------

void FlowLogFilterProxy::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    m_order.invalidateTies();
    const auto oldSize = m_proxyOf.size();
    if (static_cast<std::size_t>(first) < oldSize) {
        // Rows inserted before existing ones: renumber those (the table only appends, so this is rare).
        for (int &row : m_order.rows())
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
    const bool keepSorted = m_order.column() >= 0 && !m_sortSuspended;
    if (m_order.column() >= 0 && m_sortSuspended) {
        // Appended at the end until the sweep ends.
        m_order.rows().insert(m_order.rows().end(), added.begin(), added.end());
        m_orderDirty = true;
    } else {
        m_order.insert(added);
    }
    if (accepted.empty()) {
        if (static_cast<std::size_t>(first) < oldSize)
            rebuildProxyOf();
        return;
    }

    // Where the accepted rows land in the view; one contiguous block is one insert, anything else a relayout.
    std::vector<int> positions;
    positions.reserve(accepted.size());
    if (!keepSorted && m_order.column() >= 0) {
        positions.assign(accepted.size(), static_cast<int>(m_visible.size()));
    } else if (!keepSorted) {
        const auto at = std::lower_bound(m_visible.cbegin(), m_visible.cend(), first);
        positions.assign(accepted.size(), static_cast<int>(at - m_visible.cbegin()));
    } else {
        const auto less = [this](int a, int b) { return m_order.less(a, b); };
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
    m_order.invalidateTies();
    const int visibleBefore = static_cast<int>(m_visible.size());
    const auto renumber = [first, last, count](std::vector<int> &rows) {
        std::erase_if(rows, [first, last](int row) { return row >= first && row <= last; });
        for (int &row : rows)
            row -= row > last ? count : 0;
    };
    renumber(m_order.rows());
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
    // The stale mark and the last-seen time change neither order nor acceptance.
    const bool contentChanged =
        roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
            return role != FlowLogTableModel::StaleRole && role != FlowLogTableModel::LastSeenRole;
        });

    if (contentChanged) {
        m_order.invalidateTies();
        bool acceptanceChanged = false;
        for (int row = first; row <= last && !acceptanceChanged; ++row)
            acceptanceChanged = acceptsRow(row) != (m_proxyOf[static_cast<std::size_t>(row)] >= 0);
        const bool reorder = m_order.column() >= 0 && !m_sortSuspended;
        if (m_order.column() >= 0 && m_sortSuspended)
            m_orderDirty = true; // keys may have changed: sort when the sweep ends
        if (reorder) {
            std::vector<int> moved;
            std::erase_if(m_order.rows(), [first, last](int row) { return row >= first && row <= last; });
            for (int row = first; row <= last; ++row)
                moved.push_back(row);
            m_order.insert(std::move(moved));
        }
        if (reorder || acceptanceChanged) {
            const auto inRange = [first, last](int row) { return row >= first && row <= last; };
            std::vector<int> next;
            next.reserve(m_visible.size());
            if (reorder) {
                for (const int row : m_order.rows()) {
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
                if (m_order.column() < 0)
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
