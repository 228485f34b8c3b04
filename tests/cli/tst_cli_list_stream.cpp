// flowlog-cli list with one stuck source (a server that accepts and never answers) beside healthy ones on the real
// sandbox: table, csv and ndjson print the healthy rows as their sources finish, long before the stuck one ends;
// --deadline ends the wait and names the stuck source; json prints everything at the end, bounded by the deadline.
// CliRunner runs in process so the test can read its stdout while it is still running.
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "stdcapture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace flowlog;

namespace {

constexpr int flowLogsPerSource = 5;
constexpr int deadlineSeconds = 5;

// Rows in a captured output: ndjson lines, or lines with a flow log id (table, csv).
int rowCount(const QByteArray &out, const QString &format)
{
    int n = 0;
    for (const QByteArray &line : out.split('\n')) {
        if (format == QLatin1String("ndjson"))
            n += QJsonDocument::fromJson(line).isObject() ? 1 : 0;
        else
            n += line.contains(",fl-") || line.contains("  fl-") ? 1 : 0;
    }
    return n;
}

} // namespace

class TestCliListStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsOfHealthySourcesPrintBeforeTheStuckOneEnds_data();
    void rowsOfHealthySourcesPrintBeforeTheStuckOneEnds();
    void jsonWaitsButTheDeadlineBoundsIt();
    void deadlineZeroAndBadValuesParse();

private:
    cli::Command listCommand(const QString &format) const;

    test::SandboxFixture m_sandbox;
    QTcpServer m_hang; // accepts connections and never answers
    QList<QTcpSocket *> m_held;
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    int m_healthyRows = 0;
};

void TestCliListStream::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QString::number(flowLogsPerSource)}, &error),
             qPrintable(error));
    QVERIFY(m_hang.listen(QHostAddress::LocalHost));
    connect(&m_hang, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_hang.nextPendingConnection())
            m_held.append(s); // kept open, never read, never answered
    });
    QList<Profile> profiles = m_sandbox.profiles(Provider::Aliyun);
    QVERIFY(!profiles.isEmpty());
    for (const Profile &p : std::as_const(profiles)) {
        m_credentials.writeSecret(p.id, m_sandbox.secret(p.id), {}, this, [](const ApiError &) {});
        m_healthyRows += static_cast<int>(p.effectiveRegions().size()) * flowLogsPerSource;
    }
    Profile stuck = profiles.first();
    stuck.id = QStringLiteral("stuck-id");
    stuck.name = QStringLiteral("stuck");
    stuck.regions = QStringList{stuck.effectiveRegions().first()};
    stuck.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_hang.serverPort()));
    m_credentials.writeSecret(stuck.id, m_sandbox.secret(profiles.first().id), {}, this, [](const ApiError &) {});
    profiles.append(stuck);
    m_profiles.replaceAll(profiles);
    QTRY_VERIFY(m_credentials.contains(stuck.id));
}

cli::Command TestCliListStream::listCommand(const QString &format) const
{
    cli::Command command;
    command.kind = cli::Command::Kind::List;
    command.format = format;
    command.services = {Service::Vpc};
    command.deadlineSeconds = deadlineSeconds;
    return command;
}

void TestCliListStream::rowsOfHealthySourcesPrintBeforeTheStuckOneEnds_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("ndjson") << QStringLiteral("ndjson");
}

void TestCliListStream::rowsOfHealthySourcesPrintBeforeTheStuckOneEnds()
{
    QFETCH(QString, format);
    cli::CliRunner runner(listCommand(format), &m_profiles, &m_credentials);
    QSignalSpy done(&runner, &cli::CliRunner::done);
    test::StdCapture out(1, stdout);
    test::StdCapture err(2, stderr);
    runner.start();
    // Every healthy row is out while the stuck source still holds the run open.
    QTRY_VERIFY_WITH_TIMEOUT(rowCount(out.text(), format) == m_healthyRows || !done.isEmpty(),
                             (deadlineSeconds + 10) * 1000);
    const bool streamed = done.isEmpty();
    const QByteArray early = out.text();
    QVERIFY(done.wait((deadlineSeconds + 20) * 1000) || !done.isEmpty());
    const QByteArray all = out.restore();
    const QByteArray errors = err.restore();
    QVERIFY2(streamed, "no row was printed before the stuck source ended");
    QCOMPARE(rowCount(early, format), m_healthyRows);
    QCOMPARE(done.first().first().toInt(), 3);
    QCOMPARE(rowCount(all, format), m_healthyRows);
    if (format != QLatin1String("ndjson"))
        QVERIFY2(all.startsWith(format == QLatin1String("csv") ? "account,cloud," : "ACCOUNT"), all.constData());
    // One line for the stuck source, naming it and the deadline.
    const QList<QByteArray> lines = errors.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("stuck / VPC / ") && lines.first().contains("--deadline"), errors.constData());
}

void TestCliListStream::jsonWaitsButTheDeadlineBoundsIt()
{
    QElapsedTimer clock;
    clock.start();
    const test::InProcessRun r = test::runInProcess(listCommand(QStringLiteral("json")), &m_profiles, &m_credentials,
                                                    (deadlineSeconds + 20) * 1000);
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(r.code, 3);
    QVERIFY2(elapsedMs >= deadlineSeconds * 1000 - 100, qPrintable(QString::number(elapsedMs)));
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), m_healthyRows);
    for (const QJsonValue &v : rows)
        QVERIFY(v.toObject().value(QLatin1String("account")).toString() != QLatin1String("stuck"));
}

void TestCliListStream::deadlineZeroAndBadValuesParse()
{
    const auto parse = [](const QStringList &extra) {
        return cli::parseArguments(QStringList{QStringLiteral("flowlog-cli"), QStringLiteral("list")} + extra);
    };
    QCOMPARE(parse({}).deadlineSeconds, 300);
    QCOMPARE(parse({QStringLiteral("--deadline"), QStringLiteral("0")}).deadlineSeconds, 0);
    QCOMPARE(parse({QStringLiteral("--deadline"), QStringLiteral("-1")}).kind, cli::Command::Kind::Invalid);
    QCOMPARE(parse({QStringLiteral("--deadline"), QStringLiteral("soon")}).kind, cli::Command::Kind::Invalid);
    QCOMPARE(parse({QStringLiteral("--format"), QStringLiteral("ndjson")}).format, QStringLiteral("ndjson"));
}

QTEST_GUILESS_MAIN(TestCliListStream)
#include "tst_cli_list_stream.moc"
