#include "mainwindow.h"

#include "accountsdialog.h"
#include "createflowlogdialog.h"
#include "detailspane.h"
#include "flowlogdelegate.h"
#include "flowlogexport.h"
#include "resultscache.h"
#include "settingsdialog.h"
#include "textsafety.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <map>

namespace flowlog {

namespace {

constexpr int AccountRole = Qt::UserRole;
constexpr int ServiceRole = Qt::UserRole + 1;
constexpr int RegionRole = Qt::UserRole + 2;
constexpr int SourceIdRole = Qt::UserRole + 3;
constexpr int StateRole = Qt::UserRole + 4;
constexpr int RowsRole = Qt::UserRole + 5;

QString settingsKey(const char *name)
{
    return QStringLiteral("mainWindow/") + QLatin1String(name);
}

// Default widths in average character widths: wide enough for typical values, elided beyond.
int defaultWidthChars(int column)
{
    switch (column) {
    case FlowLogTableModel::Account:
        return 14;
    case FlowLogTableModel::Cloud:
        return 13;
    case FlowLogTableModel::ServiceColumn:
        return 7;
    case FlowLogTableModel::Region:
        return 14;
    case FlowLogTableModel::Name:
        return 22;
    case FlowLogTableModel::Id:
        return 24;
    case FlowLogTableModel::Status:
        return 19;
    case FlowLogTableModel::Resource:
        return 34;
    case FlowLogTableModel::Traffic:
        return 7;
    case FlowLogTableModel::Storage:
        return 26;
    case FlowLogTableModel::Interval:
        return 8;
    case FlowLogTableModel::Sampling:
        return 9;
    case FlowLogTableModel::Created:
        return 16;
    case FlowLogTableModel::Tags:
        return 22;
    default:
        return 30;
    }
}

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_nams(nams)
    , m_table(new FlowLogTableModel(this))
    , m_proxy(new FlowLogFilterProxy(this))
    , m_status(new SourceStatusModel(this))
    , m_inventory(new Inventory(profiles, credentials, std::move(nams), m_table, m_status, this))
{
    m_ui->setupUi(this);
    setSessionLabel({});
    {
        const QSettings settings;
        m_inventory->setSettings(InventorySettings::load(settings));
    }

    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->hide();
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(180);
    m_progressBar->setMaximumHeight(14);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_staleLabel);
    statusBar()->addPermanentWidget(m_progressBar);

    setupTable();
    setupFacets();
    setupActions();

    m_ui->sourcesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->sourcesTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->sourcesTree->header()->setStretchLastSection(false);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({230, 920, 300});
    // Selection, not the current item: the tree makes its first item current when it gets focus.
    m_ui->sourcesTree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->sourcesTree, &QTreeWidget::itemSelectionChanged, this,
            [this] { onSourceSelected(m_ui->sourcesTree->selectedItems().value(0)); });
    m_ui->flowLogTable->setFocus();

    connect(m_status, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildSourcesTree);
    connect(m_status, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            updateSourceItem(row);
    });
    connect(m_status, &SourceStatusModel::progressChanged, this, &MainWindow::updateProgress);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateProgress);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateProgress);
    connect(m_table, &QAbstractItemModel::modelReset, this, &MainWindow::updateProgress);
    connect(m_proxy, &FlowLogFilterProxy::filterChanged, this, [this] {
        updateProgress();
        updateFacetButtons();
    });
    // Sorting each page into a large view is O(rows) per page: sort once when the sweep ends instead.
    connect(m_inventory, &Inventory::started, m_proxy, [this] { m_proxy->setSortSuspended(true); });
    connect(m_inventory, &Inventory::finished, this, &MainWindow::onSweepFinished);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::updateEmptyState);

    m_ui->actionStop->setEnabled(false);
    restoreLayout();
    updateEmptyState();
    updateFacetButtons();
    updateProgress();
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

DetailsPane *MainWindow::detailsPane() const
{
    return m_ui->detailsPane;
}

