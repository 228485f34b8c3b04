// The real MainWindow driven like a user against the real sandbox: refresh, filter, facets, sorting with a selected
// row, the sources tree, a failing source and stop.
#include "detailspane.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "mainwindowtestutil.h"
#include "sourcetreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace flowlog;
using namespace flowlog::test;

class TestMainWindow : public MainWindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void refreshFillsTheTableWithExactlyTheSandboxRows();
    void quickFilterFacetsAndSourcesTreeNarrowTheView();
    void filteringAndSortingKeepTheSelectedRowAndTheViewInStep();
    void quickFilterOnALargeTableWaitsForAPauseInTyping();
    void problemsOnlyShowsOnlyRowsWithDeliveryProblems();
    void everySourceLeafShowsExactlyItsOwnRows();
    void failingSourceShowsItsErrorWhileOtherRowsStay();
    void stopCancelsTheRefresh();
};

void TestMainWindow::refreshFillsTheTableWithExactlyTheSandboxRows()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    const int expected = static_cast<int>(m_aliyun.size()) * 2 * flowLogsPerSource;
    QCOMPARE(window->tableModel()->rowCount(), expected);
    const QStringList ids = visibleIds(*window);
    QCOMPARE(ids.size(), expected);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), expected); // no row twice
    QSet<QString> accounts;
    for (const Profile &p : std::as_const(m_aliyun))
        accounts.insert(p.name);
    for (int i = 0; i < window->tableModel()->rowCount(); ++i)
        QVERIFY(accounts.contains(window->tableModel()->at(i).account));
    auto *progress = window->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY2(progress->text().startsWith(QStringLiteral("%1/%1 sources").arg(m_aliyun.size() * 2)),
             qPrintable(progress->text()));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionStop"))->isEnabled());
    // Nothing is selected on its own when a refresh ends (issue 20): the details wait for the user's choice.
    auto *view = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    QVERIFY(!view->selectionModel()->currentIndex().isValid());
    QVERIFY(!view->selectionModel()->hasSelection());
    QVERIFY(!window->detailsPane()->hasFlowLog());
    view->setCurrentIndex(window->proxyModel()->index(0, FlowLogTableModel::Name));
    QVERIFY(window->detailsPane()->hasFlowLog());
    QVERIFY(window->detailsPane()->rawJsonText().contains(QLatin1String("FlowLogId")));
}

void TestMainWindow::quickFilterFacetsAndSourcesTreeNarrowTheView()
{
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    const int all = window->proxyModel()->rowCount();

    // Ctrl+F focuses the quick filter; typing narrows to rows containing the text.
    window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    auto *quick = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    QVERIFY(quick->hasFocus() || !window->isActiveWindow());
    QTest::keyClicks(quick, QStringLiteral("HANGZHOU"));
    const int hangzhou = window->proxyModel()->rowCount();
    QVERIFY(hangzhou > 0 && hangzhou < all);
    for (int i = 0; i < hangzhou; ++i) {
        const QModelIndex index = window->proxyModel()->index(i, 0);
        QVERIFY(index.data(FlowLogTableModel::FilterTextRole).toString().contains(QLatin1String("hangzhou")));
    }
    quick->clear();
    QCOMPARE(window->proxyModel()->rowCount(), all);

    // The Region facet's menu lists the regions with counts; choosing one narrows the view.
    auto *regionButton = window->findChild<QToolButton *>(QStringLiteral("facetRegion"));
    Q_EMIT regionButton->menu()->aboutToShow();
    QAction *shanghai = nullptr;
    for (QAction *a : regionButton->menu()->actions()) {
        if (a->text().startsWith(QLatin1String("cn-shanghai")))
            shanghai = a;
    }
    QVERIFY(shanghai);
    shanghai->trigger();
    QCOMPARE(window->proxyModel()->rowCount(), all / 2);
    for (int i = 0; i < window->proxyModel()->rowCount(); ++i)
        QCOMPARE(window->proxyModel()->index(i, FlowLogTableModel::Region).data().toString(),
                 QStringLiteral("cn-shanghai"));
    QVERIFY(regionButton->text().contains(QLatin1String("cn-shanghai")));
    window->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    QCOMPARE(window->proxyModel()->rowCount(), all);

    // Selecting an account in the sources tree shows only that account's rows.
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("sourcesTree"));
    QCOMPARE(tree->model()->rowCount(), static_cast<int>(m_aliyun.size()));
    const QModelIndex account = tree->model()->index(0, 0);
    tree->setCurrentIndex(account);
    QCOMPARE(window->proxyModel()->rowCount(), 2 * flowLogsPerSource);
    QCOMPARE(rowsShown(account), 2 * flowLogsPerSource);
    for (int i = 0; i < window->proxyModel()->rowCount(); ++i)
        QCOMPARE(window->proxyModel()->index(i, FlowLogTableModel::Account).data().toString(),
                 account.data().toString());
    // The next refresh keeps the selection and its filter.
    QVERIFY(sweep(*window));
    QCOMPARE(tree->selectionModel()->selectedRows().value(0), account);
    QCOMPARE(window->proxyModel()->rowCount(), 2 * flowLogsPerSource);
    // Clear drops the tree's selection with every filter.
    window->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    QVERIFY(tree->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(window->proxyModel()->rowCount(), all);
}

