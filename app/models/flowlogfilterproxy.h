#pragma once

#include "flowlogtablemodel.h"

#include <QByteArrayMatcher>
#include <QSet>
#include <QSortFilterProxyModel>

namespace flowlog {

// Quick filter plus facets over a FlowLogTableModel; sorts by raw values (dates as dates, intervals as
// numbers). The quick filter splits on spaces and keeps rows containing every word (case-insensitive) in the
// row's precomputed search text, so filtering a million rows allocates nothing per row.
class FlowLogFilterProxy final : public QSortFilterProxyModel
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

    // While a sweep appends pages, a dynamically sorted proxy would merge every page into its sorted mapping
    // (O(rows) per page, quadratic over a sweep). Suspended, pages are appended at the end of the view and
    // resuming sorts once.
    void setSortSuspended(bool suspended);
    [[nodiscard]] bool isSortSuspended() const { return m_sortSuspended; }

    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void filterChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] const FlowLogTableModel *table() const { return m_table; }
    void changed();

    QString m_quick;
    QList<QByteArrayMatcher> m_terms; // case-folded UTF-8 words
    QSet<QString> m_facets[5];
    QSet<QString> m_sourceIds;
    QSet<int> m_clouds;   // Provider values
    QSet<int> m_services; // Service values
    bool m_problemsOnly = false;
    bool m_sortSuspended = false;
    const FlowLogTableModel *m_table = nullptr; // the source model, cast once (lessThan runs millions of times)
};

// The value a row has for a facet (the text the facet matches against).
[[nodiscard]] QString facetValue(const FlowLog &f, FlowLogFilterProxy::Facet facet);

// Orders two rows by a column's raw value; negative, zero or positive.
[[nodiscard]] int compareByColumn(const FlowLog &a, const FlowLog &b, int column);

} // namespace flowlog
