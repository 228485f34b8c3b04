// Issue 17, the console part, on the real MainWindow against the real sandbox: rows of several accounts and all four
// services selected with Ctrl+click, Deactivate through the preview (an already inactive row marked, nothing sent
// for it), the table showing the transitional state and then Inactive without a refresh, the sandbox's byStatus
// moving by exactly the rows changed; Delete from the Del key confirmed by typing the number (a wrong number keeps
// it disabled), the rows removed and the sandbox's flowLogs dropping by exactly that number; a flow log deleted
// behind the console's back failing with the provider's code, message and request id in the progress view.
#include "consolefixture.h"
#include "detailspane.h"
#include "flowlogfilterproxy.h"
#include "flowlogstatus.h"
#include "flowlogtablemodel.h"
#include "flowlogview.h"
#include "lifecycleactions.h"
#include "lifecycleplan.h"
#include "lifecyclepreviewdialog.h"
#include "lifecycleprogressdialog.h"
#include "lifecyclerunner.h"
#include "mainwindow.h"
#include "sandboxsettle.h"
#include "sourcetreemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

using namespace flowlog;

namespace {

const QSet<Service> allFour{Service::Vpc, Service::Cen, Service::Ecr, Service::Er};

int byStatus(const QJsonObject &stats, const char *status)
{
    return stats.value(QLatin1String("byStatus")).toObject().value(QLatin1String(status)).toInt();
}

// Saves what a user sees when FLOWLOG_TEST_SHOTS names a directory (for looking at the dialogs by eye).
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWLOG_TEST_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestLifecycleConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deactivateAcrossAccountsAndServicesWithoutRefresh();
    void deleteIsConfirmedByTypingTheNumber();
    void editJudgesWithTheRuleTable();
    void failureShowsTheProvidersCode();

private:
    // Keys of up to n rows in phase, one per (account, service), at least one per service when there are enough.
    static QStringList pick(const FlowLogTableModel &table, FlowLogPhase phase, int n,
                            const QSet<Service> &services = allFour);
    // Selects these rows as a user does: a click, then Ctrl+click on each other one.
    static void select(MainWindow &window, const QStringList &keys);
    static FlowLogView *view(MainWindow &window) { return window.findChild<FlowLogView *>(); }
    static const FlowLog *row(const MainWindow &window, const QString &key)
    {
        const int r = window.tableModel()->rowOfKey(key);
        return r < 0 ? nullptr : &window.tableModel()->at(r);
    }

    test::ConsoleFixture m_console;
};

void TestLifecycleConsole::initTestCase()
{
    QString error;
    // Two Alibaba Cloud accounts and one Huawei Cloud account; a change takes 1.5 s on the sandbox's clock, so
    // the first read after a call sees the transitional state.
    QVERIFY2(m_console.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                              QStringLiteral("4"), QStringLiteral("--transition-ms"), QStringLiteral("1500")},
                             &error),
             qPrintable(error));
    // The seeded transitional flow logs settle 1.5 s after start: let them, so byStatus moves only by what we do.
    QVERIFY(test::waitUntilSettled(m_console.sandbox));
    m_console.aliyun = m_console.sandbox.profiles(); // every account, Huawei's too
}

void TestLifecycleConsole::init()
{
    m_console.init(this);
}

void TestLifecycleConsole::cleanup()
{
    m_console.cleanup();
}

QStringList TestLifecycleConsole::pick(const FlowLogTableModel &table, FlowLogPhase phase, int n,
                                       const QSet<Service> &services)
{
    QMap<QPair<QString, int>, QString> byGroup;
    for (int r = 0; r < table.rowCount(); ++r) {
        const FlowLog &f = table.at(r);
        const QPair<QString, int> group{f.account, static_cast<int>(f.service)};
        if (services.contains(f.service) && phaseOf(f) == phase && !byGroup.contains(group))
            byGroup.insert(group, f.key());
    }
    // Round robin over the services first, so that every service is among the first picked.
    QStringList out;
    QSet<Service> seen;
    for (int pass = 0; pass < 2; ++pass) {
        for (auto it = byGroup.cbegin(); it != byGroup.cend() && out.size() < n; ++it) {
            const auto service = static_cast<Service>(it.key().second);
            if (out.contains(it.value()) || (pass == 0 && seen.contains(service)))
                continue;
            seen.insert(service);
            out << it.value();
        }
    }
    return out;
}