void MainWindow::setupTable()
{
    QTableView *view = m_ui->flowLogTable;
    m_proxy->setSourceModel(m_table);
    view->setModel(m_proxy);
    view->setItemDelegate(new FlowLogDelegate(view));
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int charWidth = view->fontMetrics().averageCharWidth();
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c)
        header->resizeSection(c, defaultWidthChars(c) * charWidth + 16);
    // IDs are shown in the fixed font: size the column for a whole typical ID in that font.
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(FlowLogTableModel::Id,
                          fixed.horizontalAdvance(QStringLiteral("ecr-flog-0123456789abcdefghi")) + 16);
    header->setSectionHidden(FlowLogTableModel::Sampling, true);
    header->setSectionHidden(FlowLogTableModel::Cloud, true);
    view->setSortingEnabled(true);
    view->sortByColumn(FlowLogTableModel::Account, Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(view, &QTableView::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(view, &QTableView::doubleClicked, this, [this] {
        m_ui->actionShowDetails->setChecked(true);
        showCurrentDetails();
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentDetails);
    // A refresh updates rows in place: keep the details of the selected row current.
    connect(m_table, &QAbstractItemModel::dataChanged, this, &MainWindow::showCurrentDetails);
    // A filter that hides the selected row is a layout change, which moves no current-row signal.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::showCurrentDetails);
}

void MainWindow::setupFacets()
{
    const std::pair<QToolButton *, FlowLogFilterProxy::Facet> facets[] = {
        {m_ui->facetAccount, FlowLogFilterProxy::Facet::Account},
        {m_ui->facetCloud, FlowLogFilterProxy::Facet::Cloud},
        {m_ui->facetService, FlowLogFilterProxy::Facet::Service},
        {m_ui->facetRegion, FlowLogFilterProxy::Facet::Region},
        {m_ui->facetStatus, FlowLogFilterProxy::Facet::Status},
    };
    for (const auto &[button, facet] : facets) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new QMenu(button);
        button->setMenu(menu);
        const FlowLogFilterProxy::Facet f = facet;
        QToolButton *b = button;
        connect(menu, &QMenu::aboutToShow, this, [this, b, f] { showFacetMenu(b, f); });
    }
    m_quickFilterTimer = new QTimer(this);
    m_quickFilterTimer->setSingleShot(true);
    m_quickFilterTimer->setInterval(quickFilterPauseMs);
    const auto applyQuickFilter = [this] {
        m_quickFilterTimer->stop();
        m_proxy->setQuickFilter(m_ui->quickFilter->text());
    };
    connect(m_quickFilterTimer, &QTimer::timeout, this, applyQuickFilter);
    connect(m_ui->quickFilter, &QLineEdit::returnPressed, this, applyQuickFilter);
    connect(m_ui->quickFilter, &QLineEdit::textChanged, this, [this, applyQuickFilter] {
        if (m_table->rowCount() <= m_immediateFilterRows)
            applyQuickFilter();
        else
            m_quickFilterTimer->start();
    });
    connect(m_ui->problemsOnly, &QToolButton::toggled, m_proxy, &FlowLogFilterProxy::setProblemsOnly);
    connect(m_ui->clearFilters, &QToolButton::clicked, this, [this] {
        m_ui->quickFilter->clear();
        m_ui->problemsOnly->setChecked(false);
        m_proxy->clearFilters();
        m_ui->sourcesTree->clearSelection();
    });
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
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stop);
    connect(m_ui->actionNewFlowLog, &QAction::triggered, this, &MainWindow::newFlowLog);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportView);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::openAccounts);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->quickFilter->setFocus(Qt::ShortcutFocusReason);
        m_ui->quickFilter->selectAll();
    });
    connect(m_ui->actionShowSources, &QAction::toggled, m_ui->sourcesTree, &QWidget::setVisible);
    connect(m_ui->actionShowDetails, &QAction::toggled, m_ui->detailsPane, &QWidget::setVisible);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::openAccounts);
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
    const ResultsCache::Contents contents = ResultsCache::load(path);
    if (contents.sources.isEmpty())
        return;
    QSet<QString> profileIds;
    for (const Profile &p : m_profiles->profiles())
        profileIds.insert(p.id);
    const int n = ResultsCache::apply(contents, *m_table, [&profileIds](const QString &sourceId) {
        return profileIds.contains(sourceId.section(QLatin1Char('/'), 0, 0));
    });
    if (n > 0)
        m_cacheTime = contents.savedAt;
    updateEmptyState();
    updateProgress();
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
    updateProgress();
}

