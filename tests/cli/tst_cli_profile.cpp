// flowlog-cli profile add | list | remove | import as a user runs them: a separate process, the real Secret
// Service (private D-Bus session), the CLI's own settings file under the test's XDG_CONFIG_HOME.
#include "clitestutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <memory>
#include <vector>

using namespace flowlog;
using namespace flowlog::test;

class TestCliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addStoresTheSecretInTheKeychainAndInNoFile();
    void addReadsStdinWhenItIsNotATerminal();
    void addWithStsStoresSecretAndToken();
    void addOnATerminalPromptsWithoutEcho();
    void addRefusesADuplicateName();
    void addRefusesAnEmptySecretAndADisallowedEndpoint();
    void listNeverPrintsASecret();
    void renameKeepsTheSecret();
    void removeDeletesProfileAndSecret();
    void removeOfAnUnknownNameIsUsageError();
    void withoutAKeychainAddRefusesAndWritesNothing();
    void importTakesAkAndStsTokenAndSaysWhatItSkipped();
    void importOnlyTheNamedProfiles();
    void importOfABadFileIsOneErrorLine();
    void importRemoveSecretsRewritesTheConfigWithoutThem();
    void overlappingAddsKeepEveryProfile();
    void unwritableSettingsFailLoudlyAndLeaveNoSecret();
    void listShowsBrokenEntriesAndRemoveTakesThemOut();

private:
    static QStringList addArgs(const QString &name, const QString &accessKeyId);
    static QString settingsPath();
    static QByteArray keychainListing();
    static QString secret()
    {
        return QStringLiteral("cli-secret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    void writeAliyunConfig(const QByteArray &bytes);
};

void TestCliProfile::initTestCase()
{
    cleanUpSavedProfiles(this);
}

void TestCliProfile::cleanup()
{
    cleanUpSavedProfiles(this);
}

void TestCliProfile::addStoresTheSecretInTheKeychainAndInNoFile()
{
    const QString s = secret();
    const CliRun r =
        runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("prod"), QStringLiteral("--provider"),
                QStringLiteral("aliyun"), QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tProd"),
                QStringLiteral("--secret-stdin"), QStringLiteral("--regions"), QStringLiteral("cn-hangzhou,cn-beijing"),
                QStringLiteral("--ecr-id"), QStringLiteral("ecr-1")},
               s.toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.out.contains(s.toUtf8()));
    const QList<Profile> saved = savedProfiles();
    const Profile *p = findSaved(saved, QStringLiteral("prod"));
    QVERIFY(p);
    QCOMPARE(p->accessKeyId, QStringLiteral("LTAI5tProd"));
    QCOMPARE(p->regions, (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")}));
    QCOMPARE(p->ecrIds, QStringList{QStringLiteral("ecr-1")});
    const SecretResult k = readKeychain(p->id, this);
    QVERIFY2(!k.error.isError(), qPrintable(k.error.toDisplayString()));
    QCOMPARE(k.secret, s);
    // Independent of QtKeychain: the Secret Service itself lists it under the schema QtKeychain uses.
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("xdg:schema"),
                QStringLiteral("org.qt.keychain"), QStringLiteral("server"), QStringLiteral("flowlog-console")});
    QVERIFY(tool.waitForFinished(20000));
    const QByteArray listing = tool.readAllStandardOutput() + tool.readAllStandardError();
    QVERIFY2(listing.contains(p->id.toUtf8()), listing.constData());
    QVERIFY2(filesContaining(s.toUtf8()).isEmpty(), qPrintable(filesContaining(s.toUtf8()).join(QLatin1Char(' '))));
}

void TestCliProfile::addReadsStdinWhenItIsNotATerminal()
{
    const QString s = secret();
    const CliRun r =
        runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("piped"), QStringLiteral("--provider"),
                QStringLiteral("huaweicloud"), QStringLiteral("--access-key-id"), QStringLiteral("HWAK"),
                QStringLiteral("--project-id"), QStringLiteral("cn-north-4=proj"), QStringLiteral("--er-id"),
                QStringLiteral("cn-north-4=er-1")},
               s.toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<Profile> saved = savedProfiles();
    const Profile *p = findSaved(saved, QStringLiteral("piped"));
    QVERIFY(p);
    QCOMPARE(p->provider, Provider::Huawei);
    QCOMPARE(p->projectIds.value(QStringLiteral("cn-north-4")), QStringLiteral("proj"));
    QCOMPARE(p->erIds.value(QStringLiteral("cn-north-4")), QStringList{QStringLiteral("er-1")});
    QCOMPARE(readKeychain(p->id, this).secret, s);
}

