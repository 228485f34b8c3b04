// Files flowlog writes for the user are readable by the user only, whatever the umask: 0600 files in 0700
// directories for the settings (ProfileStore), the results cache, the pending-create state; 0600 exports in the
// directory the user chose (left alone).
#include "flowlogexport.h"
#include "flowlogtablemodel.h"
#include "pendingcreates.h"
#include "privatefiles.h"
#include "profilestore.h"
#include "resultscache.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace flowlog;

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writeFileIsPrivateFromTheStart();
    void ensurePrivateDirTightensAnExistingDirectory();
    void everyWriterLeavesPrivateFiles();

private:
    mode_t m_umask = 0;
};

void TestPrivateFiles::initTestCase()
{
    m_umask = ::umask(022); // the usual umask: files 0644 and directories 0755 unless the writer says otherwise
}

void TestPrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestPrivateFiles::writeFileIsPrivateFromTheStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ours/sub/file.json"));
    QString error;
    QVERIFY2(privatefiles::writeFile(path, "{}", privatefiles::Parent::Private, &error), qPrintable(error));
    QCOMPARE(test::unixMode(path), 0600);
    QCOMPARE(test::unixMode(QFileInfo(path).absolutePath()), 0700);
    // Replacing a file that someone made readable makes it private again.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(privatefiles::writeFile(path, "{\"a\":1}", privatefiles::Parent::Private, &error));
    QCOMPARE(test::unixMode(path), 0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"a\":1}"));
}

void TestPrivateFiles::ensurePrivateDirTightensAnExistingDirectory()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("flowlog"));
    QVERIFY(QDir().mkpath(sub));
    QVERIFY(::chmod(QFile::encodeName(sub).constData(), 0755) == 0);
    QVERIFY(privatefiles::ensurePrivateDir(sub));
    QCOMPARE(test::unixMode(sub), 0700);
    // A file where the directory should be is an error that names it.
    const QString file = dir.filePath(QStringLiteral("taken"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(!privatefiles::ensurePrivateDir(file, &error));
    QVERIFY(error.contains(file));
}

void TestPrivateFiles::everyWriterLeavesPrivateFiles()
{
    QTemporaryDir home;
    // Settings.
    const QString settingsPath = home.filePath(QStringLiteral("config/flowlog/flowlog-console.conf"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        ProfileStore profiles(&settings);
        Profile p;
        p.id = Profile::newId();
        p.name = QStringLiteral("prod");
        p.accessKeyId = QStringLiteral("LTAI");
        QVERIFY(profiles.add(p));
    }
    QCOMPARE(test::unixMode(settingsPath), 0600);
    QCOMPARE(test::unixMode(QFileInfo(settingsPath).absolutePath()), 0700);

    // Results cache.
    FlowLogTableModel table;
    FlowLog f;
    f.account = QStringLiteral("prod");
    f.id = QStringLiteral("fl-1");
    table.appendRows(QStringLiteral("src"), {f});
    const QString cachePath = home.filePath(QStringLiteral("cache/flowlog/flowlog-console/results.json"));
    QString error;
    QVERIFY2(ResultsCache::save(cachePath, table, &error), qPrintable(error));
    QCOMPARE(test::unixMode(cachePath), 0600);
    QCOMPARE(test::unixMode(QFileInfo(cachePath).absolutePath()), 0700);

    // Pending creates.
    const QString statePath = home.filePath(QStringLiteral("state/flowlog/pending-creates.json"));
    FlowLogDraft draft;
    (void)PendingCreates(statePath).begin(QStringLiteral("p"), QStringLiteral("prod"), draft);
    QCOMPARE(test::unixMode(statePath), 0600);
    QCOMPARE(test::unixMode(QFileInfo(statePath).absolutePath()), 0700);

    // Export, into a directory of the user's choosing.
    const QString exportDir = home.filePath(QStringLiteral("Documents"));
    QVERIFY(QDir().mkpath(exportDir));
    QVERIFY(saveExport(exportDir + QStringLiteral("/flowlogs.csv"), {f}, &error));
    QCOMPARE(test::unixMode(exportDir + QStringLiteral("/flowlogs.csv")), 0600);
    QCOMPARE(test::unixMode(exportDir), 0755);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
