#pragma once

#include "flowlogexport.h"
#include "flowlogtablemodel.h"
#include "roworder.h"

#include <QAbstractProxyModel>
#include <QSet>

#include <string>
#include <vector>

namespace flowlog {

// Quick filter, facets and sorting over a FlowLogTableModel, built for a million rows.
//
// The proxy keeps every source row in sort order (m_order, a RowOrder: byte-comparable keys, radix-sorted) and the
// accepted ones in view order (m_visible). Filtering walks the order once, or only the visible rows when the
// filter narrows. Both
// publish the result as one layout change, which keeps the selection and costs the view one relayout, where
// QSortFilterProxyModel emitted a remove or insert per run of rows (tens of thousands for a common word).
class FlowLogFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogFilterProxy)

public:
    enum class Facet
    {
        Account,
        Cloud,
        Service,
        Region,
        Status
    };

    explicit FlowLogFilterProxy(QObject *parent = nullptr);

    void setQuickFilter(const QString &text);
    [[nodiscard]] QString quickFilter() const { return m_quick; }
    // An empty set means "any". Cloud and service values are the keys ("aliyun", "vpc").
    void setFacet(Facet facet, const QSet<QString> &values);
    [[nodiscard]] QSet<QString> facet(Facet facet) const;
    // Only rows listed by these sources (ids of SourceSpec::id()); empty means any.
    void setSourceFilter(const QSet<QString> &sourceIds);
    [[nodiscard]] QSet<QString> sourceFilter() const { return m_sourceIds; }
    void clearFilters();
    void setProblemsOnly(bool on);
    [[nodiscard]] bool problemsOnly() const { return m_problemsOnly; }
    [[nodiscard]] bool hasFilter() const;

    // The source rows of the filtered view, in view order.
    [[nodiscard]] QList<FlowLog> visibleRows() const;
    // Whether each row of visibleRows() is stale, and when it was last seen.
    [[nodiscard]] QList<RowFreshness> visibleFreshness() const;

    // While a sweep appends pages, rows are appended at the end of the view instead of being merged into the
    // sorted order page by page; resuming sorts once.
    void setSortSuspended(bool suspended);
    [[nodiscard]] bool isSortSuspended() const { return m_sortSuspended; }

    // -1 shows the source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_order.column(); }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_order.order(); }

    void setSourceModel(QAbstractItemModel *model) override;
    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    // Whether the filters accept a source row.
    [[nodiscard]] bool acceptsRow(int sourceRow) const;

Q_SIGNALS:
    void filterChanged();

private:
    // One value per visible row, in view order.
    template<typename T, typename Fn> [[nodiscard]] QList<T> mapVisible(Fn fn) const;
    enum class Change
    {
        Widens,  // rows may appear: filter every row
        Narrows, // only visible rows can stay: filter those
    };

    void changed(Change change);
    void resetFromSource();
    // Publishes a new view order (any length) as one layout change, moving persistent indexes with their rows.
    void applyVisible(std::vector<int> next, QAbstractItemModel::LayoutChangeHint hint);
    void rebuildProxyOf();

    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QString m_quick;
    QList<QByteArray> m_terms; // case-folded UTF-8 words
    QStringList m_words;
    QSet<QString> m_facets[5];
    QSet<QString> m_sourceIds;
    QSet<int> m_clouds;   // Provider values
    QSet<int> m_services; // Service values
    bool m_problemsOnly = false;

    bool m_sortSuspended = false;
    bool m_orderDirty = false; // m_order is not in sort order (rows arrived or changed while suspended)

    RowOrder m_order;           // every source row, in sort order
    std::vector<int> m_visible; // proxy row -> source row
    std::vector<int> m_proxyOf; // source row -> proxy row, -1 when filtered out

    // Between a source's rowsAboutToBeRemoved and rowsRemoved.
    bool m_removingAsLayout = false;
    QModelIndexList m_removingPersistent;
    std::vector<int> m_removingPersistentRows;

    const FlowLogTableModel *m_table = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

// The value a row has for a facet (the text the facet matches against).
[[nodiscard]] QString facetValue(const FlowLog &f, FlowLogFilterProxy::Facet facet);

} // namespace flowlog
