// Settings: one table of keys with their QSettings names, types, defaults and bounds; values read back converted and
// clamped; the sweep's limits through InventorySettings; a sandbox session's copy that never writes the user's file.
#include "settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace flowlog;
using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyKeyHasItsOwnStableNameAndADefaultOfItsType();
    void absentKeysReadTheirDefaults();
    void valuesRoundTripThroughTheFile();
    void intKeysAreClampedOnReadAndWrite_data();
    void intKeysAreClampedOnReadAndWrite();
    void unreadableValuesFallBackToTheDefault();
    void inventorySettingsComeFromTheLimitsAndTimeout();
    void copyFromTakesOnlyWhatTheUserSetAndNeverWritesTheSource();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
};

void TestSettings::init()
{
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_store->clear();
}

void TestSettings::everyKeyHasItsOwnStableNameAndADefaultOfItsType()
{
    std::set<QString> names;
    for (int k = 0; k < Settings::KeyCount; ++k) {
        const auto key = static_cast<Key>(k);
        const QString name = Settings::storageName(key);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
        QVERIFY2(names.insert(name).second, qPrintable(name)); // no two keys share a name
        QCOMPARE(Settings::defaultValue(key).metaType(), Settings::type(key));
    }
    // Names already in users' files do not change.
    QCOMPARE(Settings::storageName(Key::Language), QStringLiteral("ui/language"));
    QCOMPARE(Settings::storageName(Key::MaxConcurrent), QStringLiteral("browse/maxConcurrent"));
    QCOMPARE(Settings::storageName(Key::MaxPerProfile), QStringLiteral("browse/maxPerProfile"));
    QCOMPARE(Settings::storageName(Key::RequestTimeoutSeconds), QStringLiteral("network/requestTimeoutSeconds"));
    QCOMPARE(Settings::storageName(Key::TableHeaderState), QStringLiteral("mainWindow/tableHeader"));
    QCOMPARE(Settings::storageName(Key::ShowSources), QStringLiteral("mainWindow/showSources"));
}

void TestSettings::absentKeysReadTheirDefaults()
{
    const Settings settings(m_store.get());
    QCOMPARE(settings.intValue(Key::MaxConcurrent), 128);
    QCOMPARE(settings.intValue(Key::MaxPerProfile), 8);
    QCOMPARE(settings.intValue(Key::RequestTimeoutSeconds), 30);
    QCOMPARE(settings.stringValue(Key::Language), QString());
    QVERIFY(settings.boolValue(Key::ShowSources));
    QVERIFY(settings.bytesValue(Key::WindowGeometry).isEmpty());
    QVERIFY(!settings.isSet(Key::MaxConcurrent));
    QVERIFY(m_store->allKeys().isEmpty()); // reading writes nothing
}

void TestSettings::valuesRoundTripThroughTheFile()
{
    {
        Settings settings(m_store.get());
        settings.set(Key::Language, QStringLiteral("zh_CN"));
        settings.set(Key::ShowDetails, false);
        settings.set(Key::WindowGeometry, QByteArray("\x01\x02\x00\x03", 4));
        settings.set(Key::MaxPerProfile, 7);
        settings.sync();
    }
    QSettings reopened(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const Settings settings(&reopened);
    QCOMPARE(settings.stringValue(Key::Language), QStringLiteral("zh_CN"));
    QCOMPARE(settings.boolValue(Key::ShowDetails), false);
    QCOMPARE(settings.bytesValue(Key::WindowGeometry), QByteArray("\x01\x02\x00\x03", 4));
    QCOMPARE(settings.intValue(Key::MaxPerProfile), 7);
    QCOMPARE(settings.get(Key::MaxPerProfile).metaType(), QMetaType::fromType<int>());
    Settings(&reopened).reset(Key::MaxPerProfile);
    QCOMPARE(settings.intValue(Key::MaxPerProfile), 8);
}

void TestSettings::intKeysAreClampedOnReadAndWrite_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("concurrency 0 would stall a sweep") << Key::MaxConcurrent << QVariant(0) << 1;
    QTest::newRow("concurrency 1000 would open too many sockets") << Key::MaxConcurrent << QVariant(1000) << 512;
    QTest::newRow("per profile 100 is more than any provider allows") << Key::MaxPerProfile << QVariant(100) << 64;
    QTest::newRow("per profile -3") << Key::MaxPerProfile << QVariant(-3) << 1;
    QTest::newRow("per profile as text") << Key::MaxPerProfile << QVariant(QStringLiteral("12")) << 12;
    QTest::newRow("timeout a day") << Key::RequestTimeoutSeconds << QVariant(86400) << 600;
    QTest::newRow("timeout 0") << Key::RequestTimeoutSeconds << QVariant(0) << 1;
}

