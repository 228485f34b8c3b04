// flowlog-cli discover, and list with discovery, in process against the real sandbox: accounts added with nothing
// but their keys are covered in every region and instance (list returns exactly the sandbox's flow logs, exit 0);
// discover prints what a list covers and exits 3, with the provider's code and the fallback, when a step fails.
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "stdcapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace flowlog;

class TestCliDiscover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listWithKeysAloneReturnsExactlyTheSandboxsFlowLogs();
    void discoverJsonCoversEveryRegionAndInstance();
    void discoverTablePrintsOneLinePerAccount();
    void deniedDiscoveryExitsThreeWithCodeAndFallback();
    void fortyMemberOrganisationsListExactlyTheSandboxAndDiscoverEveryMember();

private:
    // Every sample account with its key (typed: as printed, else nothing but the key); management accounts of an
    // organisation marked as such.
    test::InProcessRun run(test::SandboxFixture &sandbox, cli::Command command, bool typed = false,
                           int timeoutMs = 60000);
    test::SandboxFixture m_sandbox;
};

void TestCliDiscover::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--regions-spread"), QStringLiteral("--flowlogs"), QStringLiteral("2")},
                             &error),
             qPrintable(error));
}

test::InProcessRun TestCliDiscover::run(test::SandboxFixture &sandbox, cli::Command command, bool typed, int timeoutMs)
{
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QList<Profile> added;
    for (const Profile &p : sandbox.profiles()) {
        credentials.writeSecret(p.id, sandbox.secret(p.id), {}, this, [](const ApiError &) {});
        added.append(typed ? p : test::SandboxFixture::keyOnly(p));
        added.last().organization = !sandbox.memberNames(p.name).isEmpty();
    }
    profiles.replaceAll(added);
    return test::runInProcess(command, &profiles, &credentials, timeoutMs);
}

void TestCliDiscover::listWithKeysAloneReturnsExactlyTheSandboxsFlowLogs()
{
    cli::Command command;
    command.kind = cli::Command::Kind::List;
    command.format = QStringLiteral("json");
    const test::InProcessRun r = run(m_sandbox, command);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.trimmed().isEmpty(), r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), m_sandbox.stats().value(QLatin1String("flowLogs")).toInt());
    QSet<QString> regions;
    for (const QJsonValue &v : rows)
        regions.insert(v.toObject().value(QLatin1String("region")).toString());
    QVERIFY(regions.size() >= 20); // far beyond the six that used to be hard-coded
}

void TestCliDiscover::discoverJsonCoversEveryRegionAndInstance()
{
    m_sandbox.resetStats();
    cli::Command command;
    command.kind = cli::Command::Kind::Discover;
    command.format = QStringLiteral("json");
    const test::InProcessRun r = run(m_sandbox, command);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QLatin1String("failures")).toInt(), 0);
    const QJsonArray accounts = out.value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 3);
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        QVERIFY(!a.value(QLatin1String("accountId")).toString().isEmpty());
        if (a.value(QLatin1String("provider")).toString() == QLatin1String("aliyun")) {
            QCOMPARE(a.value(QLatin1String("regions")).toArray().size(), 29);
            QVERIFY(a.value(QLatin1String("ecrIds")).toArray().size() >= 2);
        } else {
            QCOMPARE(a.value(QLatin1String("regions")).toArray().size(), 16);
            QCOMPARE(a.value(QLatin1String("projectIds")).toObject().size(), 16);
            QVERIFY(!a.value(QLatin1String("routers")).toArray().isEmpty());
        }
    }
    // Discovery only: not one flow-log listing.
    const QJsonObject byOperation = m_sandbox.stats().value(QLatin1String("byOperation")).toObject();
    for (auto it = byOperation.constBegin(); it != byOperation.constEnd(); ++it)
        QVERIFY2(!it.key().contains(QLatin1String("FlowLogs"), Qt::CaseInsensitive), qPrintable(it.key()));
}

void TestCliDiscover::discoverTablePrintsOneLinePerAccount()
{
    cli::Command command;
    command.kind = cli::Command::Kind::Discover;
    command.profiles = {QStringLiteral("ali-prod")};
    const test::InProcessRun r = run(m_sandbox, command);
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("ACCOUNT"));
    QVERIFY(lines.at(1).startsWith("ali-prod "));
    QVERIFY2(lines.at(1).contains("regions (29): ") && lines.at(1).contains("eu-central-1"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("ecr-"));
}

void TestCliDiscover::deniedDiscoveryExitsThreeWithCodeAndFallback()
{
    test::SandboxFixture denied;
    QVERIFY(denied.start(
        {QStringLiteral("--deny"), QStringLiteral("regions"), QStringLiteral("--flowlogs"), QStringLiteral("2")}));
    cli::Command command;
    command.kind = cli::Command::Kind::Discover;
    const test::InProcessRun r = run(denied, command, true);
    QCOMPARE(r.code, 3);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // one per account
    for (const QByteArray &line : lines) {
        QVERIFY2(line.contains("Listing regions failed"), line.constData());
        QVERIFY2(line.contains("instead"), line.constData());
    }
    QVERIFY(r.err.contains("NoPermission"));
    // list over the same: the configured regions are listed, and the failures make it exit 3.
    command.kind = cli::Command::Kind::List;
    command.format = QStringLiteral("json");
    const test::InProcessRun listed = run(denied, command, true);
    QCOMPARE(listed.code, 3);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(),
             denied.stats().value(QLatin1String("flowLogs")).toInt());
}

void TestCliDiscover::fortyMemberOrganisationsListExactlyTheSandboxAndDiscoverEveryMember()
{
    // Issue 16's check: every printed management and plain account added with nothing but its key.
    test::SandboxFixture org;
    QVERIFY(org.start({QStringLiteral("--org-members"), QStringLiteral("40"), QStringLiteral("--regions-spread"),
                       QStringLiteral("--latency-ms"), QStringLiteral("20"), QStringLiteral("--flowlogs"),
                       QStringLiteral("1")}));
    cli::Command command;
    command.kind = cli::Command::Kind::List;
    command.format = QStringLiteral("ndjson");
    const test::InProcessRun listed = run(org, command, false, 240000);
    QVERIFY2(listed.code == 0, listed.err.left(2000).constData());
    QCOMPARE(listed.out.count('\n'), org.stats().value(QLatin1String("flowLogs")).toInt());

    command.kind = cli::Command::Kind::Discover;
    command.format = QStringLiteral("json");
    const test::InProcessRun found = run(org, command, false, 120000);
    QVERIFY2(found.code == 0, found.err.left(2000).constData());
    const QJsonArray accounts = QJsonDocument::fromJson(found.out).object().value(QLatin1String("accounts")).toArray();
    int members = 0;
    QSet<QString> ids;
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        ids.insert(a.value(QLatin1String("accountId")).toString());
        if (!a.value(QLatin1String("displayName")).toString().isEmpty())
            ++members;
    }
    QCOMPARE(members, 80);
    QCOMPARE(accounts.size(), org.stats().value(QLatin1String("accounts")).toInt());
    QCOMPARE(ids.size(), accounts.size()); // every account once, each with its id
}

QTEST_GUILESS_MAIN(TestCliDiscover)
#include "tst_cli_discover.moc"
