// Issue 20 on the real MainWindow against the real sandbox: the keyboard (Esc, Ctrl+E from the filter box, Shift+F10
// and the Menu key, F1), facet menus that stay open and show display names, no row chosen on its own when a refresh
// ends, and the sources tree (collapsed, searched, failures only, the error copied).
#include "consoleuxtestutil.h"
#include "createflowlogdialog.h"
#include "facetbar.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "sourcespane.h"
#include "sourcesview.h"
#include "sourcetreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace flowlog;
using namespace flowlog::test;

namespace {

QAction *actionNamed(QMenu *menu, const QString &prefix)
{
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(prefix))
            return a;
    }
    return nullptr;
}

} // namespace

class TestConsoleUx : public ConsoleUxTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void facetMenusStayOpenAndShowDisplayNames();
    void escClearsTheFilterThenStops();
    void ctrlEExportsFromTheFilterBox();
    void shiftF10AndTheMenuKeyOpenTheRowMenu();
    void f1ListsTheKeys();
    void nothingIsSelectedOnItsOwnWhenARefreshEnds();
    void sourcesTreeStartsCollapsedSearchesAndFiltersFailures();
};

void TestConsoleUx::facetMenusStayOpenAndShowDisplayNames()
{
    auto window = makeWindow({Service::Vpc, Service::Ecr});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    FlowLogFilterProxy *proxy = window->proxyModel();
    auto *button = window->findChild<QToolButton *>(QStringLiteral("facetService"));
    QMenu *menu = button->menu();
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
    QTRY_VERIFY(menu->isVisible());
    // The display names, as the table's Service column shows them.
    QAction *ecr = actionNamed(menu, QStringLiteral("ECR\t"));
    QAction *vpc = actionNamed(menu, QStringLiteral("VPC\t"));
    QVERIFY(ecr && vpc);
    QVERIFY(!actionNamed(menu, QStringLiteral("ecr")));

    // Ticking two values with the mouse: the menu stays open, both apply.
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(ecr).center());
    QVERIFY(menu->isVisible());
    QCOMPARE(proxy->facet(FlowLogFilterProxy::Facet::Service), QSet<QString>{QStringLiteral("ecr")});
    QCOMPARE(button->text(), QStringLiteral("Service: ECR"));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(vpc).center());
    QVERIFY(menu->isVisible());
    QCOMPARE(proxy->facet(FlowLogFilterProxy::Facet::Service),
             (QSet<QString>{QStringLiteral("ecr"), QStringLiteral("vpc")}));
    // Space on the active value unticks it, still open; Esc closes.
    menu->setActiveAction(ecr);
    QTest::keyClick(menu, Qt::Key_Space);
    QVERIFY(menu->isVisible());
    QCOMPARE(proxy->facet(FlowLogFilterProxy::Facet::Service), QSet<QString>{QStringLiteral("vpc")});
    QCOMPARE(button->text(), QStringLiteral("Service: VPC"));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());

    // The Cloud facet says "Alibaba Cloud", not its key.
    window->findChild<FacetBar *>()->clearAll();
    QMenu *cloud = window->findChild<QToolButton *>(QStringLiteral("facetCloud"))->menu();
    cloud->popup(QPoint(0, 0));
    QTRY_VERIFY(cloud->isVisible());
    QAction *aliyun = actionNamed(cloud, QStringLiteral("Alibaba Cloud\t"));
    QVERIFY(aliyun);
    QTest::mouseClick(cloud, Qt::LeftButton, {}, cloud->actionGeometry(aliyun).center());
    QCOMPARE(window->findChild<QToolButton *>(QStringLiteral("facetCloud"))->text(),
             QStringLiteral("Cloud: Alibaba Cloud"));
    cloud->close();
}

void TestConsoleUx::escClearsTheFilterThenStops()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *quick = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    QTRY_VERIFY(quick->hasFocus());
    QTest::keyClicks(quick, QStringLiteral("hangzhou"));
    window->refresh();
    QVERIFY(window->inventory()->isRunning());
    // First Esc: the filter goes, the refresh goes on.
    QTest::keyClick(quick, Qt::Key_Escape);
    QCOMPARE(quick->text(), QString());
    QVERIFY(!window->proxyModel()->hasFilter());
    QVERIFY(window->inventory()->isRunning());
    // Second Esc (nothing left to clear): Stop.
    QTest::keyClick(quick, Qt::Key_Escape);
    QVERIFY(!window->inventory()->isRunning());
    QVERIFY(window->inventory()->wasCancelled());
    QVERIFY2(window->findChild<QLabel *>(QStringLiteral("progressLabel"))->text().startsWith(QLatin1String("Stopped:")),
             qPrintable(window->findChild<QLabel *>(QStringLiteral("progressLabel"))->text()));
}