void TestLifecycleConsole::select(MainWindow &window, const QStringList &keys)
{
    FlowLogView *v = view(window);
    FlowLogTableModel *table = window.tableModel();
    v->clearSelection();
    bool first = true;
    for (const QString &key : keys) {
        const QModelIndex index =
            window.proxyModel()->mapFromSource(table->index(table->rowOfKey(key), FlowLogTableModel::Name));
        QVERIFY(index.isValid());
        v->scrollTo(index);
        QTest::mouseClick(v->viewport(), Qt::LeftButton, first ? Qt::NoModifier : Qt::ControlModifier,
                          v->visualRect(index).center());
        first = false;
    }
}

void TestLifecycleConsole::deactivateAcrossAccountsAndServicesWithoutRefresh()
{
    auto window = m_console.makeWindow(allFour);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    FlowLogTableModel *table = window->tableModel();

    const QStringList active = pick(*table, FlowLogPhase::Active, 6);
    const QStringList inactive = pick(*table, FlowLogPhase::Inactive, 1, {Service::Vpc, Service::Cen, Service::Ecr});
    QCOMPARE(active.size(), 6);
    QCOMPARE(inactive.size(), 1);
    QSet<QString> accounts;
    QSet<Service> services;
    int aliyunRows = 0;
    for (const QString &key : active) {
        accounts.insert(row(*window, key)->account);
        services.insert(row(*window, key)->service);
        aliyunRows += row(*window, key)->provider == Provider::Aliyun ? 1 : 0;
    }
    QVERIFY(accounts.size() >= 3);
    QCOMPARE(services.size(), 4);
    select(*window, active + inactive);
    QCOMPARE(view(*window)->selectedTableRows().size(), 7);
    shoot(window.get(), QStringLiteral("window-selection"));

    // Every status the table shows for the chosen rows, in order, while the change runs.
    QHash<QString, QStringList> shown;
    connect(table, &QAbstractItemModel::dataChanged, this, [&] {
        for (const QString &key : active) {
            if (const FlowLog *f = row(*window, key);
                f && shown.value(key).value(shown.value(key).size() - 1) != f->status)
                shown[key] << f->status;
        }
    });
    QSignalSpy refreshes(window->inventory(), &Inventory::started);
    m_console.sandbox.resetStats();
    const QJsonObject before = m_console.sandbox.stats();

    // The toolbar's button, as a user clicks it.
    QAction *deactivate = window->lifecycle()->action(LifecycleAction::Deactivate);
    QVERIFY(deactivate->isEnabled());
    auto *button = qobject_cast<QToolButton *>(window->findChild<QToolBar *>()->widgetForAction(deactivate));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    LifecyclePreviewDialog *preview = window->lifecycle()->preview();
    QVERIFY(preview);
    QTRY_VERIFY(preview->isVisible());
    shoot(preview, QStringLiteral("preview-deactivate"));

    // Grouped by account and service; the inactive row is marked and counted out of what is sent.
    auto *tree = preview->findChild<QTreeWidget *>(QStringLiteral("previewTree"));
    QSet<QString> groups;
    for (const QString &key : active + inactive)
        groups.insert(LifecyclePlan::groupTitle(*row(*window, key)));
    QCOMPARE(tree->topLevelItemCount(), groups.size());
    const LifecyclePlanRow *already = nullptr;
    for (const LifecyclePlanRow &r : preview->rows()) {
        if (r.flowLog.key() == inactive.first())
            already = &r;
    }
    QVERIFY(already);
    QCOMPARE(already->verdict, LifecyclePlanRow::Verdict::AlreadyThere);
    QVERIFY2(already->note.startsWith(QStringLiteral("Already Inactive")), qPrintable(already->note));
    // The headline counts what changes (6), the already-Inactive one apart, as the rows are marked.
    const QString headline = preview->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(headline.startsWith(QStringLiteral("6 flow log")) && headline.contains(QStringLiteral("1 ")) &&
                 headline.contains(QStringLiteral("already so")),
             qPrintable(headline));
    QVERIFY(preview->confirmButton()->isEnabled());
    QVERIFY2(preview->confirmButton()->text().startsWith(QStringLiteral("Deactivate 7 flow log")),
             qPrintable(preview->confirmButton()->text()));
    QCOMPARE(m_console.sandbox.stats().value(QLatin1String("requests")).toInt(), 0); // nothing sent yet

    QTest::mouseClick(preview->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(window->lifecycle()->progress());
    LifecycleProgressDialog *progress = window->lifecycle()->progress();
    QVERIFY(!deactivate->isEnabled()); // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(!window->lifecycle()->runner()->isRunning(), 15000);
    shoot(progress, QStringLiteral("progress-deactivate"));

    // The rows, updated in place, with no refresh: Inactive, and the VPC ones were shown Deactivating on the way.
    QCOMPARE(refreshes.count(), 0);
    for (const QString &key : active + inactive) {
        QVERIFY(row(*window, key));
        QCOMPARE(phaseOf(*row(*window, key)), FlowLogPhase::Inactive);
        const QString outcome = progress->cellText(row(*window, key)->id, LifecycleProgressDialog::OutcomeColumn);
        QVERIFY2(outcome == QStringLiteral("Done: Inactive") || outcome == QStringLiteral("Already Inactive"),
                 qPrintable(outcome));
        // The Status cell says Inactive for every service: an ER flow log stays "available", disabled.
        const QString cell = table->index(table->rowOfKey(key), FlowLogTableModel::Status).data().toString();
        QVERIFY2(cell.startsWith(QStringLiteral("Inactive")), qPrintable(key + QStringLiteral(": ") + cell));
        if (row(*window, key)->service == Service::Er) {
            QCOMPARE(row(*window, key)->status, QStringLiteral("available"));
            QVERIFY(!isEnabled(*row(*window, key)));
        }
    }
    bool sawTransition = false;
    for (const QString &key : active) {
        if (row(*window, key)->service == Service::Vpc)
            sawTransition = sawTransition || shown.value(key).contains(QStringLiteral("Deactivating"));
    }
    QVERIFY2(sawTransition, "no VPC row was shown Deactivating");
    // The sandbox: exactly the Alibaba rows changed status (ER keeps "available", its enabled flag flips).
    const QJsonObject after = m_console.sandbox.stats();
    QCOMPARE(byStatus(after, "Inactive"), byStatus(before, "Inactive") + aliyunRows);
    QCOMPARE(byStatus(after, "Active"), byStatus(before, "Active") - aliyunRows);
    QCOMPARE(after.value(QLatin1String("flowLogs")).toInt(), before.value(QLatin1String("flowLogs")).toInt());
    QVERIFY(deactivate->isEnabled());
}

void TestLifecycleConsole::deleteIsConfirmedByTypingTheNumber()
{
    auto window = m_console.makeWindow(allFour);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    FlowLogTableModel *table = window->tableModel();
    const QStringList chosen = pick(*table, FlowLogPhase::Active, 3);
    QCOMPARE(chosen.size(), 3);
    select(*window, chosen);
    const int rowsBefore = table->rowCount();
    // The sources tree counts what the table holds, and follows the deletes without a refresh (issue 20 item 6).
    const auto treeRows = [&window] {
        const QAbstractItemModel *tree = window->sourceTreeModel();
        int rows = 0;
        for (int r = 0; r < tree->rowCount(); ++r)
            rows += tree->index(r, 0).data(SourceTreeModel::RowsRole).toInt();
        return rows;
    };
    QCOMPARE(treeRows(), rowsBefore);
    m_console.sandbox.resetStats();
    const int flowLogsBefore = m_console.sandbox.stats().value(QLatin1String("flowLogs")).toInt();

    QVERIFY(view(*window)->currentFlowLog()); // one of the chosen rows, shown in the details pane
    QVERIFY(window->detailsPane()->hasFlowLog());
    view(*window)->setFocus();
    QTest::keyClick(view(*window), Qt::Key_Delete);
    QTRY_VERIFY(window->lifecycle()->preview());
    LifecyclePreviewDialog *preview = window->lifecycle()->preview();
    auto *typed = preview->findChild<QLineEdit *>(QStringLiteral("typeEdit"));
    QVERIFY(typed);
    QPushButton *confirm = preview->confirmButton();
    QVERIFY(!confirm->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("2"));
    QVERIFY(!confirm->isEnabled());
    shoot(preview, QStringLiteral("preview-delete"));
    typed->clear();
    QTest::keyClicks(typed, QStringLiteral("3"));
    QVERIFY(confirm->isEnabled());
    QCOMPARE(m_console.sandbox.stats().value(QLatin1String("requests")).toInt(), 0);

    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(window->lifecycle()->progress());
    QTRY_VERIFY_WITH_TIMEOUT(!window->lifecycle()->runner()->isRunning(), 15000);
    for (const QString &key : chosen)
        QVERIFY2(table->rowOfKey(key) < 0, qPrintable(key));
    QCOMPARE(table->rowCount(), rowsBefore - 3);
    QTRY_COMPARE(treeRows(), rowsBefore - 3);
    // The deleted rows took the current row with them: no neighbour became current, so the details pane shows none
    // (issue 20 item 10).
    QCOMPARE(view(*window)->currentFlowLog(), nullptr);
    QVERIFY(view(*window)->selectedTableRows().isEmpty());
    QVERIFY(!window->detailsPane()->hasFlowLog());
    const QJsonObject after = m_console.sandbox.stats();
    QCOMPARE(after.value(QLatin1String("flowLogs")).toInt(), flowLogsBefore - 3);
    QCOMPARE(after.value(QLatin1String("deleted")).toInt(), 3);
}

void TestLifecycleConsole::editJudgesWithTheRuleTable()
{
    auto window = m_console.makeWindow({Service::Vpc, Service::Er});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    const QStringList chosen = pick(*window->tableModel(), FlowLogPhase::Active, 2, {Service::Vpc, Service::Er});
    QCOMPARE(chosen.size(), 2);
    select(*window, chosen);
    // From the row menu (the Menu key), which lists the four after its own entries.
    QList<QAction *> listed;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [&, poll] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *menu = qobject_cast<QMenu *>(w);
            if (menu && menu->isVisible() && menu->objectName() == QLatin1String("rowMenu")) {
                poll->stop();
                poll->deleteLater();
                listed = menu->actions();
                menu->setActiveAction(window->lifecycle()->action(LifecycleAction::Modify));
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
    });
    poll->start();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1),
                            view(*window)->viewport()->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(view(*window)->viewport(), &event);
    for (QAction *a : window->lifecycle()->actions())
        QVERIFY2(listed.contains(a), qPrintable(a->text()));
    QTRY_VERIFY(window->lifecycle()->preview());
    LifecyclePreviewDialog *preview = window->lifecycle()->preview();
    QCOMPARE(preview->action(), LifecycleAction::Modify);
    QVERIFY(!preview->confirmButton()->isEnabled()); // nothing ticked yet
    auto *name = preview->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *errors = preview->findChild<QLabel *>(QStringLiteral("errorsLabel"));
    // The create rules: a name of 200 characters is refused, with the rule table's message for each service.
    QTest::keyClicks(name, QString(200, QLatin1Char('n')));
    QVERIFY(!preview->confirmButton()->isEnabled());
    QVERIFY(errors->isVisible());
    const QList<Violation> vpc = validateChange(Service::Vpc, {QString(200, QLatin1Char('n')), {}, 0});
    QVERIFY(!vpc.isEmpty());
    QVERIFY2(errors->text().contains(vpc.first().message), qPrintable(errors->text()));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("renamed-by-test"));
    QVERIFY(preview->confirmButton()->isEnabled());
    QVERIFY(errors->isHidden());
    // The interval is read-only on ER: ticking it marks the ER row and leaves the VPC one.
    preview->findChild<QCheckBox *>(QStringLiteral("intervalCheck"))->setChecked(true);
    int excluded = 0;
    for (const LifecyclePlanRow &r : preview->rows()) {
        if (r.flowLog.service == Service::Er) {
            QCOMPARE(r.verdict, LifecyclePlanRow::Verdict::Excluded);
            ++excluded;
        }
    }
    QCOMPARE(excluded, 1);
    QCOMPARE(preview->sentCount(), 1);
    shoot(preview, QStringLiteral("preview-edit"));
    preview->reject();
}

