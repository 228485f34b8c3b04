// flowlog-cli list when some sources fail: the others' rows are still printed and the exit code is 3.
// Runs CliRunner in process with a memory credential store holding one wrong secret (the real CLI reads
// secrets from the keychain, which a test cannot seed with a wrong one), against the real sandbox.
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "stdcapture.h"
#include "tempprofilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace flowlog;

class TestCliListPartial : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void someSourcesFailRowsOfOthersPrintedExitThree();
    void allSourcesOkExitZero();
    void aBrokenProfileIsReportedAndTheOthersListed();

private:
    using Result = test::InProcessRun;
    Result runList(const QString &wrongSecretFor);

    test::SandboxFixture m_sandbox;
};

TestCliListPartial::Result TestCliListPartial::runList(const QString &wrongSecretFor)
{
    if (m_sandbox.baseUrl().isEmpty()) {
        QString error;
        if (!m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("12")}, &error))
            return {};
    }
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    const QList<Profile> aliyun = m_sandbox.profiles(Provider::Aliyun);
    for (const Profile &p : aliyun) {
        const QString secret = p.name == wrongSecretFor ? QStringLiteral("wrong") : m_sandbox.secret(p.id);
        credentials.writeSecret(p.id, secret, {}, this, [](const ApiError &) {});
    }
    profiles.replaceAll(aliyun);
    cli::Command command;
    command.kind = cli::Command::Kind::List;
    command.format = QStringLiteral("json");
    command.services = {Service::Vpc};
    return test::runInProcess(command, &profiles, &credentials, 20000);
}

void TestCliListPartial::someSourcesFailRowsOfOthersPrintedExitThree()
{
    const QString broken = QStringLiteral("ali-prod");
    const Result r = runList(broken);
    QCOMPARE(r.code, 3);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    const int goodAccounts = static_cast<int>(m_sandbox.profiles(Provider::Aliyun).size()) - 1;
    QCOMPARE(rows.size(), goodAccounts * 2 * 12);
    for (const QJsonValue &v : rows)
        QVERIFY(v.toObject().value(QLatin1String("account")).toString() != broken);
    // One stderr line for the failed discovery (its configured regions are listed instead), then one per failed
    // source, naming it; never the secret.
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.first().startsWith(broken.toUtf8() + ": Listing regions failed: "), lines.first().constData());
    QVERIFY2(lines.first().contains("SignatureDoesNotMatch"), lines.first().constData());
    for (const QByteArray &line : lines.mid(1))
        QVERIFY2(line.startsWith(broken.toUtf8() + " / VPC / "), line.constData());
    QVERIFY(!r.err.contains("wrong"));
}

void TestCliListPartial::allSourcesOkExitZero()
{
    const Result r = runList({});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(),
             static_cast<int>(m_sandbox.profiles(Provider::Aliyun).size()) * 2 * 12);
    QVERIFY(r.err.trimmed().isEmpty());
}

void TestCliListPartial::aBrokenProfileIsReportedAndTheOthersListed()
{
    if (m_sandbox.baseUrl().isEmpty())
        QVERIFY(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("12")}));
    // A settings file with a sandbox account and a hand-edited entry whose endpoint is plain http to another host.
    test::TempProfileStore store;
    const Profile account = m_sandbox.profiles(Provider::Aliyun).value(0);
    QVERIFY(store.profiles()->add(account));
    const int n = store.settings().beginReadArray(QStringLiteral("profiles"));
    store.settings().endArray();
    store.settings().beginWriteArray(QStringLiteral("profiles"), n + 1);
    store.settings().setArrayIndex(n);
    store.settings().setValue(QStringLiteral("id"), QStringLiteral("edited"));
    store.settings().setValue(QStringLiteral("name"), QStringLiteral("edited"));
    store.settings().setValue(QStringLiteral("accessKeyId"), account.accessKeyId);
    store.settings().setValue(QStringLiteral("endpoint"), QStringLiteral("http://example.com"));
    store.settings().endArray();
    store.settings().sync();
    store.profiles()->reload();
    QCOMPARE(store.profiles()->brokenProfiles().size(), 1);
    MemoryCredentialStore credentials;
    credentials.writeSecret(account.id, m_sandbox.secret(account.id), {}, this, [](const ApiError &) {});
    cli::Command command;
    command.kind = cli::Command::Kind::List;
    command.format = QStringLiteral("json");
    command.services = {Service::Vpc};
    const Result r = test::runInProcess(command, store.profiles(), &credentials, 20000);
    QCOMPARE(r.code, 3); // the listing is incomplete
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), static_cast<int>(account.effectiveRegions().size()) * 12);
    QVERIFY2(r.err.startsWith("edited: not listed") && r.err.contains("https"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliListPartial)
#include "tst_cli_list_partial.moc"
