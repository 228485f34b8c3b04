#pragma once

#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

class QAction;

namespace flowlog {

class FlowLogFilterProxy;
class FlowLogTableModel;
struct FlowLog;

// The flow-log table: columns sized for their values, a header menu to choose columns, a row menu (copy ID or
// JSON, filter by the clicked value, details) and export of the rows shown, in view order.
class FlowLogView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLogView)

public:
    explicit FlowLogView(QWidget *parent = nullptr);
    ~FlowLogView() override;

    // Neither is owned; the view shows the proxy.
    void setModels(FlowLogTableModel *table, FlowLogFilterProxy *proxy);

    // The row of the current index, or nullptr.
    [[nodiscard]] const FlowLog *currentFlowLog() const;
    // The table-model rows of the selected view rows (every selected row, across accounts and services).
    [[nodiscard]] QList<int> selectedTableRows() const;
    // Actions added to the row menu after its own entries (Activate, Deactivate, Edit, Delete).
    void setRowActions(const QList<QAction *> &actions) { m_rowActions = actions; }
    // Makes the row with this key current and selected, scrolled into view; false when the view does not show it.
    bool selectKey(const QString &key);
    // Selects the rows with these keys (the first current); false when the view does not show every one.
    bool selectKeys(const QStringList &keys);

    // Writes the rows of the filtered view, in view order: JSON when path ends in .json, else CSV.
    bool exportTo(const QString &path, QString *error = nullptr);
    // Asks for a file, writes it, and reports through statusMessage() or a message box.
    void exportInteractively();

Q_SIGNALS:
    // The current row changed, its data changed, or a filter hid it.
    void currentFlowLogChanged();
    void detailsRequested();
    // "Filter by" on a column without a facet: the quick filter should take this text.
    void filterTextRequested(const QString &text);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    // The row menu: at the clicked row, or for the Menu key (and Shift+F10) at the current row.
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Qt makes the first row current when a view without a current row gains focus (start-up, Tab, the window coming
    // back to the front after a refresh): here nothing becomes current or selected unless the user chooses it (issue
    // 20 item 10), so the details pane and the create dialog's defaults never follow a row nobody picked. The arrow
    // keys still start at the first row.
    void focusInEvent(QFocusEvent *event) override;
    // When the current row leaves the view (deleted, or hidden by a filter), Qt's selection model makes a neighbour
    // current, and the details pane then showed a flow log nobody picked: here the view has no current row instead.
    // Called before the selection model hears of the removal (the view connects to the model first).
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    // Rows appended during a sweep relayout the view at most every 100 ms (the first at once): a relayout repaints the
    // whole viewport and both scroll bars, ~5 ms, and at 300 accounts pages are appended hundreds of times a second,
    // so the window repainted ~90 times a second and the GUI thread spent most of the sweep painting (issue 19 goal
    // 5). Any other relayout (a reset, a sort, a filter, rows removed) happens at once, as Qt schedules it.
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

public:
    // Public in QAbstractItemView: postpones a relayout only appends asked for (see rowsInserted).
    void doItemsLayout() override;

private:
    void showRowMenuForCurrent();
    void showRowMenu(const QModelIndex &index, const QPoint &globalPos);
    void showHeaderMenu(const QPoint &pos);
    void filterByValue(const QModelIndex &proxyIndex);

    void relayoutNow();

    FlowLogTableModel *m_table = nullptr;
    FlowLogFilterProxy *m_proxy = nullptr;
    QList<QAction *> m_rowActions;
    QElapsedTimer m_sinceLayout;
    QTimer m_deferredLayout;
    bool m_appendPending = false; // rows were appended at the end since the last relayout
    int m_firstAppended = -1;     // the first of them
    bool m_otherPending = false;  // something else changed the rows since the last relayout
};

} // namespace flowlog