void TestCliProfile::addWithStsStoresSecretAndToken()
{
    const QString s = secret();
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("temp"),
                             QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                             QStringLiteral("STS.abc"), QStringLiteral("--secret-stdin"), QStringLiteral("--sts")},
                            s.toUtf8() + "\nthe-sts-token\n");
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<Profile> saved = savedProfiles();
    const Profile *p = findSaved(saved, QStringLiteral("temp"));
    QVERIFY(p);
    QCOMPARE(p->kind, Profile::Kind::StsToken);
    const SecretResult k = readKeychain(p->id, this);
    QCOMPARE(k.secret, s);
    QCOMPARE(k.securityToken, QStringLiteral("the-sts-token"));
    QVERIFY(filesContaining("the-sts-token").isEmpty());
}

void TestCliProfile::addOnATerminalPromptsWithoutEcho()
{
    // script(1) gives the CLI a pseudo-terminal as stdin and copies what the terminal shows to our stdout.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed (package bsdutils; scripts/bootstrap.sh installs it)");
    const QString s = secret();
    QProcess p;
    p.start(script, {QStringLiteral("-qec"),
                     binPath(QStringLiteral("flowlog-cli")) +
                         QStringLiteral(" profile add ttyp --provider aliyun --access-key-id AKtty"),
                     QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted(10000));
    QByteArray screen;
    // Type only once the prompt is shown: echo is off from then on.
    QVERIFY(QTest::qWaitFor(
        [&] {
            screen += p.readAllStandardOutput();
            return screen.contains("secret for ttyp");
        },
        20000));
    p.write(s.toUtf8() + '\n');
    QVERIFY(p.waitForFinished(30000));
    screen += p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(screen.contains("Added profile ttyp"), screen.constData());
    QVERIFY2(!screen.contains(s.toUtf8()), screen.constData());
    const QList<Profile> saved = savedProfiles();
    const Profile *added = findSaved(saved, QStringLiteral("ttyp"));
    QVERIFY(added);
    QCOMPARE(readKeychain(added->id, this).secret, s);
}

void TestCliProfile::addRefusesADuplicateName()
{
    const QStringList args{QStringLiteral("profile"), QStringLiteral("add"),
                           QStringLiteral("dup"),     QStringLiteral("--provider"),
                           QStringLiteral("aliyun"),  QStringLiteral("--access-key-id"),
                           QStringLiteral("AK1"),     QStringLiteral("--secret-stdin")};
    QCOMPARE(runCli(args, "one\n").code, 0);
    const CliRun r = runCli(args, "two\n");
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.err.contains("exists"));
    QCOMPARE(savedProfiles().size(), 1);
    QCOMPARE(readKeychain(savedProfiles().first().id, this).secret, QStringLiteral("one"));
}

void TestCliProfile::addRefusesAnEmptySecretAndADisallowedEndpoint()
{
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nosecret"),
                       QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                       QStringLiteral("AK"), QStringLiteral("--secret-stdin")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("secret"));
    r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("plainhttp"),
                QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                QStringLiteral("AK"), QStringLiteral("--endpoint"), QStringLiteral("http://vpc.example.com"),
                QStringLiteral("--secret-stdin")},
               "x\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("https"));
    QVERIFY(savedProfiles().isEmpty());
}

void TestCliProfile::listNeverPrintsASecret()
{
    const QString s = secret();
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("listed"),
                     QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                     QStringLiteral("LTAIlisted"), QStringLiteral("--secret-stdin")},
                    s.toUtf8() + '\n')
                 .code,
             0);
    const CliRun table = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith("NAME"));
    QVERIFY(table.out.contains("listed"));
    QVERIFY(table.out.contains("LTAIlisted"));
    QVERIFY(!table.out.contains(s.toUtf8()));
    const CliRun json =
        runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject o = rows.first().toObject();
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("listed"));
    QCOMPARE(o.value(QLatin1String("provider")).toString(), QStringLiteral("aliyun"));
    QVERIFY(o.value(QLatin1String("regions")).toArray().size() > 1); // the provider's defaults
    QVERIFY(!json.out.contains(s.toUtf8()));
    QVERIFY(!o.contains(QLatin1String("secret")));
}

