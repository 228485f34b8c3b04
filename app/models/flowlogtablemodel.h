#pragma once

#include "flowlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace flowlog {

// Every flow log of a sweep, one row each. Rows are appended a page at a time (one beginInsertRows per page)
// and a source's rows are replaced in one go when its refresh completes.
class FlowLogTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogTableModel)

public:
    enum Column {
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
    enum Role {
        SortRole = Qt::UserRole, // raw values: dates as QDateTime, intervals as int
        ProblemRole,             // bool: delivery failed / failed / inactive
        KeyRole,                 // FlowLog::key()
        SourceRole,              // source id the row came from
        FilterTextRole           // lower-cased text of all text columns (for the quick filter)
    };
    Q_ENUM(Column)

    explicit FlowLogTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const FlowLog &at(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QString &sourceOf(int row) const { return m_sources.at(m_sourceOf.at(row)); }
    [[nodiscard]] int rowOfKey(const QString &key) const; // -1 when absent
    [[nodiscard]] QList<FlowLog> rowsOfSource(const QString &sourceId) const;
    [[nodiscard]] int countOfSource(const QString &sourceId) const;

    void appendRows(const QString &sourceId, const QList<FlowLog> &rows);
    // Removes the source's current rows and appends rows, without an event-loop turn in between.
    void replaceSourceRows(const QString &sourceId, const QList<FlowLog> &rows);
    void removeSource(const QString &sourceId);
    void clear();

    // Marks every row as coming from the cache (shown as stale) or not.
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_stale; }

    [[nodiscard]] static QString columnTitle(int column);
    [[nodiscard]] static QString intervalText(int seconds);

private:
    int sourceIndex(const QString &sourceId);
    void rebuildKeyIndex();

    QList<FlowLog> m_rows;
    QList<quint32> m_sourceOf;
    QStringList m_sources;
    QHash<QString, int> m_sourceIndex;
    mutable QHash<QString, int> m_keyIndex; // built lazily
    mutable bool m_keyIndexValid = false;
    bool m_stale = false;
};

} // namespace flowlog
