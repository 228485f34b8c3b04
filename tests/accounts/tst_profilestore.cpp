// ProfileStore: the rules a profile must meet, and QSettings persistence that never holds a secret.
#include "profilestore.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flowlog;

namespace {

Profile valid(const QString &name = QStringLiteral("prod"))
{
    Profile p;
    p.id = Profile::newId();
    p.name = name;
    p.accessKeyId = QStringLiteral("LTAI5tExample");
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkRules_data();
    void checkRules();
    void addRefusesDuplicateNameAndDisallowedEndpoint();
    void settingsRoundTripKeepsEveryFieldAndNoSecretKey();
    void renameKeepsId();
    void defaultRegionsPerProvider();
};

void TestProfileStore::checkRules_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("accessKeyId");
    QTest::addColumn<QByteArray>("endpoint");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QByteArray("new") << QByteArray("LTAI") << QByteArray("") << true;
    QTest::newRow("https endpoint") << QByteArray("new") << QByteArray("LTAI") << QByteArray("https://vpc.example.com")
                                    << true;
    QTest::newRow("loopback http") << QByteArray("new") << QByteArray("LTAI") << QByteArray("http://127.0.0.1:8080")
                                   << true;
    // A name, not an address: the transport refuses it (issue 15), so the store does too.
    QTest::newRow("localhost http") << QByteArray("new") << QByteArray("LTAI") << QByteArray("http://localhost:9")
                                    << false;
    QTest::newRow("remote http") << QByteArray("new") << QByteArray("LTAI") << QByteArray("http://example.com")
                                 << false;
    QTest::newRow("ftp") << QByteArray("new") << QByteArray("LTAI") << QByteArray("ftp://127.0.0.1") << false;
    QTest::newRow("empty name") << QByteArray("") << QByteArray("LTAI") << QByteArray("") << false;
    QTest::newRow("padded name") << QByteArray(" new") << QByteArray("LTAI") << QByteArray("") << false;
    QTest::newRow("duplicate name") << QByteArray("prod") << QByteArray("LTAI") << QByteArray("") << false;
    QTest::newRow("no key id") << QByteArray("new") << QByteArray("") << QByteArray("") << false;
}

void TestProfileStore::checkRules()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, accessKeyId);
    QFETCH(QByteArray, endpoint);
    QFETCH(bool, ok);
    ProfileStore store;
    QVERIFY(store.add(valid()));
    Profile p = valid(QString::fromUtf8(name));
    p.accessKeyId = QString::fromUtf8(accessKeyId);
    p.endpoint = QUrl(QString::fromUtf8(endpoint));
    QCOMPARE(store.check(p).isEmpty(), ok);
}

void TestProfileStore::addRefusesDuplicateNameAndDisallowedEndpoint()
{
    ProfileStore store;
    QSignalSpy changed(&store, &ProfileStore::changed);
    QVERIFY(store.add(valid()));
    QVERIFY(!store.add(valid()));
    Profile remote = valid(QStringLiteral("remote"));
    remote.endpoint = QUrl(QStringLiteral("http://10.0.0.1"));
    QVERIFY(!store.add(remote));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(changed.size(), 1);
}

void TestProfileStore::settingsRoundTripKeepsEveryFieldAndNoSecretKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.conf"));
    Profile p = valid();
    p.provider = Provider::Huawei;
    p.kind = Profile::Kind::StsToken;
    p.regions = {QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")};
    p.endpoint = QUrl(QStringLiteral("https://er.example.com:8443"));
    p.projectIds = {{QStringLiteral("cn-north-4"), QStringLiteral("proj1")}};
    p.erIds = {{QStringLiteral("cn-north-4"), {QStringLiteral("er-1"), QStringLiteral("er-2")}}};
    p.ecrIds = {QStringLiteral("ecr-1")};
    p.enabled = false;
    p.color = QStringLiteral("#336699");
    p.label = QStringLiteral("production");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.add(p));
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profiles().size(), 1);
    const Profile &q = store.profiles().first();
    QCOMPARE(q.id, p.id);
    QCOMPARE(q.provider, p.provider);
    QCOMPARE(q.kind, p.kind);
    QCOMPARE(q.regions, p.regions);
    QCOMPARE(q.endpoint, p.endpoint);
    QCOMPARE(q.projectIds, p.projectIds);
    QCOMPARE(q.erIds, p.erIds);
    QCOMPARE(q.ecrIds, p.ecrIds);
    QCOMPARE(q.enabled, p.enabled);
    QCOMPARE(q.color, p.color);
    QCOMPARE(q.label, p.label);
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive), qPrintable(key));
    }
}

void TestProfileStore::renameKeepsId()
{
    ProfileStore store;
    Profile p = valid();
    QVERIFY(store.add(p));
    p.name = QStringLiteral("renamed");
    QVERIFY(store.update(p));
    QVERIFY(!store.findByName(QStringLiteral("prod")));
    QCOMPARE(store.findByName(QStringLiteral("renamed"))->id, p.id);
}

void TestProfileStore::defaultRegionsPerProvider()
{
    Profile a = valid();
    QVERIFY(a.effectiveRegions().contains(QStringLiteral("cn-hangzhou")));
    a.provider = Provider::Huawei;
    QVERIFY(a.effectiveRegions().contains(QStringLiteral("cn-north-4")));
    a.regions = {QStringLiteral("eu-west-101")};
    QCOMPARE(a.effectiveRegions(), a.regions);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
