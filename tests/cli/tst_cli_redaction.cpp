// Redaction: a known secret is fed through every error path the CLI can reach (a wrong secret against the
// sandbox, list exports, a missing keychain, bad import files, usage errors), with every logging category
// switched on; no stdout, stderr or file under the test's home may contain it afterwards.
#include "clitestutil.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QUuid>

using namespace flowlog;
using namespace flowlog::test;

class TestCliRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void knownSecretAppearsInNoOutputAndNoFile();
    void temporaryKeysAndTokensAppearInNoOutputAndNoFile();

private:
    CliRun run(const QStringList &args, const QByteArray &input = {}, bool keychain = true);

    QByteArray m_secret;
    QList<CliRun> m_runs;
};

void TestCliRedaction::initTestCase()
{
    m_secret = "redact-me-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    cleanUpSavedProfiles(this);
}

void TestCliRedaction::cleanupTestCase()
{
    cleanUpSavedProfiles(this);
}

CliRun TestCliRedaction::run(const QStringList &args, const QByteArray &input, bool keychain)
{
    QProcessEnvironment env = keychain ? QProcessEnvironment::systemEnvironment() : envWithoutKeychain();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const CliRun r = runCli(args, input, env);
    m_runs.append(r);
    return r;
}

void TestCliRedaction::knownSecretAppearsInNoOutputAndNoFile()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("2")}, &error), qPrintable(error));
    const QList<Profile> aliyun = sandbox.profiles(Provider::Aliyun);
    QVERIFY(!aliyun.isEmpty());
    const Profile &real = aliyun.first();
    const QString region = real.effectiveRegions().first();
    const QString endpoint = sandbox.baseUrl().toString();

    // A real AccessKey ID of the sandbox with the known (wrong) secret: the provider rejects the signature.
    CliRun r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("wrong"),
                    QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                    real.accessKeyId, QStringLiteral("--endpoint"), endpoint, QStringLiteral("--regions"), region,
                    QStringLiteral("--secret-stdin")},
                   m_secret + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    for (const QString &format : {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}) {
        r = run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("wrong"),
                 QStringLiteral("--service"), QStringLiteral("vpc"), QStringLiteral("--format"), format});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("SignatureDoesNotMatch"), r.err.constData());
    }
    // The same with an STS token.
    r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("wrong-sts"),
             QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
             real.accessKeyId, QStringLiteral("--endpoint"), endpoint, QStringLiteral("--regions"), region,
             QStringLiteral("--secret-stdin"), QStringLiteral("--sts")},
            m_secret + '\n' + m_secret + "-token\n");
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("wrong-sts"),
             QStringLiteral("--service"), QStringLiteral("vpc")});
    QCOMPARE(r.code, 3);

    // No keychain: adding refuses, listing cannot read the secret.
    r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeychain"),
             QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
             QStringLiteral("AK"), QStringLiteral("--secret-stdin")},
            m_secret + '\n', false);
    QCOMPARE(r.code, 3);
    r = run({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("wrong")}, {}, false);
    QCOMPARE(r.code, 3);
    r = run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("wrong")}, {}, false);
    QCOMPARE(r.code, 3);

    // Bad import files that contain the secret.
    const QString aliyunDir = QDir::home().filePath(QStringLiteral(".aliyun"));
    QVERIFY(QDir().mkpath(aliyunDir));
    const QString configPath = aliyunDir + QStringLiteral("/config.json");
    const QList<QByteArray> badFiles{
        "{\"profiles\": [{\"name\": \"a\", \"mode\": \"AK\", \"access_key_secret\": \"" + m_secret + "\"",
        "access_key_secret=" + m_secret,
        "{\"profiles\": [{\"name\": \"r\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"x\", \"access_key_secret\": "
        "\"" +
            m_secret +
            "\"}, {\"name\": \"wrong\", \"mode\": \"AK\", \"access_key_id\": \"x\", \"access_key_secret\": \"" +
            m_secret + "\"}, {\"name\": \"m\", \"mode\": \"" + m_secret + "\"}]}"};
    for (const QByteArray &bytes : badFiles) {
        QFile f(configPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        r = run({QStringLiteral("profile"), QStringLiteral("import")});
        QVERIFY(r.code != 0);
        r = run({QStringLiteral("profile"), QStringLiteral("import")}, {}, false);
        QVERIFY(r.code != 0);
    }
    QVERIFY(QFile::remove(configPath));

    // Usage errors with the secret on stdin.
    r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("x")}, m_secret + '\n');
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("wrong"), QStringLiteral("--provider"),
             QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("AK"),
             QStringLiteral("--secret-stdin")},
            m_secret + '\n');
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("wrong-sts"));

    QVERIFY(m_runs.size() > 15);
    for (const CliRun &run : std::as_const(m_runs)) {
        QVERIFY2(!run.out.contains(m_secret), run.out.constData());
        QVERIFY2(!run.err.contains(m_secret), run.err.constData());
    }
    const QStringList holders = filesContaining(m_secret);
    QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
}

