#include "mainwindow.h"

#include "flowlogfilterproxy.h"
#include "ui_mainwindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QLocale>

namespace flowlog {

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_table(new FlowLogTableModel(this))
    , m_proxy(new FlowLogFilterProxy(this))
    , m_status(new SourceStatusModel(this))
    , m_inventory(new Inventory(profiles, credentials, std::move(nams), m_table, m_status, this))
{
    m_ui->setupUi(this);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addPermanentWidget(m_progressLabel, 1);
    m_proxy->setSourceModel(m_table);
    m_ui->flowLogTable->setModel(m_proxy);
    m_ui->flowLogTable->setSortingEnabled(true);
    m_ui->flowLogTable->sortByColumn(FlowLogTableModel::Created, Qt::DescendingOrder);
    m_ui->flowLogTable->horizontalHeader()->setSectionsMovable(true);
    m_ui->flowLogTable->verticalHeader()->hide();

    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionStop->setShortcut(Qt::Key_Escape);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionStop, &QAction::triggered, this, &MainWindow::stop);
    connect(m_ui->quickFilter, &QLineEdit::textChanged, m_proxy, &FlowLogFilterProxy::setQuickFilter);
    connect(m_status, &SourceStatusModel::progressChanged, this, &MainWindow::updateProgress);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateProgress);
    connect(m_inventory, &Inventory::finished, this, [this] {
        m_ui->actionStop->setEnabled(false);
        m_ui->actionRefresh->setEnabled(true);
        updateProgress();
    });
    m_ui->actionStop->setEnabled(false);
    updateProgress();
}

MainWindow::~MainWindow()
{
    delete m_ui;
}

void MainWindow::setSessionLabel(const QString &label)
{
    m_sessionLabel = label;
    setWindowTitle(label.isEmpty() ? tr("Flow Log Console") : tr("Flow Log Console — %1").arg(label));
}

void MainWindow::refresh()
{
    m_ui->actionStop->setEnabled(true);
    m_inventory->refresh();
}

void MainWindow::stop()
{
    m_inventory->cancel();
}

void MainWindow::updateProgress()
{
    const int total = m_status->rowCount();
    const int finished = m_status->finishedCount();
    const int failed = m_status->count(SourceStatusModel::State::Failed);
    const QLocale locale;
    QString text = tr("%1/%2 sources, %3 flow logs").arg(finished).arg(total).arg(locale.toString(m_table->rowCount()));
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    m_progressLabel->setText(text);
}

} // namespace flowlog
