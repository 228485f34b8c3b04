// Issue 19, "four rounds where three suffice": an Inventory sweep of the benchmark's 6-account scenario (24 sources,
// 44 list requests after 14 of discovery; 16 in flight, 4 per account) against a sandbox answering after a fixed
// latency takes the minimum number of rounds. Rounds come from the gate's trace (each request's queue, grant and
// release in event order, not wall-clock time): a request's round is the longest chain of requests each sent after the
// previous one's answer. Before the fix, follow-ups were queued after the parse and the first wave was granted by
// arrival: 4 rounds in most runs.
#include "sandboxfixture.h"
#include "sanitizers.h"
#include "sweeprunner.h"

#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {
constexpr int kLatencyMs = test::kUnderAsan ? 2000 : 500;
} // namespace

class TestSweepRounds final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    int m_flowLogs = 0;

    // slack: rounds allowed above the minimum.
    void check(const InventorySettings &settings, int expectedMinimum, int slack)
    {
        const SweepOutcome outcome = runSweep(m_sandbox, settings, 60000);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.failedSources().isEmpty(), qPrintable(outcome.failedSources().join(u' ')));
        QCOMPARE(outcome.tableRows, m_flowLogs);
        QCOMPARE(outcome.rounds.requests, outcome.requests);
        QVERIFY2(outcome.rounds.minimum >= expectedMinimum, qPrintable(QString::number(outcome.rounds.minimum)));
        QString perRound;
        for (const int n : outcome.rounds.perRound)
            perRound += QString::number(n) + u' ';
        QVERIFY2(outcome.rounds.rounds <= outcome.rounds.minimum + slack,
                 qPrintable(QStringLiteral("%1 rounds (requests per round: %2), minimum %3")
                                .arg(outcome.rounds.rounds)
                                .arg(perRound)
                                .arg(outcome.rounds.minimum)));
        QVERIFY(outcome.peakInFlight <= settings.maxConcurrent);
        QVERIFY(outcome.peakInFlightPerAccount <= settings.maxPerProfile);
    }

private slots:
    void initTestCase()
    {
        // The latency only needs to exceed the client's longest work between an answer and the requests it leads
        // to, so a loaded machine cannot reorder a round's events; the rounds themselves come from the trace's order.
        // 150 ms was not enough under ASan on two loaded cores (starting the 24 sources after discovery took longer
        // and split a round: 4 rounds, 10 24 20 4); 500 ms keeps the property and the test under 10 s. Under the
        // sanitizers 500 ms was still not enough on CI's two cores (10 24 22 2): handling 24 answers in an ASan
        // client while an ASan sandbox serves the next wave takes longer, so the sanitizer build waits 2 s a round.
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--latency-ms"),
                                  QString::number(kLatencyMs), QStringLiteral("--flowlogs"), QStringLiteral("60")},
                                 &error),
                 qPrintable(error));
        m_flowLogs = m_sandbox.stats().value(QLatin1String("flowLogs")).toInt();
        QVERIFY(m_flowLogs > 0);
    }

    void sixAccountsAtSixteenAndFourTakeAtMostOneRoundAboveTheMinimum()
    {
        InventorySettings settings;
        settings.maxConcurrent = 16;
        settings.maxPerProfile = 4;
        // Each Alibaba account: 4 PageNumber sources of 2 pages and an ECR chain of 2 pages, 10 requests at 4 a
        // round: 3 rounds at least, after its discovery (58 requests at 16: 4). Four needs every round after
        // discovery full (48 list requests in 3 x 16 slots) with the Huawei pages placed where the Alibaba
        // accounts leave room; the gate's greedy order (rank, then round robin) does not plan that far and takes
        // 5 (the schedule before issue 19 took 5-6). Planning by the rounds each account still needs is the next
        // step (docs/benchmarks.md).
        check(settings, 4, 1);
    }

    void theDefaultLimitsTakeTheMinimum()
    {
        check(InventorySettings{}, 2, 0); // discovery, then page 1, then page 2 at least
    }
};

QTEST_GUILESS_MAIN(TestSweepRounds)
#include "tst_sweeprounds.moc"
