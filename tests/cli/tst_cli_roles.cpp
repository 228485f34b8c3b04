// flowlog-cli with roles, agencies and organisations (issue 16): the profile add contract and its validation, the
// list of profiles, aliyun-cli RamRoleArn / ChainableRamRoleArn import, and sweeps of organisation members reached
// by assuming their role with the management account's key, against the real sandbox and the real keychain.
#include "clitestutil.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace flowlog;
using namespace flowlog::test;

class TestCliRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addRefusesWhatTheRulesRefuse_data();
    void addRefusesWhatTheRulesRefuse();
    void addStoresRoleAgencyAndOrganisationAndListShowsThem();
    void importTakesRamRoleArnAndChainableRamRoleArn();
    void memberRoleProfileListsEveryRowWhileCredentialsExpire();
    void memberWhoseRoleCannotBeAssumedFailsVisibly();

private:
    CliRun add(const QStringList &args, const QByteArray &secret = "s3cret\n");
};

void TestCliRoles::initTestCase()
{
    cleanUpSavedProfiles(this);
}

void TestCliRoles::cleanup()
{
    cleanUpSavedProfiles(this);
}

CliRun TestCliRoles::add(const QStringList &args, const QByteArray &secret)
{
    return runCli(QStringList{QStringLiteral("profile"), QStringLiteral("add")} + args, secret);
}

void TestCliRoles::addRefusesWhatTheRulesRefuse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QStringList ali{QStringLiteral("p"),      QStringLiteral("--provider"),
                          QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                          QStringLiteral("AK"),     QStringLiteral("--secret-stdin")};
    const QStringList hw{QStringLiteral("p"),           QStringLiteral("--provider"),
                         QStringLiteral("huaweicloud"), QStringLiteral("--access-key-id"),
                         QStringLiteral("AK"),          QStringLiteral("--secret-stdin")};
    const QString arn = QStringLiteral("acs:ram::1234567890:role/audit");
    QTest::newRow("session without role") << ali + QStringList{QStringLiteral("--session-name"), QStringLiteral("ab")}
                                          << QStringLiteral("--session-name needs --role-arn");
    QTest::newRow("external id without role")
        << ali + QStringList{QStringLiteral("--external-id"), QStringLiteral("abc")}
        << QStringLiteral("--external-id needs --role-arn");
    QTest::newRow("bad arn") << ali + QStringList{QStringLiteral("--role-arn"), QStringLiteral("arn:aws:iam::1:role/x")}
                             << QStringLiteral("--role-arn: The role ARN must look like");
    QTest::newRow("arn without digits") << ali + QStringList{QStringLiteral("--role-arn"),
                                                             QStringLiteral("acs:ram::abc:role/x")}
                                        << QStringLiteral("--role-arn: ");
    QTest::newRow("short session") << ali + QStringList{QStringLiteral("--role-arn"), arn,
                                                        QStringLiteral("--session-name"), QStringLiteral("a")}
                                   << QStringLiteral("--session-name: The session name must be 2 to 64");
    QTest::newRow("session with space") << ali + QStringList{QStringLiteral("--role-arn"), arn,
                                                             QStringLiteral("--session-name"), QStringLiteral("a b")}
                                        << QStringLiteral("--session-name: ");
    QTest::newRow("external id with !") << ali + QStringList{QStringLiteral("--role-arn"), arn,
                                                             QStringLiteral("--external-id"), QStringLiteral("ab!")}
                                        << QStringLiteral("--external-id: The external ID must be 2 to 1224");
    QTest::newRow("duration low") << ali + QStringList{QStringLiteral("--role-arn"), arn,
                                                       QStringLiteral("--duration-seconds"), QStringLiteral("899")}
                                  << QStringLiteral("--duration-seconds: The duration must be from 900 to 43200");
    QTest::newRow("duration high") << ali + QStringList{QStringLiteral("--role-arn"), arn,
                                                        QStringLiteral("--duration-seconds"), QStringLiteral("43201")}
                                   << QStringLiteral("--duration-seconds: ");
    QTest::newRow("duration not a number")
        << ali + QStringList{QStringLiteral("--role-arn"), arn, QStringLiteral("--duration-seconds"),
                             QStringLiteral("1h")}
        << QStringLiteral("--duration-seconds: ");
    QTest::newRow("agency without domain") << hw + QStringList{QStringLiteral("--agency"), QStringLiteral("audit")}
                                           << QStringLiteral("--agency needs --domain-id");
    QTest::newRow("domain without agency") << hw + QStringList{QStringLiteral("--domain-id"), QStringLiteral("abc")}
                                           << QStringLiteral("--domain-id needs --agency");
    QTest::newRow("role on huawei") << hw + QStringList{QStringLiteral("--role-arn"), arn}
                                    << QStringLiteral("--role-arn is for --provider aliyun");
    QTest::newRow("agency on aliyun") << ali + QStringList{QStringLiteral("--agency"), QStringLiteral("a"),
                                                           QStringLiteral("--domain-id"), QStringLiteral("d")}
                                      << QStringLiteral("--agency is for --provider huaweicloud");
    QTest::newRow("member role without organization")
        << ali + QStringList{QStringLiteral("--member-role"), QStringLiteral("Audit")}
        << QStringLiteral("--member-role needs --organization");
    QTest::newRow("member agency on aliyun")
        << ali + QStringList{QStringLiteral("--organization"), QStringLiteral("--member-agency"), QStringLiteral("a")}
        << QStringLiteral("--member-agency is for --provider huaweicloud");
    QTest::newRow("bad member role") << ali + QStringList{QStringLiteral("--organization"),
                                                          QStringLiteral("--member-role"), QStringLiteral("a b")}
                                     << QStringLiteral("--member-role: The role name must be");
}

