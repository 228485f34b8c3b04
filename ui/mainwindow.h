#pragma once

#include "flowlogfilterproxy.h"
#include "inventory.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;
class QTreeWidgetItem;

namespace Ui {
class MainWindow;
}

namespace flowlog {

class DetailsPane;

// The main screen: every flow log of every enabled profile in one table, the sources tree with per-source
// status, a details pane, filters and facets, export, and the entry points to the accounts and create dialogs.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] FlowLogTableModel *tableModel() const { return m_table; }
    [[nodiscard]] FlowLogFilterProxy *proxyModel() const { return m_proxy; }
    [[nodiscard]] SourceStatusModel *statusModel() const { return m_status; }
    [[nodiscard]] Inventory *inventory() const { return m_inventory; }
    [[nodiscard]] DetailsPane *detailsPane() const;

    // Shown in the title, e.g. "sandbox".
    void setSessionLabel(const QString &label);
    // Loads the cached results at path now (shown as stale until their source is refreshed) and writes the
    // results there after every completed sweep. Empty: no cache.
    void setCachePath(const QString &path);
    [[nodiscard]] QString cachePath() const { return m_cachePath; }
    // What "Open sandbox" in the empty state does; the default restarts this executable with --sandbox.
    void setOpenSandboxHandler(std::function<void()> handler) { m_openSandbox = std::move(handler); }
    // While true (the sandbox is starting), an empty profile list shows no "add an account" page.
    void setWaitingForProfiles(bool waiting);

    // Writes the rows of the filtered view, in view order: JSON when path ends in .json, else CSV.
    bool exportTo(const QString &path, QString *error = nullptr);
    // Adds a flow log that was just created (or updates its row), clears filters hiding it and selects it.
    void insertCreatedFlowLog(const FlowLog &flowLog);
    // Saves window geometry, splitter sizes and the table header (widths, order, hidden columns, sort).
    void saveLayout() const;
    // Up to this many rows the quick filter follows every keystroke; above, it waits for a pause in typing
    // (or Return), so typing a word into a million rows filters once, not once per letter.
    void setImmediateFilterRows(int rows) { m_immediateFilterRows = rows; }
    static constexpr int quickFilterPauseMs = 250;

public Q_SLOTS:
    void refresh();
    void stop();
    void openAccounts();
    void newFlowLog();
    void exportView();
    void openSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupTable();
    void setupFacets();
    void setupActions();
    void restoreLayout();
    void updateProgress();
    void updateEmptyState();
    void updateFacetButtons();
    void rebuildSourcesTree();
    void updateSourceItem(int statusRow);
    void updateAggregate(QTreeWidgetItem *item);
    void onSourceSelected(QTreeWidgetItem *item);
    void showFacetMenu(QToolButton *button, FlowLogFilterProxy::Facet facet);
    void showRowMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void filterByValue(const QModelIndex &proxyIndex);
    void showCurrentDetails();
    void onSweepFinished();
    [[nodiscard]] QList<int> selectedSourceRows() const;
    [[nodiscard]] QIcon stateIcon(int state);

    Ui::MainWindow *m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
    FlowLogTableModel *m_table;
    FlowLogFilterProxy *m_proxy;
    SourceStatusModel *m_status;
    Inventory *m_inventory;
    QLabel *m_progressLabel = nullptr;
    QTimer *m_quickFilterTimer = nullptr;
    int m_immediateFilterRows = 200000;
    QLabel *m_staleLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QHash<QString, QTreeWidgetItem *> m_sourceItems; // source id -> leaf
    QHash<int, QIcon> m_stateIcons;
    QString m_sessionLabel;
    QString m_cachePath;
    QDateTime m_cacheTime;
    std::function<void()> m_openSandbox;
    bool m_waitingForProfiles = false;
};

} // namespace flowlog
