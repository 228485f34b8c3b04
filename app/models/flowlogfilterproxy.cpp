#include "flowlogfilterproxy.h"

#include <QDateTime>

#include <algorithm>

namespace flowlog {

FlowLogFilterProxy::FlowLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FlowLogTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FlowLogFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<const FlowLogTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FlowLogFilterProxy::setSortSuspended(bool suspended)
{
    if (m_sortSuspended == suspended)
        return;
    m_sortSuspended = suspended;
    // Re-enabling dynamic sorting sorts once by the current column; rows updated in place meanwhile were not
    // re-filtered, so filter again when a filter is set.
    setDynamicSortFilter(!suspended);
    if (!suspended && hasFilter())
        invalidateFilter();
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

void FlowLogFilterProxy::changed()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

void FlowLogFilterProxy::setQuickFilter(const QString &text)
{
    const QString t = text.simplified();
    if (t == m_quick)
        return;
    m_quick = t;
    m_terms.clear();
    const QStringList words = t.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        m_terms.append(QByteArrayMatcher(w.toUtf8()));
    changed();
}

void FlowLogFilterProxy::setFacet(Facet facet, const QSet<QString> &values)
{
    const auto i = static_cast<int>(facet);
    if (m_facets[i] == values)
        return;
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
    changed();
}

void FlowLogFilterProxy::setSourceFilter(const QSet<QString> &sourceIds)
{
    if (m_sourceIds == sourceIds)
        return;
    m_sourceIds = sourceIds;
    changed();
}

QSet<QString> FlowLogFilterProxy::facet(Facet facet) const
{
    return m_facets[static_cast<int>(facet)];
}

void FlowLogFilterProxy::clearFilters()
{
    m_quick.clear();
    m_terms.clear();
    for (auto &f : m_facets)
        f.clear();
    m_clouds.clear();
    m_services.clear();
    m_sourceIds.clear();
    m_problemsOnly = false;
    changed();
}

void FlowLogFilterProxy::setProblemsOnly(bool on)
{
    if (m_problemsOnly == on)
        return;
    m_problemsOnly = on;
    changed();
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

bool FlowLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const FlowLogTableModel *model = table();
    if (!model)
        return true;
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
    const QByteArray &text = model->searchTextUtf8(sourceRow);
    for (const QByteArrayMatcher &term : m_terms) {
        if (term.indexIn(text) < 0)
            return false;
    }
    return true;
}

namespace {

int compareText(const QString &a, const QString &b)
{
    // Sorting 100k rows makes millions of comparisons: fold ASCII inline, hand the rest to Qt's case folding.
    const qsizetype n = std::min(a.size(), b.size());
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    for (qsizetype i = 0; i < n; ++i) {
        char16_t ca = pa[i].unicode();
        char16_t cb = pb[i].unicode();
        if (ca >= 0x80 || cb >= 0x80)
            return QStringView(a).mid(i).compare(QStringView(b).mid(i), Qt::CaseInsensitive);
        if (ca >= u'A' && ca <= u'Z')
            ca += 32;
        if (cb >= u'A' && cb <= u'Z')
            cb += 32;
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

int compareTags(const QList<Tag> &a, const QList<Tag> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (const int c = compareText(a.at(i).key, b.at(i).key))
            return c;
        if (const int c = compareText(a.at(i).value, b.at(i).value))
            return c;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

int compareByColumn(const FlowLog &a, const FlowLog &b, int column)
{
    switch (column) {
    case FlowLogTableModel::Account:
        return compareText(a.account, b.account);
    case FlowLogTableModel::Cloud:
        return threeWay(static_cast<int>(a.provider), static_cast<int>(b.provider));
    case FlowLogTableModel::ServiceColumn:
        return threeWay(static_cast<int>(a.service), static_cast<int>(b.service));
    case FlowLogTableModel::Region:
        return compareText(a.region, b.region);
    case FlowLogTableModel::Name:
        return compareText(a.name, b.name);
    case FlowLogTableModel::Id:
        return compareText(a.id, b.id);
    case FlowLogTableModel::Status:
        if (const int c = compareText(a.status, b.status))
            return c;
        return compareText(a.deliverStatus, b.deliverStatus);
    case FlowLogTableModel::Resource:
        if (const int c = compareText(a.resourceType, b.resourceType))
            return c;
        return compareText(a.resourceId, b.resourceId);
    case FlowLogTableModel::Traffic:
        return compareText(a.trafficType, b.trafficType);
    case FlowLogTableModel::Storage:
        if (const int c = compareText(a.storageProject, b.storageProject))
            return c;
        return compareText(a.storageStore, b.storageStore);
    case FlowLogTableModel::Interval:
        return threeWay(a.intervalSeconds, b.intervalSeconds);
    case FlowLogTableModel::Sampling: {
        // "1:4096" sorts by its denominator as a number.
        const auto denominator = [](const QString &s) {
            const qsizetype colon = s.indexOf(QLatin1Char(':'));
            return colon < 0 ? s.toLongLong() : QStringView(s).mid(colon + 1).toLongLong();
        };
        return threeWay(denominator(a.samplingRate), denominator(b.samplingRate));
    }
    case FlowLogTableModel::Created:
        // Invalid dates sort first.
        if (a.created.isValid() != b.created.isValid())
            return a.created.isValid() ? 1 : -1;
        return threeWay(a.created, b.created);
    case FlowLogTableModel::Tags:
        return compareTags(a.tags, b.tags);
    case FlowLogTableModel::Description:
        return compareText(a.description, b.description);
    default:
        return 0;
    }
}

bool FlowLogFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const FlowLogTableModel *model = table();
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const FlowLog &a = model->at(left.row());
    const FlowLog &b = model->at(right.row());
    if (const int c = compareByColumn(a, b, left.column()))
        return c < 0;
    // Ties keep a meaningful order: account, service, region, name, id.
    for (int column : {FlowLogTableModel::Account, FlowLogTableModel::ServiceColumn, FlowLogTableModel::Region,
                       FlowLogTableModel::Name, FlowLogTableModel::Id}) {
        if (const int c = compareByColumn(a, b, column))
            return c < 0;
    }
    return false;
}

QList<FlowLog> FlowLogFilterProxy::visibleRows() const
{
    QList<FlowLog> out;
    const FlowLogTableModel *model = table();
    if (!model)
        return out;
    const int n = rowCount();
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(model->at(mapToSource(index(i, 0)).row()));
    return out;
}

} // namespace flowlog