void MainWindow::stop()
{
    m_inventory->cancel();
}

void MainWindow::onSweepFinished()
{
    m_ui->actionStop->setEnabled(false);
    m_proxy->setSortSuspended(false);
    // Something useful in the details pane from the start.
    if (!m_ui->flowLogTable->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->flowLogTable->selectionModel()->setCurrentIndex(m_proxy->index(0, FlowLogTableModel::Name),
                                                              QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    updateEmptyState();
    if (!m_cachePath.isEmpty() && !m_inventory->wasCancelled()) {
        QString error;
        if (!ResultsCache::save(m_cachePath, *m_table, &error))
            statusBar()->showMessage(tr("Could not write the cache: %1").arg(error), 5000);
    }
    updateProgress();
}

void MainWindow::updateProgress()
{
    const int total = m_status->rowCount();
    const int finished = m_status->finishedCount();
    const int failed = m_status->count(SourceStatusModel::State::Failed);
    const QLocale locale;
    QString text;
    if (total > 0)
        text = tr("%1/%2 sources, %3 flow logs").arg(finished).arg(total).arg(locale.toString(m_table->rowCount()));
    else
        text = tr("%1 flow logs").arg(locale.toString(m_table->rowCount()));
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    if (m_proxy->hasFilter())
        text += tr(" — %1 shown").arg(locale.toString(m_proxy->rowCount()));
    m_progressLabel->setText(text);

    const bool running = m_inventory->isRunning();
    m_progressBar->setVisible(running);
    if (running) {
        m_progressBar->setRange(0, std::max(total, 1));
        m_progressBar->setValue(finished);
    }
    if (m_table->isStale()) {
        const QString when =
            m_cacheTime.isValid() ? QLocale().toString(m_cacheTime.toLocalTime(), QLocale::ShortFormat) : QString();
        m_staleLabel->setText(running ? tr("Cached results from %1, refreshing…").arg(when)
                                      : tr("Some rows are cached results from %1").arg(when));
        m_staleLabel->show();
    } else {
        m_staleLabel->hide();
    }
}

// ---- sources tree ----

QIcon MainWindow::stateIcon(int state)
{
    const auto it = m_stateIcons.constFind(state);
    if (it != m_stateIcons.cend())
        return it.value();
    QColor color;
    switch (static_cast<SourceStatusModel::State>(state)) {
    case SourceStatusModel::State::Queued:
        color = QColor(0xb0, 0xb0, 0xb0);
        break;
    case SourceStatusModel::State::Running:
        color = QColor(0x1e, 0x88, 0xe5);
        break;
    case SourceStatusModel::State::Done:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case SourceStatusModel::State::Failed:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case SourceStatusModel::State::Cancelled:
        color = QColor(0xef, 0x8f, 0x00);
        break;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(12, 12) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    const QIcon icon(pixmap);
    m_stateIcons.insert(state, icon);
    return icon;
}

void MainWindow::rebuildSourcesTree()
{
    QTreeWidget *tree = m_ui->sourcesTree;
    const QSignalBlocker blocker(tree);
    // The selection drives facets: keep it across a rebuild (every refresh resets the status model).
    QVariantList selected;
    if (const QTreeWidgetItem *item = tree->selectedItems().value(0))
        selected = {item->data(0, AccountRole), item->data(0, ServiceRole), item->data(0, RegionRole)};
    tree->clear();
    m_sourceItems.clear();
    std::map<QString, QTreeWidgetItem *> accounts;
    QHash<QString, QTreeWidgetItem *> services;
    for (int row = 0; row < m_status->rowCount(); ++row) {
        const SourceSpec &s = m_status->entries().at(row).source;
        QTreeWidgetItem *&account = accounts[s.profileName];
        if (!account) {
            account = new QTreeWidgetItem(QStringList{s.profileName});
            account->setData(0, AccountRole, s.profileName);
        }
        const QString serviceKeyText = s.profileName + QLatin1Char('\n') + serviceKey(s.service);
        QTreeWidgetItem *&service = services[serviceKeyText];
        if (!service) {
            service = new QTreeWidgetItem(account, QStringList{serviceDisplayName(s.service)});
            service->setData(0, AccountRole, s.profileName);
            service->setData(0, ServiceRole, serviceKey(s.service));
        }
        const QString label = s.instanceId.isEmpty() ? s.region : s.region + QStringLiteral(" · ") + s.instanceId;
        auto *leaf = new QTreeWidgetItem(service, QStringList{label});
        leaf->setData(0, AccountRole, s.profileName);
        leaf->setData(0, ServiceRole, serviceKey(s.service));
        leaf->setData(0, RegionRole, s.region);
        leaf->setData(0, SourceIdRole, s.id());
        leaf->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        m_sourceItems.insert(s.id(), leaf);
    }
    for (const auto &[name, item] : accounts) {
        tree->addTopLevelItem(item);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setExpanded(true);
        for (int i = 0; i < item->childCount(); ++i) {
            item->child(i)->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->child(i)->setExpanded(true);
        }
    }
    for (int row = 0; row < m_status->rowCount(); ++row)
        updateSourceItem(row);
    if (!selected.isEmpty()) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            const QTreeWidgetItem *item = *it;
            if (QVariantList{item->data(0, AccountRole), item->data(0, ServiceRole), item->data(0, RegionRole)} ==
                    selected &&
                (item->flags() & Qt::ItemIsSelectable)) {
                (*it)->setSelected(true);
                break;
            }
        }
    }
}

void MainWindow::updateSourceItem(int statusRow)
{
    if (statusRow < 0 || statusRow >= m_status->rowCount())
        return;
    const SourceStatusModel::Entry &e = m_status->entries().at(statusRow);
    QTreeWidgetItem *leaf = m_sourceItems.value(e.source.id());
    if (!leaf)
        return;
    const auto state = static_cast<int>(e.state);
    leaf->setData(0, StateRole, state);
    leaf->setIcon(0, stateIcon(state));
    const int rows = e.state == SourceStatusModel::State::Done || e.state == SourceStatusModel::State::Running
                         ? e.rows
                         : m_table->countOfSource(e.source.id());
    leaf->setData(0, RowsRole, rows);
    leaf->setText(1, QLocale().toString(rows));
    QString tip = e.source.displayName() + QLatin1Char('\n') + SourceStatusModel::stateText(e.state);
    if (e.pages > 0)
        tip += tr(", %n page(s)", nullptr, e.pages);
    if (e.elapsedMs > 0)
        tip += tr(", %1 s").arg(static_cast<double>(e.elapsedMs) / 1000.0, 0, 'f', 1);
    // A failed source shows its error as a child line, in full in the tooltip.
    QTreeWidgetItem *errorItem = leaf->childCount() > 0 ? leaf->child(0) : nullptr;
    if (e.state == SourceStatusModel::State::Failed) {
        const QString error = e.error.toDisplayString();
        tip += QLatin1Char('\n') + error;
        if (!errorItem) {
            errorItem = new QTreeWidgetItem(leaf);
            errorItem->setFlags(Qt::ItemIsEnabled);
            errorItem->setForeground(0, QColor(0xc6, 0x28, 0x28));
            errorItem->setData(0, AccountRole, e.source.profileName);
            errorItem->setData(0, ServiceRole, serviceKey(e.source.service));
            errorItem->setData(0, RegionRole, e.source.region);
        }
        errorItem->setText(0, escapeForDisplay(e.error.code.isEmpty()
                                                   ? e.error.message
                                                   : e.error.code + QStringLiteral(": ") + e.error.message));
        errorItem->setToolTip(0, plainTextToolTip(error));
        leaf->setExpanded(true);
    } else if (errorItem) {
        delete errorItem;
    }
    leaf->setToolTip(0, plainTextToolTip(tip));
    updateAggregate(leaf->parent());
}

void MainWindow::updateAggregate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    int rows = 0;
    bool failed = false;
    bool busy = false;
    bool cancelled = false;
    for (int i = 0; i < item->childCount(); ++i) {
        const QTreeWidgetItem *child = item->child(i);
        const QVariant stateValue = child->data(0, StateRole);
        if (!stateValue.isValid())
            continue;
        rows += child->data(0, RowsRole).toInt();
        const auto state = static_cast<SourceStatusModel::State>(stateValue.toInt());
        failed |= state == SourceStatusModel::State::Failed;
        busy |= state == SourceStatusModel::State::Running || state == SourceStatusModel::State::Queued;
        cancelled |= state == SourceStatusModel::State::Cancelled;
    }
    const SourceStatusModel::State state = busy        ? SourceStatusModel::State::Running
                                           : failed    ? SourceStatusModel::State::Failed
                                           : cancelled ? SourceStatusModel::State::Cancelled
                                                       : SourceStatusModel::State::Done;
    item->setData(0, StateRole, static_cast<int>(state));
    item->setData(0, RowsRole, rows);
    item->setIcon(0, stateIcon(static_cast<int>(state)));
    item->setText(1, QLocale().toString(rows));
    updateAggregate(item->parent());
}

