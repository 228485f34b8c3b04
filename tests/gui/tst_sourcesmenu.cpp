// Issue 20, item 6: the sources tree's menu on the real window against the sandbox: "Refresh This Source" lists that
// source alone again (the others keep their rows and states, nothing else is requested), and "Edit Profile" opens
// the account's profile.
#include "accountsdialog.h"
#include "consolefixture.h"
#include "profileeditdialog.h"
#include "sourcespane.h"
#include "sourcestatusmodel.h"
#include "sourcesview.h"
#include "sourcetreemodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace flowlog;
using test::whenShown;

namespace {

// Chooses the menu entry whose text starts with prefix from the tree's menu on its current node (the Menu key).
void chooseFromMenu(SourcesView *tree, const QString &prefix, bool *enabled = nullptr)
{
    whenShown<QMenu>(QStringLiteral("sourcesMenu"), [prefix, enabled](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (!a->text().startsWith(prefix))
                continue;
            if (enabled)
                *enabled = a->isEnabled();
            if (a->isEnabled()) {
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    tree->setFocus();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(1, 1), tree->viewport()->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(tree->viewport(), &menuKey);
}

} // namespace

class TestSourcesMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_console.init(this); }
    void cleanup() { m_console.cleanup(); }
    void refreshThisSourceListsItAlone();
    void editProfileOpensTheAccount();

private:
    test::ConsoleFixture m_console;
};

void TestSourcesMenu::initTestCase()
{
    QString error;
    QVERIFY2(m_console.start({QStringLiteral("--flowlogs"), QStringLiteral("5")}, &error), qPrintable(error));
}

void TestSourcesMenu::refreshThisSourceListsItAlone()
{
    // The first account's secret is wrong: its sources fail. Fixed, one of them is refreshed on its own.
    const Profile broken = m_console.aliyun.first();
    m_console.credentials->writeSecret(broken.id, QStringLiteral("wrong-secret"), {}, this, [](const ApiError &) {});
    auto window = m_console.makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    SourceTreeModel *model = window->sourceTreeModel();
    SourcesView *tree = window->findChild<SourcesPane *>()->view();
    const SourceStatusModel *status = window->findChild<SourceStatusModel *>();
    QVERIFY(status);
    QString failedId;
    QStringList others;
    for (const SourceStatusModel::Entry &e : status->entries()) {
        if (e.source.profileId == broken.id && e.state == SourceStatusModel::State::Failed && failedId.isEmpty())
            failedId = e.source.id();
        else
            others << e.source.id();
    }
    QVERIFY(!failedId.isEmpty());
    const int failedBefore = status->count(SourceStatusModel::State::Failed);
    const int rowsBefore = window->tableModel()->rowCount();

    m_console.credentials->writeSecret(broken.id, m_console.sandbox.secret(broken.id), {}, this,
                                       [](const ApiError &) {});
    m_console.sandbox.resetStats();
    const QModelIndex leaf = model->indexOfSource(failedId);
    QVERIFY(leaf.isValid());
    tree->expand(leaf.parent().parent());
    tree->expand(leaf.parent());
    tree->setCurrentIndex(leaf);
    QSignalSpy done(window->inventory(), &Inventory::finished);
    chooseFromMenu(tree, QStringLiteral("Refresh This Source"));
    QVERIFY(done.wait(15000));

    // That source is listed and done; the others were not asked again and keep their states.
    QCOMPARE(status->entry(failedId)->state, SourceStatusModel::State::Done);
    QCOMPARE(status->count(SourceStatusModel::State::Failed), failedBefore - 1);
    const QJsonObject stats = m_console.sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("byOperation")).toObject().value(QLatin1String("vpc.DescribeFlowLogs")).toInt(),
             1);
    QCOMPARE(stats.value(QLatin1String("requests")).toInt(), 1);
    QCOMPARE(window->tableModel()->countOfSource(failedId), 5);
    QCOMPARE(window->tableModel()->rowCount(), rowsBefore + 5);
    QTRY_COMPARE(model->indexOfSource(failedId).data(SourceTreeModel::RowsRole).toInt(), 5);
    for (const QString &id : std::as_const(others))
        QVERIFY2(status->entry(id)->state != SourceStatusModel::State::Queued, qPrintable(id));

    // Not on an account node (it is many sources).
    tree->setCurrentIndex(model->index(0, 0));
    bool enabled = true;
    chooseFromMenu(tree, QStringLiteral("Refresh This Source"), &enabled);
    QTRY_VERIFY(!enabled);
}

void TestSourcesMenu::editProfileOpensTheAccount()
{
    auto window = m_console.makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    const Profile second = m_console.aliyun.at(1);
    SourceTreeModel *model = window->sourceTreeModel();
    SourcesView *tree = window->findChild<SourcesPane *>()->view();
    QModelIndex account;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == second.name)
            account = model->index(r, 0);
    }
    QVERIFY(account.isValid());
    tree->setCurrentIndex(account);
    chooseFromMenu(tree, QStringLiteral("Edit Profile"));
    ProfileEditDialog *editor = nullptr;
    QTRY_VERIFY((editor = window->findChild<ProfileEditDialog *>()) && editor->isVisible());
    QVERIFY2(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")) &&
                 editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text() == second.name,
             "the editor shows the account chosen in the tree");
    editor->reject();
    if (auto *accounts = window->findChild<AccountsDialog *>())
        accounts->reject();
}

QTEST_MAIN(TestSourcesMenu)
#include "tst_sourcesmenu.moc"
