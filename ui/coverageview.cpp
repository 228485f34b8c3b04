#include "coverageview.h"

#include "coverageenabledialog.h"
#include "coverageexport.h"
#include "coveragesweep.h"
#include "flowlogtablemodel.h"
#include "textsafety.h"
#include "uistyle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace flowlog {

namespace {

constexpr int RecordRole = Qt::UserRole + 1; // index into the sweep's records or orphans
constexpr int StateRole = Qt::UserRole + 2;  // coverage::stateName()

QString stateText(coverage::State state)
{
    switch (state) {
    case coverage::State::Covered:
        return CoverageView::tr("Covered");
    case coverage::State::Partial:
        return CoverageView::tr("Partly covered");
    case coverage::State::Uncovered:
        return CoverageView::tr("Uncovered");
    }
    return {};
}

QIcon stateIcon(coverage::State state)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(uistyle::coverageColor(state));
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(dot);
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(escapeForDisplay(text));
    item->setEditable(false);
    return item;
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, int accountColumn, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->sortByColumn(accountColumn, Qt::AscendingOrder);
    return table;
}

QLineEdit *makeFilter(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    edit->setPlaceholderText(CoverageView::tr("Filter: account, region, resource, name…"));
    return edit;
}

QString percent(qint64 part, qint64 total)
{
    return total > 0
               ? QStringLiteral("%1 %").arg(100.0 * static_cast<double>(part) / static_cast<double>(total), 0, 'f', 0)
               : QStringLiteral("–");
}

} // namespace

