// The aliyun CLI config parser (pure) and the import step (profiles + secrets into a credential store).
#include "aliyunconfigimporter.h"
#include "memorycredentialstore.h"
#include "profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

const QString kSecret = QStringLiteral("S3cr3t-aliyun-config-4f1e9c");

QJsonObject profile(const QString &name, const QString &mode, const QString &akid = QStringLiteral("LTAI5tTestKeyId"),
                    const QString &secret = kSecret, const QString &sts = {},
                    const QString &region = QStringLiteral("cn-shanghai"))
{
    return QJsonObject{
        {QStringLiteral("name"), name},          {QStringLiteral("mode"), mode},
        {QStringLiteral("access_key_id"), akid}, {QStringLiteral("access_key_secret"), secret},
        {QStringLiteral("sts_token"), sts},      {QStringLiteral("ram_role_arn"), QString()},
        {QStringLiteral("region_id"), region},   {QStringLiteral("output_format"), QStringLiteral("json")}};
}

QByteArray config(const QJsonArray &profiles)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("current"), QStringLiteral("default")},
                                     {QStringLiteral("profiles"), profiles}})
        .toJson();
}

} // namespace

class TestAliyunConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAkAndStsTokenProfiles();
    void skipsWithReason_data();
    void skipsWithReason();
    void unusableFileIsOneErrorWithoutTheBytes_data();
    void unusableFileIsOneErrorWithoutTheBytes();
    void everyTruncationParsesWithoutLeakingTheSecret();
    void importCreatesProfilesAndMovesSecretsToTheStore();
    void importRefusesAnExistingName();
};

void TestAliyunConfig::parsesAkAndStsTokenProfiles()
{
    const AliyunConfigParseResult r =
        parseAliyunConfig(config({profile(QStringLiteral("default"), QStringLiteral("AK")),
                                  profile(QStringLiteral("temp"), QStringLiteral("StsToken"), QStringLiteral("STS.NUx"),
                                          kSecret, QStringLiteral("tok-123"))}));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.skipped.size(), 0);
    QCOMPARE(r.candidates.size(), 2);
    QCOMPARE(r.candidates.at(0).name, QStringLiteral("default"));
    QCOMPARE(r.candidates.at(0).mode, QStringLiteral("AK"));
    QCOMPARE(r.candidates.at(0).accessKeyId, QStringLiteral("LTAI5tTestKeyId"));
    QCOMPARE(r.candidates.at(0).secret, kSecret);
    QVERIFY(r.candidates.at(0).stsToken.isEmpty());
    QCOMPARE(r.candidates.at(0).region, QStringLiteral("cn-shanghai"));
    QCOMPARE(r.candidates.at(1).mode, QStringLiteral("StsToken"));
    QCOMPARE(r.candidates.at(1).stsToken, QStringLiteral("tok-123"));
}

void TestAliyunConfig::skipsWithReason_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("RamRoleArn without its role") << profile(QStringLiteral("p"), QStringLiteral("RamRoleArn"))
                                                 << QStringLiteral("mode RamRoleArn without ram_role_arn or "
                                                                   "ram_session_name");
    QTest::newRow("EcsRamRole") << profile(QStringLiteral("p"), QStringLiteral("EcsRamRole"))
                                << QStringLiteral("unsupported mode EcsRamRole");
    QTest::newRow("ChainableRamRoleArn without its role")
        << profile(QStringLiteral("p"), QStringLiteral("ChainableRamRoleArn"))
        << QStringLiteral("mode ChainableRamRoleArn without ram_role_arn or ram_session_name");
    QTest::newRow("no secret") << profile(QStringLiteral("p"), QStringLiteral("AK"), QStringLiteral("LTAI"), QString())
                               << QStringLiteral("no AccessKey ID or secret");
    QTest::newRow("no key id") << profile(QStringLiteral("p"), QStringLiteral("AK"), QString())
                               << QStringLiteral("no AccessKey ID or secret");
    QTest::newRow("sts without token") << profile(QStringLiteral("p"), QStringLiteral("StsToken"))
                                       << QStringLiteral("mode StsToken without an STS token");
    QTest::newRow("unknown mode is not echoed")
        << profile(QStringLiteral("p"), kSecret) << QStringLiteral("unsupported mode (not one the aliyun CLI knows)");
    QTest::newRow("no name") << profile(QString(), QStringLiteral("AK")) << QStringLiteral("no name");
}

void TestAliyunConfig::skipsWithReason()
{
    QFETCH(QJsonObject, entry);
    QFETCH(QString, reason);
    const AliyunConfigParseResult r = parseAliyunConfig(config({entry}));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.candidates.size(), 0);
    QCOMPARE(r.skipped.size(), 1);
    QCOMPARE(r.skipped.first().reason, reason);
    QVERIFY(!r.skipped.first().reason.contains(kSecret));
    QVERIFY(!r.skipped.first().name.isEmpty());
}

