// flowlog-cli output is safe to look at and to open: a flow log whose name starts a spreadsheet formula and whose
// description carries a terminal escape and a right-to-left override (created through the real create path on
// the real sandbox, listed back from it) prints escaped in the table, as \u escapes with the same value in ndjson,
// and with an apostrophe before the formula in CSV.
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "seededids.h"
#include "stdcapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace flowlog;

namespace {

const QString formulaName = QStringLiteral("=HYPERLINK(\"x\",\"y\")");
const QString hostileDescription = QStringLiteral("ok\x1b]0;owned\x07 ") + QChar(0x202E) + QStringLiteral("gpj.exe");

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableEscapesControlAndBidiCharacters();
    void ndjsonKeepsTheValueWithoutRawCharacters();
    void csvNeverStartsAFormula();

private:
    using Result = test::InProcessRun;
    Result run(const cli::Command &command);
    Result list(const QString &format);

    test::SandboxFixture m_sandbox;
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    Profile m_account;
};

void TestCliOutput::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("2")}, &error), qPrintable(error));
    m_account = m_sandbox.profiles(Provider::Aliyun).value(0);
    m_account.regions = QStringList{m_account.effectiveRegions().first()};
    m_profiles.replaceAll({m_account});
    m_credentials.writeSecret(m_account.id, m_sandbox.secret(m_account.id), {}, this, [](const ApiError &) {});
    QTRY_VERIFY(m_credentials.contains(m_account.id));

    cli::Command create;
    create.kind = cli::Command::Kind::Create;
    create.createProfile = m_account.name;
    create.draft.service = Service::Cen;
    create.draft.cenId = test::SeededIds(m_sandbox.resources(m_account.name)).cen(); // one the account has
    create.draft.name = formulaName;
    create.draft.description = hostileDescription;
    create.draft.projectName = QStringLiteral("proj");
    create.draft.logStoreName = QStringLiteral("store");
    const Result r = run(create);
    QVERIFY2(r.code == 0, r.err.constData());
    // The new id is printed as an id: nothing in it to escape.
    QVERIFY(r.out.trimmed().startsWith("flowlog-"));
}

TestCliOutput::Result TestCliOutput::run(const cli::Command &command)
{
    return test::runInProcess(command, &m_profiles, &m_credentials);
}

TestCliOutput::Result TestCliOutput::list(const QString &format)
{
    cli::Command command;
    command.kind = cli::Command::Kind::List;
    command.services = {Service::Cen};
    command.nameFilter = QStringLiteral("HYPERLINK");
    command.format = format;
    return run(command);
}

void TestCliOutput::tableEscapesControlAndBidiCharacters()
{
    const Result r = list(QStringLiteral("table"));
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed().count('\n'), 1); // header + the one row
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\x07'));
    QVERIFY(!r.out.contains(QString(QChar(0x202E)).toUtf8()));
    QVERIFY2(r.out.contains(formulaName.toUtf8()), r.out.constData());
}

void TestCliOutput::ndjsonKeepsTheValueWithoutRawCharacters()
{
    const Result r = list(QStringLiteral("ndjson"));
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains(QString(QChar(0x202E)).toUtf8()));
    const QJsonObject row = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(row.value(QLatin1String("name")).toString(), formulaName);
    QCOMPARE(row.value(QLatin1String("description")).toString(), hostileDescription);
    // --format json is the same objects.
    const Result json = list(QStringLiteral("json"));
    QVERIFY(!json.out.contains(QString(QChar(0x202E)).toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(json.out).array().first().toObject(), row);
}

void TestCliOutput::csvNeverStartsAFormula()
{
    const Result r = list(QStringLiteral("csv"));
    QVERIFY2(r.code == 0, r.err.constData());
    // Not a terminal here (a pipe to a file): values are exact, formulas neutralised.
    QVERIFY2(r.out.contains(",\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\","), r.out.constData());
    QVERIFY(!r.out.contains(",=HYPERLINK"));
    QVERIFY(r.out.contains(hostileDescription.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
