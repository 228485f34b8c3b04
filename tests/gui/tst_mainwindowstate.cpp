// The real MainWindow against the real sandbox, what it writes, keeps and draws: export, the results cache, a
// created flow log, the empty state, the Accounts and New Flow Log dialogs, the persisted layout and the delegate.
#include "accountsdialog.h"
#include "createflowlogdialog.h"
#include "flowlogdelegate.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "mainwindowtestutil.h"
#include "settings.h"
#include "sourceid.h"
#include "uistyle.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace flowlog;
using namespace flowlog::test;

class TestMainWindowState : public MainWindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void exportWritesExactlyTheFilteredRows_data();
    void exportWritesExactlyTheFilteredRows();
    void cacheIsWrittenWithoutSecretsAndReloadedAsStale();
    void createdFlowLogIsInsertedAndSelected();
    void emptyStateOffersAddAccountAndSandbox();
    void accountsAndNewFlowLogActionsOpenTheirDialogs();
    void columnLayoutIsPersisted();
    void problemAndStaleRowsAreDrawnByTheDelegate();
};

void TestMainWindowState::exportWritesExactlyTheFilteredRows_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("out.csv");
    QTest::newRow("json") << QStringLiteral("out.json");
}

void TestMainWindowState::exportWritesExactlyTheFilteredRows()
{
    QFETCH(QString, fileName);
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    window->proxyModel()->setFacet(FlowLogFilterProxy::Facet::Account, {m_aliyun.last().name});
    window->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->setText(QStringLiteral("shanghai"));
    const QStringList expected = visibleIds(*window);
    QVERIFY(!expected.isEmpty() && expected.size() < window->tableModel()->rowCount());

    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QString error;
    QVERIFY2(window->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QStringList ids;
    if (fileName.endsWith(QLatin1String(".json"))) {
        const QJsonArray rows = QJsonDocument::fromJson(data).array();
        for (const QJsonValue &v : rows)
            ids << v.toObject().value(QLatin1String("id")).toString();
    } else {
        QList<QByteArray> lines = data.split('\n');
        QVERIFY(lines.takeFirst().startsWith("account,cloud,service,region,id,"));
        for (const QByteArray &line : std::as_const(lines)) {
            if (!line.trimmed().isEmpty())
                ids << QString::fromUtf8(line.split(',').at(4));
        }
    }
    QCOMPARE(ids, expected); // the same rows, in view order
    for (const Profile &p : std::as_const(m_aliyun))
        QVERIFY(!data.contains(m_sandbox.secret(p.id).toUtf8()));
}

void TestMainWindowState::cacheIsWrittenWithoutSecretsAndReloadedAsStale()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache/results.json"));
    QStringList ids;
    {
        auto window = makeWindow();
        window->setCachePath(path);
        QTRY_VERIFY(!window->isLoadingCache());
        QCOMPARE(window->tableModel()->rowCount(), 0);
        QVERIFY(sweep(*window));
        ids = visibleIds(*window);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    for (const Profile &p : std::as_const(m_aliyun))
        QVERIFY2(!data.contains(m_sandbox.secret(p.id).toUtf8()), "the cache must not hold a secret");

    auto window = makeWindow();
    window->setCachePath(path);
    QTRY_VERIFY(!window->isLoadingCache()); // the rows arrive after the window is up (issue 20)
    QCOMPARE(window->tableModel()->rowCount(), ids.size());
    QVERIFY(window->tableModel()->isStale());
    QVERIFY(window->proxyModel()->index(0, 0).data(FlowLogTableModel::StaleRole).toBool());
    auto *staleLabel = window->findChild<QLabel *>(QStringLiteral("staleLabel"));
    QVERIFY(staleLabel->isVisible());
    QSignalSpy done(window->inventory(), &Inventory::finished);
    window->refresh();
    QVERIFY(staleLabel->text().contains(QLatin1String("refreshing")));
    QCOMPARE(window->tableModel()->rowCount(), ids.size()); // cached rows stay while refreshing
    QVERIFY(done.wait(20000));
    QVERIFY(!window->tableModel()->isStale());
    QVERIFY(!staleLabel->isVisible());
    QCOMPARE(window->tableModel()->rowCount(), ids.size());
}

void TestMainWindowState::createdFlowLogIsInsertedAndSelected()
{
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    window->findChild<QLineEdit *>(QStringLiteral("quickFilter"))->setText(QStringLiteral("no-such-row"));
    window->findChild<QAction *>(QStringLiteral("actionNewFlowLog"))->trigger();
    auto *dialog = window->findChild<CreateFlowLogDialog *>();
    QVERIFY(dialog);
    FlowLog created;
    created.account = m_aliyun.first().name;
    created.profileId = m_aliyun.first().id;
    created.service = Service::Vpc;
    created.region = QStringLiteral("cn-hangzhou");
    created.id = QStringLiteral("fl-justcreated0000001");
    created.name = QStringLiteral("just-created");
    created.status = QStringLiteral("Activating");
    const int before = window->tableModel()->rowCount();
    const QString source = SourceId{created.profileId, created.service, created.region, {}, {}}.toString();
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("sourcesTree"));
    const QModelIndex leaf = window->sourceTreeModel()->indexOfSource(source);
    QCOMPARE(rowsShown(leaf), flowLogsPerSource);
    Q_EMIT dialog->flowLogCreated(created, source);
    QCOMPARE(window->tableModel()->rowCount(), before + 1);
    QCOMPARE(window->tableModel()->countOfSource(source), flowLogsPerSource + 1);
    QTRY_COMPARE(rowsShown(leaf), flowLogsPerSource + 1); // the tree counts it
    QVERIFY(tree);
    auto *table = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid()); // the filter hiding it was cleared
    QCOMPARE(current.siblingAtColumn(FlowLogTableModel::Id).data().toString(), created.id);
    QVERIFY(table->selectionModel()->isRowSelected(current.row(), {}));
    dialog->close();
}