void TestAliyunConfig::unusableFileIsOneErrorWithoutTheBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated") << config({profile(QStringLiteral("a"), QStringLiteral("AK"))}).left(120);
    QTest::newRow("not json") << (QByteArrayLiteral("access_key_secret = ") + kSecret.toUtf8());
    QTest::newRow("array") << QByteArrayLiteral("[1,2]");
    QTest::newRow("no profiles") << QByteArrayLiteral("{\"current\":\"x\"}");
    QTest::newRow("empty") << QByteArray();
}

void TestAliyunConfig::unusableFileIsOneErrorWithoutTheBytes()
{
    QFETCH(QByteArray, bytes);
    const AliyunConfigParseResult r = parseAliyunConfig(bytes);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!r.error.contains(kSecret));
    QVERIFY(!r.error.contains(QLatin1Char('\n')));
    QCOMPARE(r.candidates.size(), 0);
}

void TestAliyunConfig::everyTruncationParsesWithoutLeakingTheSecret()
{
    // What a fuzzer would try first: every prefix of a real file. The parser never crashes, and whatever it
    // says (error, skip reasons) never contains the secret.
    const QByteArray full = config({profile(QStringLiteral("a"), QStringLiteral("AK")),
                                    profile(QStringLiteral("b"), QStringLiteral("StsToken"), QStringLiteral("STS.x"),
                                            kSecret, QStringLiteral("tok")),
                                    profile(QStringLiteral("c"), QStringLiteral("RamRoleArn"))});
    int complete = 0;
    for (qsizetype n = 0; n <= full.size(); ++n) {
        const AliyunConfigParseResult r = parseAliyunConfig(full.left(n));
        QVERIFY(!r.error.contains(kSecret));
        for (const AliyunConfigSkipped &skip : r.skipped)
            QVERIFY(!skip.reason.contains(kSecret) && !skip.name.contains(kSecret));
        complete += r.candidates.size() == 2 ? 1 : 0;
    }
    QVERIFY(complete >= 1); // the whole file (and trailing-whitespace prefixes) parse completely
}

void TestAliyunConfig::importCreatesProfilesAndMovesSecretsToTheStore()
{
    const AliyunConfigParseResult r =
        parseAliyunConfig(config({profile(QStringLiteral("default"), QStringLiteral("AK")),
                                  profile(QStringLiteral("temp"), QStringLiteral("StsToken"), QStringLiteral("STS.NUx"),
                                          kSecret, QStringLiteral("tok-123"), QString()),
                                  profile(QStringLiteral("role"), QStringLiteral("RamRoleArn"))}));
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    AliyunConfigImporter importer(&profiles, &credentials);
    QSignalSpy finished(&importer, &AliyunConfigImporter::finished);
    importer.start(r.candidates);
    QVERIFY(finished.wait(5000));
    const auto outcomes = finished.first().first().value<QList<AliyunImportOutcome>>();
    QCOMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.at(0).imported);
    QVERIFY(outcomes.at(1).imported);
    QCOMPARE(profiles.profiles().size(), 2);
    const Profile *def = profiles.findByName(QStringLiteral("default"));
    QVERIFY(def);
    QCOMPARE(def->provider, Provider::Aliyun);
    QCOMPARE(def->kind, Profile::Kind::AccessKey);
    QCOMPARE(def->regions, QStringList{QStringLiteral("cn-shanghai")});
    const Profile *temp = profiles.findByName(QStringLiteral("temp"));
    QVERIFY(temp);
    QCOMPARE(temp->kind, Profile::Kind::StsToken);
    QCOMPARE(temp->effectiveRegions(), defaultRegions(Provider::Aliyun));

    SecretResult read;
    bool done = false;
    credentials.readSecret(temp->id, this, [&](const SecretResult &s) {
        read = s;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(read.secret, kSecret);
    QCOMPARE(read.securityToken, QStringLiteral("tok-123"));
    QVERIFY(!profiles.findByName(QStringLiteral("role")));
}

void TestAliyunConfig::importRefusesAnExistingName()
{
    ProfileStore profiles;
    Profile existing;
    existing.id = Profile::newId();
    existing.name = QStringLiteral("default");
    existing.accessKeyId = QStringLiteral("OTHER");
    QVERIFY(profiles.add(existing));
    MemoryCredentialStore credentials;
    AliyunConfigImporter importer(&profiles, &credentials);
    QSignalSpy finished(&importer, &AliyunConfigImporter::finished);
    importer.start(parseAliyunConfig(config({profile(QStringLiteral("default"), QStringLiteral("AK"))})).candidates);
    QVERIFY(finished.wait(5000));
    const auto outcomes = finished.first().first().value<QList<AliyunImportOutcome>>();
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().imported);
    QVERIFY(outcomes.first().reason.contains(QStringLiteral("exists")));
    QCOMPARE(profiles.findByName(QStringLiteral("default"))->accessKeyId, QStringLiteral("OTHER"));
    QVERIFY(!credentials.contains(existing.id));
}

QTEST_GUILESS_MAIN(TestAliyunConfig)
#include "tst_aliyunconfig.moc"
