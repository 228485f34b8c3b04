#include "mainwindow.h"

#include "accountsdialog.h"
#include "cacheloader.h"
#include "coverageactions.h"
#include "createflowlogdialog.h"
#include "detailspane.h"
#include "duplicates.h"
#include "flowlogfilterproxy.h"
#include "lifecycleactions.h"
#include "parsewarmup.h"
#include "restart.h"
#include "resultscache.h"
#include "settings.h"
#include "settingsdialog.h"
#include "shortcutshelp.h"
#include "sourceid.h"
#include "sourcespane.h"
#include "sourcesview.h"
#include "sourcetreemodel.h"
#include "sweepstatus.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>

namespace flowlog {

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                       Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_nams(nams)
    , m_settings(settings)
    , m_table(new FlowLogTableModel(this))
    , m_proxy(new FlowLogFilterProxy(this))
    , m_status(new SourceStatusModel(this))
    , m_inventory(new Inventory(profiles, credentials, std::move(nams), m_table, m_status, this))
    , m_tree(new SourceTreeModel(m_status, m_table, this))
    , m_cacheLoader(new CacheLoader(m_table, this))
{
    m_ui->setupUi(this);
    setSessionLabel({});
    m_inventory->setSettings(m_settings->inventory());
    // The parse threads start while the window is built and the keychain answers, not in the first round of answers.
    warmUpParseThreads(m_inventory->parsePool());
    // A sweep's grants give way to input and paints every few ms (a resumed sweep has 128 requests to sign and send).
    m_inventory->requestGate()->setTurnBudgetMs(4);
    m_sweepStatus = new SweepStatus(statusBar(), m_status, m_table, m_proxy, m_inventory, this);

    m_ui->flowLogTable->setModels(m_table, m_proxy);
    m_ui->facetBar->setModels(m_table, m_proxy);
    m_ui->sourcesPane->view()->setModels(m_tree, m_proxy);
    m_lifecycle = new LifecycleActions(m_ui->flowLogTable, m_table, m_inventory, profiles, m_nams, this);
    m_coverage = new CoverageActions(this, m_ui->flowLogTable, m_inventory, profiles, m_table, m_nams);
    connect(m_coverage, &CoverageActions::flowLogsRequested, this, &MainWindow::selectFlowLogs);
    connect(m_ui->sourcesPane->view(), &SourcesView::editProfileRequested, this,
            [this](const QString &name) { showAccounts()->editProfileNamed(name); });
    connect(m_ui->sourcesPane->view(), &SourcesView::refreshSourceRequested, m_inventory, &Inventory::refreshSource);
    connect(m_ui->flowLogTable, &FlowLogView::currentFlowLogChanged, this, &MainWindow::showCurrentDetails);
    connect(m_ui->flowLogTable, &FlowLogView::detailsRequested, this, [this] {
        m_ui->actionShowDetails->setChecked(true);
        showCurrentDetails();
    });
    connect(m_ui->flowLogTable, &FlowLogView::filterTextRequested, m_ui->facetBar, &FacetBar::setQuickFilterText);
    connect(m_ui->flowLogTable, &FlowLogView::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_ui->facetBar, &FacetBar::cleared, m_ui->sourcesPane->view(), &QAbstractItemView::clearSelection);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({260, 890, 300});
    m_ui->flowLogTable->setFocus();

    // Sorting each page into a large view is O(rows) per page: sort once when the sweep ends instead.
    connect(m_inventory, &Inventory::started, m_proxy, [this] { m_proxy->setSortSuspended(true); });
    connect(m_inventory, &Inventory::finished, this, &MainWindow::onSweepFinished);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::updateEmptyState);

