// flowlog-cli coverage (issue 18), in process against the real sandbox with 20 organisation members per
// organisation in every region: the counts are exactly the sandbox's own ("coverage" in /__sandbox/stats), one record
// per resource, exit 4 while something is uncovered; --orphans lists exactly the sandbox's orphans.
#include "coveragetestutil.h"
#include "sandboxsettle.h"

#include <QJsonArray>
#include <QTest>

using namespace flowlog;
using test::coverageCommand;
using test::coverageOf;

class TestCliCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_sandbox.start({QStringLiteral("--org-members"), QStringLiteral("20"), QStringLiteral("--regions-spread"),
                             QStringLiteral("--flowlogs"), QStringLiteral("3")},
                            &error),
            qPrintable(error));
        // The seeded Activating / modifying flow logs settle 500 ms after start: compare with the settled data.
        QVERIFY(test::waitUntilSettled(m_sandbox));
    }

    void countsAreExactlyTheSandboxsAndExitFour()
    {
        const test::InProcessRun r = test::runCoverage(this, m_sandbox, coverageCommand());
        QVERIFY2(r.code == 4, r.err.left(2000).constData());
        QVERIFY2(r.err.trimmed().isEmpty(), r.err.left(2000).constData());
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const QJsonObject summary = out.value(QLatin1String("summary")).toObject();
        const QJsonObject expected = coverageOf(m_sandbox.stats());
        QCOMPARE(summary, expected);
        QCOMPARE(out.value(QLatin1String("failures")).toInt(), 0);
        QVERIFY(expected.value(QLatin1String("uncovered")).toInt() > 0);
        QVERIFY(expected.value(QLatin1String("partial")).toInt() > 0);
        QVERIFY(expected.value(QLatin1String("orphans")).toInt() > 0);

        // One record per resource, each state as counted, members' records with their account ids.
        const QJsonArray records = out.value(QLatin1String("records")).toArray();
        QCOMPARE(records.size(), expected.value(QLatin1String("resources")).toInt());
        QHash<QString, int> byState;
        QSet<QString> accountIds;
        QSet<QString> services;
        for (const QJsonValue &v : records) {
            const QJsonObject o = v.toObject();
            ++byState[o.value(QLatin1String("state")).toString()];
            accountIds.insert(o.value(QLatin1String("accountId")).toString());
            services.insert(o.value(QLatin1String("service")).toString());
            QVERIFY(!o.value(QLatin1String("resourceId")).toString().isEmpty());
        }
        QCOMPARE(byState.value(QStringLiteral("covered")), expected.value(QLatin1String("covered")).toInt());
        QCOMPARE(byState.value(QStringLiteral("partial")), expected.value(QLatin1String("partial")).toInt());
        QCOMPARE(byState.value(QStringLiteral("uncovered")), expected.value(QLatin1String("uncovered")).toInt());
        QVERIFY(!accountIds.contains(QString()));
        QVERIFY(accountIds.size() > 40); // the members' accounts too
        QCOMPARE(services.size(), 4);
    }

    void orphansAreTheSandboxsOrphans()
    {
        cli::Command orphans = coverageCommand(QStringLiteral("csv"));
        orphans.orphans = true;
        const test::InProcessRun r = test::runCoverage(this, m_sandbox, orphans);
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.startsWith("account,accountId,provider,service,region,flowLogId"));
        QCOMPARE(r.out.count("\r\n") - 1, coverageOf(m_sandbox.stats()).value(QLatin1String("orphans")).toInt());
    }

private:
    test::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestCliCoverage)
#include "tst_cli_coverage.moc"
