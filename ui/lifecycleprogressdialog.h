#pragma once

#include "lifecycle.h"
#include "lifecyclerunner.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace flowlog {

// The one view of a lifecycle run (issue 17): a line per flow log with its state as the provider shows it while the
// change runs, then its outcome; a failure shows the provider's code, message and request id (redacted like every
// provider text). Cancel stops what has not been sent; Close leaves the run going (the table keeps updating).
class LifecycleProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleProgressDialog)

public:
    enum Column
    {
        AccountColumn,
        ServiceColumn,
        FlowLogColumn,
        OutcomeColumn,
        CodeColumn,
        RequestIdColumn,
        MessageColumn, // last: it takes the room left
        ColumnCount
    };

    // Shows runner's targets; call before runner->start() has concluded any row, or after (rows are filled
    // from the runner's outcomes).
    LifecycleProgressDialog(LifecycleRunner *runner, LifecycleAction action, QWidget *parent = nullptr);
    ~LifecycleProgressDialog() override;

    [[nodiscard]] QTreeWidget *outcomeTree() const { return m_tree; }
    // The text of a column of the row of the flow log with this id ("" when absent).
    [[nodiscard]] QString cellText(const QString &flowLogId, Column column) const;

    // Outcome words, shared with tests.
    [[nodiscard]] static QString outcomeText(LifecycleAction action, const LifecycleRowOutcome &outcome);

private:
    void onRowChanged(int index, const FlowLog &flowLog);
    void onRowFinished(int index, const LifecycleRowOutcome &outcome);
    void onProgress(int finished, int total);
    void onFinished();
    void showDetails(const QTreeWidgetItem *item);

    QPointer<LifecycleRunner> m_runner;
    LifecycleAction m_action;
    QLabel *m_summary;
    QLabel *m_details; // the current line's failure or reason, whole and selectable
    QProgressBar *m_bar;
    QTreeWidget *m_tree;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QList<QTreeWidgetItem *> m_items; // target index -> its line
    QHash<int, int> m_minWidths;      // column -> its initial width
};

} // namespace flowlog