    setupActions();
    m_ui->actionStop->setEnabled(false);
    restoreLayout();
    updateEmptyState();
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

DetailsPane *MainWindow::detailsPane() const
{
    return m_ui->detailsPane;
}

void MainWindow::setupActions()
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    m_ui->actionRefresh->setIcon(icon(QStyle::SP_BrowserReload));
    m_ui->actionStop->setIcon(icon(QStyle::SP_BrowserStop));
    m_ui->actionNewFlowLog->setIcon(icon(QStyle::SP_FileDialogNewFolder));
    m_ui->actionExport->setIcon(icon(QStyle::SP_DialogSaveButton));
    m_ui->actionAccounts->setIcon(icon(QStyle::SP_DirHomeIcon));
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionStop->setShortcut(Qt::Key_Escape);
    m_ui->actionNewFlowLog->setShortcut(QKeySequence::New);
    m_ui->actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    const QList<QAction *> lifecycle = m_lifecycle->actions();
    m_ui->menuFlowLog->addActions(lifecycle);
    m_ui->mainToolBar->insertActions(m_ui->actionAccounts, lifecycle);
    m_ui->mainToolBar->insertSeparator(m_ui->actionAccounts);
    m_ui->flowLogTable->setRowActions(lifecycle + QList<QAction *>{m_coverage->showResourceAction()});
    m_ui->menuView->insertAction(m_ui->actionFind, m_coverage->openAction());
    m_ui->menuView->insertSeparator(m_ui->actionFind);
    m_ui->mainToolBar->insertAction(m_ui->actionAccounts, m_coverage->openAction());
    m_ui->detailsPane->setActions(lifecycle);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stop);
    connect(m_ui->actionNewFlowLog, &QAction::triggered, this, &MainWindow::newFlowLog);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportView);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::openAccounts);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionShortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, [this] { showShortcutsHelp(this); });
    connect(m_ui->actionFind, &QAction::triggered, m_ui->facetBar, &FacetBar::focusQuickFilter);
    connect(m_ui->actionShowSources, &QAction::toggled, m_ui->sourcesPane, &QWidget::setVisible);
    connect(m_ui->actionShowDetails, &QAction::toggled, m_ui->detailsPane, &QWidget::setVisible);
    // "Add account…" opens the add form itself (over the accounts list it will appear in).
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, [this] { showAccounts()->addProfile(); });
    connect(m_ui->openSandboxButton, &QPushButton::clicked, this, [this] {
        if (m_openSandbox) {
            m_openSandbox();
            return;
        }
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--sandbox")}))
            close();
    });
    QFont title = m_ui->emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->emptyTitle->setFont(title);
    m_ui->emptyText->setMaximumWidth(520);
}

void MainWindow::setSessionLabel(const QString &label)
{
    m_sessionLabel = label;
    setWindowTitle(label.isEmpty() ? tr("Flow Log Console") : tr("Flow Log Console — %1").arg(label));
}

void MainWindow::setWaitingForProfiles(bool waiting)
{
    m_waitingForProfiles = waiting;
    updateEmptyState();
}

void MainWindow::setImmediateFilterRows(int rows)
{
    m_ui->facetBar->setImmediateFilterRows(rows);
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_profiles->profiles().isEmpty() && !m_waitingForProfiles && m_table->rowCount() == 0;
    m_ui->centralStack->setCurrentWidget(empty ? m_ui->emptyPage : m_ui->browsePage);
    m_ui->actionRefresh->setEnabled(!m_profiles->profiles().isEmpty() && !m_inventory->isRunning());
    m_ui->actionNewFlowLog->setEnabled(!m_profiles->profiles().isEmpty());
}

void MainWindow::setCachePath(const QString &path)
{
    m_cachePath = path;
    if (path.isEmpty())
        return;
    // Read off the GUI thread and applied a slice per event-loop turn: the window paints at once, whatever the size.
    // Sources the running refresh lists (or has listed) keep their fresh rows.
    connect(m_cacheLoader, &CacheLoader::finished, this, &MainWindow::onCacheLoaded, Qt::UniqueConnection);
    m_cacheLoader->start(path, [this](const QString &sourceId) {
        if (!m_profiles->findById(SourceId::profileIdOf(sourceId)) || m_inventory->isListing(sourceId))
            return false;
        const SourceStatusModel::Entry *e = m_status->entry(sourceId);
        return !e || e->state != SourceStatusModel::State::Done;
    });
}

bool MainWindow::isLoadingCache() const
{
    return m_cacheLoader->isLoading();
}

void MainWindow::onCacheLoaded(int rows)
{
    if (rows > 0)
        m_sweepStatus->setCacheTime(m_cacheLoader->savedAt());
    updateEmptyState();
    Q_EMIT cacheLoaded(rows);
}

void MainWindow::refresh()
{
    if (m_profiles->profiles().isEmpty()) {
        updateEmptyState();
        return;
    }
    m_ui->actionStop->setEnabled(true);
    m_ui->actionRefresh->setEnabled(false);
    m_inventory->refresh();
}

void MainWindow::stop()
{
    m_inventory->cancel();
}

void MainWindow::onSweepFinished()
{
    m_ui->actionStop->setEnabled(false);
    m_proxy->setSortSuspended(false);
    updateEmptyState();
    // Not while cached rows are still arriving: the file would lose the ones not yet in the table.
    if (!m_cachePath.isEmpty() && !m_inventory->wasCancelled() && !m_cacheLoader->isLoading()) {
        QString error;
        if (!ResultsCache::save(m_cachePath, *m_table, &error))
            statusBar()->showMessage(tr("Could not write the cache: %1").arg(error), 5000);
    }
    m_sweepStatus->update();
}

void MainWindow::showCurrentDetails()
{
    if (const FlowLog *row = m_ui->flowLogTable->currentFlowLog()) {
        const QModelIndex current = m_ui->flowLogTable->currentIndex();
        const QString note =
            current.data(FlowLogTableModel::StaleRole).toBool()
                ? FlowLogTableModel::staleNote(current.data(FlowLogTableModel::LastSeenRole).toDateTime())
                : QString();
        m_ui->detailsPane->setFlowLog(*row, note);
    } else
        m_ui->detailsPane->clear();
}

