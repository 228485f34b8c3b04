// flowlog-cli deactivate / delete on flow logs the user never typed anything for (issue 17 with issue 16's
// discovery): profiles hold only a key (organisations marked as such), so ECR and ER instances, regions and
// organisation members are found by the sweep. Each command must find every listed id where the listing found it and
// act as the identity that listed it (a member through its role or agency hop, never the management key on the
// member's resources). Before this test, every ECR and ER id and every member's flow log came back "not found in the
// profiles listed", because the ids were looked up in the profiles' configuration only.
#include "cliargs.h"
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "stdcapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace flowlog;

class TestCliLifecycleKeyOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deactivateThenDeleteDiscoveredAndMemberFlowLogs();

private:
    QHash<QString, QJsonObject> listAll();
    test::InProcessRun run(const QStringList &arguments);

    test::SandboxFixture m_sandbox;
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
};

void TestCliLifecycleKeyOnly::initTestCase()
{
    qputenv("FLOWLOG_RETRY_BASE_MS", "20");
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("4"), QStringLiteral("--org-members"),
                              QStringLiteral("2"), QStringLiteral("--regions-spread"), QStringLiteral("--flowlogs"),
                              QStringLiteral("3"), QStringLiteral("--transition-ms"), QStringLiteral("60")},
                             &error),
             qPrintable(error));
    QList<Profile> keys;
    for (const Profile &p : m_sandbox.profiles()) {
        m_credentials.writeSecret(p.id, m_sandbox.secret(p.id), {}, this, [](const ApiError &) {});
        keys.append(test::SandboxFixture::keyOnly(p));
        keys.last().organization = !m_sandbox.memberNames(p.name).isEmpty();
    }
    m_profiles.replaceAll(keys);
    QTRY_VERIFY(!m_profiles.profiles().isEmpty());
}

test::InProcessRun TestCliLifecycleKeyOnly::run(const QStringList &arguments)
{
    const cli::Command command = cli::parseArguments(QStringList{QStringLiteral("flowlog-cli")} + arguments);
    return test::runInProcess(command, &m_profiles, &m_credentials, 120000);
}

QHash<QString, QJsonObject> TestCliLifecycleKeyOnly::listAll()
{
    return test::listAllInProcess(&m_profiles, &m_credentials);
}

void TestCliLifecycleKeyOnly::deactivateThenDeleteDiscoveredAndMemberFlowLogs()
{
    const QHash<QString, QJsonObject> before = listAll();
    QVERIFY(!before.isEmpty());
    // One Active flow log per (service, own account or member): the ECR and ER ones sit on instances no profile
    // names, members' ones are reachable only through the role or agency hop. A member row's account reads
    // "name (id)".
    QMap<QString, QString> chosenByGroup;
    QStringList ids = before.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject &f = before.value(id);
        const QString status = f.value(QLatin1String("status")).toString();
        if (status != QLatin1String("Active"))
            continue;
        const bool member = f.value(QLatin1String("account")).toString().contains(QLatin1Char('('));
        const QString group = f.value(QLatin1String("service")).toString() +
                              (member ? QStringLiteral("/member") : QStringLiteral("/own"));
        if (!chosenByGroup.contains(group))
            chosenByGroup.insert(group, id);
    }
    for (const char *g : {"vpc/own", "cen/own", "ecr/own", "er/own", "vpc/member", "er/member"})
        QVERIFY2(chosenByGroup.contains(QString::fromLatin1(g)), g);
    const QStringList chosen = chosenByGroup.values();

    QStringList args{QStringLiteral("deactivate")};
    for (const QString &id : chosen)
        args << QStringLiteral("--id") << id;
    test::InProcessRun r = run(args);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), chosen.size());

    const QHash<QString, QJsonObject> after = listAll();
    QCOMPARE(after.size(), before.size());
    for (const QString &id : chosen)
        QCOMPARE(after.value(id).value(QLatin1String("status")).toString(), QStringLiteral("Inactive"));

    const int flowLogs = m_sandbox.stats().value(QLatin1String("flowLogs")).toInt();
    args = QStringList{QStringLiteral("delete"), QStringLiteral("--yes")};
    for (const QString &id : chosen)
        args << QStringLiteral("--id") << id;
    r = run(args);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(m_sandbox.stats().value(QLatin1String("flowLogs")).toInt(), flowLogs - chosen.size());
    const QHash<QString, QJsonObject> gone = listAll();
    for (const QString &id : chosen)
        QVERIFY2(!gone.contains(id), qPrintable(id));
    QCOMPARE(gone.size(), before.size() - chosen.size());
}

QTEST_GUILESS_MAIN(TestCliLifecycleKeyOnly)
#include "tst_cli_lifecycle_keyonly.moc"