void TestSettings::intKeysAreClampedOnReadAndWrite()
{
    QFETCH(Key, key);
    QFETCH(QVariant, stored);
    QFETCH(int, expected);
    // A hand-edited file...
    m_store->setValue(Settings::storageName(key), stored);
    Settings settings(m_store.get());
    QCOMPARE(settings.intValue(key), expected);
    // ...and a value set through the class.
    m_store->clear();
    settings.set(key, stored);
    QCOMPARE(m_store->value(Settings::storageName(key)).toInt(), expected);
    const auto [low, high] = Settings::bounds(key);
    QVERIFY(low <= expected && expected <= high);
}

void TestSettings::unreadableValuesFallBackToTheDefault()
{
    m_store->setValue(Settings::storageName(Key::MaxConcurrent), QStringLiteral("lots"));
    const Settings settings(m_store.get());
    QCOMPARE(settings.intValue(Key::MaxConcurrent), 128);
    QCOMPARE(settings.get(Key::MaxConcurrent).metaType(), QMetaType::fromType<int>());
}

void TestSettings::inventorySettingsComeFromTheLimitsAndTimeout()
{
    Settings settings(m_store.get());
    const InventorySettings defaults = settings.inventory();
    QCOMPARE(defaults.maxConcurrent, InventorySettings{}.maxConcurrent);
    QCOMPARE(defaults.maxPerProfile, InventorySettings{}.maxPerProfile);
    QCOMPARE(defaults.retry.requestTimeoutMs, InventorySettings{}.retry.requestTimeoutMs);
    InventorySettings s;
    s.maxConcurrent = 5;
    s.maxPerProfile = 2;
    s.retry.requestTimeoutMs = 7000;
    settings.setInventory(s);
    const InventorySettings back = Settings(m_store.get()).inventory();
    QCOMPARE(back.maxConcurrent, 5);
    QCOMPARE(back.maxPerProfile, 2);
    QCOMPARE(back.retry.requestTimeoutMs, 7000);
    m_store->setValue(Settings::storageName(Key::MaxConcurrent), 0);
    QCOMPARE(settings.inventory().maxConcurrent, 1);
}

void TestSettings::copyFromTakesOnlyWhatTheUserSetAndNeverWritesTheSource()
{
    const QString userPath = m_dir.filePath(QStringLiteral("user.ini"));
    {
        QSettings user(userPath, QSettings::IniFormat);
        user.setValue(QStringLiteral("profiles/size"), 1); // not a setting: never copied
        user.setValue(Settings::storageName(Key::Language), QStringLiteral("zh_CN"));
        user.setValue(Settings::storageName(Key::MaxConcurrent), 3);
    }
    QFile before(userPath);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    {
        QSettings userStore(userPath, QSettings::IniFormat);
        const Settings user(&userStore);
        Settings session(m_store.get());
        session.copyFrom(user);
        QCOMPARE(session.stringValue(Key::Language), QStringLiteral("zh_CN"));
        QCOMPARE(session.intValue(Key::MaxConcurrent), 3);
        QVERIFY(!session.isSet(Key::ShowSources));
        QVERIFY(!m_store->contains(QStringLiteral("profiles/size")));
        session.set(Key::Language, QStringLiteral("en"));
        session.set(Key::WindowGeometry, QByteArray("geometry"));
        session.sync();
    }
    QFile after(userPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
