#pragma once

#include "resultscache.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace flowlog {

class FlowLogTableModel;

// Reads the results cache off the GUI thread, then hands its rows to the table a slice at a time, one slice per
// event-loop turn: the window paints at once whatever the cache size, and cached rows arrive progressively (stale,
// each source with the time it was last seen). A source is taken only while accept() says so, checked when its first
// slice is due: a source the running refresh is already listing, or has listed, keeps its fresh rows.
class CacheLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheLoader)

public:
    using Accept = std::function<bool(const QString &sourceId)>;
    static constexpr int rowsPerStep = 2000;

    explicit CacheLoader(FlowLogTableModel *table, QObject *parent = nullptr);
    ~CacheLoader() override; // waits for a read in progress

    // Starts reading path (an unreadable or missing file ends with finished(0)).
    void start(const QString &path, Accept accept);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QDateTime savedAt() const { return m_contents.savedAt; }
    [[nodiscard]] int appliedRows() const { return m_applied; }

Q_SIGNALS:
    void rowsApplied(int total); // after each slice
    void finished(int total);    // every accepted cached row is in the table

private:
    void applyStep();

    FlowLogTableModel *m_table;
    Accept m_accept;
    QFutureWatcher<ResultsCache::Contents> m_watcher;
    ResultsCache::Contents m_contents;
    qsizetype m_source = 0; // the source the next slice comes from
    qsizetype m_offset = 0; // its first row not yet applied
    int m_applied = 0;
    bool m_loading = false;
};

} // namespace flowlog
