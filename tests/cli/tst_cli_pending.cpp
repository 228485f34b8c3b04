// A create is never duplicated, across runs too: flowlog-cli create loses its answer (the sandbox's
// reset-after-commit fault, set at run time), then the same command runs again in a new process against the same
// sandbox and must settle the first create instead of making a second. The real binary, a real profile (keychain)
// pointing at a standalone sandbox, the real state file.
#include "clitestutil.h"
#include "pendingcreates.h"
#include "sandboxfixture.h"
#include "seededids.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace flowlog;
using namespace flowlog::test;

class TestCliPending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rerunAfterALostAnswerCreatesOnce();
    void clientTokenFlagSettlesWithoutTheStateFile();
    void aRefusedCreateLeavesNothingPending();

private:
    QStringList createArgs(const QString &resourceId) const;
    [[nodiscard]] int created();
    static QString tokenIn(const QByteArray &err);

    SandboxFixture m_sandbox;
    QString m_secret;
    QStringList m_vpcIds; // the account's VPCs in the profile's region: one per case, so their drafts differ
};

void TestCliPending::initTestCase()
{
    cleanUpSavedProfiles(this);
    QFile::remove(PendingCreates::defaultPath());
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("1")}, &error), qPrintable(error));
    const Profile account = m_sandbox.profiles(Provider::Aliyun).value(0);
    m_secret = m_sandbox.secret(account.id);
    const SeededIds seeded(m_sandbox.resources(account.name));
    for (int i = 0; i < 3; ++i)
        m_vpcIds << seeded.vpc(account.effectiveRegions().first(), i);
    QVERIFY(!m_vpcIds.contains(QString()));
    const CliRun r =
        runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("lossy"), QStringLiteral("--provider"),
                QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), account.accessKeyId,
                QStringLiteral("--secret-stdin"), QStringLiteral("--regions"), account.effectiveRegions().first(),
                QStringLiteral("--endpoint"), m_sandbox.baseUrl().toString()},
               m_secret.toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliPending::cleanupTestCase()
{
    cleanUpSavedProfiles(this);
}

QStringList TestCliPending::createArgs(const QString &resourceId) const
{
    return {QStringLiteral("create"),
            QStringLiteral("--profile"),
            QStringLiteral("lossy"),
            QStringLiteral("--service"),
            QStringLiteral("vpc"),
            QStringLiteral("--resource-type"),
            QStringLiteral("VPC"),
            QStringLiteral("--resource-id"),
            resourceId,
            QStringLiteral("--traffic-type"),
            QStringLiteral("All"),
            QStringLiteral("--project-name"),
            QStringLiteral("flowlog-proj"),
            QStringLiteral("--logstore-name"),
            QStringLiteral("flowlog_store"),
            QStringLiteral("--name"),
            QStringLiteral("once")};
}

int TestCliPending::created()
{
    return m_sandbox.stats().value(QLatin1String("created")).toInt();
}

QString TestCliPending::tokenIn(const QByteArray &err)
{
    static const QRegularExpression token(QStringLiteral("client token ([0-9a-f-]{36})"));
    return token.match(QString::fromUtf8(err)).captured(1);
}

void TestCliPending::rerunAfterALostAnswerCreatesOnce()
{
    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit")));
    const CliRun lost = runCli(createArgs(m_vpcIds.at(0)));
    QCOMPARE(lost.code, 3);
    QCOMPARE(created(), 1); // the service made it; only the answer was lost
    // The message names the token and says how to settle it; it promises nothing the API cannot keep.
    const QString token = tokenIn(lost.err);
    QVERIFY2(!token.isEmpty(), lost.err.constData());
    QVERIFY2(lost.err.contains("--client-token " + token.toUtf8()), lost.err.constData());
    QVERIFY(!lost.err.contains("Retrying this draft is safe"));

    // Recorded for the next run: 0600 in a 0700 directory, the token, no secret.
    const QString state = PendingCreates::defaultPath();
    QCOMPARE(unixMode(state), 0600);
    QCOMPARE(unixMode(QFileInfo(state).absolutePath()), 0700);
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QVERIFY(recorded.contains(token.toUtf8()));
    QVERIFY(!recorded.contains(m_secret.toUtf8()));

    QVERIFY(m_sandbox.clearFaults());
    const CliRun rerun = runCli(createArgs(m_vpcIds.at(0)));
    QVERIFY2(rerun.code == 0, rerun.err.constData());
    QVERIFY(rerun.out.trimmed().startsWith("fl"));
    QVERIFY2(rerun.err.contains(token.toUtf8()), rerun.err.constData()); // says it reuses the earlier token
    QCOMPARE(created(), 1);
    // Settled: nothing is pending any more.
    QVERIFY(PendingCreates(state).entries().isEmpty());
}

void TestCliPending::clientTokenFlagSettlesWithoutTheStateFile()
{
    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit")));
    const CliRun lost = runCli(createArgs(m_vpcIds.at(1)));
    QCOMPARE(lost.code, 3);
    const QString token = tokenIn(lost.err);
    QVERIFY2(!token.isEmpty(), lost.err.constData());
    QVERIFY(m_sandbox.clearFaults());
    // Another machine, or the state file gone: the token from the message is enough.
    QVERIFY(QFile::remove(PendingCreates::defaultPath()));
    const CliRun rerun = runCli(createArgs(m_vpcIds.at(1)) + QStringList{QStringLiteral("--client-token"), token});
    QVERIFY2(rerun.code == 0, rerun.err.constData());
    QCOMPARE(created(), 1);
    // A malformed token is a usage error.
    const CliRun bad =
        runCli(createArgs(m_vpcIds.at(1)) + QStringList{QStringLiteral("--client-token"), QStringLiteral("has space")});
    QCOMPARE(bad.code, 2);
}

void TestCliPending::aRefusedCreateLeavesNothingPending()
{
    // A region the account does not have: the provider refuses, so the outcome is known and nothing stays.
    const CliRun refused =
        runCli(createArgs(m_vpcIds.at(2)) + QStringList{QStringLiteral("--region"), QStringLiteral("cn-beijing")});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("InvalidRegionId"), refused.err.constData());
    QVERIFY(PendingCreates(PendingCreates::defaultPath()).entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliPending)
#include "tst_cli_pending.moc"