void TestConsoleUx::ctrlEExportsFromTheFilterBox()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    auto *quick = window->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    QTRY_VERIFY(quick->hasFocus());
    QTest::keyClicks(quick, QStringLiteral("shanghai"));
    quick->setCursorPosition(0);
    QSignalSpy exported(window->findChild<QAction *>(QStringLiteral("actionExport")), &QAction::triggered);
    bool asked = false;
    whenShown<QDialog>({}, [&asked](QDialog *d) { // the save dialog: the export really started
        asked = true;
        d->reject();
    });
    QTest::keyClick(quick, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(exported.size(), 1);
    QVERIFY(asked);
    QCOMPARE(quick->cursorPosition(), 0); // the line edit did not take the key
}

void TestConsoleUx::shiftF10AndTheMenuKeyOpenTheRowMenu()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    auto *view = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    view->setFocus();
    view->setCurrentIndex(window->proxyModel()->index(3, FlowLogTableModel::Name));
    const QRect cell = view->visualRect(view->currentIndex());
    // Shift+F10 is the console's; the Menu key reaches a widget as a keyboard context-menu event (the platform
    // sends it), which is what the second run delivers.
    for (const bool menuKey : {false, true}) {
        QStringList items;
        QPoint at;
        whenShown<QMenu>(QStringLiteral("rowMenu"), [&](QMenu *menu) {
            for (const QAction *a : menu->actions())
                items << a->text();
            at = menu->pos();
            menu->close();
        });
        if (menuKey) {
            QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                    view->viewport()->mapToGlobal(QPoint(1, 1)));
            QApplication::sendEvent(view->viewport(), &event);
        } else {
            QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        }
        QVERIFY2(items.contains(QStringLiteral("Copy ID")), qPrintable(items.join(QLatin1Char('|'))));
        // At the current row, not at the pointer.
        QCOMPARE(at, view->viewport()->mapToGlobal(cell.bottomLeft()));
    }
}

void TestConsoleUx::f1ListsTheKeys()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F1);
    QDialog *help = nullptr;
    QTRY_VERIFY((help = window->findChild<QDialog *>(QStringLiteral("shortcutsHelp"))) && help->isVisible());
    const auto *table = help->findChild<QTableWidget *>();
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys << table->item(r, 0)->text();
    for (const char *k : {"F5", "Esc", "Ctrl+E", "Shift+F10, Menu key", "Esc (in the filter box)"})
        QVERIFY2(keys.contains(QLatin1String(k)), k);
    help->reject();
}

void TestConsoleUx::nothingIsSelectedOnItsOwnWhenARefreshEnds()
{
    // Issue 20 item 10: the table has focus from the start and rows arrive by refresh; no row becomes current or
    // selected until the user picks one, so the create dialog takes no defaults from a row nobody chose.
    auto window = makeWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *view = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    QVERIFY(view && view->selectionModel());
    QVERIFY(sweep(*window));
    QVERIFY(window->proxyModel()->rowCount() > 0);
    const auto nothingChosen = [view] {
        return !view->selectionModel()->currentIndex().isValid() && !view->selectionModel()->hasSelection();
    };
    QVERIFY(nothingChosen());
    // Focus coming back to the table (Tab, the window brought to the front) chooses nothing either.
    view->clearFocus();
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(nothingChosen());
    window->activateWindow();
    view->setFocus(Qt::ActiveWindowFocusReason);
    QVERIFY(nothingChosen());
    QVERIFY(sweep(*window)); // a second refresh ends with rows updated in place
    QVERIFY(nothingChosen());

    // The create dialog opened now starts from the account and service defaults, not from the first row.
    window->newFlowLog();
    auto *dialog = window->findChild<CreateFlowLogDialog *>();
    QVERIFY(dialog);
    const FlowLog first =
        window->tableModel()->at(window->proxyModel()->mapToSource(window->proxyModel()->index(0, 0)).row());
    QVERIFY(!first.storageProject.isEmpty());
    QVERIFY(dialog->currentDraft().projectName != first.storageProject);
    QVERIFY(dialog->currentDraft().resourceId != first.resourceId);
    dialog->reject();
    QTRY_VERIFY(!window->findChild<CreateFlowLogDialog *>() ||
                !window->findChild<CreateFlowLogDialog *>()->isVisible());

    // The arrow keys still start at the first row: that is the user choosing it.
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(view->selectionModel()->currentIndex().isValid());
    QCOMPARE(view->selectionModel()->currentIndex().row(), 0);
    // A row the user chose stays chosen across a refresh.
    const QString chosen = view->selectionModel()->currentIndex().data(FlowLogTableModel::KeyRole).toString();
    QVERIFY(sweep(*window));
    QVERIFY(view->selectionModel()->currentIndex().isValid());
    QCOMPARE(view->selectionModel()->currentIndex().data(FlowLogTableModel::KeyRole).toString(), chosen);
}