void TestCliRoles::addRefusesWhatTheRulesRefuse()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliRun r = add(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(savedProfiles().isEmpty());
}

void TestCliRoles::addStoresRoleAgencyAndOrganisationAndListShowsThem()
{
    const QString arn = QStringLiteral("acs:ram::1234567890123456:role/flowlog-reader");
    CliRun r = add({QStringLiteral("ali-role"), QStringLiteral("--provider"), QStringLiteral("aliyun"),
                    QStringLiteral("--access-key-id"), QStringLiteral("LTAIkey"), QStringLiteral("--secret-stdin"),
                    QStringLiteral("--role-arn"), arn, QStringLiteral("--session-name"), QStringLiteral("ops@x"),
                    QStringLiteral("--external-id"), QStringLiteral("ext-1:a/b"), QStringLiteral("--duration-seconds"),
                    QStringLiteral("7200")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = add({QStringLiteral("hw-agency"), QStringLiteral("--provider"), QStringLiteral("huaweicloud"),
             QStringLiteral("--access-key-id"), QStringLiteral("HWKEY"), QStringLiteral("--secret-stdin"),
             QStringLiteral("--agency"), QStringLiteral("flowlog-audit"), QStringLiteral("--domain-id"),
             QStringLiteral("0a1b2c3d")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = add({QStringLiteral("ali-org"), QStringLiteral("--provider"), QStringLiteral("aliyun"),
             QStringLiteral("--access-key-id"), QStringLiteral("LTAIorg"), QStringLiteral("--secret-stdin"),
             QStringLiteral("--organization")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = add({QStringLiteral("hw-org"), QStringLiteral("--provider"), QStringLiteral("huaweicloud"),
             QStringLiteral("--access-key-id"), QStringLiteral("HWORG"), QStringLiteral("--secret-stdin"),
             QStringLiteral("--organization"), QStringLiteral("--member-agency"), QStringLiteral("audit-agency")});
    QVERIFY2(r.code == 0, r.err.constData());

    const QList<Profile> saved = savedProfiles();
    const Profile *role = findSaved(saved, QStringLiteral("ali-role"));
    QVERIFY(role);
    QCOMPARE(role->roleArn, arn);
    QCOMPARE(role->roleSessionName, QStringLiteral("ops@x"));
    QCOMPARE(role->externalId, QStringLiteral("ext-1:a/b"));
    QCOMPARE(role->durationSeconds, 7200);
    QCOMPARE(role->access(), Profile::Access::Role);
    const Profile *agency = findSaved(saved, QStringLiteral("hw-agency"));
    QVERIFY(agency);
    QCOMPARE(agency->agencyName, QStringLiteral("flowlog-audit"));
    QCOMPARE(agency->agencyDomainId, QStringLiteral("0a1b2c3d"));
    const Profile *org = findSaved(saved, QStringLiteral("ali-org"));
    QVERIFY(org && org->organization);
    QCOMPARE(org->effectiveMemberRole(), QStringLiteral("ResourceDirectoryAccountAccessRole"));
    const Profile *hwOrg = findSaved(saved, QStringLiteral("hw-org"));
    QVERIFY(hwOrg && hwOrg->organization);
    QCOMPARE(hwOrg->memberAgency, QStringLiteral("audit-agency"));

    r = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    const auto lineOf = [&lines](const QByteArray &name) {
        for (const QByteArray &l : lines) {
            if (l.startsWith(name + ' '))
                return l;
        }
        return QByteArray();
    };
    QVERIFY2(lineOf("ali-role").contains(" role ") && lineOf("ali-role").contains(arn.toUtf8()), r.out.constData());
    QVERIFY(lineOf("hw-agency").contains(" agency ") && lineOf("hw-agency").contains("flowlog-audit@0a1b2c3d"));
    QVERIFY(lineOf("ali-org").contains(" organization ") &&
            lineOf("ali-org").contains("members: ResourceDirectoryAccountAccessRole"));
    QVERIFY(lineOf("hw-org").contains("members: audit-agency"));
    QVERIFY(!r.out.contains("s3cret"));

    r = runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 4);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() == QLatin1String("ali-role")) {
            QCOMPARE(o.value(QLatin1String("access")).toString(), QStringLiteral("role"));
            QCOMPARE(o.value(QLatin1String("roleArn")).toString(), arn);
            QCOMPARE(o.value(QLatin1String("durationSeconds")).toInt(), 7200);
        } else if (o.value(QLatin1String("name")).toString() == QLatin1String("hw-org")) {
            QCOMPARE(o.value(QLatin1String("access")).toString(), QStringLiteral("organization"));
            QCOMPARE(o.value(QLatin1String("memberAgency")).toString(), QStringLiteral("audit-agency"));
        }
    }
    QVERIFY(!r.out.contains("s3cret"));

    // --help lists the new options (the help table feeds the parser).
    r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *option :
         {"--role-arn ARN", "--session-name NAME", "--external-id ID", "--duration-seconds N", "--agency NAME",
          "--domain-id ID", "--organization", "--member-role NAME", "--member-agency NAME"})
        QVERIFY2(r.out.contains(option), option);
}

void TestCliRoles::importTakesRamRoleArnAndChainableRamRoleArn()
{
    const QString aliyunDir = QDir::home().filePath(QStringLiteral(".aliyun"));
    QVERIFY(QDir().mkpath(aliyunDir));
    QFile f(aliyunDir + QStringLiteral("/config.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"current": "base", "profiles": [
      {"name": "base", "mode": "AK", "access_key_id": "LTAIbase", "access_key_secret": "basesecret", "region_id": "cn-hangzhou"},
      {"name": "r1", "mode": "RamRoleArn", "access_key_id": "LTAIr1", "access_key_secret": "r1secret",
       "ram_role_arn": "acs:ram::1111111111:role/reader", "ram_session_name": "cli-session", "external_id": "ext-r1",
       "expired_seconds": 1800, "region_id": "cn-shanghai"},
      {"name": "c1", "mode": "ChainableRamRoleArn", "source_profile": "base",
       "ram_role_arn": "acs:ram::2222222222:role/auditor", "ram_session_name": "chain-session"},
      {"name": "c2", "mode": "ChainableRamRoleArn", "source_profile": "r1",
       "ram_role_arn": "acs:ram::3333333333:role/auditor", "ram_session_name": "chain2"},
      {"name": "c3", "mode": "ChainableRamRoleArn", "source_profile": "nobody",
       "ram_role_arn": "acs:ram::4444444444:role/auditor", "ram_session_name": "chain3"},
      {"name": "r2", "mode": "RamRoleArn", "access_key_id": "LTAIr2", "access_key_secret": "r2secret"}
    ]})");
    f.close();
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("import")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("imported r1") && r.out.contains("imported c1") && r.out.contains("imported base"),
             r.out.constData());
    QVERIFY2(r.out.contains("skipped  c2: its source_profile r1 is not an AK or StsToken profile"), r.out.constData());
    QVERIFY(r.out.contains("skipped  c3: its source_profile \"nobody\" is not in the file"));
    QVERIFY(r.out.contains("skipped  r2: mode RamRoleArn without ram_role_arn or ram_session_name"));
    for (const char *secret : {"basesecret", "r1secret"}) {
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
    }

    const QList<Profile> saved = savedProfiles();
    const Profile *r1 = findSaved(saved, QStringLiteral("r1"));
    QVERIFY(r1);
    QCOMPARE(r1->accessKeyId, QStringLiteral("LTAIr1"));
    QCOMPARE(r1->roleArn, QStringLiteral("acs:ram::1111111111:role/reader"));
    QCOMPARE(r1->roleSessionName, QStringLiteral("cli-session"));
    QCOMPARE(r1->externalId, QStringLiteral("ext-r1"));
    QCOMPARE(r1->durationSeconds, 1800);
    const Profile *c1 = findSaved(saved, QStringLiteral("c1"));
    QVERIFY(c1);
    QCOMPARE(c1->accessKeyId, QStringLiteral("LTAIbase")); // the source profile's key
    QCOMPARE(c1->roleArn, QStringLiteral("acs:ram::2222222222:role/auditor"));
    const SecretResult c1Secret = readKeychain(c1->id, this);
    QCOMPARE(c1Secret.secret, QStringLiteral("basesecret"));
    QVERIFY(!findSaved(saved, QStringLiteral("c2")));
    QVERIFY(QFile::remove(f.fileName()));
}

