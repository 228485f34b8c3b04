#pragma once

#include "inventory.h"
#include "lifecycle.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace flowlog {

class FlowLogView;
class LifecyclePreviewDialog;
class LifecycleProgressDialog;
class LifecycleRunner;

// The console's lifecycle entry points (issue 17): Activate, Deactivate, Edit and Delete (Del) act on the selected
// rows of the flow-log table, whatever their accounts and services. Each opens the preview; what it confirms runs
// in one LifecycleRunner whose reads update the table rows in place (or remove them) and whose outcomes fill the
// progress view. One run at a time.
class LifecycleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleActions)

public:
    // Nothing is owned; window parents the dialogs and gives the icons.
    // Changes act as the identities the inventory listed the rows with, through its credential broker.
    LifecycleActions(FlowLogView *view, FlowLogTableModel *table, Inventory *inventory, ProfileStore *profiles,
                     Inventory::NamProvider nams, QWidget *window);
    ~LifecycleActions() override;

    [[nodiscard]] QList<QAction *> actions() const { return m_actions; }
    [[nodiscard]] QAction *action(LifecycleAction action) const;
    [[nodiscard]] LifecycleRunner *runner() const { return m_runner; }
    // The open preview, and the progress view of the last run (nullptr when none).
    [[nodiscard]] LifecyclePreviewDialog *preview() const;
    [[nodiscard]] LifecycleProgressDialog *progress() const;

public Q_SLOTS:
    // Opens the preview of action for the selected rows.
    void request(flowlog::LifecycleAction action);

private:
    void updateEnabled();
    void run(LifecyclePreviewDialog *preview);

    FlowLogView *m_view;
    FlowLogTableModel *m_table;
    Inventory *m_inventory;
    ProfileStore *m_profiles;
    QWidget *m_window;
    LifecycleRunner *m_runner;
    QList<QAction *> m_actions; // in allLifecycleActions order
    QPointer<LifecyclePreviewDialog> m_preview;
    QPointer<LifecycleProgressDialog> m_progress;
};

} // namespace flowlog
