#pragma once

#include "apierror.h"
#include "discovery.h"
#include "source.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>

namespace flowlog {

// Per-source progress of a sweep: state, pages, rows, elapsed, last error.
class SourceStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceStatusModel)

public:
    enum class State
    {
        Queued,
        Running,
        Done,
        Failed,
        Cancelled
    };
    Q_ENUM(State)
    enum Column
    {
        SourceColumn,
        StateColumn,
        PagesColumn,
        RowsColumn,
        ElapsedColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole,
        SourceIdRole,
        ErrorCodeRole,
        RequestIdRole
    };

    struct Entry
    {
        SourceSpec source;
        State state = State::Queued;
        int pages = 0;
        int rows = 0;
        qint64 elapsedMs = 0;
        ApiError error;
        QElapsedTimer clock;
    };

    explicit SourceStatusModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setSources(const QList<SourceSpec> &sources); // all Queued
    // Sources of a sweep as it plans them (an account whose discovery finished), Queued: one the model holds
    // already (from the last sweep) is queued again in place (dataChanged, so views keep selection and
    // expansion), a new one is appended.
    void addSources(const QList<SourceSpec> &sources);
    // Drops every source not in ids (the last sweep's sources this sweep did not plan).
    void retainSources(const QSet<QString> &ids);
    void markRunning(const QString &sourceId);
    void addPage(const QString &sourceId, int rows);
    void markFinished(const QString &sourceId, const ApiError &error); // Done, Failed or Cancelled
    void clear();
    // The accounts of the sweep with what discovery found and its failures (nodes of their own in the sources
    // tree). Credentials are dropped here.
    void setDiscovery(QList<DiscoveredAccount> accounts);
    [[nodiscard]] const QList<DiscoveredAccount> &discovery() const { return m_discovery; }
    // Discovery failures over every account.
    [[nodiscard]] int discoveryFailureCount() const;

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const Entry *entry(const QString &sourceId) const;
    [[nodiscard]] int count(State state) const; // O(1)
    [[nodiscard]] int finishedCount() const;    // done + failed + cancelled
    [[nodiscard]] static QString stateText(State state);

Q_SIGNALS:
    void progressChanged();
    void discoveryChanged();

private:
    int rowOf(const QString &sourceId) const;
    void touch(int row);
    void setState(Entry &e, State state);
    // A new entry at the end (Queued, the default state); the caller counts it and tells the views.
    void appendQueued(const SourceSpec &source);

    QList<Entry> m_entries;
    QList<DiscoveredAccount> m_discovery;
    QHash<QString, int> m_rowOf;
    int m_counts[5] = {}; // sources in each State
};

} // namespace flowlog
