// The lifecycle's fault matrix (issue 17): each fault kind the sandbox has (--fault KIND) applied, at a rate, to
// activate, deactivate, modify and delete runs over flow logs of all four services at once (LifecycleRunner, as the
// console and the CLI use it). Afterwards, read without faults: every flow log reported done shows the change, every
// one reported failed before any call was accepted (and with no answer lost) shows none, the sandbox's `deleted` is
// exactly the flow logs gone, and every flow log not chosen is untouched.
#include "flowlogstatus.h"
#include "lifecyclerunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "sandboxsettle.h"
#include "sweeprunner.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <array>
#include <optional>

using namespace flowlog;

namespace {

constexpr int kTimeoutMs = 60000;

// One run of an action over its targets, with what each target must show afterwards.
struct Run
{
    LifecycleAction action = LifecycleAction::Activate;
    FlowLogChange change;
    QList<LifecycleTarget> targets;
    std::unique_ptr<LifecycleRunner> runner;
};

// Whether after (nullptr: gone) shows what action asked for.
bool shows(const Run &run, const FlowLog *after)
{
    switch (run.action) {
    case LifecycleAction::Activate:
        return after && phaseOf(*after) == FlowLogPhase::Active;
    case LifecycleAction::Deactivate:
        return after && phaseOf(*after) == FlowLogPhase::Inactive;
    case LifecycleAction::Modify:
        return after && run.change.heldBy(*after);
    case LifecycleAction::Delete:
        return after == nullptr;
    }
    return false;
}

} // namespace

class TestFaultLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lifecycleUnderFault_data();
    void lifecycleUnderFault();

private:
    [[nodiscard]] test::SweepOutcome sweep();
    // Up to one target per service whose phase is wanted (any settled phase when wanted is Changing), not taken yet.
    QList<LifecycleTarget> choose(const test::SweepOutcome &now, std::optional<FlowLogPhase> wanted,
                                  QSet<QString> &taken);

    test::SandboxFixture m_sandbox;
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    QObject m_nams;
};

void TestFaultLifecycle::initTestCase()
{
    QString error;
    // Changes settle after 50 ms; the seed fixes which requests the dice fault.
    QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--accounts"),
                              QStringLiteral("3"), QStringLiteral("--flowlogs"), QStringLiteral("10"),
                              QStringLiteral("--transition-ms"), QStringLiteral("50")},
                             &error),
             qPrintable(error));
    QVERIFY(test::waitUntilSettled(m_sandbox));
    for (const Profile &p : m_sandbox.profiles())
        m_credentials.writeSecret(p.id, m_sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    m_profiles.replaceAll(m_sandbox.profiles());
    QTRY_VERIFY(!m_profiles.profiles().isEmpty());
}

test::SweepOutcome TestFaultLifecycle::sweep()
{
    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    return test::runSweep(m_sandbox, settings);
}

QList<LifecycleTarget> TestFaultLifecycle::choose(const test::SweepOutcome &now, std::optional<FlowLogPhase> wanted,
                                                  QSet<QString> &taken)
{
    QList<LifecycleTarget> out;
    QSet<Service> services;
    for (auto it = now.rows.cbegin(); it != now.rows.cend(); ++it) {
        const FlowLog &f = it.value();
        const FlowLogPhase phase = phaseOf(f);
        const bool settled = phase == FlowLogPhase::Active || phase == FlowLogPhase::Inactive;
        if (services.contains(f.service) || taken.contains(it.key()) || !settled || (wanted && phase != *wanted))
            continue;
        const std::optional<SourceSpec> source =
            LifecycleRunner::sourceFor(m_profiles, now.sourceOfRow.value(it.key()));
        if (!source)
            continue;
        services.insert(f.service);
        taken.insert(it.key());
        out.append({*source, f});
    }
    return out;
}

void TestFaultLifecycle::lifecycleUnderFault_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("rate");
    // Every kind of `flowlog-sandbox --fault` (docs/sandbox.md); slow answers after 60 s, so it is rarer and the
    // client's timeout short.
    for (const char *kind :
         {"throttle", "error5xx", "reset", "reset-after-commit", "truncate", "html", "type-drift", "token-loop"})
        QTest::newRow(kind) << QString::fromLatin1(kind) << 0.35;
    QTest::newRow("slow") << QStringLiteral("slow") << 0.15;
}

