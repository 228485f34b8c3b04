#include "flowlogtablemodel.h"

#include <QColor>
#include <QLocale>

namespace flowlog {

FlowLogTableModel::FlowLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FlowLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FlowLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowLogTableModel::intervalText(int seconds)
{
    if (seconds <= 0)
        return {};
    if (seconds % 60 == 0)
        return tr("%n min", nullptr, seconds / 60);
    return tr("%n s", nullptr, seconds);
}

QString FlowLogTableModel::columnTitle(int column)
{
    switch (column) {
    case Account: return tr("Account");
    case Cloud: return tr("Cloud");
    case ServiceColumn: return tr("Service");
    case Region: return tr("Region");
    case Name: return tr("Name");
    case Id: return tr("ID");
    case Status: return tr("Status");
    case Resource: return tr("Resource");
    case Traffic: return tr("Traffic");
    case Storage: return tr("Storage");
    case Interval: return tr("Interval");
    case Sampling: return tr("Sampling");
    case Created: return tr("Created");
    case Tags: return tr("Tags");
    case Description: return tr("Description");
    default: return {};
    }
}

QVariant FlowLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

QVariant FlowLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowLog &f = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Account: return f.account;
        case Cloud: return providerDisplayName(f.provider);
        case ServiceColumn: return serviceDisplayName(f.service);
        case Region: return f.region;
        case Name: return f.name;
        case Id: return f.id;
        case Status:
            if (!f.deliverStatus.isEmpty() && f.deliverStatus != QLatin1String("SUCCESS"))
                return tr("%1 (delivery %2)").arg(f.status, f.deliverStatus);
            return f.status;
        case Resource:
            return f.resourceType.isEmpty() ? f.resourceId : f.resourceType + QStringLiteral(": ") + f.resourceId;
        case Traffic: return f.trafficType;
        case Storage: return f.storageDisplay();
        case Interval: return intervalText(f.intervalSeconds);
        case Sampling: return f.samplingRate;
        case Created:
            return f.created.isValid() ? QLocale().toString(f.created.toLocalTime(), QLocale::ShortFormat) : QString();
        case Tags: return f.tagsDisplay();
        case Description: return f.description;
        }
        break;
    case SortRole:
        switch (column) {
        case Interval: return f.intervalSeconds;
        case Created: return f.created;
        default: return data(index, Qt::DisplayRole);
        }
    case ProblemRole: return f.hasProblem();
    case KeyRole: return f.key();
    case SourceRole: return sourceOf(index.row());
    case Qt::ForegroundRole:
        if (column == Status && f.hasProblem())
            return QColor(0xc6, 0x28, 0x28);
        if (m_stale)
            return QColor(0x80, 0x80, 0x80);
        break;
    default: break;
    }
    return {};
}

int FlowLogTableModel::sourceIndex(const QString &sourceId)
{
    const auto it = m_sourceIndex.constFind(sourceId);
    if (it != m_sourceIndex.cend())
        return it.value();
    const int i = static_cast<int>(m_sources.size());
    m_sources.append(sourceId);
    m_sourceIndex.insert(sourceId, i);
    return i;
}

void FlowLogTableModel::appendRows(const QString &sourceId, const QList<FlowLog> &rows)
{
    if (rows.isEmpty())
        return;
    const auto src = static_cast<quint32>(sourceIndex(sourceId));
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    m_sourceOf.insert(m_sourceOf.size(), rows.size(), src);
    endInsertRows();
    m_keyIndexValid = false;
}

void FlowLogTableModel::removeSource(const QString &sourceId)
{
    const auto it = m_sourceIndex.constFind(sourceId);
    if (it == m_sourceIndex.cend())
        return;
    const auto src = static_cast<quint32>(it.value());
    // Remove contiguous runs from the back so earlier indexes stay valid.
    int row = static_cast<int>(m_rows.size()) - 1;
    while (row >= 0) {
        if (m_sourceOf.at(row) != src) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && m_sourceOf.at(row - 1) == src)
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        m_sourceOf.remove(row, last - row + 1);
        endRemoveRows();
        --row;
    }
    m_keyIndexValid = false;
}

void FlowLogTableModel::replaceSourceRows(const QString &sourceId, const QList<FlowLog> &rows)
{
    removeSource(sourceId);
    appendRows(sourceId, rows);
}

void FlowLogTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_sourceOf.clear();
    m_sources.clear();
    m_sourceIndex.clear();
    m_keyIndex.clear();
    m_keyIndexValid = false;
    endResetModel();
}

void FlowLogTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

void FlowLogTableModel::rebuildKeyIndex()
{
    m_keyIndex.clear();
    m_keyIndex.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_keyIndex.insert(m_rows.at(i).key(), i);
    m_keyIndexValid = true;
}

int FlowLogTableModel::rowOfKey(const QString &key) const
{
    if (!m_keyIndexValid)
        const_cast<FlowLogTableModel *>(this)->rebuildKeyIndex();
    return m_keyIndex.value(key, -1);
}

QList<FlowLog> FlowLogTableModel::rowsOfSource(const QString &sourceId) const
{
    QList<FlowLog> out;
    const auto it = m_sourceIndex.constFind(sourceId);
    if (it == m_sourceIndex.cend())
        return out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_sourceOf.at(i) == static_cast<quint32>(it.value()))
            out.append(m_rows.at(i));
    }
    return out;
}

int FlowLogTableModel::countOfSource(const QString &sourceId) const
{
    const auto it = m_sourceIndex.constFind(sourceId);
    if (it == m_sourceIndex.cend())
        return 0;
    return static_cast<int>(std::count(m_sourceOf.cbegin(), m_sourceOf.cend(), static_cast<quint32>(it.value())));
}

} // namespace flowlog