void TestMainWindowState::emptyStateOffersAddAccountAndSandbox()
{
    m_profiles->replaceAll({});
    auto window = makeWindow();
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    int sandboxRequests = 0;
    window->setOpenSandboxHandler([&sandboxRequests] { ++sandboxRequests; });
    window->findChild<QPushButton *>(QStringLiteral("openSandboxButton"))->click();
    QCOMPARE(sandboxRequests, 1);
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("addAccountButton"))->isVisible());

    // Adding a profile (as the accounts dialog does) brings the browse page back.
    m_profiles->replaceAll(m_aliyun);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("browsePage"));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
}

void TestMainWindowState::accountsAndNewFlowLogActionsOpenTheirDialogs()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *accounts = window->findChild<QAction *>(QStringLiteral("actionAccounts"));
    QVERIFY(accounts && accounts->isEnabled());
    accounts->trigger();
    QTRY_VERIFY(window->findChild<AccountsDialog *>() && window->findChild<AccountsDialog *>()->isVisible());
    window->findChild<AccountsDialog *>()->reject();
    QTRY_VERIFY(!window->findChild<AccountsDialog *>());

    auto *create = window->findChild<QAction *>(QStringLiteral("actionNewFlowLog"));
    QVERIFY(create && create->isEnabled());
    QCOMPARE(create->shortcut(), QKeySequence(QKeySequence::New));
    create->trigger();
    QTRY_VERIFY(window->findChild<CreateFlowLogDialog *>() && window->findChild<CreateFlowLogDialog *>()->isVisible());
    window->findChild<CreateFlowLogDialog *>()->reject();
    QTRY_VERIFY(!window->findChild<CreateFlowLogDialog *>());
}

void TestMainWindowState::columnLayoutIsPersisted()
{
    {
        auto window = makeWindow();
        QHeaderView *header = window->findChild<QTableView *>(QStringLiteral("flowLogTable"))->horizontalHeader();
        header->setSectionHidden(FlowLogTableModel::Tags, true);
        header->resizeSection(FlowLogTableModel::Name, 321);
        header->moveSection(header->visualIndex(FlowLogTableModel::Id), 0);
        window->close(); // saves the layout
    }
    auto window = makeWindow();
    QHeaderView *header = window->findChild<QTableView *>(QStringLiteral("flowLogTable"))->horizontalHeader();
    QVERIFY(header->isSectionHidden(FlowLogTableModel::Tags));
    QCOMPARE(header->sectionSize(FlowLogTableModel::Name), 321);
    QCOMPARE(header->logicalIndex(0), static_cast<int>(FlowLogTableModel::Id));
    QVERIFY(m_settings->isSet(Settings::Key::TableHeaderState)); // in the settings the window was handed
}

void TestMainWindowState::problemAndStaleRowsAreDrawnByTheDelegate()
{
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    auto *table = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    auto *delegate = qobject_cast<FlowLogDelegate *>(table->itemDelegate());
    QVERIFY(delegate);
    const auto style = [delegate, table](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(table);
        delegate->initStyleOption(&option, index);
        return option;
    };
    FlowLogFilterProxy *proxy = window->proxyModel();
    int problems = 0;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        const QModelIndex status = proxy->index(i, FlowLogTableModel::Status);
        // The model says what a row is, never how it looks.
        QVERIFY(!status.data(Qt::ForegroundRole).isValid());
        QVERIFY(!status.data(Qt::FontRole).isValid());
        const QStyleOptionViewItem option = style(status);
        if (status.data(FlowLogTableModel::ProblemRole).toBool()) {
            ++problems;
            QCOMPARE(option.palette.color(QPalette::Text), uistyle::errorColor());
            QVERIFY(!option.icon.isNull());
        } else {
            QVERIFY(option.palette.color(QPalette::Text) != uistyle::errorColor());
        }
        QVERIFY(!option.font.italic());
    }
    QVERIFY(problems > 0);
    const QStyleOptionViewItem id = style(proxy->index(0, FlowLogTableModel::Id));
    QVERIFY(QFontInfo(id.font).fixedPitch());
    QCOMPARE(id.textElideMode, Qt::ElideMiddle);

    // Rows from the cache, before their source is refreshed: italic and muted.
    window->tableModel()->setSourcesStale(window->tableModel()->sourceIds());
    const QModelIndex name = proxy->index(0, FlowLogTableModel::Name);
    QVERIFY(name.data(FlowLogTableModel::StaleRole).toBool());
    const QStyleOptionViewItem stale = style(name);
    QVERIFY(stale.font.italic());
    QCOMPARE(stale.palette.color(QPalette::Text), uistyle::mutedColor());
}

QTEST_MAIN(TestMainWindowState)
#include "tst_mainwindowstate.moc"