void TestCliRoles::memberRoleProfileListsEveryRowWhileCredentialsExpire()
{
    // Credentials live 2 s; 4 sources x 4 pages at 4 requests in flight per profile and 700 ms a request last
    // about 5 s: the role is assumed again while the sweep runs.
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--org-members"), QStringLiteral("1"), QStringLiteral("--flowlogs"),
                            QStringLiteral("160"), QStringLiteral("--sts-max-duration-s"), QStringLiteral("2"),
                            QStringLiteral("--latency-ms"), QStringLiteral("700")},
                           &error),
             qPrintable(error));
    const Profile management = sandbox.profiles(Provider::Aliyun).first();
    const Profile member = sandbox.memberProfile(sandbox.memberNames(management.name).first());
    QVERIFY(!member.roleArn.isEmpty());
    CliRun r = add({QStringLiteral("member"), QStringLiteral("--provider"), QStringLiteral("aliyun"),
                    QStringLiteral("--access-key-id"), management.accessKeyId, QStringLiteral("--secret-stdin"),
                    QStringLiteral("--endpoint"), sandbox.baseUrl().toString(), QStringLiteral("--regions"),
                    member.regions.join(QLatin1Char(',')), QStringLiteral("--role-arn"), member.roleArn},
                   sandbox.secret(management.id).toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    sandbox.resetStats();
    QElapsedTimer clock;
    clock.start();
    r = runCli({QStringLiteral("list"), QStringLiteral("--service"), QStringLiteral("vpc,cen"),
                QStringLiteral("--format"), QStringLiteral("ndjson")});
    const qint64 took = clock.elapsed();
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2 * member.regions.size() * 160);
    QSet<QString> ids;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QLatin1String("account")).toString(), QStringLiteral("member"));
        ids.insert(o.value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids.size(), lines.size());
    QVERIFY2(took > 3000, qPrintable(QString::number(took)));
    const int assumed =
        sandbox.stats().value(QLatin1String("byOperation")).toObject().value(QLatin1String("sts.AssumeRole")).toInt();
    QVERIFY2(assumed >= 2, qPrintable(QString::number(assumed)));

    // The management key alone lists the management account's rows, none of the member's.
    r = add({QStringLiteral("mgmt"), QStringLiteral("--provider"), QStringLiteral("aliyun"),
             QStringLiteral("--access-key-id"), management.accessKeyId, QStringLiteral("--secret-stdin"),
             QStringLiteral("--endpoint"), sandbox.baseUrl().toString(), QStringLiteral("--regions"),
             member.regions.join(QLatin1Char(','))},
            sandbox.secret(management.id).toUtf8() + '\n');
    QCOMPARE(r.code, 0);
    r = runCli({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("mgmt"),
                QStringLiteral("--service"), QStringLiteral("vpc"), QStringLiteral("--format"),
                QStringLiteral("ndjson")});
    QVERIFY2(r.code == 0, r.err.constData());
    for (const QByteArray &line : r.out.trimmed().split('\n'))
        QVERIFY(!ids.contains(QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString()));
}

