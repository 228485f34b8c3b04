#pragma once

#include "flattablemodel.h"
#include "flowlog.h"
#include "searchtexts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <deque>

namespace flowlog {

// Every flow log of a sweep, one row each. Rows are appended a page at a time (one beginInsertRows per page)
// and a source's rows are replaced in one go when its refresh completes. Each row carries a precomputed,
// case-folded search text so the quick filter does no allocation per row.
class FlowLogTableModel final : public FlatTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogTableModel)

public:
    enum Column
    {
        Account,
        Cloud,
        ServiceColumn,
        Region,
        Name,
        Id,
        Status,
        Resource,
        Traffic,
        Storage,
        Interval,
        Sampling,
        Created,
        Tags,
        Description,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // raw values: dates as QDateTime, intervals as int
        ProblemRole,             // bool: delivery failed / failed / inactive
        KeyRole,                 // FlowLog::key()
        SourceRole,              // source id the row came from
        FilterTextRole,          // case-folded text of all text columns (for the quick filter)
        StaleRole,               // bool: the row's source was not confirmed by its last listing (cache, failure)
        LastSeenRole             // QDateTime (UTC): when the row's source last listed successfully
    };
    // Fonts and colours are the delegate's (ui/flowlogdelegate): this model only says what a row is.
    Q_ENUM(Column)

    explicit FlowLogTableModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const FlowLog &at(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    [[nodiscard]] QString searchText(int row) const { return QString::fromUtf8(m_search.at(row)); }
    // The same text as UTF-8 (half the memory of UTF-16 for the mostly ASCII fields); the quick filter matches
    // UTF-8 needles against it, which is equivalent because UTF-8 is self-synchronising.
    [[nodiscard]] QByteArrayView searchTextUtf8(int row) const { return m_search.at(row); }
    [[nodiscard]] const QString &sourceOf(int row) const { return m_sources.at(m_sourceOf.at(row)); }
    [[nodiscard]] bool isRowStale(int row) const { return m_staleSources.contains(m_sourceOf.at(row)); }
    // When the row's source last listed successfully (invalid: unknown).
    [[nodiscard]] QDateTime lastSeenOfRow(int row) const { return m_seenAt.at(m_sourceOf.at(row)); }
    [[nodiscard]] int rowOfKey(const QString &key) const; // -1 when absent
    [[nodiscard]] QList<FlowLog> rowsOfSource(const QString &sourceId) const;
    [[nodiscard]] int countOfSource(const QString &sourceId) const; // O(1)
    [[nodiscard]] QStringList sourceIds() const;                    // sources that currently have rows

    void appendRows(const QString &sourceId, const QList<FlowLog> &rows);
    // Makes the source's rows equal to rows without an event-loop turn in between: rows whose key exists are
    // updated in place (selection and scroll position survive a refresh), vanished rows are removed, new rows
    // appended. Clears the source's stale mark.
    void replaceSourceRows(const QString &sourceId, const QList<FlowLog> &rows);
    void removeSource(const QString &sourceId);
    // One flow log changed (a lifecycle read): its row, found by key, takes f in place (dataChanged, so the proxy
    // re-sorts and re-filters it and the selection stays on it). False when no row has that key.
    bool updateRow(const FlowLog &f);
    // One flow log is gone (deleted): its row is removed. False when no row has that key.
    bool removeRowOfKey(const QString &key);
    void clear();

    // Rows of these sources are not current (from the cache, or their last refresh failed): shown as stale, with
    // the time they were last seen, until the source lists successfully again.
    void setSourcesStale(const QStringList &sourceIds);
    void clearStale();
    [[nodiscard]] bool isStale() const { return !m_staleSources.isEmpty(); }
    [[nodiscard]] bool isSourceStale(const QString &sourceId) const;
    [[nodiscard]] QStringList staleSourceIds() const; // stale sources that have rows
    [[nodiscard]] int staleRowCount() const;          // O(stale sources)
    // The source listed successfully at seenAt: its rows are current.
    void markSourceCurrent(const QString &sourceId, const QDateTime &seenAt);
    // When the source last listed successfully (invalid: unknown); set by markSourceCurrent() or the cache.
    [[nodiscard]] QDateTime lastSeen(const QString &sourceId) const;
    void setLastSeen(const QString &sourceId, const QDateTime &seenAt);

    [[nodiscard]] static QString columnTitle(int column);
    [[nodiscard]] static QString intervalText(int seconds);
    [[nodiscard]] static QString statusText(const FlowLog &f);
    [[nodiscard]] static QString resourceText(const FlowLog &f);
    // The case-folded blob the quick filter searches (every text column, tag keys and values).
    [[nodiscard]] static QString makeSearchText(const FlowLog &f);
    // "Not current: last seen ..." for the tooltip and details of a stale row.
    [[nodiscard]] static QString staleNote(const QDateTime &seenAt);

private:
    [[nodiscard]] int rows() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant roleData(const QModelIndex &index, int role) const; // data() before escaping
    int sourceIndex(const QString &sourceId);
    [[nodiscard]] QByteArray searchTextOf(const FlowLog &f);
    void intern(FlowLog &f);
    void intern(QString &s);
    void rebuildKeyIndex() const;
    void removeRowsAt(const QList<int> &sortedRows);
    void emitSourceChanged(quint32 src, const QList<int> &roles);

    // A deque never moves its rows when it grows: a QList of a million FlowLogs (not relocatable) moved every row
    // on each reallocation, a stall of tens of milliseconds inside one page append.
    std::deque<FlowLog> m_rows;
    SearchTexts m_search;
    QSet<QString> m_pool; // values that repeat across rows (region, status, storage...), shared by every row
    QList<quint32> m_sourceOf;
    QStringList m_sources;
    QHash<QString, int> m_sourceIndex;
    QList<int> m_countOf;      // source index -> its rows
    QList<QDateTime> m_seenAt; // source index -> its last successful listing (UTC)
    QSet<quint32> m_staleSources;
    QHash<quint64, QString> m_labelCache;   // (cloud, service, interval) -> case-folded labels
    mutable QHash<QString, int> m_keyIndex; // built lazily
    mutable bool m_keyIndexValid = false;
};

} // namespace flowlog