void TestCliProfile::renameKeepsTheSecret()
{
    const QString s = secret();
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("before"),
                     QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                     QStringLiteral("AK"), QStringLiteral("--secret-stdin")},
                    s.toUtf8() + '\n')
                 .code,
             0);
    QString id;
    {
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
                           QStringLiteral("flowlog-console"));
        ProfileStore store(&settings);
        Profile p = *store.findByName(QStringLiteral("before"));
        id = p.id;
        p.name = QStringLiteral("after");
        QVERIFY(store.update(p));
    }
    const CliRun list = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(list.out.contains("after"));
    QVERIFY(!list.out.contains("before"));
    QCOMPARE(readKeychain(id, this).secret, s);
    // The renamed profile is removed by its new name, secret included.
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("after")}).code, 0);
    QCOMPARE(readKeychain(id, this).error.code, QStringLiteral("EntryNotFound"));
}

void TestCliProfile::removeDeletesProfileAndSecret()
{
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("gone"),
                     QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                     QStringLiteral("AK"), QStringLiteral("--secret-stdin")},
                    "bye\n")
                 .code,
             0);
    const QString id = savedProfiles().first().id;
    QCOMPARE(readKeychain(id, this).secret, QStringLiteral("bye"));
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("gone")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(savedProfiles().isEmpty());
    const SecretResult k = readKeychain(id, this);
    QCOMPARE(k.error.code, QStringLiteral("EntryNotFound"));
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("xdg:schema"),
                QStringLiteral("org.qt.keychain"), QStringLiteral("server"), QStringLiteral("flowlog-console")});
    QVERIFY(tool.waitForFinished(20000));
    QVERIFY(!(tool.readAllStandardOutput() + tool.readAllStandardError()).contains(id.toUtf8()));
}

void TestCliProfile::removeOfAnUnknownNameIsUsageError()
{
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("nobody")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(r.err.contains("nobody"));
}

void TestCliProfile::withoutAKeychainAddRefusesAndWritesNothing()
{
    const QString s = secret();
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                             QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                             QStringLiteral("AK"), QStringLiteral("--secret-stdin")},
                            s.toUtf8() + '\n', envWithoutKeychain());
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains("no Secret Service is running") || r.err.contains("No Secret Service is running"),
             r.err.constData());
    QVERIFY(r.err.contains("gnome-keyring"));
    QVERIFY(!r.err.contains(s.toUtf8()));
    QVERIFY(!r.out.contains(s.toUtf8()));
    QVERIFY(savedProfiles().isEmpty());
    QVERIFY(filesContaining(s.toUtf8()).isEmpty());
}

void TestCliProfile::writeAliyunConfig(const QByteArray &bytes)
{
    QDir home(QDir::homePath());
    QVERIFY(home.mkpath(QStringLiteral(".aliyun")));
    QFile f(home.filePath(QStringLiteral(".aliyun/config.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

namespace {

QByteArray aliyunConfig(const QString &akSecret)
{
    const auto entry = [](const char *name, const char *mode, const char *akid, const QString &secret, const char *sts,
                          const char *region) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("mode"), QLatin1String(mode)},
                           {QStringLiteral("access_key_id"), QLatin1String(akid)},
                           {QStringLiteral("access_key_secret"), secret},
                           {QStringLiteral("sts_token"), QLatin1String(sts)},
                           {QStringLiteral("ram_role_arn"), QStringLiteral("acs:ram::1:role/x")},
                           {QStringLiteral("region_id"), QLatin1String(region)}};
    };
    const QJsonArray profiles{entry("ak-prof", "AK", "LTAIimport", akSecret, "", "cn-shanghai"),
                              entry("sts-prof", "StsToken", "STS.import", akSecret, "imported-token", "cn-beijing"),
                              entry("role-prof", "RamRoleArn", "LTAIrole", akSecret, "", "cn-hangzhou")};
    return QJsonDocument(QJsonObject{{QStringLiteral("current"), QStringLiteral("ak-prof")},
                                     {QStringLiteral("profiles"), profiles}})
        .toJson();
}

} // namespace

void TestCliProfile::importTakesAkAndStsTokenAndSaysWhatItSkipped()
{
    const QString s = secret();
    writeAliyunConfig(aliyunConfig(s));
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("import")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("found    ak-prof"));
    QVERIFY(r.out.contains("found    sts-prof"));
    // A RamRoleArn profile needs its session name as well (tst_cli_roles imports complete ones).
    QVERIFY2(r.out.contains("skipped  role-prof: mode RamRoleArn without ram_role_arn or ram_session_name"),
             r.out.constData());
    QVERIFY(r.out.contains("imported ak-prof"));
    QVERIFY(r.out.contains("imported sts-prof"));
    QVERIFY(!r.out.contains(s.toUtf8()));
    QVERIFY(!r.err.contains(s.toUtf8()));
    const QList<Profile> saved = savedProfiles();
    QCOMPARE(saved.size(), 2);
    const Profile *ak = findSaved(saved, QStringLiteral("ak-prof"));
    const Profile *sts = findSaved(saved, QStringLiteral("sts-prof"));
    QVERIFY(ak && sts);
    QCOMPARE(ak->regions, QStringList{QStringLiteral("cn-shanghai")});
    QCOMPARE(sts->kind, Profile::Kind::StsToken);
    QCOMPARE(readKeychain(ak->id, this).secret, s);
    const SecretResult k = readKeychain(sts->id, this);
    QCOMPARE(k.secret, s);
    QCOMPARE(k.securityToken, QStringLiteral("imported-token"));
    // Only the aliyun CLI's own file still holds the secret; our config does not.
    const QStringList holders = filesContaining(s.toUtf8());
    QCOMPARE(holders.size(), 1);
    QVERIFY(holders.first().endsWith(QLatin1String(".aliyun/config.json")));
    // The output says the secrets are still in the aliyun CLI's file, and how to take them out.
    QVERIFY2(r.out.contains("still in plaintext") && r.out.contains("--remove-secrets"), r.out.constData());
    // Importing again: the same name and AccessKey ID is already there (nothing to do); another key under an
    // existing name is refused.
    const CliRun again = runCli({QStringLiteral("profile"), QStringLiteral("import")});
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY(again.out.contains("already imported ak-prof"));
    QCOMPARE(savedProfiles().size(), 2);
    writeAliyunConfig(aliyunConfig(s).replace("LTAIimport", "LTAIother"));
    const CliRun clash = runCli({QStringLiteral("profile"), QStringLiteral("import")});
    QCOMPARE(clash.code, 3);
    QVERIFY(clash.err.contains("exists"));
    QCOMPARE(savedProfiles().size(), 2);
}

