// ProfileStore: the rules a profile must meet, and QSettings persistence that never holds a secret, loses no
// other writer's profile, reports a failed write, keeps damaged entries and keeps the file private.
#include "profilestore.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    void overlappingWritersKeepEachOthersProfiles();
    void aRunningStoreSeesProfilesAnotherProgramAdded();
    void unwritableSettingsFileFailsAndSaysWhy();
    void damagedEntriesAreShownWithTheReasonAndNeverErased();
    void aBrokenEntryCanBeRepairedOrRemoved();
    void settingsFileIsPrivate();

private:
    // A settings file of our own in a fresh directory (…/flowlog/profiles.conf).
    static QString settingsPath(const QTemporaryDir &dir);
    static void writeRawEntries(const QString &path, const QList<QVariantMap> &entries);
};

QString TestProfileStore::settingsPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("flowlog/profiles.conf"));
}

void TestProfileStore::writeRawEntries(const QString &path, const QList<QVariantMap> &entries)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings settings(path, QSettings::IniFormat);
    settings.beginWriteArray(QStringLiteral("profiles"), static_cast<int>(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        for (auto it = entries.at(i).cbegin(); it != entries.at(i).cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    settings.endArray();
}

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

void TestProfileStore::overlappingWritersKeepEachOthersProfiles()
{
    // Two programs (two flowlog-cli runs, or the console and a CLI) load the same file, then each writes.
    QTemporaryDir dir;
    const QString path = settingsPath(dir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings settingsA(path, QSettings::IniFormat);
    QSettings settingsB(path, QSettings::IniFormat);
    ProfileStore a(&settingsA);
    ProfileStore b(&settingsB);
    QVERIFY(b.add(valid(QStringLiteral("from-b"))));
    Profile mine = valid(QStringLiteral("from-a"));
    QVERIFY2(a.add(mine), qPrintable(a.lastError()));
    mine.name = QStringLiteral("from-a-renamed");
    QVERIFY(a.update(mine));
    QVERIFY(b.add(valid(QStringLiteral("from-b-2"))));
    QVERIFY(a.remove(mine.id));

    QSettings fresh(path, QSettings::IniFormat);
    ProfileStore check(&fresh);
    QStringList names;
    for (const Profile &p : check.profiles())
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("from-b"), QStringLiteral("from-b-2")}));
    // Each writer's own view is what is on disk after its write.
    QCOMPARE(a.profiles().size(), 2);
}

