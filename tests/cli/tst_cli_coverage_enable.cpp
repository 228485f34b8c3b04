// flowlog-cli coverage --uncovered-only and --enable (issue 18), in process against the real sandbox with
// organisation members: --enable --yes creates exactly the uncovered resources' flow logs (the sandbox's `created`),
// after which coverage exits 0 and a rerun creates nothing, also while requests are throttled and answers lost after
// commit; a template producing an invalid name fails in the preview for exactly the affected items, nothing sent.
#include "coveragetestutil.h"
#include "sandboxsettle.h"

#include <QJsonArray>
#include <QTest>

using namespace flowlog;
using test::coverageCommand;
using test::coverageOf;

class TestCliCoverageEnable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--org-members"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                                  QStringLiteral("3"), QStringLiteral("--transition-ms"), QStringLiteral("100")},
                                 &error),
                 qPrintable(error));
        QVERIFY(test::waitUntilSettled(m_sandbox));
    }

    void uncoveredOnlyListsTheUncovered()
    {
        cli::Command uncovered = coverageCommand(QStringLiteral("ndjson"));
        uncovered.uncoveredOnly = true;
        const test::InProcessRun r = test::runCoverage(this, m_sandbox, uncovered);
        QCOMPARE(r.code, 4);
        QCOMPARE(r.out.count('\n'), coverageOf(m_sandbox.stats()).value(QLatin1String("uncovered")).toInt());
        for (const QByteArray &line : r.out.trimmed().split('\n'))
            QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("state")).toString(),
                     QStringLiteral("uncovered"));
    }

    void anInvalidTemplateFailsInThePreviewForExactlyTheAffectedItems()
    {
        m_sandbox.resetStats();
        // Upper case is not allowed in an SLS project name: every uncovered CEN attachment's draft breaks the rule.
        const test::InProcessRun r = test::runCoverage(this, m_sandbox, enable(QStringLiteral("CEN-${region}")));
        QCOMPARE(r.code, 2);
        int cenUncovered = 0;
        const test::InProcessRun listed = test::runCoverage(this, m_sandbox, coverageCommand(QStringLiteral("ndjson")));
        for (const QByteArray &line : listed.out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("service")).toString() == QLatin1String("cen") &&
                o.value(QLatin1String("state")).toString() == QLatin1String("uncovered"))
                ++cenUncovered;
        }
        QVERIFY(cenUncovered > 0);
        QSet<QByteArray> broken; // the items (a draft may break more than one rule of the field)
        for (const QByteArray &line : r.err.trimmed().split('\n')) {
            if (line.contains("/projectName: ")) {
                broken.insert(line.left(line.indexOf("/projectName: ")));
                QVERIFY2(line.contains(" / CEN / "), line.constData());
            }
        }
        QCOMPARE(broken.size(), cenUncovered);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
        QVERIFY(!m_sandbox.stats()
                     .value(QLatin1String("byOperation"))
                     .toObject()
                     .contains(QLatin1String("cen.CreateFlowlog")));
    }

    void dryRunSendsNothing()
    {
        m_sandbox.resetStats();
        cli::Command dry = enable(QStringLiteral("cen-${region}"));
        dry.yes = false;
        dry.dryRun = true;
        const test::InProcessRun r = test::runCoverage(this, m_sandbox, dry);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Dry run: "));
        QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
        dry.dryRun = false; // neither --yes nor --dry-run: the preview, nothing sent, exit 2
        QCOMPARE(test::runCoverage(this, m_sandbox, dry).code, 2);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
    }

    void enableCreatesExactlyTheUncoveredThenCoverageExitsZero()
    {
        const int uncovered = coverageOf(m_sandbox.stats()).value(QLatin1String("uncovered")).toInt();
        m_sandbox.resetStats();
        const test::InProcessRun r = test::runCoverage(this, m_sandbox, enable(QStringLiteral("cen-${region}")));
        QVERIFY2(r.code == 0, r.err.left(2000).constData());
        QCOMPARE(r.out.count(": created "), uncovered);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), uncovered);
        // A rerun while the new VPC and CEN flow logs are still Activating leaves them alone.
        QVERIFY(test::runCoverage(this, m_sandbox, enable(QStringLiteral("cen-${region}"))).code == 0);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), uncovered);
        // Once they are active nothing in scope is uncovered.
        QTRY_COMPARE_WITH_TIMEOUT(coverageOf(m_sandbox.stats()).value(QLatin1String("uncovered")).toInt(), 0, 10000);
        QCOMPARE(test::runCoverage(this, m_sandbox, coverageCommand()).code, 0);
    }

    void enableUnderFaultsGivesNoResourceTwoFlowLogs()
    {
        test::SandboxFixture faulty;
        // One account with its regions named: a few dozen requests, a fifth of them throttled, a fifth lost.
        QVERIFY(faulty.start({QStringLiteral("--accounts"), QStringLiteral("1"), QStringLiteral("--flowlogs"),
                              QStringLiteral("6"), QStringLiteral("--fault"), QStringLiteral("throttle:0.2"),
                              QStringLiteral("--fault"), QStringLiteral("reset-after-commit:0.2")}));
        QVERIFY(test::waitUntilSettled(faulty));
        const int uncovered = coverageOf(faulty.stats()).value(QLatin1String("uncovered")).toInt();
        QVERIFY(uncovered > 0);
        // A run whose answers stayed lost exits 3; the next settles them with the same client tokens.
        int code = -1;
        for (int i = 0; i < 4 && code != 0; ++i)
            code = test::runCoverage(this, faulty, enable(QStringLiteral("cen-${region}")), true).code;
        QCOMPARE(code, 0);
        QCOMPARE(faulty.stats().value(QLatin1String("created")).toInt(), uncovered);
        const QJsonObject faults = faulty.stats().value(QLatin1String("faults")).toObject();
        QVERIFY2(faults.value(QLatin1String("reset-after-commit")).toInt() > 0, "no answer was lost");
    }

    void enableRightAfterStartLeavesNothingUncovered()
    {
        // Issue 18's done-when right after start: the seeded flow logs that are still Activating are left alone by
        // --enable (they are coming up), and they settle like any other change, so nothing stays uncovered and
        // coverage exits 0 (they used to stay Activating for ever). The same with --org-members 20 --regions-spread
        // and the installed CLI takes minutes (2,403 creates): checked by hand, see the commit message.
        test::SandboxFixture org;
        QVERIFY(org.start({QStringLiteral("--org-members"), QStringLiteral("4"), QStringLiteral("--flowlogs"),
                           QStringLiteral("4"), QStringLiteral("--transition-ms"), QStringLiteral("5000")}));
        QVERIFY(org.stats().value(QLatin1String("byStatus")).toObject().value(QLatin1String("Activating")).toInt() > 0);
        QCOMPARE(test::runCoverage(this, org, coverageCommand()).code, 4);
        const test::InProcessRun r = test::runCoverage(this, org, enable(QStringLiteral("cen-${region}")));
        QVERIFY2(r.code == 0, r.err.left(2000).constData());
        QVERIFY(test::waitUntilSettled(org, 20000));
        QCOMPARE(coverageOf(org.stats()).value(QLatin1String("uncovered")).toInt(), 0);
        const test::InProcessRun after = test::runCoverage(this, org, coverageCommand());
        QVERIFY2(after.code == 0, after.err.left(2000).constData());
        QCOMPARE(QJsonDocument::fromJson(after.out).object().value(QLatin1String("summary")).toObject(),
                 coverageOf(org.stats()));
    }

private:
    cli::Command enable(const QString &cenProjectName)
    {
        cli::Command c = coverageCommand(QStringLiteral("table"));
        c.enable = true;
        c.yes = true;
        c.templatePath = test::writeTemporary(this, test::templateJson(cenProjectName));
        return c;
    }

    test::SandboxFixture m_sandbox;
};

QTEST_GUILESS_MAIN(TestCliCoverageEnable)
#include "tst_cli_coverage_enable.moc"