void TestCliProfile::importOnlyTheNamedProfiles()
{
    const QString s = secret();
    writeAliyunConfig(aliyunConfig(s));
    const QString path = QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--file"), path,
                             QStringLiteral("--name"), QStringLiteral("sts-prof")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<Profile> saved = savedProfiles();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("sts-prof"));
    const CliRun missing = runCli(
        {QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--name"), QStringLiteral("role-prof")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("role-prof"));
}

void TestCliProfile::importOfABadFileIsOneErrorLine()
{
    const QString s = secret();
    writeAliyunConfig("{\"profiles\": [{\"name\": \"x\", \"access_key_secret\": \"" + s.toUtf8() + "\"");
    CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("import")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(!r.err.contains(s.toUtf8()));
    QVERIFY(!r.out.contains(s.toUtf8()));
    r = runCli({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--file"),
                QStringLiteral("/nonexistent/config.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("/nonexistent/config.json"));
    QVERIFY(savedProfiles().isEmpty());
}

QStringList TestCliProfile::addArgs(const QString &name, const QString &accessKeyId)
{
    return {QStringLiteral("profile"),
            QStringLiteral("add"),
            name,
            QStringLiteral("--provider"),
            QStringLiteral("aliyun"),
            QStringLiteral("--access-key-id"),
            accessKeyId,
            QStringLiteral("--secret-stdin")};
}

QString TestCliProfile::settingsPath()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
                     QStringLiteral("flowlog-console"))
        .fileName();
}

QByteArray TestCliProfile::keychainListing()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("xdg:schema"),
                QStringLiteral("org.qt.keychain"), QStringLiteral("server"), QStringLiteral("flowlog-console")});
    tool.waitForFinished(20000);
    return tool.readAllStandardOutput() + tool.readAllStandardError();
}

