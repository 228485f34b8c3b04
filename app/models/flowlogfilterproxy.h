#pragma once

#include "flowlogtablemodel.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace flowlog {

// Quick filter (case-insensitive substring over every text column) plus facets. Sorts by raw values.
class FlowLogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogFilterProxy)

public:
    enum class Facet { Account, Cloud, Service, Region, Status };

    explicit FlowLogFilterProxy(QObject *parent = nullptr);

    void setQuickFilter(const QString &text);
    [[nodiscard]] QString quickFilter() const { return m_quick; }
    // An empty set means "any".
    void setFacet(Facet facet, const QSet<QString> &values);
    [[nodiscard]] QSet<QString> facet(Facet facet) const;
    void clearFilters();
    void setProblemsOnly(bool on);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] const FlowLogTableModel *table() const;

    QString m_quick;
    QHash<int, QSet<QString>> m_facets;
    bool m_problemsOnly = false;
};

// The value a row has for a facet (the text the facet matches against).
[[nodiscard]] QString facetValue(const FlowLog &f, FlowLogFilterProxy::Facet facet);

} // namespace flowlog