CoverageView::CoverageView(Inventory *inventory, ProfileStore *profiles, FlowLogTableModel *table,
                           Inventory::NamProvider nams, PendingCreates *pending, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_inventory(inventory)
    , m_profiles(profiles)
    , m_table(table)
    , m_nams(nams)
    , m_pending(pending)
    , m_sweep(new CoverageSweep(inventory, profiles, table, std::move(nams), this))
    , m_grouping(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new CoverageChart(this))
    , m_groupTable(new QTableWidget(this))
    , m_stateFilter(new QComboBox(this))
    , m_resourceFilter(makeFilter(QStringLiteral("resourceFilter"), this))
    , m_resourceCount(new QLabel(this))
    , m_resources(new QStandardItemModel(this))
    , m_resourceState(new QSortFilterProxyModel(this))
    , m_resourceText(new QSortFilterProxyModel(this))
    , m_resourceTable(nullptr)
    , m_showFlowLogs(new QPushButton(tr("Show &Flow Logs"), this))
    , m_enable(new QPushButton(tr("&Enable Flow Logs…"), this))
    , m_orphanFilter(makeFilter(QStringLiteral("orphanFilter"), this))
    , m_orphanCount(new QLabel(this))
    , m_orphans(new QStandardItemModel(this))
    , m_orphanText(new QSortFilterProxyModel(this))
    , m_orphanTable(nullptr)
    , m_showOrphan(new QPushButton(tr("Show Flow &Log"), this))
{
    setObjectName(QStringLiteral("coverageView"));
    setWindowTitle(tr("Coverage — Flow Log Console"));
    resize(1280, 820);

    m_grouping->setObjectName(QStringLiteral("groupBy"));
    m_grouping->addItem(tr("Organisation"), static_cast<int>(CoverageGrouping::Organisation));
    m_grouping->addItem(tr("Account"), static_cast<int>(CoverageGrouping::Account));
    m_grouping->addItem(tr("Service"), static_cast<int>(CoverageGrouping::Service));
    m_grouping->addItem(tr("Region"), static_cast<int>(CoverageGrouping::Region));
    m_grouping->setCurrentIndex(1);
    m_refresh->setObjectName(QStringLiteral("coverageRefresh"));
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group by:"), this);
    groupLabel->setBuddy(m_grouping);
    top->addWidget(groupLabel);
    top->addWidget(m_grouping);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);

    // Summary: the chart over the table of every group.
    m_groupTable->setObjectName(QStringLiteral("groupTable"));
    m_groupTable->setColumnCount(6);
    m_groupTable->setHorizontalHeaderLabels(
        {tr("Group"), tr("Resources"), tr("Covered"), tr("Partly covered"), tr("Uncovered"), tr("Covered share")});
    m_groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->verticalHeader()->hide();
    m_groupTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groupTable->setAlternatingRowColors(true);
    auto *summarySplit = new QSplitter(Qt::Vertical, this);
    summarySplit->addWidget(m_chart);
    summarySplit->addWidget(m_groupTable);
    summarySplit->setStretchFactor(0, 3);
    summarySplit->setStretchFactor(1, 2);
    summarySplit->setSizes({460, 300});
    m_groupTable->verticalHeader()->setDefaultSectionSize(m_groupTable->fontMetrics().height() + 8);

    // Resources
    m_resources->setHorizontalHeaderLabels({tr("State"), tr("Account"), tr("Service"), tr("Region"), tr("Type"),
                                            tr("Resource ID"), tr("Name"), tr("Flow logs")});
    m_resourceState->setSourceModel(m_resources);
    m_resourceState->setFilterKeyColumn(0);
    m_resourceState->setFilterRole(StateRole);
    m_resourceText->setSourceModel(m_resourceState);
    m_resourceText->setFilterKeyColumn(-1);
    m_resourceText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_resourceTable = makeTable(m_resourceText, QStringLiteral("resourceTable"), 1, this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("Uncovered"), coverage::stateName(coverage::State::Uncovered));
    m_stateFilter->addItem(tr("Partly covered"), coverage::stateName(coverage::State::Partial));
    m_stateFilter->addItem(tr("Covered"), coverage::stateName(coverage::State::Covered));
    m_stateFilter->addItem(tr("All states"), QString());
    m_showFlowLogs->setObjectName(QStringLiteral("showFlowLogs"));
    m_enable->setObjectName(QStringLiteral("enableFlowLogs"));
    m_enable->setToolTip(tr("Select uncovered resources first (Ctrl+A selects every one shown)."));
    auto *exportResources = new QPushButton(tr("E&xport…"), this);
    exportResources->setObjectName(QStringLiteral("exportResources"));
    auto *resourcesPage = new QWidget(this);
    auto *resourcesBar = new QHBoxLayout;
    resourcesBar->addWidget(m_stateFilter);
    resourcesBar->addWidget(m_resourceFilter, 1);
    resourcesBar->addWidget(m_resourceCount);
    auto *resourcesButtons = new QHBoxLayout;
    resourcesButtons->addWidget(m_showFlowLogs);
    resourcesButtons->addStretch(1);
    resourcesButtons->addWidget(exportResources);
    resourcesButtons->addWidget(m_enable);
    auto *resourcesLayout = new QVBoxLayout(resourcesPage);
    resourcesLayout->addLayout(resourcesBar);
    resourcesLayout->addWidget(m_resourceTable, 1);
    resourcesLayout->addLayout(resourcesButtons);

    // Orphans
    m_orphans->setHorizontalHeaderLabels({tr("Account"), tr("Service"), tr("Region"), tr("Flow log ID"), tr("Name"),
                                          tr("Status"), tr("Resource type"), tr("Resource ID")});
    m_orphanText->setSourceModel(m_orphans);
    m_orphanText->setFilterKeyColumn(-1);
    m_orphanText->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_orphanTable = makeTable(m_orphanText, QStringLiteral("orphanTable"), 0, this);
    m_showOrphan->setObjectName(QStringLiteral("showOrphanFlowLog"));
    auto *exportOrphans = new QPushButton(tr("Ex&port…"), this);
    exportOrphans->setObjectName(QStringLiteral("exportOrphans"));
    auto *orphansPage = new QWidget(this);
    auto *orphansBar = new QHBoxLayout;
    orphansBar->addWidget(m_orphanFilter, 1);
    orphansBar->addWidget(m_orphanCount);
    auto *orphansButtons = new QHBoxLayout;
    orphansButtons->addWidget(m_showOrphan);
    orphansButtons->addStretch(1);
    orphansButtons->addWidget(exportOrphans);
    auto *orphansLayout = new QVBoxLayout(orphansPage);
    auto *orphansNote = new QLabel(tr("Flow logs whose resource no longer exists: they watch nothing and may still "
                                      "cost money."),
                                   this);
    orphansNote->setWordWrap(true);
    orphansLayout->addWidget(orphansNote);
    orphansLayout->addLayout(orphansBar);
    orphansLayout->addWidget(m_orphanTable, 1);
    orphansLayout->addLayout(orphansButtons);

    m_tabs->setObjectName(QStringLiteral("coverageTabs"));
    m_tabs->addTab(summarySplit, tr("Summary"));
    m_tabs->addTab(resourcesPage, tr("Resources"));
    m_tabs->addTab(orphansPage, tr("Orphans"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_sweep, &CoverageSweep::finished, this, &CoverageView::onSweepFinished);
    connect(m_refresh, &QPushButton::clicked, this, &CoverageView::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &CoverageView::fillSummary);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &CoverageView::applyStateFilter);
    connect(m_resourceFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_resourceText->setFilterFixedString(text);
        updateButtons();
    });
    connect(m_orphanFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_orphanText->setFilterFixedString(text);
        updateButtons();
    });
    connect(m_resourceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoverageView::updateButtons);
    connect(m_orphanTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CoverageView::updateButtons);
    connect(m_resourceTable, &QTableView::doubleClicked, this, [this] { requestFlowLogs(m_resourceTable); });
    connect(m_orphanTable, &QTableView::doubleClicked, this, [this] { requestFlowLogs(m_orphanTable); });
    connect(m_showFlowLogs, &QPushButton::clicked, this, [this] { requestFlowLogs(m_resourceTable); });
    connect(m_showOrphan, &QPushButton::clicked, this, [this] { requestFlowLogs(m_orphanTable); });
    connect(m_enable, &QPushButton::clicked, this, &CoverageView::enableSelected);
    connect(exportResources, &QPushButton::clicked, this, [this] { exportInteractively(false); });
    connect(exportOrphans, &QPushButton::clicked, this, [this] { exportInteractively(true); });
    applyStateFilter();
    m_summary->setText(tr("Refresh to look at every account's networks."));
}