void TestMainWindow::filteringAndSortingKeepTheSelectedRowAndTheViewInStep()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    auto *table = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    FlowLogFilterProxy *proxy = window->proxyModel();
    const int all = proxy->rowCount();
    // Select a row in the middle; remember which flow log it is.
    const QModelIndex middle = proxy->index(all / 2, FlowLogTableModel::Name);
    table->selectionModel()->setCurrentIndex(middle, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString key = middle.data(FlowLogTableModel::KeyRole).toString();
    const QString region = proxy->index(all / 2, FlowLogTableModel::Region).data().toString();
    const auto currentKey = [table] {
        return table->selectionModel()->currentIndex().data(FlowLogTableModel::KeyRole).toString();
    };

    // A filter the row matches keeps it selected; the view's rows follow the proxy's count.
    auto *quick = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    quick->setText(region);
    QVERIFY(proxy->rowCount() < all);
    QCOMPARE(table->verticalHeader()->count(), proxy->rowCount());
    QCOMPARE(currentKey(), key);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(window->detailsPane()->hasFlowLog());

    // Sorting by another column (a header click) moves the row, and the selection with it.
    table->horizontalHeader()->setSortIndicator(FlowLogTableModel::Id, Qt::DescendingOrder);
    QCOMPARE(currentKey(), key);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    for (int i = 1; i < proxy->rowCount(); ++i)
        QVERIFY(proxy->index(i - 1, FlowLogTableModel::Id).data().toString().toCaseFolded() >
                proxy->index(i, FlowLogTableModel::Id).data().toString().toCaseFolded());

    // A filter that hides the row drops the selection; clearing it shows every row again.
    quick->setText(QStringLiteral("no-such-flow-log"));
    QCOMPARE(proxy->rowCount(), 0);
    QCOMPARE(table->verticalHeader()->count(), 0);
    QVERIFY(!table->selectionModel()->currentIndex().isValid());
    QVERIFY(!window->detailsPane()->hasFlowLog()); // no details of a row the view no longer shows
    quick->clear();
    QCOMPARE(proxy->rowCount(), all);
    QCOMPARE(table->verticalHeader()->count(), all);
    table->scrollToBottom();
    QTRY_COMPARE(table->rowAt(table->viewport()->height() - 2) >= 0, true);
}

void TestMainWindow::quickFilterOnALargeTableWaitsForAPauseInTyping()
{
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    FlowLogFilterProxy *proxy = window->proxyModel();
    const int all = proxy->rowCount();
    window->setImmediateFilterRows(all - 1); // this table now counts as large
    auto *quick = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    QTest::keyClicks(quick, QStringLiteral("shanghai"));
    QCOMPARE(proxy->rowCount(), all);                               // not once per letter...
    QTRY_COMPARE(proxy->quickFilter(), QStringLiteral("shanghai")); // ...but once typing pauses
    QCOMPARE(proxy->rowCount(), all / 2);
    // Return applies at once.
    quick->setText(QStringLiteral("hangzhou"));
    QCOMPARE(proxy->quickFilter(), QStringLiteral("shanghai"));
    QTest::keyClick(quick, Qt::Key_Return);
    QCOMPARE(proxy->quickFilter(), QStringLiteral("hangzhou"));
    QCOMPARE(proxy->rowCount(), all / 2);
}

void TestMainWindow::problemsOnlyShowsOnlyRowsWithDeliveryProblems()
{
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    int problems = 0;
    for (int i = 0; i < window->tableModel()->rowCount(); ++i)
        problems += window->tableModel()->at(i).hasProblem() ? 1 : 0;
    QVERIFY(problems > 0); // the sandbox seeds inactive and failed-delivery flow logs
    window->findChild<QToolButton *>(QStringLiteral("problemsOnly"))->click();
    QCOMPARE(window->proxyModel()->rowCount(), problems);
    for (int i = 0; i < problems; ++i)
        QVERIFY(
            window->proxyModel()->index(i, FlowLogTableModel::Status).data(FlowLogTableModel::ProblemRole).toBool());
}

