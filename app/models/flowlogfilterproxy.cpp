#include "flowlogfilterproxy.h"

#include <QDateTime>

namespace flowlog {

FlowLogFilterProxy::FlowLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FlowLogTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

const FlowLogTableModel *FlowLogFilterProxy::table() const
{
    return qobject_cast<const FlowLogTableModel *>(sourceModel());
}

QString facetValue(const FlowLog &f, FlowLogFilterProxy::Facet facet)
{
    switch (facet) {
    case FlowLogFilterProxy::Facet::Account: return f.account;
    case FlowLogFilterProxy::Facet::Cloud: return providerKey(f.provider);
    case FlowLogFilterProxy::Facet::Service: return serviceKey(f.service);
    case FlowLogFilterProxy::Facet::Region: return f.region;
    case FlowLogFilterProxy::Facet::Status: return f.status;
    }
    return {};
}

void FlowLogFilterProxy::setQuickFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_quick)
        return;
    m_quick = t;
    invalidateFilter();
}

void FlowLogFilterProxy::setFacet(Facet facet, const QSet<QString> &values)
{
    m_facets.insert(static_cast<int>(facet), values);
    invalidateFilter();
}

QSet<QString> FlowLogFilterProxy::facet(Facet facet) const
{
    return m_facets.value(static_cast<int>(facet));
}

void FlowLogFilterProxy::clearFilters()
{
    m_quick.clear();
    m_facets.clear();
    m_problemsOnly = false;
    invalidateFilter();
}

void FlowLogFilterProxy::setProblemsOnly(bool on)
{
    if (m_problemsOnly == on)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool FlowLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const FlowLogTableModel *model = table();
    if (!model)
        return true;
    const FlowLog &f = model->at(sourceRow);
    for (auto it = m_facets.cbegin(); it != m_facets.cend(); ++it) {
        if (!it.value().isEmpty() && !it.value().contains(facetValue(f, static_cast<Facet>(it.key()))))
            return false;
    }
    if (m_problemsOnly && !f.hasProblem())
        return false;
    if (m_quick.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_quick, Qt::CaseInsensitive); };
    if (has(f.account) || has(f.name) || has(f.id) || has(f.region) || has(f.status) || has(f.resourceId) ||
        has(f.resourceType) || has(f.description) || has(f.storageProject) || has(f.storageStore) ||
        has(f.trafficType) || has(f.samplingRate) || has(f.deliverStatus) || has(serviceKey(f.service)) ||
        has(providerDisplayName(f.provider)))
        return true;
    for (const Tag &tag : f.tags) {
        if (has(tag.key) || has(tag.value))
            return true;
    }
    return false;
}

bool FlowLogFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(FlowLogTableModel::SortRole);
    const QVariant r = right.data(FlowLogTableModel::SortRole);
    if (l.userType() == QMetaType::QDateTime && r.userType() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.userType() == QMetaType::Int && r.userType() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace flowlog