void TestProfileStore::aRunningStoreSeesProfilesAnotherProgramAdded()
{
    QTemporaryDir dir;
    const QString path = settingsPath(dir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings running(path, QSettings::IniFormat);
    ProfileStore console(&running);
    QSignalSpy changed(&console, &ProfileStore::changed);
    {
        QSettings other(path, QSettings::IniFormat);
        ProfileStore cli(&other);
        QVERIFY(cli.add(valid(QStringLiteral("added-by-cli"))));
    }
    QTRY_VERIFY(console.findByName(QStringLiteral("added-by-cli")));
    QVERIFY(!changed.isEmpty());
}

void TestProfileStore::unwritableSettingsFileFailsAndSaysWhy()
{
    // The settings path is taken by a directory: nothing can be written there, whoever runs the test (root too).
    QTemporaryDir dir;
    const QString path = settingsPath(dir);
    QVERIFY(QDir().mkpath(path));
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QSignalSpy changed(&store, &ProfileStore::changed);
    QVERIFY(!store.add(valid()));
    QVERIFY2(store.lastError().contains(path), qPrintable(store.lastError()));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(changed.isEmpty());
}

void TestProfileStore::damagedEntriesAreShownWithTheReasonAndNeverErased()
{
    QTemporaryDir dir;
    const QString path = settingsPath(dir);
    const Profile good = valid(QStringLiteral("good"));
    const QVariantMap goodEntry{{QStringLiteral("id"), good.id},
                                {QStringLiteral("name"), good.name},
                                {QStringLiteral("provider"), QStringLiteral("aliyun")},
                                {QStringLiteral("kind"), QStringLiteral("accesskey")},
                                {QStringLiteral("accessKeyId"), good.accessKeyId}};
    QVariantMap noId = goodEntry;
    noId.remove(QStringLiteral("id"));
    noId[QStringLiteral("name")] = QStringLiteral("no-id");
    QVariantMap remote = goodEntry;
    remote[QStringLiteral("id")] = Profile::newId();
    remote[QStringLiteral("name")] = QStringLiteral("remote");
    remote[QStringLiteral("endpoint")] = QStringLiteral("http://example.com");
    QVariantMap unknownCloud = goodEntry;
    unknownCloud[QStringLiteral("id")] = Profile::newId();
    unknownCloud[QStringLiteral("name")] = QStringLiteral("cloudless");
    unknownCloud[QStringLiteral("provider")] = QStringLiteral("azure");
    QVariantMap twin = goodEntry;
    twin[QStringLiteral("id")] = Profile::newId(); // same name as "good"
    QVariantMap noKey = goodEntry;
    noKey[QStringLiteral("id")] = Profile::newId();
    noKey[QStringLiteral("name")] = QStringLiteral("keyless");
    noKey.remove(QStringLiteral("accessKeyId"));
    writeRawEntries(path, {goodEntry, noId, remote, unknownCloud, twin, noKey});

    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("good"));
    const QList<BrokenProfile> broken = store.brokenProfiles();
    QCOMPARE(broken.size(), 5);
    QVERIFY(broken.at(0).reason.contains(QLatin1String("no id")));
    QVERIFY2(broken.at(1).reason.contains(QLatin1String("https")), qPrintable(broken.at(1).reason));
    QVERIFY(broken.at(2).reason.contains(QLatin1String("azure")));
    QVERIFY(broken.at(3).reason.contains(QLatin1String("same name")));
    QVERIFY(broken.at(4).reason.contains(QLatin1String("AccessKey ID")));
    QCOMPARE(store.findByName(QStringLiteral("remote")), nullptr); // never swept

    // A save keeps every damaged entry as it was.
    QVERIFY(store.add(valid(QStringLiteral("added"))));
    QSettings again(path, QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.profiles().size(), 2);
    QCOMPARE(reread.brokenProfiles().size(), 5);
    for (int i = 0; i < broken.size(); ++i)
        QCOMPARE(reread.brokenProfiles().at(i).raw, broken.at(i).raw);
}

void TestProfileStore::aBrokenEntryCanBeRepairedOrRemoved()
{
    QTemporaryDir dir;
    const QString path = settingsPath(dir);
    const QString id = Profile::newId();
    writeRawEntries(path, {{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), QStringLiteral("remote")},
                            {QStringLiteral("provider"), QStringLiteral("aliyun")},
                            {QStringLiteral("accessKeyId"), QStringLiteral("LTAI")},
                            {QStringLiteral("endpoint"), QStringLiteral("http://example.com")}},
                           {{QStringLiteral("name"), QStringLiteral("no-id")}}});
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.brokenProfiles().size(), 2);
    // The editor repairs it: the update with its id replaces the broken entry.
    Profile repaired = store.brokenProfiles().first().profile;
    QCOMPARE(repaired.id, id);
    repaired.endpoint = QUrl(QStringLiteral("https://vpc.example.com"));
    QVERIFY2(store.update(repaired), qPrintable(store.lastError()));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.brokenProfiles().size(), 1);
    QVERIFY(store.removeBroken(store.brokenProfiles().first()));
    QVERIFY(store.brokenProfiles().isEmpty());
    QSettings again(path, QSettings::IniFormat);
    ProfileStore reread(&again);
    QCOMPARE(reread.profiles().size(), 1);
    QVERIFY(reread.brokenProfiles().isEmpty());
}

void TestProfileStore::settingsFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = settingsPath(dir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // As the umask and an older version left them: readable by everyone.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(::chmod(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    QVERIFY(store.add(valid()));
    settings.setValue(QStringLiteral("ui/other"), 1); // any later write of the application keeps it private
    settings.sync();
    QCOMPARE(test::unixMode(path), 0600);
    QCOMPARE(test::unixMode(QFileInfo(path).absolutePath()), 0700);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