void TestCliRedaction::temporaryKeysAndTokensAppearInNoOutputAndNoFile()
{
    // Role and agency profiles on organisation members: the sandbox grants temporary keys (STS.<28> for Alibaba,
    // HSTA<16> for Huawei) with security tokens (CAIS... / gQ...), short-lived so they are renewed during the
    // runs; listings succeed, fail (a member without its role) and are exported in every format, with every
    // logging category on. None of those credentials may appear anywhere.
    cleanUpSavedProfiles(this);
    m_runs.clear();
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--org-members"), QStringLiteral("2"), QStringLiteral("--flowlogs"),
                            QStringLiteral("3"), QStringLiteral("--sts-max-duration-s"), QStringLiteral("2"),
                            QStringLiteral("--deny"), QStringLiteral("role:ali-prod-m2")},
                           &error),
             qPrintable(error));
    const QString endpoint = sandbox.baseUrl().toString();
    for (const Provider provider : allProviders) {
        const Profile management = sandbox.profiles(provider).first();
        for (const QString &name : sandbox.memberNames(management.name)) {
            const Profile m = sandbox.memberProfile(name);
            QStringList args{QStringLiteral("profile"),
                             QStringLiteral("add"),
                             name,
                             QStringLiteral("--provider"),
                             providerKey(provider),
                             QStringLiteral("--access-key-id"),
                             management.accessKeyId,
                             QStringLiteral("--secret-stdin"),
                             QStringLiteral("--endpoint"),
                             endpoint,
                             QStringLiteral("--regions"),
                             m.regions.join(QLatin1Char(','))};
            if (provider == Provider::Aliyun) {
                args << QStringLiteral("--role-arn") << m.roleArn;
            } else {
                args << QStringLiteral("--agency") << m.agencyName << QStringLiteral("--domain-id") << m.agencyDomainId;
                for (auto it = m.projectIds.cbegin(); it != m.projectIds.cend(); ++it)
                    args << QStringLiteral("--project-id") << it.key() + QLatin1Char('=') + it.value();
                for (auto it = m.erIds.cbegin(); it != m.erIds.cend(); ++it) {
                    for (const QString &id : it.value())
                        args << QStringLiteral("--er-id") << it.key() + QLatin1Char('=') + id;
                }
            }
            const CliRun r = run(args, sandbox.secret(management.id).toUtf8() + '\n');
            QVERIFY2(r.code == 0, r.err.constData());
        }
    }
    int listed = 0;
    for (const QString &format :
         {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("ndjson")}) {
        const CliRun r = run({QStringLiteral("list"), QStringLiteral("--format"), format});
        QCOMPARE(r.code, 3); // ali-prod-m2 has no access role
        QVERIFY2(r.err.contains("EntityNotExist.Role"), r.err.constData());
        listed += r.out.count("ali-prod-m1") + r.out.count("hw-payments-m1");
    }
    QVERIFY(listed > 0);
    QVERIFY(run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})
                .code == 0);

    static const QRegularExpression temporary(
        QStringLiteral(R"(STS\.[A-Z0-9]{28}|HSTA[A-Z0-9]{16}|CAIS[A-Za-z0-9+/=]{40}|gQ[A-Za-z0-9+/=]{60})"));
    for (const CliRun &r : std::as_const(m_runs)) {
        QVERIFY2(!temporary.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        QVERIFY2(!temporary.match(QString::fromUtf8(r.err)).hasMatch(), r.err.constData());
    }
    QStringList holders;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && temporary.match(QString::fromLatin1(f.readAll())).hasMatch())
            holders << f.fileName();
    }
    QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QLatin1Char(' '))));
    cleanUpSavedProfiles(this);
}

QTEST_GUILESS_MAIN(TestCliRedaction)
#include "tst_cli_redaction.moc"