void MainWindow::clearFilters()
{
    m_ui->facetBar->clearAll();
}

void MainWindow::selectFlowLogs(const QStringList &keys)
{
    if (!m_ui->flowLogTable->selectKeys(keys)) {
        m_ui->sourcesPane->view()->clearSelection();
        clearFilters();
        m_ui->flowLogTable->selectKeys(keys);
    }
    raise();
    activateWindow();
}

bool MainWindow::exportTo(const QString &path, QString *error)
{
    return m_ui->flowLogTable->exportTo(path, error);
}

void MainWindow::exportView()
{
    m_ui->flowLogTable->exportInteractively();
}

void MainWindow::openAccounts()
{
    showAccounts();
}

AccountsDialog *MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_profiles, m_credentials, m_nams, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto changed = std::make_shared<bool>(false);
    connect(m_profiles, &ProfileStore::changed, dialog, [changed] { *changed = true; });
    connect(dialog, &QDialog::finished, this, [this, changed] {
        updateEmptyState();
        if (*changed && !m_profiles->profiles().isEmpty())
            refresh();
    });
    dialog->open();
    return dialog;
}

void MainWindow::newFlowLog()
{
    auto *dialog = new CreateFlowLogDialog(m_profiles, m_credentials, m_nams, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const FlowLog *row = m_ui->flowLogTable->currentFlowLog())
        dialog->setDefaultsFrom(*row);
    dialog->setDuplicateFinder([this](const FlowLog &candidate) { return findDuplicates(*m_table, candidate); });
    connect(dialog, &CreateFlowLogDialog::flowLogCreated, this, &MainWindow::insertCreatedFlowLog);
    dialog->open();
}

void MainWindow::insertCreatedFlowLog(const FlowLog &flowLog, const QString &sourceId)
{
    // Under the source whose next listing brings it, so that refresh updates this row in place.
    if (m_table->rowOfKey(flowLog.key()) < 0)
        m_table->appendRows(sourceId, {flowLog});
    if (!m_ui->flowLogTable->selectKey(flowLog.key())) {
        m_ui->sourcesPane->view()->clearSelection();
        clearFilters();
        m_ui->flowLogTable->selectKey(flowLog.key());
    }
    updateEmptyState();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings->inventory(), this);
    const QString language = m_settings->stringValue(Settings::Key::Language);
    dialog.setLanguage(language);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const InventorySettings chosen = dialog.settings();
    m_inventory->setSettings(chosen);
    m_settings->setInventory(chosen);
    if (dialog.language() != language) {
        m_settings->set(Settings::Key::Language, dialog.language());
        offerRestart();
    }
}

void MainWindow::offerRestart()
{
    // Every window, menu and model text would have to be rebuilt to switch in place: a restart is exact, and the
    // cache brings the rows back at once.
    QMessageBox box(QMessageBox::Question, tr("Language"),
                    tr("The console shows the new language after a restart. Restart now?"), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("restartQuestion"));
    QPushButton *now = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now) {
        statusBar()->showMessage(tr("The new language applies the next time the console starts."), 8000);
        return;
    }
    saveLayout();
    m_settings->sync();
    if (m_restart) {
        m_restart();
        return;
    }
    if (startNewInstance())
        close();
    else
        statusBar()->showMessage(tr("Could not start the console again: restart it yourself."), 8000);
}

void MainWindow::saveLayout() const
{
    using Key = Settings::Key;
    m_settings->set(Key::WindowGeometry, saveGeometry());
    m_settings->set(Key::WindowState, saveState());
    m_settings->set(Key::SplitterState, m_ui->mainSplitter->saveState());
    m_settings->set(Key::TableHeaderState, m_ui->flowLogTable->horizontalHeader()->saveState());
    m_settings->set(Key::ShowSources, m_ui->actionShowSources->isChecked());
    m_settings->set(Key::ShowDetails, m_ui->actionShowDetails->isChecked());
}

void MainWindow::restoreLayout()
{
    using Key = Settings::Key;
    restoreGeometry(m_settings->bytesValue(Key::WindowGeometry));
    restoreState(m_settings->bytesValue(Key::WindowState));
    m_ui->mainSplitter->restoreState(m_settings->bytesValue(Key::SplitterState));
    m_ui->flowLogTable->horizontalHeader()->restoreState(m_settings->bytesValue(Key::TableHeaderState));
    m_ui->actionShowSources->setChecked(m_settings->boolValue(Key::ShowSources));
    m_ui->actionShowDetails->setChecked(m_settings->boolValue(Key::ShowDetails));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_inventory->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace flowlog
