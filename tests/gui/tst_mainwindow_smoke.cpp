// The real MainWindow against the real sandbox: the window opens and the sandbox's rows appear.
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "settings.h"
#include "testdata.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace flowlog;

class TestMainWindowSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowShowsSandboxRows();
    void consoleVersionWorksWithoutDisplay();
};

void TestMainWindowSmoke::windowShowsSandboxRows()
{
    test::SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("7")}, &error), qPrintable(error));
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QList<Profile> aliyun = sandbox.profiles(Provider::Aliyun);
    for (const Profile &p : aliyun)
        credentials.writeSecret(p.id, sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    profiles.replaceAll(aliyun);
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(
        &profiles, &credentials, [&nam](const Profile &) { return &nam; }, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy done(window.inventory(), &Inventory::finished);
    window.refresh();
    QVERIFY(done.wait(30000));
    auto *table = window.findChild<QTableView *>(QStringLiteral("flowLogTable"));
    QVERIFY(table);
    // VPC: accounts x regions x 7 rows; other services contribute what the sandbox serves for them.
    int vpcRows = 0;
    for (int i = 0; i < window.tableModel()->rowCount(); ++i)
        vpcRows += window.tableModel()->at(i).service == Service::Vpc ? 1 : 0;
    QCOMPARE(vpcRows, static_cast<int>(aliyun.size()) * 2 * 7);
    QCOMPARE(table->model()->rowCount(), window.tableModel()->rowCount());
    QVERIFY(table->model()->index(0, FlowLogTableModel::Id).data().toString().size() > 3);
}

void TestMainWindowSmoke::consoleVersionWorksWithoutDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(test::binPath(QStringLiteral("flowlog-console")), {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("flowlog-console " FLOWLOG_VERSION));
}

QTEST_MAIN(TestMainWindowSmoke)
#include "tst_mainwindow_smoke.moc"
