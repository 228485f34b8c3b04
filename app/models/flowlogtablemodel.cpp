#include "flowlogtablemodel.h"

#include "flowlogstatus.h"
#include "textsafety.h"

#include <QLocale>

#include <algorithm>
#include <iterator>
#include <limits>

namespace flowlog {

FlowLogTableModel::FlowLogTableModel(QObject *parent)
    : FlatTableModel(ColumnCount, parent)
{}

QString FlowLogTableModel::intervalText(int seconds)
{
    if (seconds <= 0)
        return {};
    if (seconds % 60 == 0)
        return tr("%n min", nullptr, seconds / 60);
    return tr("%n s", nullptr, seconds);
}

QString FlowLogTableModel::statusText(const FlowLog &f)
{
    // Short enough for the column; the tooltip and the details pane carry the delivery error message.
    const QString status = shownStatus(f);
    if (f.deliverStatus.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0)
        return status.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0
                   ? tr("Delivery failed")
                   : tr("%1, delivery failed").arg(status);
    if (!f.deliverStatus.isEmpty() && f.deliverStatus.compare(QLatin1String("SUCCESS"), Qt::CaseInsensitive) != 0)
        return tr("%1 (delivery %2)").arg(status, f.deliverStatus);
    return status;
}

QString FlowLogTableModel::resourceText(const FlowLog &f)
{
    return f.resourceType.isEmpty() ? f.resourceId : f.resourceType + QStringLiteral(": ") + f.resourceId;
}

namespace {

// Translated labels a row is also found by ("alibaba cloud", "vpc", "10 min"), case-folded.
QString searchLabels(const FlowLog &f)
{
    const QChar sep(0x1f);
    return (providerDisplayName(f.provider) + sep + providerKey(f.provider) + sep + serviceDisplayName(f.service) +
            sep + FlowLogTableModel::intervalText(f.intervalSeconds) + sep)
        .toCaseFolded();
}

QString searchFields(const FlowLog &f, const QString &labels)
{
    // Unit separators keep a query from matching across two fields.
    const QChar sep(0x1f);
    QString s;
    s.reserve(256);
    for (const QString *part :
         {&f.account, &f.region, &f.id, &f.name, &f.description, &f.status, &f.deliverStatus, &f.deliverMessage,
          &f.resourceType, &f.resourceId, &f.trafficType, &f.storageProject, &f.storageStore, &f.samplingRate}) {
        s += *part;
        s += sep;
    }
    for (const Tag &tag : f.tags) {
        s += tag.key;
        s += QLatin1Char('=');
        s += tag.value;
        s += sep;
    }
    s = std::move(s).toCaseFolded();
    s += labels;
    return s;
}

} // namespace

QString FlowLogTableModel::makeSearchText(const FlowLog &f)
{
    return searchFields(f, searchLabels(f));
}

QByteArray FlowLogTableModel::searchTextOf(const FlowLog &f)
{
    // The labels repeat across rows: translate them once per (cloud, service, interval).
    const quint64 key = (quint64(f.provider) << 40) | (quint64(f.service) << 32) | quint32(f.intervalSeconds);
    auto it = m_labelCache.constFind(key);
    if (it == m_labelCache.cend())
        it = m_labelCache.insert(key, searchLabels(f));
    return searchFields(f, it.value()).toUtf8();
}

void FlowLogTableModel::intern(QString &s)
{
    if (s.isEmpty())
        return;
    const auto it = m_pool.constFind(s);
    if (it != m_pool.cend())
        s = *it;
    else
        m_pool.insert(s);
}

void FlowLogTableModel::intern(FlowLog &f)
{
    // Each distinct value is stored once instead of once per row: most of a row's strings repeat.
    for (QString *s : {&f.account, &f.profileId, &f.region, &f.status, &f.resourceType, &f.trafficType,
                       &f.storageProject, &f.storageStore, &f.samplingRate, &f.deliverStatus, &f.deliverMessage})
        intern(*s);
    // The rows' tags list is shared with the page it came in: iterating it mutably detached (copied) it for every row,
    // an allocation a row on the GUI thread, though the page parsers hand out tag strings already shared
    // (json::sharedStr) and so mostly pooled.
    const auto pooled = [this](const QString &s) {
        if (s.isEmpty())
            return true;
        const auto it = m_pool.constFind(s);
        return it != m_pool.cend() && it->constData() == s.constData();
    };
    if (std::all_of(f.tags.cbegin(), f.tags.cend(),
                    [&pooled](const Tag &tag) { return pooled(tag.key) && pooled(tag.value); }))
        return;
    for (Tag &tag : f.tags) {
        intern(tag.key);
        intern(tag.value);
    }
}

QString FlowLogTableModel::columnTitle(int column)
{
    // In Column's order.
    static constexpr const char *titles[] = {QT_TR_NOOP("Account"), QT_TR_NOOP("Cloud"),    QT_TR_NOOP("Service"),
                                             QT_TR_NOOP("Region"),  QT_TR_NOOP("Name"),     QT_TR_NOOP("ID"),
                                             QT_TR_NOOP("Status"),  QT_TR_NOOP("Resource"), QT_TR_NOOP("Traffic"),
                                             QT_TR_NOOP("Storage"), QT_TR_NOOP("Interval"), QT_TR_NOOP("Sampling"),
                                             QT_TR_NOOP("Created"), QT_TR_NOOP("Tags"),     QT_TR_NOOP("Description")};
    static_assert(std::size(titles) == ColumnCount);
    return column >= 0 && column < ColumnCount ? tr(titles[column]) : QString();
}

QVariant FlowLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole && section == Interval)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FlowLogTableModel::data(const QModelIndex &index, int role) const
{
    // Provider text (names, descriptions, delivery messages) is displayed with its control and bidi characters
    // escaped, and as a plain-text tooltip, whatever markup it holds.
    if (role == Qt::DisplayRole)
        return escapeForDisplay(roleData(index, role).toString());
    if (role == Qt::ToolTipRole) {
        const QString text = roleData(index, role).toString();
        if (!index.isValid() || !isRowStale(index.row()))
            return plainTextToolTip(text);
        return plainTextToolTip(staleNote(lastSeenOfRow(index.row())) + QLatin1Char('\n') + text);
    }
    return roleData(index, role);
}