void TestFaultLifecycle::lifecycleUnderFault()
{
    QFETCH(QString, kind);
    QFETCH(double, rate);
    const test::SweepOutcome before = sweep();
    QVERIFY(before.finished && before.failedSources().isEmpty());

    QSet<QString> taken;
    std::array<Run, 4> runs;
    runs[0].action = LifecycleAction::Activate;
    runs[0].targets = choose(before, FlowLogPhase::Inactive, taken);
    runs[1].action = LifecycleAction::Deactivate;
    runs[1].targets = choose(before, FlowLogPhase::Active, taken);
    runs[2].action = LifecycleAction::Modify;
    runs[2].change.name = QStringLiteral("fm-%1").arg(kind);
    runs[2].targets = choose(before, FlowLogPhase::Active, taken);
    runs[3].action = LifecycleAction::Delete;
    runs[3].targets = choose(before, std::nullopt, taken);
    for (const Run &run : runs)
        QVERIFY2(run.targets.size() >= 3, qPrintable(QString(actionKey(run.action))));
    QCOMPARE(runs[3].targets.size(), 4); // every service deletes

    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    settings.retry.requestTimeoutMs = 1500; // a slow answer is a lost one after 1.5 s
    settings.retry.attemptDeadlineMs = 1500;
    LifecycleJob::Limits limits;
    limits.firstPollMs = 30;
    limits.maxPollMs = 200;
    limits.settleTimeoutMs = 30000;

    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(kind, rate));
    const Inventory::NamProvider nams = test::namPerProfile(&m_nams);
    for (Run &run : runs) {
        run.runner = std::make_unique<LifecycleRunner>(&m_profiles, &m_credentials, nams);
        run.runner->setSettings(settings);
        run.runner->setLimits(limits);
        run.runner->start(run.targets, run.action, run.change);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::none_of(runs.cbegin(), runs.cend(), [](const Run &r) { return r.runner->isRunning(); }), kTimeoutMs);
    const QJsonObject faulted = m_sandbox.stats();
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY2(faulted.value(QLatin1String("faults")).toObject().value(kind).toInt() > 0,
             "the fault never hit a request: the row proves nothing");

    QVERIFY(test::waitUntilSettled(m_sandbox));
    const test::SweepOutcome after = sweep();
    QVERIFY(after.finished && after.failedSources().isEmpty());
    int done = 0;
    int gone = 0;
    for (const Run &run : runs) {
        const QList<LifecycleRowOutcome> &outcomes = run.runner->outcomes();
        QCOMPARE(outcomes.size(), run.targets.size());
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const FlowLog &was = run.targets.at(i).flowLog;
            const auto found = after.rows.constFind(was.key());
            const FlowLog *now = found == after.rows.cend() ? nullptr : &found.value();
            const LifecycleRowOutcome &o = outcomes.at(i);
            const QString what =
                QStringLiteral("%1 %2 %3: %4")
                    .arg(actionKey(run.action), serviceKey(was.service), was.id, o.outcome.error.toDisplayString());
            gone += now ? 0 : 1;
            QVERIFY2(o.state == LifecycleRowOutcome::State::Done || o.state == LifecycleRowOutcome::State::Failed,
                     qPrintable(what));
            if (o.state == LifecycleRowOutcome::State::Done) {
                ++done;
                QVERIFY2(shows(run, now), qPrintable(QStringLiteral("reported done, not so: ") + what));
            } else if (!o.outcome.error.maybeCommitted && o.outcome.requestId.isEmpty()) {
                // Failed with no call accepted and no answer lost: nothing may have changed. (A call the provider
                // accepted whose result could not be read, e.g. every read type-drifted, fails saying so.)
                QVERIFY2(!shows(run, now), qPrintable(QStringLiteral("reported failed, yet done: ") + what));
            }
            if (run.action != LifecycleAction::Delete)
                QVERIFY2(now, qPrintable(QStringLiteral("gone: ") + what));
        }
    }
    // Retried calls settle what they started: most of the sixteen get done despite the fault.
    QVERIFY2(done >= 10, qPrintable(QStringLiteral("only %1 done").arg(done)));
    // Nothing deleted twice or by mistake, and every flow log not chosen is untouched.
    QCOMPARE(m_sandbox.stats().value(QLatin1String("deleted")).toInt(), gone);
    QCOMPARE(after.rows.size(), before.rows.size() - gone);
    for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it) {
        if (taken.contains(it.key()))
            continue;
        const FlowLog now = after.rows.value(it.key());
        QVERIFY2(now.id == it.value().id && now.status == it.value().status &&
                     isEnabled(now) == isEnabled(it.value()) && now.name == it.value().name,
                 qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestFaultLifecycle)
#include "tst_fault_lifecycle.moc"