CoverageView::~CoverageView() = default;

void CoverageView::refresh()
{
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Listing every account's networks and flow logs…"));
    uistyle::setTone(m_summary, uistyle::Tone::Normal);
    m_sweep->start();
}

void CoverageView::onSweepFinished()
{
    m_hasResults = true;
    m_refresh->setEnabled(true);
    const coverage::Counts &c = m_sweep->counts();
    QString text = tr("%1 resources: %2 covered, %3 partly covered, %4 uncovered; %5 orphaned flow logs.")
                       .arg(c.resources)
                       .arg(c.covered)
                       .arg(c.partial)
                       .arg(c.uncovered)
                       .arg(c.orphans);
    QStringList failures;
    for (const CoverageFailure &f : m_sweep->failures())
        failures << f.source.displayName() + QStringLiteral(": ") + escapeForDisplay(f.error.toDisplayString());
    if (!failures.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n place(s) could not be listed (hover for why).", nullptr, static_cast<int>(failures.size()));
    m_summary->setText(text);
    m_summary->setToolTip(failures.join(QLatin1Char('\n')));
    uistyle::setTone(m_summary, failures.isEmpty() ? uistyle::Tone::Normal : uistyle::Tone::Error);
    fillSummary();
    fillLists();
    Q_EMIT refreshed();
    if (!m_pendingShow.isEmpty())
        showResourceOf(std::exchange(m_pendingShow, QString()));
}

void CoverageView::fillSummary()
{
    const auto grouping = static_cast<CoverageGrouping>(m_grouping->currentData().toInt());
    const QList<CoverageGroup> groups = groupCoverage(m_sweep->records(), grouping);
    m_chart->setGroups(groups);
    m_groupTable->setRowCount(static_cast<int>(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const CoverageGroup &g = groups.at(row);
        const QStringList cells{escapeForDisplay(g.label),    QString::number(g.total()),
                                QString::number(g.covered),   QString::number(g.partial),
                                QString::number(g.uncovered), percent(g.covered, g.total())};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == 4 && g.uncovered > 0)
                item->setForeground(uistyle::coverageColor(coverage::State::Uncovered));
            m_groupTable->setItem(row, col, item);
        }
    }
    m_groupTable->resizeColumnsToContents();
    m_groupTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void CoverageView::fillLists()
{
    m_resources->removeRows(0, m_resources->rowCount());
    const QList<CoverageRecord> &records = m_sweep->records();
    for (int i = 0; i < records.size(); ++i) {
        const CoverageRecord &r = records.at(i);
        auto *state = new QStandardItem(stateIcon(r.state), stateText(r.state));
        state->setEditable(false);
        state->setData(i, RecordRole);
        state->setData(coverage::stateName(r.state), StateRole);
        if (r.comingUp)
            state->setToolTip(tr("A flow log on it is being created or activated."));
        m_resources->appendRow({state, cell(r.account), cell(serviceDisplayName(r.service)), cell(r.region),
                                cell(r.resourceType), cell(r.resourceId), cell(r.name),
                                cell(r.flowLogIds.join(QLatin1Char(' ')))});
    }
    m_orphans->removeRows(0, m_orphans->rowCount());
    const QList<CoverageOrphan> &orphans = m_sweep->orphans();
    for (int i = 0; i < orphans.size(); ++i) {
        const FlowLog &f = orphans.at(i).flowLog;
        auto *account = cell(f.account);
        account->setData(i, RecordRole);
        m_orphans->appendRow({account, cell(serviceDisplayName(f.service)), cell(f.region), cell(f.id), cell(f.name),
                              cell(f.status), cell(f.resourceType), cell(f.resourceId)});
    }
    for (QTableView *view : {m_resourceTable, m_orphanTable})
        view->resizeColumnsToContents();
    updateButtons();
}

void CoverageView::applyStateFilter()
{
    const QString state = m_stateFilter->currentData().toString();
    m_resourceState->setFilterRegularExpression(
        state.isEmpty() ? QString() : QLatin1Char('^') + QRegularExpression::escape(state) + QLatin1Char('$'));
    updateButtons();
}

void CoverageView::updateButtons()
{
    m_resourceCount->setText(tr("%n resource(s)", nullptr, m_resourceText->rowCount()));
    m_orphanCount->setText(tr("%n flow log(s)", nullptr, m_orphanText->rowCount()));
    const QList<int> selected = selectedRecords();
    const qsizetype uncovered = std::count_if(selected.cbegin(), selected.cend(), [this](int i) {
        return m_sweep->records().at(i).state == coverage::State::Uncovered;
    });
    m_showFlowLogs->setEnabled(std::any_of(selected.cbegin(), selected.cend(),
                                           [this](int i) { return !m_sweep->records().at(i).flowLogIds.isEmpty(); }));
    m_enable->setEnabled(uncovered > 0 && !m_sweep->isRunning());
    m_enable->setText(uncovered > 0 ? tr("&Enable Flow Logs for %n Resource(s)…", nullptr, static_cast<int>(uncovered))
                                    : tr("&Enable Flow Logs…"));
    m_showOrphan->setEnabled(m_orphanTable->selectionModel()->hasSelection());
}

QList<int> CoverageView::selectedRecords() const
{
    QList<int> out;
    if (!m_hasResults)
        return out;
    for (const QModelIndex &index : m_resourceTable->selectionModel()->selectedRows())
        out << index.data(RecordRole).toInt();
    return out;
}

QStringList CoverageView::keysOfRecord(int record) const
{
    const CoverageRecord &r = m_sweep->records().at(record);
    QStringList keys;
    for (const FlowLog &f : m_table->rowsOfSource(r.source.id())) {
        if (r.flowLogIds.contains(f.id))
            keys << f.key();
    }
    return keys;
}

void CoverageView::requestFlowLogs(const QTableView *view)
{
    QStringList keys;
    if (view == m_resourceTable) {
        for (const int i : selectedRecords())
            keys << keysOfRecord(i);
    } else {
        for (const QModelIndex &index : m_orphanTable->selectionModel()->selectedRows())
            keys << m_sweep->orphans().at(index.data(RecordRole).toInt()).flowLog.key();
    }
    if (!keys.isEmpty())
        Q_EMIT flowLogsRequested(keys);
}

bool CoverageView::showResourceOf(const QString &flowLogKey)
{
    if (!m_hasResults || m_sweep->isRunning()) {
        m_pendingShow = flowLogKey;
        if (!m_sweep->isRunning())
            refresh();
        return false;
    }
    const int row = m_table->rowOfKey(flowLogKey);
    if (row < 0)
        return false;
    const FlowLog &f = m_table->at(row);
    const QString sourceId = m_table->sourceOf(row);
    const auto select = [](QTableView *view, QSortFilterProxyModel *proxy, int record) {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, 0);
            if (index.data(RecordRole).toInt() == record) {
                view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
                view->scrollTo(index);
                return true;
            }
        }
        return false;
    };
    const QList<CoverageOrphan> &orphans = m_sweep->orphans();
    for (int i = 0; i < orphans.size(); ++i) {
        if (orphans.at(i).flowLog.key() == flowLogKey) {
            m_orphanFilter->clear();
            m_tabs->setCurrentIndex(OrphansTab);
            return select(m_orphanTable, m_orphanText, i);
        }
    }
    const QList<CoverageRecord> &records = m_sweep->records();
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).source.id() == sourceId && records.at(i).flowLogIds.contains(f.id)) {
            m_stateFilter->setCurrentIndex(m_stateFilter->findData(QString()));
            m_resourceFilter->clear();
            m_tabs->setCurrentIndex(ResourcesTab);
            return select(m_resourceTable, m_resourceText, i);
        }
    }
    return false;
}

