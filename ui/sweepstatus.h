#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace flowlog {

class FlowLogFilterProxy;
class FlowLogTableModel;
class Inventory;
class SourceStatusModel;

// The status bar's account of a sweep: "finished/total sources, N flow logs, S stale from F failed sources, M failed,
// about T left — K shown" ("Stopped: X of Y sources did not finish" after Stop), a progress bar while it runs, and when
// stale rows were last seen. Updates itself from the models it watches.
class SweepStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepStatus)

public:
    // Adds its widgets to bar; nothing is owned but the widgets (children of bar).
    SweepStatus(QStatusBar *bar, const SourceStatusModel *status, const FlowLogTableModel *table,
                const FlowLogFilterProxy *proxy, const Inventory *inventory, QObject *parent = nullptr);

    // When the cached rows shown as stale were saved (invalid: unknown).
    void setCacheTime(const QDateTime &savedAt);
    void update();

    // About how long the rest of a sweep takes at its pace since its first source finished (that time x sources left /
    // sources finished after the first), in ms; -1 while it is too early to tell (under a twentieth of the sources
    // finished, or under a second since the first) or nothing is left. Timed from the first finished source, not the
    // start, because discovery finishes no source (measured from the start, 150 accounts at 1.5 s latency said
    // "about 99 s left" 8 s before the end). Discovery adds an organisation's members as it finds them, so an early
    // estimate can still err short: it is shown as "about".
    [[nodiscard]] static qint64 remainingMs(qint64 elapsedMs, int finished, int total);

private:
    // Pages and finished sources come hundreds a second at organisation scale: while a sweep runs the text follows
    // them at most every 100 ms (the first change at once), each change costing the status bar a layout and a
    // repaint (issue 19 goal 5).
    void requestUpdate();
    [[nodiscard]] QDateTime oldestStaleSeen() const;

    const SourceStatusModel *m_status;
    const FlowLogTableModel *m_table;
    const FlowLogFilterProxy *m_proxy;
    const Inventory *m_inventory;
    QLabel *m_progressLabel;
    QLabel *m_staleLabel;
    QProgressBar *m_progressBar;
    QDateTime m_cacheTime;
    QElapsedTimer m_sinceFirstDone; // since the running sweep's first source finished
    QElapsedTimer m_sinceUpdate;
    QTimer m_updateTimer;
};

} // namespace flowlog
