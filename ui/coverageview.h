#pragma once

#include "coveragechart.h"
#include "inventory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace flowlog {

class CoverageSweep;
class PendingCreates;

// The Coverage window (issue 18): for every account the console sweeps, which networks flow logs watch fully, partly
// or not at all, as a chart and a table per organisation, account, service or region; the resources and the orphaned
// flow logs as filterable, exportable lists; from a resource to its flow logs (flowLogsRequested) and back
// (showResourceOf); and "Enable Flow Logs…" for the selected uncovered resources (CoverageEnableDialog). Its sweep is
// the console's own inventory's (the flow-log table is refreshed with it). Nothing passed in is owned.
class CoverageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageView)

public:
    CoverageView(Inventory *inventory, ProfileStore *profiles, FlowLogTableModel *table, Inventory::NamProvider nams,
                 PendingCreates *pending, QWidget *parent = nullptr);
    ~CoverageView() override;

    [[nodiscard]] CoverageSweep *sweep() const { return m_sweep; }
    [[nodiscard]] bool hasResults() const { return m_hasResults; }

    // Sweeps again: the flow logs and every place's networks.
    void refresh();
    // Shows the resource a flow log watches (or the flow log among the orphans); sweeps first when there are no
    // results yet. False when it is in neither list.
    bool showResourceOf(const QString &flowLogKey);
    // Writes the rows the lists show, in view order: JSON when path ends in .json, else CSV (0600).
    bool exportResources(const QString &path, QString *error = nullptr) const;
    bool exportOrphans(const QString &path, QString *error = nullptr) const;
    // Opens CoverageEnableDialog for the selected uncovered resources.
    void enableSelected();

Q_SIGNALS:
    // The flow logs of the selected resource or orphan, as FlowLog::key()s: the main table should select them.
    void flowLogsRequested(const QStringList &keys);
    void refreshed();

private:
    enum Tab
    {
        SummaryTab,
        ResourcesTab,
        OrphansTab
    };
    void onSweepFinished();
    void fillSummary();
    void fillLists();
    void applyStateFilter();
    void updateButtons();
    void requestFlowLogs(const QTableView *view);
    QStringList keysOfRecord(int record) const;
    [[nodiscard]] QList<int> selectedRecords() const;
    bool exportView(const QTableView *view, bool orphans, const QString &path, QString *error) const;
    void exportInteractively(bool orphans);

    Inventory *m_inventory;
    ProfileStore *m_profiles;
    FlowLogTableModel *m_table;
    Inventory::NamProvider m_nams;
    PendingCreates *m_pending;
    CoverageSweep *m_sweep;
    bool m_hasResults = false;
    QString m_pendingShow; // a flow log to show once the sweep is done

    QComboBox *m_grouping;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    CoverageChart *m_chart;
    QTableWidget *m_groupTable;
    QComboBox *m_stateFilter;
    QLineEdit *m_resourceFilter;
    QLabel *m_resourceCount;
    QStandardItemModel *m_resources;
    QSortFilterProxyModel *m_resourceState;
    QSortFilterProxyModel *m_resourceText;
    QTableView *m_resourceTable;
    QPushButton *m_showFlowLogs;
    QPushButton *m_enable;
    QLineEdit *m_orphanFilter;
    QLabel *m_orphanCount;
    QStandardItemModel *m_orphans;
    QSortFilterProxyModel *m_orphanText;
    QTableView *m_orphanTable;
    QPushButton *m_showOrphan;
};

} // namespace flowlog