bool CoverageView::exportView(const QTableView *view, bool orphans, const QString &path, QString *error) const
{
    QList<QJsonObject> objects;
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const int i = model->index(r, 0).data(RecordRole).toInt();
        objects << (orphans ? coverageOrphanJson(m_sweep->orphans().at(i))
                            : coverageRecordJson(m_sweep->records().at(i)));
    }
    return saveCoverageExport(path, objects, orphans ? coverageOrphanKeys() : coverageRecordKeys(), error);
}

bool CoverageView::exportResources(const QString &path, QString *error) const
{
    return exportView(m_resourceTable, false, path, error);
}

bool CoverageView::exportOrphans(const QString &path, QString *error) const
{
    return exportView(m_orphanTable, true, path, error);
}

void CoverageView::exportInteractively(bool orphans)
{
    QString filter;
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString path =
        QFileDialog::getSaveFileName(this, orphans ? tr("Export orphaned flow logs") : tr("Export resources"),
                                     orphans ? QStringLiteral("orphans.csv") : QStringLiteral("coverage.csv"),
                                     csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += filter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    QString error;
    if (!(orphans ? exportOrphans(path, &error) : exportResources(path, &error)))
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, error));
}

void CoverageView::enableSelected()
{
    QList<CoverageRecord> chosen;
    for (const int i : selectedRecords()) {
        if (m_sweep->records().at(i).state == coverage::State::Uncovered)
            chosen << m_sweep->records().at(i);
    }
    if (chosen.isEmpty())
        return;
    auto *dialog = new CoverageEnableDialog(chosen, m_sweep, m_profiles, m_nams, m_pending, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CoverageEnableDialog::created, this, [this](int count) {
        if (count > 0)
            m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                               tr("%n flow log(s) created: Refresh once they are active.", nullptr, count));
    });
    dialog->open();
}

} // namespace flowlog