void MainWindow::onSourceSelected(QTreeWidgetItem *item)
{
    const auto set = [](const QVariant &v) { return v.isValid() ? QSet<QString>{v.toString()} : QSet<QString>{}; };
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, item ? set(item->data(0, AccountRole)) : QSet<QString>{});
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Service, item ? set(item->data(0, ServiceRole)) : QSet<QString>{});
    // A source leaf filters by the source itself: an ECR instance's rows carry the regions of their VBRs,
    // not the region the source was listed in.
    const QVariant source = item ? item->data(0, SourceIdRole) : QVariant();
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Region,
                      item && !source.isValid() ? set(item->data(0, RegionRole)) : QSet<QString>{});
    m_proxy->setSourceFilter(set(source));
}

// ---- facets ----

void MainWindow::showFacetMenu(QToolButton *button, FlowLogFilterProxy::Facet facet)
{
    QMenu *menu = button->menu();
    menu->clear();
    std::map<QString, int> counts;
    for (int i = 0; i < m_table->rowCount(); ++i)
        ++counts[facetValue(m_table->at(i), facet)];
    const QSet<QString> current = m_proxy->facet(facet);
    QAction *any = menu->addAction(tr("Any"));
    any->setCheckable(true);
    any->setChecked(current.isEmpty());
    connect(any, &QAction::triggered, this, [this, facet] { m_proxy->setFacet(facet, {}); });
    menu->addSeparator();
    const QLocale locale;
    for (const auto &[value, count] : counts) {
        QString label = value.isEmpty() ? tr("(none)") : value;
        if (facet == FlowLogFilterProxy::Facet::Cloud) {
            if (const auto p = providerFromKey(value))
                label = providerDisplayName(*p);
        } else if (facet == FlowLogFilterProxy::Facet::Service) {
            if (const auto s = serviceFromKey(value))
                label = serviceDisplayName(*s);
        }
        QAction *action = menu->addAction(QStringLiteral("%1\t%2").arg(label, locale.toString(count)));
        action->setCheckable(true);
        action->setChecked(current.contains(value));
        connect(action, &QAction::toggled, this, [this, facet, value](bool on) {
            QSet<QString> values = m_proxy->facet(facet);
            if (on)
                values.insert(value);
            else
                values.remove(value);
            m_proxy->setFacet(facet, values);
        });
    }
}