void TestConsoleUx::sourcesTreeStartsCollapsedSearchesAndFiltersFailures()
{
    const Profile broken = m_console.aliyun.first();
    const Profile good = m_console.aliyun.last();
    m_console.credentials->writeSecret(broken.id, QStringLiteral("wrong-secret"), {}, this, [](const ApiError &) {});
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    auto *pane = window->findChild<SourcesPane *>();
    SourcesView *tree = pane->view();
    const QAbstractItemModel *model = tree->model();
    const auto account = [model](const QString &name) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == name)
                return model->index(r, 0);
        }
        return QModelIndex();
    };
    // Collapsed to accounts; a failure is expanded into view.
    QVERIFY(!tree->isExpanded(account(good.name)));
    const QModelIndex brokenVpc = model->index(0, 0, account(broken.name));
    QVERIFY(tree->isExpanded(account(broken.name)) && tree->isExpanded(brokenVpc));

    // Search: only matching nodes and their ancestors, expanded.
    auto *search = pane->findChild<QLineEdit *>(QStringLiteral("sourcesSearch"));
    QTest::keyClicks(search, QStringLiteral("shanghai"));
    QTest::keyClick(search, Qt::Key_Return);
    const QModelIndex goodVpc = model->index(0, 0, account(good.name));
    QVERIFY(tree->isExpanded(goodVpc));
    int shown = 0;
    for (int r = 0; r < model->rowCount(goodVpc); ++r) {
        const bool shanghai = model->index(r, 0, goodVpc).data().toString().contains(QLatin1String("shanghai"));
        QCOMPARE(tree->isRowHidden(r, goodVpc), !shanghai);
        shown += shanghai ? 1 : 0;
    }
    QCOMPARE(shown, 1);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!tree->isRowHidden(0, goodVpc) && !tree->isRowHidden(1, goodVpc));

    // Failed only: the healthy account goes.
    pane->findChild<QToolButton *>(QStringLiteral("failedOnly"))->click();
    QVERIFY(tree->isRowHidden(account(good.name).row(), {}));
    QVERIFY(!tree->isRowHidden(account(broken.name).row(), {}));
    pane->findChild<QToolButton *>(QStringLiteral("failedOnly"))->click();
    QVERIFY(!tree->isRowHidden(account(good.name).row(), {}));

    // The selected failed source's error is readable in the details, and the menu copies it.
    const QModelIndex failedRegion = model->index(0, 0, brokenVpc);
    tree->setCurrentIndex(failedRegion);
    const QString error = failedRegion.data(SourceTreeModel::ErrorRole).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(pane->detailsText().contains(error), qPrintable(pane->detailsText()));
    QVERIFY(pane->detailsText().startsWith(broken.name + QStringLiteral(" › ")));
    QGuiApplication::clipboard()->clear();
    whenShown<QMenu>(QStringLiteral("sourcesMenu"), [](QMenu *menu) {
        menu->setActiveAction(actionNamed(menu, QStringLiteral("Copy Error")));
        QTest::keyClick(menu, Qt::Key_Return);
    });
    tree->setFocus();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1), tree->viewport()->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(tree->viewport(), &menuKey); // what the Menu key delivers
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), error);

    // Expand all / collapse all.
    pane->findChild<QToolButton *>(QStringLiteral("expandAll"))->click();
    QVERIFY(tree->isExpanded(goodVpc));
    pane->findChild<QToolButton *>(QStringLiteral("collapseAll"))->click();
    QVERIFY(!tree->isExpanded(account(good.name)) && !tree->isExpanded(account(broken.name)));
}

QTEST_MAIN(TestConsoleUx)
#include "tst_consoleux.moc"
