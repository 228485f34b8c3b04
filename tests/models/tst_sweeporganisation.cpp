// Issue 19: an organisation's identity calls (STS AssumeRole into each Resource Directory member, the Huawei agency
// call into each Organizations member, signed with the management account's key) wait in the sweep's gate and count
// against the management account's limit, where the sandbox counts them (/__sandbox/stats maxInFlightPerAccount:
// the account whose credentials sign a request). Two organisations of 9 members each, 3 requests per account: the
// sandbox never sees more than 3 in flight for one account, every row arrives, and the trace has one identity call
// per member charged to its management account. The same sweep with the identity calls outside the gate (as before)
// breaches the limit: the check can fail.
#include "sandboxfixture.h"
#include "sanitizers.h"
#include "sweeprunner.h"

#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {
constexpr int kMembers = 9;    // per organisation
constexpr int kPerAccount = 3; // requests in flight per account
constexpr int kLatencyMs = kUnderAsan ? 1000 : 300;
} // namespace

class TestSweepOrganisation final : public QObject
{
    Q_OBJECT

private:
    [[nodiscard]] SweepOutcome sweep(bool identityOutsideGate)
    {
        InventorySettings settings;
        settings.maxConcurrent = 64;
        settings.maxPerProfile = kPerAccount;
        settings.identityOutsideGate = identityOutsideGate;
        m_sandbox.resetStats();
        return runSweep(m_sandbox, settings, 60000);
    }

    SandboxFixture m_sandbox;
    int m_flowLogs = 0;

private slots:
    void initTestCase()
    {
        // The latency only has to keep a round's requests in flight together (requests sent in one event-loop
        // turn overlap at the sandbox); every assertion is on counts, none on time.
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--org-members"),
                                  QString::number(kMembers), QStringLiteral("--latency-ms"),
                                  QString::number(kLatencyMs), QStringLiteral("--flowlogs"), QStringLiteral("2")},
                                 &error),
                 qPrintable(error));
        m_flowLogs = m_sandbox.stats().value(QLatin1String("flowLogs")).toInt();
        QVERIFY(m_flowLogs > 0);
        int organisations = 0;
        for (const Profile &p : m_sandbox.profiles())
            organisations += p.organization ? 1 : 0;
        QCOMPARE(organisations, 2); // one Alibaba, one Huawei
    }

    void identityCallsCountAgainstTheManagementAccountsLimit()
    {
        const SweepOutcome outcome = sweep(false);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.failedSources().isEmpty(), qPrintable(outcome.failedSources().join(u' ')));
        QCOMPARE(outcome.tableRows, m_flowLogs);
        int members = 0;
        for (const DiscoveredAccount &a : outcome.accounts) {
            if (!a.accountId.isEmpty()) {
                ++members;
                QVERIFY2(a.reachable && a.failures.isEmpty(), qPrintable(a.label()));
            }
        }
        QCOMPARE(members, 2 * kMembers);

        // One identity call per member in the gate's trace, charged to its management profile, unlocking the member.
        QHash<QString, int> identityCalls; // charged group -> calls
        QSet<QString> unlocked;
        for (const TracedRequest &r : outcome.trace) {
            if (r.unlocks.isEmpty())
                continue;
            QVERIFY(r.grantedSeq >= 0);
            QVERIFY2(r.unlocks.startsWith(r.group + u'~'), qPrintable(r.group + u' ' + r.unlocks));
            ++identityCalls[r.group];
            unlocked.insert(r.unlocks);
        }
        QCOMPARE(identityCalls.size(), 2);
        for (const int calls : std::as_const(identityCalls))
            QCOMPARE(calls, kMembers);
        QCOMPARE(unlocked.size(), 2 * kMembers);
        QCOMPARE(outcome.rounds.requests, outcome.requests); // identity calls are counted as the sweep's requests

        // The provider's view: never more than the limit in flight for one account, identity calls included.
        const QJsonObject stats = m_sandbox.stats();
        const int perAccount = stats.value(QLatin1String("maxInFlightPerAccount")).toInt();
        QVERIFY2(perAccount <= kPerAccount,
                 qPrintable(QStringLiteral("%1 in flight for %2")
                                .arg(perAccount)
                                .arg(stats.value(QLatin1String("maxInFlightAccount")).toString())));
        QVERIFY(perAccount > 0);
        QVERIFY(outcome.peakInFlightPerAccount <= kPerAccount);
    }

    void identityCallsOutsideTheGateBreachTheLimit()
    {
        // The control: 9 assume calls sent at once with the management key while its discovery holds slots.
        const SweepOutcome outcome = sweep(true);
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.tableRows, m_flowLogs);
        const int perAccount = m_sandbox.stats().value(QLatin1String("maxInFlightPerAccount")).toInt();
        QVERIFY2(perAccount > kPerAccount, qPrintable(QString::number(perAccount)));
    }
};

QTEST_GUILESS_MAIN(TestSweepOrganisation)
#include "tst_sweeporganisation.moc"