void TestCliRoles::memberWhoseRoleCannotBeAssumedFailsVisibly()
{
    SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--org-members"), QStringLiteral("2"), QStringLiteral("--flowlogs"),
                            QStringLiteral("3"), QStringLiteral("--deny"), QStringLiteral("role:ali-prod-m2")},
                           &error),
             qPrintable(error));
    const Profile management = sandbox.profiles(Provider::Aliyun).first();
    for (const QString &name : sandbox.memberNames(management.name)) {
        const Profile member = sandbox.memberProfile(name);
        const CliRun r =
            add({name, QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                 management.accessKeyId, QStringLiteral("--secret-stdin"), QStringLiteral("--endpoint"),
                 sandbox.baseUrl().toString(), QStringLiteral("--regions"), member.regions.join(QLatin1Char(',')),
                 QStringLiteral("--role-arn"), member.roleArn},
                sandbox.secret(management.id).toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const Profile denied = sandbox.memberProfile(QStringLiteral("ali-prod-m2"));
    const Profile allowed = sandbox.memberProfile(QStringLiteral("ali-prod-m1"));
    const CliRun r = runCli({QStringLiteral("list"), QStringLiteral("--service"), QStringLiteral("vpc"),
                             QStringLiteral("--format"), QStringLiteral("ndjson")});
    QCOMPARE(r.code, 3);
    // Every source of the denied member is one failed line with the provider's code and the role named.
    const QList<QByteArray> errors = r.err.trimmed().split('\n');
    QCOMPARE(errors.size(), denied.regions.size());
    for (const QByteArray &line : errors) {
        QVERIFY2(line.startsWith("ali-prod-m2 / "), line.constData());
        QVERIFY2(line.contains("EntityNotExist.Role") && line.contains(denied.roleArn.toUtf8()), line.constData());
    }
    // ... and every row of the other member arrives.
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), allowed.regions.size() * 3);
    for (const QByteArray &line : rows)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("account")).toString(),
                 QStringLiteral("ali-prod-m1"));
}

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