void TestLifecycleConsole::failureShowsTheProvidersCode()
{
    auto window = m_console.makeWindow({Service::Vpc, Service::Cen});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    const QStringList vpc = pick(*window->tableModel(), FlowLogPhase::Active, 1, {Service::Vpc});
    const QStringList cen = pick(*window->tableModel(), FlowLogPhase::Active, 1, {Service::Cen});
    QCOMPARE(vpc.size() + cen.size(), 2);
    const FlowLog gone = *row(*window, vpc.first());
    const QString cenId = row(*window, cen.first())->id;

    // Someone else deletes the VPC flow log; the console's table still shows it.
    LifecycleRunner elsewhere(m_console.profiles.get(), m_console.credentials.get(),
                              [this](const Profile &) { return m_console.nam.get(); });
    QSignalSpy elsewhereDone(&elsewhere, &LifecycleRunner::finished);
    const std::optional<SourceSpec> source =
        LifecycleRunner::sourceFor(*m_console.profiles, window->inventory(),
                                   window->tableModel()->sourceOf(window->tableModel()->rowOfKey(vpc.first())));
    QVERIFY(source);
    elsewhere.start({{*source, gone}}, LifecycleAction::Delete);
    QVERIFY(elsewhereDone.wait(10000));
    QCOMPARE(elsewhere.outcomes().first().state, LifecycleRowOutcome::State::Done);

    // Deactivate both from the details pane's button.
    select(*window, vpc + cen);
    QToolButton *fromDetails = nullptr;
    for (QToolButton *b : window->detailsPane()->findChildren<QToolButton *>()) {
        if (b->defaultAction() == window->lifecycle()->action(LifecycleAction::Deactivate))
            fromDetails = b;
    }
    QVERIFY(fromDetails);
    QTest::mouseClick(fromDetails, Qt::LeftButton);
    QVERIFY(window->lifecycle()->preview());
    QTest::mouseClick(window->lifecycle()->preview()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(window->lifecycle()->progress());
    LifecycleProgressDialog *progress = window->lifecycle()->progress();
    QTRY_VERIFY_WITH_TIMEOUT(!window->lifecycle()->runner()->isRunning(), 15000);
    // The failure, whole and selectable, under the list.
    auto *details = progress->findChild<QLabel *>(QStringLiteral("failureDetails"));
    QTRY_VERIFY(details->isVisible());
    QVERIFY2(details->text().contains(QStringLiteral("InvalidInstanceId.NotFound")), qPrintable(details->text()));
    shoot(progress, QStringLiteral("progress-failure"));

    using P = LifecycleProgressDialog;
    QCOMPARE(progress->cellText(gone.id, P::OutcomeColumn), QStringLiteral("Failed"));
    QCOMPARE(progress->cellText(gone.id, P::CodeColumn), QStringLiteral("InvalidInstanceId.NotFound"));
    QVERIFY(!progress->cellText(gone.id, P::MessageColumn).isEmpty());
    QVERIFY(!progress->cellText(gone.id, P::RequestIdColumn).isEmpty());
    QCOMPARE(progress->cellText(cenId, P::OutcomeColumn), QStringLiteral("Done: Inactive"));
    auto *summary = progress->findChild<QLabel *>(QStringLiteral("progressSummary"));
    QCOMPARE(summary->text(), QStringLiteral("Finished: 1 done, 1 failed, 0 skipped."));
}

QTEST_MAIN(TestLifecycleConsole)
#include "tst_lifecycleconsole.moc"