void TestMainWindow::everySourceLeafShowsExactlyItsOwnRows()
{
    auto window = makeWindow();
    window->inventory()->setScope({}); // every service the sandbox serves
    QVERIFY(sweep(*window));
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("sourcesTree"));
    QModelIndexList sources;
    collectSources(tree->model(), {}, sources);
    int leaves = 0;
    int total = 0;
    for (const QModelIndex &leaf : std::as_const(sources)) {
        tree->setCurrentIndex(leaf);
        const int count = rowsShown(leaf);
        QCOMPARE(window->proxyModel()->rowCount(), count);
        total += count;
        ++leaves;
    }
    // A region with instances (ECR, ER) shows the rows of every instance beneath it.
    for (const QModelIndex &leaf : std::as_const(sources)) {
        if (leaf.parent().data(SourceTreeModel::SourceIdRole).isValid() ||
            static_cast<SourceTreeModel::Kind>(leaf.data(SourceTreeModel::KindRole).toInt()) !=
                SourceTreeModel::Kind::Instance)
            continue;
        tree->setCurrentIndex(leaf.parent());
        QCOMPARE(window->proxyModel()->rowCount(), rowsShown(leaf.parent()));
        QVERIFY(rowsShown(leaf.parent()) >= rowsShown(leaf));
    }
    QCOMPARE(leaves, window->statusModel()->rowCount());
    QCOMPARE(total, window->tableModel()->rowCount());
    QVERIFY(total > static_cast<int>(m_aliyun.size()) * 2 * flowLogsPerSource); // more than VPC alone
}

void TestMainWindow::failingSourceShowsItsErrorWhileOtherRowsStay()
{
    const Profile broken = m_aliyun.first();
    m_credentials->writeSecret(broken.id, QStringLiteral("wrong-secret"), {}, this, [](const ApiError &) {});
    auto window = makeWindow();
    QVERIFY(sweep(*window));
    const int good = static_cast<int>(m_aliyun.size() - 1) * 2 * flowLogsPerSource;
    QCOMPARE(window->tableModel()->rowCount(), good);
    QCOMPARE(window->statusModel()->count(SourceStatusModel::State::Failed), 2);
    auto *progress = window->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY2(progress->text().contains(QLatin1String("2 failed")), qPrintable(progress->text()));

    // The broken account's region leaves carry a child line with the provider's error code.
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("sourcesTree"));
    const QAbstractItemModel *model = tree->model();
    const QModelIndex account = childNamed(model, {}, broken.name);
    QVERIFY(account.isValid());
    QCOMPARE(static_cast<SourceStatusModel::State>(account.data(SourceTreeModel::StateRole).toInt()),
             SourceStatusModel::State::Failed);
    const QModelIndex vpc = model->index(0, 0, account);
    QCOMPARE(model->rowCount(vpc), 2);
    const QString code = window->statusModel()->entries().first().error.code;
    QVERIFY(!code.isEmpty());
    for (int i = 0; i < model->rowCount(vpc); ++i) {
        const QModelIndex region = model->index(i, 0, vpc);
        QCOMPARE(model->rowCount(region), 1);
        const QModelIndex line = model->index(0, 0, region);
        QVERIFY2(line.data().toString().contains(code), qPrintable(line.data().toString()));
        QVERIFY(tree->isExpanded(region)); // the line is on screen, not behind a collapsed node
        QVERIFY(!region.data(Qt::ToolTipRole).toString().contains(QLatin1String("wrong-secret")));
        QVERIFY(!line.data(Qt::ToolTipRole).toString().contains(QLatin1String("wrong-secret")));
    }

    // Fix the secret: the next refresh succeeds and the error lines go away.
    m_credentials->writeSecret(broken.id, m_sandbox.secret(broken.id), {}, this, [](const ApiError &) {});
    QVERIFY(sweep(*window));
    QCOMPARE(window->tableModel()->rowCount(), good + 2 * flowLogsPerSource);
    QCOMPARE(model->rowCount(model->index(0, 0, vpc)), 0);
    QCOMPARE(rowsShown(account), 2 * flowLogsPerSource);
}

void TestMainWindow::stopCancelsTheRefresh()
{
    auto window = makeWindow();
    QSignalSpy done(window->inventory(), &Inventory::finished);
    auto *stop = window->findChild<QAction *>(QStringLiteral("actionStop"));
    auto *refresh = window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    refresh->trigger();
    QVERIFY(stop->isEnabled());
    QVERIFY(!refresh->isEnabled());
    stop->trigger();
    QCOMPARE(done.size(), 1);
    QVERIFY(!window->inventory()->isRunning());
    QCOMPARE(window->statusModel()->count(SourceStatusModel::State::Cancelled), window->statusModel()->rowCount());
    QCOMPARE(window->tableModel()->rowCount(), 0);
    QVERIFY(!stop->isEnabled());
    QVERIFY(refresh->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
