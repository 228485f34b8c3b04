#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace flowlog {

class FlowLogFilterProxy;
class FlowLogTableModel;
class Inventory;
class SourceStatusModel;

// The status bar's account of a sweep: "finished/total sources, N flow logs, S stale from F failed sources, M failed
// — K shown" ("Stopped: X of Y sources did not finish" after Stop), a progress bar while it runs, and when stale rows
// were last seen. Updates itself from the models it watches.
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

private:
    [[nodiscard]] QDateTime oldestStaleSeen() const;

    const SourceStatusModel *m_status;
    const FlowLogTableModel *m_table;
    const FlowLogFilterProxy *m_proxy;
    const Inventory *m_inventory;
    QLabel *m_progressLabel;
    QLabel *m_staleLabel;
    QProgressBar *m_progressBar;
    QDateTime m_cacheTime;
};

} // namespace flowlog
