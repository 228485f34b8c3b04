#pragma once

#include "inventory.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace flowlog {

class CoverageView;
class FlowLogView;

// The console's ways into the Coverage view (issue 18): "Coverage…" (View menu, toolbar, Ctrl+Shift+C) opens it,
// "Show Resource in Coverage" (flow-log row menu) shows the current flow log's resource there, and the view's "Show
// Flow Logs" selects a resource's flow logs in the main table (flowLogsShown). The view is made on first use, a
// window of its own over window; it sweeps with the console's inventory. Nothing passed in is owned.
class CoverageActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageActions)

public:
    CoverageActions(QWidget *window, FlowLogView *flowLogs, Inventory *inventory, ProfileStore *profiles,
                    FlowLogTableModel *table, Inventory::NamProvider nams);
    ~CoverageActions() override;

    [[nodiscard]] QAction *openAction() const { return m_open; }
    [[nodiscard]] QAction *showResourceAction() const { return m_showResource; }
    // The view, made (and shown) on first use.
    CoverageView *view();

Q_SIGNALS:
    // The keys of the flow logs to select in the main table (the window clears filters that hide them).
    void flowLogsRequested(const QStringList &keys);

private:
    void open();
    void showResourceOfCurrent();

    QWidget *m_window;
    FlowLogView *m_flowLogs;
    Inventory *m_inventory;
    ProfileStore *m_profiles;
    FlowLogTableModel *m_table;
    Inventory::NamProvider m_nams;
    QAction *m_open;
    QAction *m_showResource;
    QPointer<CoverageView> m_view;
};

} // namespace flowlog