void MainWindow::updateFacetButtons()
{
    const std::pair<QToolButton *, FlowLogFilterProxy::Facet> facets[] = {
        {m_ui->facetAccount, FlowLogFilterProxy::Facet::Account},
        {m_ui->facetCloud, FlowLogFilterProxy::Facet::Cloud},
        {m_ui->facetService, FlowLogFilterProxy::Facet::Service},
        {m_ui->facetRegion, FlowLogFilterProxy::Facet::Region},
        {m_ui->facetStatus, FlowLogFilterProxy::Facet::Status},
    };
    const QStringList titles = {tr("Account"), tr("Cloud"), tr("Service"), tr("Region"), tr("Status")};
    for (const auto &[button, facet] : facets) {
        const QString title = titles.at(static_cast<int>(facet));
        const QSet<QString> values = m_proxy->facet(facet);
        QFont font = button->font();
        font.setBold(!values.isEmpty());
        button->setFont(font);
        if (values.isEmpty())
            button->setText(title);
        else if (values.size() == 1)
            button->setText(QStringLiteral("%1: %2").arg(title, *values.cbegin()));
        else
            button->setText(tr("%1: %n selected", nullptr, static_cast<int>(values.size())).arg(title));
    }
    m_ui->clearFilters->setEnabled(m_proxy->hasFilter());
}

