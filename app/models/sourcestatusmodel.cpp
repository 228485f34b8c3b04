#include "sourcestatusmodel.h"

#include <QSet>

#include <algorithm>
#include <iterator>

namespace flowlog {

SourceStatusModel::SourceStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SourceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SourceStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceStatusModel::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Running:
        return tr("Running");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant SourceStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case PagesColumn:
        return tr("Pages");
    case RowsColumn:
        return tr("Rows");
    case ElapsedColumn:
        return tr("Elapsed");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

QVariant SourceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SourceColumn:
            return e.source.displayName();
        case StateColumn:
            return stateText(e.state);
        case PagesColumn:
            return e.pages;
        case RowsColumn:
            return e.rows;
        case ElapsedColumn:
            return tr("%1 s").arg(static_cast<double>(e.elapsedMs) / 1000.0, 0, 'f', 1);
        case ErrorColumn:
            return e.error.isError() ? e.error.toDisplayString() : QString();
        default:
            return {};
        }
    }
    switch (role) {
    case StateRole:
        return static_cast<int>(e.state);
    case SourceIdRole:
        return e.source.id();
    case ErrorCodeRole:
        return e.error.code;
    case RequestIdRole:
        return e.error.requestId;
    default:
        return {};
    }
}

void SourceStatusModel::setSources(const QList<SourceSpec> &sources)
{
    beginResetModel();
    m_entries.clear();
    m_rowOf.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_counts[static_cast<int>(State::Queued)] = static_cast<int>(sources.size());
    for (const SourceSpec &s : sources)
        appendQueued(s);
    endResetModel();
    Q_EMIT progressChanged();
}

void SourceStatusModel::appendQueued(const SourceSpec &source)
{
    m_rowOf.insert(source.id(), static_cast<int>(m_entries.size()));
    Entry e;
    e.source = source;
    m_entries.append(e);
}

void SourceStatusModel::addSources(const QList<SourceSpec> &sources)
{
    QList<SourceSpec> added;
    for (const SourceSpec &s : sources) {
        const int row = rowOf(s.id());
        if (row < 0) {
            added.append(s);
            continue;
        }
        Entry &e = m_entries[row];
        setState(e, State::Queued);
        e.source = s;
        e.pages = 0;
        e.rows = 0;
        e.elapsedMs = 0;
        e.error = {};
        e.clock.invalidate();
        touch(row);
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_counts[static_cast<int>(State::Queued)] += static_cast<int>(added.size());
    for (const SourceSpec &s : std::as_const(added))
        appendQueued(s);
    endInsertRows();
    Q_EMIT progressChanged();
}

void SourceStatusModel::retainSources(const QSet<QString> &ids)
{
    const bool drop = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                  [&ids](const Entry &e) { return !ids.contains(e.source.id()); });
    if (!drop)
        return;
    beginResetModel();
    m_entries.removeIf([&ids](const Entry &e) { return !ids.contains(e.source.id()); });
    m_rowOf.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    for (int row = 0; row < m_entries.size(); ++row) {
        m_rowOf.insert(m_entries.at(row).source.id(), row);
        ++m_counts[static_cast<int>(m_entries.at(row).state)];
    }
    endResetModel();
    Q_EMIT progressChanged();
}

int SourceStatusModel::rowOf(const QString &sourceId) const
{
    return m_rowOf.value(sourceId, -1);
}

const SourceStatusModel::Entry *SourceStatusModel::entry(const QString &sourceId) const
{
    const int row = rowOf(sourceId);
    return row < 0 ? nullptr : &m_entries.at(row);
}

void SourceStatusModel::touch(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT progressChanged();
}

void SourceStatusModel::markRunning(const QString &sourceId)
{
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    setState(e, State::Running);
    e.clock.start();
    touch(row);
}

void SourceStatusModel::addPage(const QString &sourceId, int rows)
{
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    ++e.pages;
    e.rows += rows;
    e.elapsedMs = e.clock.isValid() ? e.clock.elapsed() : 0;
    touch(row);
}

void SourceStatusModel::markFinished(const QString &sourceId, const ApiError &error)
{
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    e.error = error;
    setState(e, !error.isError()                        ? State::Done
                : error.kind == ApiError::Kind::Aborted ? State::Cancelled
                                                        : State::Failed);
    e.elapsedMs = e.clock.isValid() ? e.clock.elapsed() : 0;
    touch(row);
}

void SourceStatusModel::clear()
{
    setSources({});
}

void SourceStatusModel::setState(Entry &e, State state)
{
    --m_counts[static_cast<int>(e.state)];
    ++m_counts[static_cast<int>(state)];
    e.state = state;
}

int SourceStatusModel::count(State state) const
{
    return m_counts[static_cast<int>(state)];
}

int SourceStatusModel::finishedCount() const
{
    return count(State::Done) + count(State::Failed) + count(State::Cancelled);
}

void SourceStatusModel::setDiscovery(QList<DiscoveredAccount> accounts)
{
    for (DiscoveredAccount &a : accounts)
        a.credentials = {};
    m_discovery = std::move(accounts);
    Q_EMIT discoveryChanged();
}

int SourceStatusModel::discoveryFailureCount() const
{
    int n = 0;
    for (const DiscoveredAccount &a : m_discovery)
        n += static_cast<int>(a.failures.size());
    return n;
}

} // namespace flowlog
