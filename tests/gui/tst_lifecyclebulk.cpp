// Issue 17's first done-when, on the real MainWindow against the real sandbox: thirty flow logs spread over six
// accounts and all four services, selected in the table, deactivated through the preview; afterwards exactly those
// thirty are Inactive in the console's table (updated in place, no refresh) and in the sandbox (a separate sweep),
// every other flow log as it was; activating the same thirty again restores every one of them.
#include "consolefixture.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "flowlogview.h"
#include "lifecycleactions.h"
#include "lifecyclepreviewdialog.h"
#include "lifecyclerunner.h"
#include "mainwindow.h"
#include "sandboxsettle.h"
#include "sweeprunner.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

const QSet<Service> allFour{Service::Vpc, Service::Cen, Service::Ecr, Service::Er};
constexpr int kChosen = 30;

// "" when equal, else the keys whose phases differ (for the failure message).
QString differences(const QMap<QString, FlowLogPhase> &actual, const QMap<QString, FlowLogPhase> &expected)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()) || actual.value(it.key()) != it.value())
            out << QStringLiteral("%1: %2 not %3")
                       .arg(it.key())
                       .arg(actual.contains(it.key()) ? static_cast<int>(actual.value(it.key())) : -1)
                       .arg(static_cast<int>(it.value()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            out << it.key() + QStringLiteral(": unexpected");
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestLifecycleBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void thirtyOverSixAccountsDeactivateAndActivateAgain();

private:
    // Runs action on the rows of keys from the toolbar action and the preview's confirm button; true when it ended.
    bool runOn(MainWindow &window, const QStringList &keys, LifecycleAction action);
    // Every flow log in the sandbox now, by key, from a sweep of its own (not the console's table).
    QMap<QString, FlowLogPhase> sandboxPhases();
    static QMap<QString, FlowLogPhase> tablePhases(const FlowLogTableModel &table);

    test::ConsoleFixture m_console;
};

void TestLifecycleBulk::initTestCase()
{
    QString error;
    // Four Alibaba Cloud and two Huawei Cloud accounts; a change settles after 300 ms.
    QVERIFY2(m_console.start({QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--flowlogs"),
                              QStringLiteral("3"), QStringLiteral("--transition-ms"), QStringLiteral("300")},
                             &error),
             qPrintable(error));
    QVERIFY(test::waitUntilSettled(m_console.sandbox));
    m_console.aliyun = m_console.sandbox.profiles(); // every account, Huawei's too
}

void TestLifecycleBulk::init()
{
    m_console.init(this);
}

void TestLifecycleBulk::cleanup()
{
    m_console.cleanup();
}

QMap<QString, FlowLogPhase> TestLifecycleBulk::tablePhases(const FlowLogTableModel &table)
{
    QMap<QString, FlowLogPhase> out;
    for (int r = 0; r < table.rowCount(); ++r)
        out.insert(table.at(r).key(), phaseOf(table.at(r)));
    return out;
}

QMap<QString, FlowLogPhase> TestLifecycleBulk::sandboxPhases()
{
    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    const test::SweepOutcome swept = test::runSweep(m_console.sandbox, settings);
    QMap<QString, FlowLogPhase> out;
    if (!swept.finished || !swept.failedSources().isEmpty())
        return out;
    for (auto it = swept.rows.cbegin(); it != swept.rows.cend(); ++it)
        out.insert(it.key(), phaseOf(it.value()));
    return out;
}

bool TestLifecycleBulk::runOn(MainWindow &window, const QStringList &keys, LifecycleAction action)
{
    auto *view = window.findChild<FlowLogView *>();
    FlowLogTableModel *table = window.tableModel();
    view->clearSelection();
    for (const QString &key : keys) {
        const QModelIndex index = window.proxyModel()->mapFromSource(table->index(table->rowOfKey(key), 0));
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (view->selectedTableRows().size() != keys.size())
        return false;
    // The previous run's preview goes away once the event loop deletes it; a new one opens only then.
    if (!QTest::qWaitFor([&window] { return window.lifecycle()->preview() == nullptr; }, 5000))
        return false;
    window.lifecycle()->action(action)->trigger();
    LifecyclePreviewDialog *preview = window.lifecycle()->preview();
    if (!preview || preview->action() != action || !preview->confirmButton()->isEnabled() ||
        preview->sentCount() != keys.size())
        return false;
    QSignalSpy finished(window.lifecycle()->runner(), &LifecycleRunner::finished);
    QTest::mouseClick(preview->confirmButton(), Qt::LeftButton);
    return (!finished.isEmpty() || finished.wait(30000)) && !window.lifecycle()->runner()->isRunning();
}

void TestLifecycleBulk::thirtyOverSixAccountsDeactivateAndActivateAgain()
{
    auto window = m_console.makeWindow(allFour);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(test::ConsoleFixture::sweep(*window));
    FlowLogTableModel *table = window->tableModel();
    const QMap<QString, FlowLogPhase> before = tablePhases(*table);
    QVERIFY2(differences(sandboxPhases(), before).isEmpty(), qPrintable(differences(sandboxPhases(), before)));

    // Thirty Active ones, round robin over (account, service) so every account and every service is among them.
    QMap<QPair<QString, int>, QStringList> byGroup;
    for (int r = 0; r < table->rowCount(); ++r) {
        const FlowLog &f = table->at(r);
        if (phaseOf(f) == FlowLogPhase::Active)
            byGroup[{f.account, static_cast<int>(f.service)}] << f.key();
    }
    QStringList chosen;
    for (int round = 0; chosen.size() < kChosen && round < 50; ++round) {
        for (auto it = byGroup.cbegin(); it != byGroup.cend() && chosen.size() < kChosen; ++it) {
            if (round < it.value().size())
                chosen << it.value().at(round);
        }
    }
    QCOMPARE(chosen.size(), kChosen);
    QSet<QString> accounts;
    QSet<Service> services;
    for (const QString &key : chosen) {
        accounts.insert(table->at(table->rowOfKey(key)).account);
        services.insert(table->at(table->rowOfKey(key)).service);
    }
    QCOMPARE(accounts.size(), 6);
    QCOMPARE(services.size(), 4);

    QSignalSpy refreshes(window->inventory(), &Inventory::started);
    QVERIFY(runOn(*window, chosen, LifecycleAction::Deactivate));
    for (const LifecycleRowOutcome &o : window->lifecycle()->runner()->outcomes())
        QVERIFY2(o.state == LifecycleRowOutcome::State::Done, qPrintable(o.outcome.error.toDisplayString()));
    // The table, in place: exactly the thirty changed, each Status cell saying Inactive (ER's too).
    QMap<QString, FlowLogPhase> expected = before;
    for (const QString &key : chosen) {
        expected[key] = FlowLogPhase::Inactive;
        const QString cell = table->index(table->rowOfKey(key), FlowLogTableModel::Status).data().toString();
        QVERIFY2(cell.startsWith(QStringLiteral("Inactive")), qPrintable(key + QStringLiteral(": ") + cell));
    }
    QVERIFY2(differences(tablePhases(*table), expected).isEmpty(),
             qPrintable(differences(tablePhases(*table), expected)));
    QCOMPARE(refreshes.count(), 0);
    // The sandbox, read by a sweep of its own: the same.
    QVERIFY2(differences(sandboxPhases(), expected).isEmpty(), qPrintable(differences(sandboxPhases(), expected)));

    // Activating the same thirty restores every flow log as it was.
    QVERIFY(runOn(*window, chosen, LifecycleAction::Activate));
    for (const LifecycleRowOutcome &o : window->lifecycle()->runner()->outcomes())
        QVERIFY2(o.state == LifecycleRowOutcome::State::Done, qPrintable(o.outcome.error.toDisplayString()));
    QVERIFY2(differences(tablePhases(*table), before).isEmpty(), qPrintable(differences(tablePhases(*table), before)));
    QCOMPARE(refreshes.count(), 0);
    QVERIFY2(differences(sandboxPhases(), before).isEmpty(), qPrintable(differences(sandboxPhases(), before)));
}

QTEST_MAIN(TestLifecycleBulk)
#include "tst_lifecyclebulk.moc"
