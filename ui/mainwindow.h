#pragma once

#include "inventory.h"

#include <QMainWindow>

#include <functional>

namespace Ui {
class MainWindow;
}

namespace flowlog {

class AccountsDialog;
class CacheLoader;
class CoverageActions;
class DetailsPane;
class FlowLogFilterProxy;
class LifecycleActions;
class Settings;
class SourceTreeModel;
class SweepStatus;

// The main screen: the sources tree, the filter bar, every flow log of every enabled profile in one table and a
// details pane, with the entry points to the accounts, create and settings dialogs. It only routes: the views
// (SourcesView, FacetBar, FlowLogView, DetailsPane) own their behaviour, the models and Inventory own the data.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Nothing is owned; settings holds the window layout and the sweep's limits (the user's settings, or a sandbox
    // session's temporary copy).
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams, Settings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] FlowLogTableModel *tableModel() const { return m_table; }
    [[nodiscard]] FlowLogFilterProxy *proxyModel() const { return m_proxy; }
    [[nodiscard]] SourceStatusModel *statusModel() const { return m_status; }
    [[nodiscard]] SourceTreeModel *sourceTreeModel() const { return m_tree; }
    [[nodiscard]] Inventory *inventory() const { return m_inventory; }
    [[nodiscard]] DetailsPane *detailsPane() const;
    // Activate, Deactivate, Edit and Delete of the selected rows (toolbar, Flow Log menu, row menu, details pane).
    [[nodiscard]] LifecycleActions *lifecycle() const { return m_lifecycle; }
    // The Coverage view's entry points (View menu, toolbar, row menu).
    [[nodiscard]] CoverageActions *coverage() const { return m_coverage; }

    // Shown in the title, e.g. "sandbox".
    void setSessionLabel(const QString &label);
    // Loads the cached results at path now (shown as stale until their source is refreshed) and writes the
    // results there after every completed sweep. Empty: no cache.
    // The cached rows arrive progressively after this returns: cacheLoaded() when they are all in.
    void setCachePath(const QString &path);
    [[nodiscard]] bool isLoadingCache() const;
    [[nodiscard]] QString cachePath() const { return m_cachePath; }
    // What "Open sandbox" in the empty state does; the default restarts this executable with --sandbox.
    void setOpenSandboxHandler(std::function<void()> handler) { m_openSandbox = std::move(handler); }
    // What "Restart now" after a language change does; the default starts this executable again and closes.
    void setRestartHandler(std::function<void()> handler) { m_restart = std::move(handler); }
    // While true (the sandbox is starting), an empty profile list shows no "add an account" page.
    void setWaitingForProfiles(bool waiting);

    // Writes the rows of the filtered view, in view order: JSON when path ends in .json, else CSV.
    bool exportTo(const QString &path, QString *error = nullptr);
    // Adds a flow log that was just created to its source (or updates its row), clears filters hiding it and
    // selects it.
    void insertCreatedFlowLog(const FlowLog &flowLog, const QString &sourceId);
    // Saves window geometry, splitter sizes and the table header (widths, order, hidden columns, sort).
    void saveLayout() const;
    // See FacetBar::setImmediateFilterRows.
    void setImmediateFilterRows(int rows);

Q_SIGNALS:
    void cacheLoaded(int rows);

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
    void setupActions();
    void restoreLayout();
    void updateEmptyState();
    void showCurrentDetails();
    void clearFilters();
    void selectFlowLogs(const QStringList &keys);
    void onSweepFinished();
    void offerRestart();
    void onCacheLoaded(int rows);
    AccountsDialog *showAccounts();

    Ui::MainWindow *m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
    Settings *m_settings;
    FlowLogTableModel *m_table;
    FlowLogFilterProxy *m_proxy;
    SourceStatusModel *m_status;
    Inventory *m_inventory;
    SourceTreeModel *m_tree;
    CacheLoader *m_cacheLoader;
    SweepStatus *m_sweepStatus = nullptr;
    LifecycleActions *m_lifecycle = nullptr;
    CoverageActions *m_coverage = nullptr;
    QString m_sessionLabel;
    QString m_cachePath;
    std::function<void()> m_openSandbox;
    std::function<void()> m_restart;
    bool m_waitingForProfiles = false;
};

} // namespace flowlog