void TestCliProfile::importRemoveSecretsRewritesTheConfigWithoutThem()
{
    const QString s = secret();
    writeAliyunConfig(aliyunConfig(s));
    const QString path = QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
    const CliRun r = runCli({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--name"),
                             QStringLiteral("ak-prof"), QStringLiteral("--remove-secrets")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Removed the secrets of ak-prof"), r.out.constData());
    QCOMPARE(unixMode(path), 0600);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject now = QJsonDocument::fromJson(file.readAll()).object();
    // Only the imported profile's secret went; every other key and value is as it was.
    QJsonObject expected = QJsonDocument::fromJson(aliyunConfig(s)).object();
    QJsonArray profiles = expected.value(QLatin1String("profiles")).toArray();
    QJsonObject ak = profiles.at(0).toObject();
    ak.insert(QStringLiteral("access_key_secret"), QString());
    profiles.replace(0, ak);
    expected.insert(QStringLiteral("profiles"), profiles);
    QCOMPARE(now, expected);
    // The keychain has it.
    QCOMPARE(readKeychain(findSaved(savedProfiles(), QStringLiteral("ak-prof"))->id, this).secret, s);
    // Later, for a profile imported before: the secrets of sts-prof leave the file too.
    QCOMPARE(runCli({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--name"),
                     QStringLiteral("sts-prof")})
                 .code,
             0);
    const CliRun later = runCli({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("--name"),
                                 QStringLiteral("sts-prof"), QStringLiteral("--remove-secrets")});
    QVERIFY2(later.code == 0, later.err.constData());
    QVERIFY(later.out.contains("already imported sts-prof"));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("imported-token"));
    // The incomplete RamRoleArn profile keeps its own secret: it was not imported.
    QVERIFY(bytes.contains(s.toUtf8()));
}

void TestCliProfile::overlappingAddsKeepEveryProfile()
{
    // Several flowlog-cli profile add at once (a provisioning script in parallel): every one is kept.
    constexpr int count = 6;
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < count; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(binPath(QStringLiteral("flowlog-cli")),
                 addArgs(QStringLiteral("parallel-%1").arg(i), QStringLiteral("AKpar%1").arg(i)));
        runs.push_back(std::move(p));
    }
    for (int i = 0; i < count; ++i) {
        runs[i]->write(QStringLiteral("secret-%1\n").arg(i).toUtf8());
        runs[i]->closeWriteChannel();
    }
    for (auto &p : runs) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const QList<Profile> saved = savedProfiles();
    QCOMPARE(saved.size(), count);
    for (int i = 0; i < count; ++i) {
        const Profile *p = findSaved(saved, QStringLiteral("parallel-%1").arg(i));
        QVERIFY(p);
        QCOMPARE(readKeychain(p->id, this).secret, QStringLiteral("secret-%1").arg(i));
    }
}

void TestCliProfile::unwritableSettingsFailLoudlyAndLeaveNoSecret()
{
    // The settings file's path is taken by a directory: nothing can be written, whoever runs the test.
    const QString path = settingsPath();
    QFile::remove(path);
    QVERIFY(QDir().mkpath(path));
    const QByteArray before = keychainListing();
    const CliRun r = runCli(addArgs(QStringLiteral("unsaved"), QStringLiteral("AKunsaved")), "unsaved-secret\n");
    QVERIFY(QDir(path).removeRecursively());
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("Cannot write the settings file"), r.err.constData());
    QVERIFY(!r.out.contains("Added"));
    // The secret written first was taken back: the keychain holds what it held before.
    QCOMPARE(keychainListing().count("flowlog-console:"), before.count("flowlog-console:"));
}

void TestCliProfile::listShowsBrokenEntriesAndRemoveTakesThemOut()
{
    QCOMPARE(runCli(addArgs(QStringLiteral("fine"), QStringLiteral("AKfine")), "x\n").code, 0);
    {
        // A hand edit: a second entry pointing plain http at another host.
        QSettings settings(settingsPath(), QSettings::NativeFormat);
        const int n = settings.beginReadArray(QStringLiteral("profiles"));
        settings.endArray();
        settings.beginWriteArray(QStringLiteral("profiles"), n + 1);
        settings.setArrayIndex(n);
        settings.setValue(QStringLiteral("id"), QStringLiteral("hand-edited"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("edited"));
        settings.setValue(QStringLiteral("provider"), QStringLiteral("aliyun"));
        settings.setValue(QStringLiteral("accessKeyId"), QStringLiteral("AKedited"));
        settings.setValue(QStringLiteral("endpoint"), QStringLiteral("http://example.com"));
        settings.endArray();
    }
    const CliRun table = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains("fine"));
    QVERIFY2(table.out.contains("edited") && table.out.contains("BROKEN") && table.out.contains("https"),
             table.out.constData());
    QVERIFY(table.err.contains("cannot be used"));
    const CliRun json =
        runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).toObject().value(QLatin1String("broken")).toBool());
    // A sweep never uses it; remove takes it out and keeps the good one.
    const CliRun removed = runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("edited")});
    QVERIFY2(removed.code == 0, removed.err.constData());
    const CliRun after = runCli({QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(!after.out.contains("edited"));
    QVERIFY(after.out.contains("fine"));
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
