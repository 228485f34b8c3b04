// Throttling, 5xx, dropped connections and stalls cost time, never rows: a whole Inventory sweep over every
// service of a faulty sandbox yields exactly the rows of a clean sweep of the same seed.
#include "faultsupport.h"
#include "sandboxfixture.h"
#include "sandboxsettle.h"

#include <QJsonObject>
#include <QTest>

using namespace flowlog;

namespace {

const QStringList kData = {QStringLiteral("--seed"), QStringLiteral("7"),          QStringLiteral("--accounts"),
                           QStringLiteral("3"),      QStringLiteral("--flowlogs"), QStringLiteral("150")};

} // namespace

class TestFaultRates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRowArrivesDespiteTransientFaults_data();
    void everyRowArrivesDespiteTransientFaults();

private:
    test::SweepOutcome m_reference;
};

void TestFaultRates::initTestCase()
{
    test::SandboxFixture clean;
    QString error;
    QVERIFY2(clean.start(kData, &error), qPrintable(error));
    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    // Both sandboxes are compared once their seeded transitional flow logs settled (--transition-ms after start).
    QVERIFY(test::waitUntilSettled(clean));
    m_reference = test::runSweep(clean, settings);
    QVERIFY(m_reference.finished);
    QVERIFY2(m_reference.failedSources().isEmpty(), qPrintable(m_reference.failedSources().join(u' ')));
    QVERIFY(m_reference.rows.size() > 100);
    QCOMPARE(m_reference.tableRows, m_reference.rows.size());
    QSet<Service> services;
    for (const SourceSpec &s : std::as_const(m_reference.specs))
        services.insert(s.service);
    QCOMPARE(services.size(), 4); // VPC, CEN, ECR and ER are all in the sweep
}

void TestFaultRates::everyRowArrivesDespiteTransientFaults_data()
{
    QTest::addColumn<QStringList>("faultArgs");
    QTest::addColumn<int>("requestTimeoutMs");
    QTest::newRow("20% throttling + 10% 5xx") << QStringList{QStringLiteral("--throttle-rate"), QStringLiteral("0.2"),
                                                             QStringLiteral("--error-rate"), QStringLiteral("0.1")}
                                              << 5000;
    QTest::newRow("20% reset") << QStringList{QStringLiteral("--fault"), QStringLiteral("reset:0.2")} << 5000;
    // The sandbox stalls 60 s; the per-attempt timeout turns that into a transient retry.
    QTest::newRow("10% slow") << QStringList{QStringLiteral("--fault"), QStringLiteral("slow:0.1")} << 700;
}

void TestFaultRates::everyRowArrivesDespiteTransientFaults()
{
    QFETCH(QStringList, faultArgs);
    QFETCH(int, requestTimeoutMs);
    test::SandboxFixture faulty;
    QString error;
    QVERIFY2(faulty.start(kData + faultArgs, &error), qPrintable(error));

    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    settings.retry.requestTimeoutMs = requestTimeoutMs;
    // Three transient retries leave a (0.1/0.8)^4 chance per request to give up, which a sweep of a few hundred
    // requests would hit now and then; the property under test is "no row lost or duplicated", not the count.
    settings.retry.maxTransientRetries = 8;
    QVERIFY(test::waitUntilSettled(faulty));
    const test::SweepOutcome outcome = test::runSweep(faulty, settings);

    QVERIFY(outcome.finished);
    QVERIFY2(outcome.failedSources().isEmpty(), qPrintable(outcome.failedSources().join(u' ')));
    QCOMPARE(outcome.sources.size(), m_reference.sources.size());
    QCOMPARE(outcome.tableRows, outcome.rows.size());                           // no duplicate rows
    QCOMPARE(test::rowsByIdentity(outcome), test::rowsByIdentity(m_reference)); // same rows, same content
    // The faults really happened (a dropped keep-alive connection may be re-sent by Qt itself, so the sandbox's
    // own count is the evidence, not the client's request count).
    const QJsonObject faults = faulty.stats().value(QLatin1String("faults")).toObject();
    QVERIFY2(!faults.isEmpty(), "no fault was injected: the row proves nothing");
    if (faults.contains(QLatin1String("throttle")))
        QVERIFY2(outcome.requests > m_reference.requests, // throttled answers are retried by the executor
                 qPrintable(
                     QStringLiteral("%1 requests, %2 without faults").arg(outcome.requests).arg(m_reference.requests)));
}

QTEST_GUILESS_MAIN(TestFaultRates)
#include "tst_fault_rates.moc"