QString FlowLogTableModel::staleNote(const QDateTime &seenAt)
{
    if (!seenAt.isValid())
        return tr("Not current: this source has not been listed successfully since these rows were cached.");
    return tr("Not current: last seen %1. The last refresh of this source did not complete.")
        .arg(QLocale().toString(seenAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant FlowLogTableModel::roleData(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowLog &f = at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Account:
            return f.account;
        case Cloud:
            return providerDisplayName(f.provider);
        case ServiceColumn:
            return serviceDisplayName(f.service);
        case Region:
            return f.region;
        case Name:
            return f.name;
        case Id:
            return f.id;
        case Status:
            if (role == Qt::ToolTipRole && !f.deliverMessage.isEmpty())
                return statusText(f) + QLatin1Char('\n') + f.deliverMessage;
            return statusText(f);
        case Resource:
            return resourceText(f);
        case Traffic:
            return f.trafficType;
        case Storage:
            return f.storageDisplay();
        case Interval:
            return intervalText(f.intervalSeconds);
        case Sampling:
            return f.samplingRate;
        case Created:
            if (!f.created.isValid())
                return QString();
            return role == Qt::ToolTipRole ? f.created.toUTC().toString(Qt::ISODate)
                                           : f.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Tags:
            return f.tagsDisplay();
        case Description:
            return f.description;
        }
        break;
    case SortRole:
        switch (column) {
        case Interval:
            return f.intervalSeconds;
        case Created:
            return f.created;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ProblemRole:
        return f.hasProblem();
    case KeyRole:
        return f.key();
    case SourceRole:
        return sourceOf(index.row());
    case FilterTextRole:
        return searchText(index.row());
    case StaleRole:
        return isRowStale(index.row());
    case LastSeenRole:
        return lastSeenOfRow(index.row());
    case Qt::TextAlignmentRole:
        if (column == Interval)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
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
    m_countOf.append(0);
    m_seenAt.append(QDateTime());
    return i;
}

void FlowLogTableModel::appendRows(const QString &sourceId, const QList<FlowLog> &rows)
{
    if (rows.isEmpty())
        return;
    const auto src = static_cast<quint32>(sourceIndex(sourceId));
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (const FlowLog &f : rows) {
        m_rows.push_back(f);
        intern(m_rows.back());
        m_search.append(searchTextOf(f));
    }
    m_sourceOf.insert(m_sourceOf.size(), rows.size(), src);
    m_countOf[src] += static_cast<int>(rows.size());
    endInsertRows();
    m_keyIndexValid = false;
}

void FlowLogTableModel::removeRowsAt(const QList<int> &sortedRows)
{
    // Contiguous runs from the back, so earlier indexes stay valid: one beginRemoveRows per run.
    qsizetype i = sortedRows.size() - 1;
    while (i >= 0) {
        const int last = sortedRows.at(i);
        int first = last;
        while (i > 0 && sortedRows.at(i - 1) == first - 1) {
            --i;
            --first;
        }
        --i;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row)
            --m_countOf[m_sourceOf.at(row)];
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_search.remove(first, last - first + 1);
        m_sourceOf.remove(first, last - first + 1);
        endRemoveRows();
    }
    m_keyIndexValid = false;
}

void FlowLogTableModel::removeSource(const QString &sourceId)
{
    const auto it = m_sourceIndex.constFind(sourceId);
    if (it == m_sourceIndex.cend())
        return;
    const auto src = static_cast<quint32>(it.value());
    QList<int> rows;
    for (int i = 0; i < m_sourceOf.size(); ++i) {
        if (m_sourceOf.at(i) == src)
            rows.append(i);
    }
    m_staleSources.remove(src);
    removeRowsAt(rows);
}

void FlowLogTableModel::replaceSourceRows(const QString &sourceId, const QList<FlowLog> &rows)
{
    const auto src = static_cast<quint32>(sourceIndex(sourceId));
    QHash<QString, int> old;
    for (int i = 0; i < m_sourceOf.size(); ++i) {
        if (m_sourceOf.at(i) == src)
            old.insert(at(i).key(), i);
    }
    m_staleSources.remove(src);
    QList<FlowLog> added;
    int minChanged = std::numeric_limits<int>::max();
    int maxChanged = -1;
    for (const FlowLog &f : rows) {
        const auto it = old.find(f.key());
        if (it == old.end()) {
            added.append(f);
            continue;
        }
        const int row = it.value();
        old.erase(it);
        FlowLog &stored = m_rows[static_cast<std::size_t>(row)];
        stored = f;
        intern(stored);
        m_search.replace(row, searchTextOf(f));
        minChanged = std::min(minChanged, row);
        maxChanged = std::max(maxChanged, row);
    }
    if (maxChanged >= 0) {
        Q_EMIT dataChanged(index(minChanged, 0), index(maxChanged, ColumnCount - 1));
    }
    QList<int> gone = old.values();
    std::sort(gone.begin(), gone.end());
    removeRowsAt(gone);
    appendRows(sourceId, added);
    m_keyIndexValid = false;
}

bool FlowLogTableModel::updateRow(const FlowLog &f)
{
    const int row = rowOfKey(f.key());
    if (row < 0)
        return false;
    FlowLog &stored = m_rows[static_cast<std::size_t>(row)];
    stored = f;
    intern(stored);
    m_search.replace(row, searchTextOf(f));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool FlowLogTableModel::removeRowOfKey(const QString &key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return false;
    removeRowsAt({row});
    return true;
}

void FlowLogTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    m_sourceOf.clear();
    m_sources.clear();
    m_sourceIndex.clear();
    m_countOf.clear();
    m_seenAt.clear();
    m_staleSources.clear();
    m_pool.clear();
    m_keyIndex.clear();
    m_keyIndexValid = false;
    endResetModel();
}

void FlowLogTableModel::setSourcesStale(const QStringList &sourceIds)
{
    for (const QString &id : sourceIds) {
        const auto src = static_cast<quint32>(sourceIndex(id));
        if (!m_staleSources.contains(src)) {
            m_staleSources.insert(src);
            if (m_countOf.at(src) > 0)
                emitSourceChanged(src, {StaleRole, LastSeenRole});
        }
    }
}

bool FlowLogTableModel::isSourceStale(const QString &sourceId) const
{
    const auto it = m_sourceIndex.constFind(sourceId);
    return it != m_sourceIndex.cend() && m_staleSources.contains(static_cast<quint32>(it.value()));
}

QStringList FlowLogTableModel::staleSourceIds() const
{
    QStringList out;
    for (const quint32 src : m_staleSources) {
        if (m_countOf.at(src) > 0)
            out.append(m_sources.at(src));
    }
    return out;
}

int FlowLogTableModel::staleRowCount() const
{
    int n = 0;
    for (const quint32 src : m_staleSources)
        n += m_countOf.at(src);
    return n;
}

QDateTime FlowLogTableModel::lastSeen(const QString &sourceId) const
{
    const auto it = m_sourceIndex.constFind(sourceId);
    return it == m_sourceIndex.cend() ? QDateTime() : m_seenAt.at(it.value());
}

void FlowLogTableModel::setLastSeen(const QString &sourceId, const QDateTime &seenAt)
{
    m_seenAt[sourceIndex(sourceId)] = seenAt;
}

void FlowLogTableModel::markSourceCurrent(const QString &sourceId, const QDateTime &seenAt)
{
    const auto src = static_cast<quint32>(sourceIndex(sourceId));
    m_seenAt[src] = seenAt;
    if (m_staleSources.remove(src))
        emitSourceChanged(src, {StaleRole, LastSeenRole});
}

void FlowLogTableModel::emitSourceChanged(quint32 src, const QList<int> &roles)
{
    // One signal over the span of the source's rows: views repaint what is visible of it.
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_sourceOf.size(); ++i) {
        if (m_sourceOf.at(i) == src) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
}

void FlowLogTableModel::clearStale()
{
    if (m_staleSources.isEmpty())
        return;
    m_staleSources.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {StaleRole});
}

void FlowLogTableModel::rebuildKeyIndex() const
{
    m_keyIndex.clear();
    m_keyIndex.reserve(static_cast<qsizetype>(m_rows.size()));
    for (int i = 0; i < rowCount(); ++i)
        m_keyIndex.insert(at(i).key(), i);
    m_keyIndexValid = true;
}

int FlowLogTableModel::rowOfKey(const QString &key) const
{
    if (!m_keyIndexValid)
        rebuildKeyIndex();
    return m_keyIndex.value(key, -1);
}

QList<FlowLog> FlowLogTableModel::rowsOfSource(const QString &sourceId) const
{
    QList<FlowLog> out;
    const auto it = m_sourceIndex.constFind(sourceId);
    if (it == m_sourceIndex.cend())
        return out;
    for (int i = 0; i < rowCount(); ++i) {
        if (m_sourceOf.at(i) == static_cast<quint32>(it.value()))
            out.append(at(i));
    }
    return out;
}

int FlowLogTableModel::countOfSource(const QString &sourceId) const
{
    const auto it = m_sourceIndex.constFind(sourceId);
    return it == m_sourceIndex.cend() ? 0 : m_countOf.at(it.value());
}

QStringList FlowLogTableModel::sourceIds() const
{
    QSet<quint32> used(m_sourceOf.cbegin(), m_sourceOf.cend());
    QStringList out;
    for (quint32 i : used)
        out.append(m_sources.at(i));
    out.sort();
    return out;
}

} // namespace flowlog