// ---- rows ----

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->flowLogTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void MainWindow::showCurrentDetails()
{
    const QModelIndex current = m_ui->flowLogTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_ui->detailsPane->clear();
        return;
    }
    m_ui->detailsPane->setFlowLog(m_table->at(m_proxy->mapToSource(current).row()));
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->flowLogTable->indexAt(pos);
    if (!index.isValid())
        return;
    const FlowLog row = m_table->at(m_proxy->mapToSource(index).row());
    QMenu menu(this);
    QAction *copyId = menu.addAction(tr("Copy ID"));
    QAction *copyJson = menu.addAction(tr("Copy row as JSON"));
    const QString value = index.data().toString();
    QAction *filter = menu.addAction(
        tr("Filter by “%1”")
            .arg(fontMetrics().elidedText(value, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 40)));
    filter->setEnabled(!value.isEmpty());
    menu.addSeparator();
    QAction *details = menu.addAction(tr("Open details"));
    QAction *chosen = menu.exec(m_ui->flowLogTable->viewport()->mapToGlobal(pos));
    if (chosen == copyId) {
        QGuiApplication::clipboard()->setText(row.id);
    } else if (chosen == copyJson) {
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(row.toJson()).toJson(QJsonDocument::Indented)));
    } else if (chosen == filter) {
        filterByValue(index);
    } else if (chosen == details) {
        m_ui->flowLogTable->setCurrentIndex(index);
        m_ui->actionShowDetails->setChecked(true);
        showCurrentDetails();
    }
}

