// Issue 19 goal 2: adaptive per-account limits (AIMD). The sandbox throttles any request that would make one account
// have more than kAccountLimit requests being served (--account-limit, the provider's answer with its retry hint);
// the client allows kPerAccount. The same sweep with the fixed limit and with the adaptive one: every row arrives
// and no source fails in either, the adaptive sweep draws fewer throttled answers (the sandbox's own count,
// /__sandbox/stats "throttled"), and the gate's trace shows each account's limit halving from kPerAccount.
#include "sandboxfixture.h"
#include "sanitizers.h"
#include "sweeprunner.h"

#include <QTest>

#include <algorithm>

using namespace flowlog;
using namespace flowlog::test;

namespace {
constexpr int kAccountLimit = 2; // the sandbox's, per account
constexpr int kPerAccount = 8;   // the client's configured limit
// The latency only has to keep a round's requests of one account in flight together at the sandbox (requests sent
// in one event-loop turn overlap there); every assertion is on counts, none on time.
constexpr int kLatencyMs = kUnderAsan ? 700 : 300;
} // namespace

class TestSweepAimd final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        SweepOutcome outcome;
        int throttled = 0; // the sandbox's count of throttled answers
    };

    [[nodiscard]] Run sweep(bool adaptive)
    {
        InventorySettings settings;
        settings.maxConcurrent = 64;
        settings.maxPerProfile = kPerAccount;
        settings.adaptiveLimits = adaptive;
        settings.retry = fastRetryPolicy();
        // The hints (200-1000 ms, Huawei 1 s) set the pace, not the backoff; with the fixed limit a request may
        // be throttled many times over, and must not run out of budget before its turn comes.
        settings.retry.throttleBudgetMs = 300000;
        // Key-only profiles: discovery finds every region and instance (--regions-spread), so each account has
        // dozens of sources whose first requests want a slot at once.
        QList<Profile> profiles;
        QHash<QString, QString> secrets;
        for (const Profile &p : m_sandbox.profiles()) {
            profiles.append(SandboxFixture::keyOnly(p));
            secrets.insert(p.id, m_sandbox.secret(p.id));
        }
        m_sandbox.resetStats();
        Run run;
        run.outcome = runSweep(profiles, secrets, settings, 300000);
        run.throttled = m_sandbox.stats().value(QLatin1String("throttled")).toInt();
        return run;
    }

    void verifyComplete(const Run &run)
    {
        QVERIFY(run.outcome.finished);
        QVERIFY2(run.outcome.failedSources().isEmpty(), qPrintable(run.outcome.failedSources().join(u' ')));
        QCOMPARE(run.outcome.tableRows, m_flowLogs);
        for (const DiscoveredAccount &a : run.outcome.accounts)
            QVERIFY2(a.reachable && a.failures.isEmpty(), qPrintable(a.label()));
    }

    SandboxFixture m_sandbox;
    int m_flowLogs = 0;
    Run m_fixed;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--account-limit"),
                                  QString::number(kAccountLimit), QStringLiteral("--latency-ms"),
                                  QString::number(kLatencyMs), QStringLiteral("--flowlogs"), QStringLiteral("2"),
                                  QStringLiteral("--regions-spread")},
                                 &error),
                 qPrintable(error));
        m_flowLogs = m_sandbox.stats().value(QLatin1String("flowLogs")).toInt();
        QVERIFY(m_flowLogs > 0);
    }

    // Two functions, each well inside QTest's per-function timeout under ASan; the second compares with the first.
    void fixedLimitIsThrottledAndNeverLowered()
    {
        m_fixed = sweep(false);
        verifyComplete(m_fixed);
        // The fixed limit keeps kPerAccount in flight where the sandbox serves kAccountLimit: it is throttled (the
        // comparison below proves something) and never lowers its limit.
        QVERIFY2(m_fixed.throttled > 0, "the sandbox throttled nothing: the test proves nothing");
        QVERIFY(m_fixed.outcome.limitCuts.isEmpty());
    }

    void adaptiveLimitsHalveAndDrawFewerThrottles()
    {
        if (m_fixed.throttled <= 0) // run alone (-functions): the comparison needs the fixed-limit sweep
            m_fixed = sweep(false);
        QVERIFY2(m_fixed.throttled > 0, "the fixed-limit sweep was not throttled: nothing to compare with");
        const Run adaptive = sweep(true);
        verifyComplete(adaptive);
        if (QTest::currentTestFailed())
            return;
        qInfo("throttled answers: fixed %d, adaptive %d (requests %d / %d, walls %lld / %lld ms, %lld cuts)",
              m_fixed.throttled, adaptive.throttled, m_fixed.outcome.requests, adaptive.outcome.requests,
              static_cast<long long>(m_fixed.outcome.wallMs), static_cast<long long>(adaptive.outcome.wallMs),
              static_cast<long long>(adaptive.outcome.limitCuts.size()));
        QVERIFY2(adaptive.throttled < m_fixed.throttled,
                 qPrintable(QStringLiteral("adaptive %1, fixed %2").arg(adaptive.throttled).arg(m_fixed.throttled)));

        // Each cut halves (never below 1) and an account's first cut starts from the configured limit.
        QVERIFY(!adaptive.outcome.limitCuts.isEmpty());
        QSet<QString> cutGroups;
        for (const TracedLimitCut &cut : adaptive.outcome.limitCuts) {
            QCOMPARE(cut.to, std::max(1.0, cut.from / 2));
            if (!cutGroups.contains(cut.group))
                QCOMPARE(cut.from, double(kPerAccount));
            cutGroups.insert(cut.group);
            QVERIFY2(cut.retryAfterMs > 0, "the sandbox's throttling answers carry a retry hint");
        }
        // Down to the sandbox's limit or below at least once: what the fixed limit never learns.
        const auto lowest =
            std::min_element(adaptive.outcome.limitCuts.cbegin(), adaptive.outcome.limitCuts.cend(),
                             [](const TracedLimitCut &a, const TracedLimitCut &b) { return a.to < b.to; });
        QVERIFY2(lowest->to <= kAccountLimit, qPrintable(QString::number(lowest->to)));
    }
};

QTEST_GUILESS_MAIN(TestSweepAimd)
#include "tst_sweepaimd.moc"