void MainWindow::filterByValue(const QModelIndex &proxyIndex)
{
    const FlowLog &row = m_table->at(m_proxy->mapToSource(proxyIndex).row());
    switch (proxyIndex.column()) {
    case FlowLogTableModel::Account:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, {row.account});
        return;
    case FlowLogTableModel::Cloud:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Cloud, {providerKey(row.provider)});
        return;
    case FlowLogTableModel::ServiceColumn:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Service, {serviceKey(row.service)});
        return;
    case FlowLogTableModel::Region:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Region, {row.region});
        return;
    case FlowLogTableModel::Status:
        m_proxy->setFacet(FlowLogFilterProxy::Facet::Status, {row.status});
        return;
    default:
        m_ui->quickFilter->setText(proxyIndex.data().toString());
        return;
    }
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_ui->flowLogTable->horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c) {
        QAction *action = menu.addAction(FlowLogTableModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last column
        connect(action, &QAction::toggled, header, [header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 40)
                header->resizeSection(c, 120);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

// ---- actions ----

bool MainWindow::exportTo(const QString &path, QString *error)
{
    return saveExport(path, m_proxy->visibleRows(), error);
}

void MainWindow::exportView()
{
    QString filter;
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export flow logs"), QStringLiteral("flowlogs.csv"),
                                                csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    QString error;
    if (exportTo(path, &error))
        statusBar()->showMessage(tr("Exported %n flow log(s) to %1", nullptr, m_proxy->rowCount()).arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, error));
}

void MainWindow::openAccounts()
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
}

void MainWindow::newFlowLog()
{
    auto *dialog = new CreateFlowLogDialog(m_profiles, m_credentials, m_nams, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex current = m_ui->flowLogTable->currentIndex();
    if (current.isValid())
        dialog->setDefaultsFrom(m_table->at(m_proxy->mapToSource(current).row()));
    connect(dialog, &CreateFlowLogDialog::flowLogCreated, this, &MainWindow::insertCreatedFlowLog);
    dialog->open();
}

void MainWindow::insertCreatedFlowLog(const FlowLog &flowLog)
{
    int row = m_table->rowOfKey(flowLog.key());
    if (row < 0) {
        // The source id of a VPC/CEN listing, so its next refresh updates this row in place.
        const QString sourceId =
            flowLog.profileId + QLatin1Char('/') + serviceKey(flowLog.service) + QLatin1Char('/') + flowLog.region;
        m_table->appendRows(sourceId, {flowLog});
        row = m_table->rowOfKey(flowLog.key());
    }
    QModelIndex index = m_proxy->mapFromSource(m_table->index(row, FlowLogTableModel::Name));
    if (!index.isValid()) {
        m_ui->quickFilter->clear();
        m_ui->problemsOnly->setChecked(false);
        m_ui->sourcesTree->clearSelection();
        m_proxy->clearFilters();
        index = m_proxy->mapFromSource(m_table->index(row, FlowLogTableModel::Name));
    }
    m_ui->flowLogTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
    m_ui->flowLogTable->scrollTo(index);
    updateEmptyState();
}

void MainWindow::openSettings()
{
    QSettings store;
    SettingsDialog dialog(m_inventory->settings(), this);
    dialog.setLanguage(store.value(QStringLiteral("ui/language")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const InventorySettings settings = dialog.settings();
    m_inventory->setSettings(settings);
    settings.save(store);
    const QString language = dialog.language();
    if (language != store.value(QStringLiteral("ui/language")).toString()) {
        store.setValue(QStringLiteral("ui/language"), language);
        statusBar()->showMessage(tr("The new language applies the next time the console starts."), 8000);
    }
}

// ---- layout ----

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey("geometry"), saveGeometry());
    settings.setValue(settingsKey("state"), saveState());
    settings.setValue(settingsKey("splitter"), m_ui->mainSplitter->saveState());
    settings.setValue(settingsKey("tableHeader"), m_ui->flowLogTable->horizontalHeader()->saveState());
    settings.setValue(settingsKey("showSources"), m_ui->actionShowSources->isChecked());
    settings.setValue(settingsKey("showDetails"), m_ui->actionShowDetails->isChecked());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(settingsKey("geometry")).toByteArray());
    restoreState(settings.value(settingsKey("state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(settingsKey("splitter")).toByteArray());
    m_ui->flowLogTable->horizontalHeader()->restoreState(settings.value(settingsKey("tableHeader")).toByteArray());
    m_ui->actionShowSources->setChecked(settings.value(settingsKey("showSources"), true).toBool());
    m_ui->actionShowDetails->setChecked(settings.value(settingsKey("showDetails"), true).toBool());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_inventory->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace flowlog
