// The real MainWindow against the real sandbox: the window opens and the sandbox's rows appear.
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "settings.h"
#include "sourcetreemodel.h"
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

namespace {

// The console over sandbox accounts (profiles as given, the sandbox's secrets in memory), shown and refreshed once.
struct Console
{
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&store};
    std::unique_ptr<MainWindow> window;

    bool open(test::SandboxFixture &sandbox, const QList<Profile> &accounts, QObject *context, int timeoutMs)
    {
        for (const Profile &p : accounts)
            credentials.writeSecret(p.id, sandbox.secret(p.id), {}, context, [](const ApiError &) {});
        profiles.replaceAll(accounts);
        window = std::make_unique<MainWindow>(
            &profiles, &credentials, [this](const Profile &) { return &nam; }, &settings);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        QSignalSpy done(window->inventory(), &Inventory::finished);
        window->refresh();
        return done.wait(timeoutMs);
    }
};

} // namespace

class TestMainWindowSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowShowsSandboxRows();
    void keysAloneShowEveryFlowLogOfEveryRegion();
    void consoleVersionWorksWithoutDisplay();
};

void TestMainWindowSmoke::windowShowsSandboxRows()
{
    test::SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("7")}, &error), qPrintable(error));
    const QList<Profile> aliyun = sandbox.profiles(Provider::Aliyun);
    Console console;
    QVERIFY(console.open(sandbox, aliyun, this, 30000));
    MainWindow &window = *console.window;
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

void TestMainWindowSmoke::keysAloneShowEveryFlowLogOfEveryRegion()
{
    // Issue 16: accounts added with nothing but their keys; flow logs in every region and in instances nobody
    // typed. The console shows the sandbox's total, in the table and in the sources tree.
    test::SandboxFixture sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--regions-spread"), QStringLiteral("--flowlogs"), QStringLiteral("1")}));
    QList<Profile> added;
    for (const Profile &p : sandbox.profiles())
        added.append(test::SandboxFixture::keyOnly(p));
    Console console;
    QVERIFY(console.open(sandbox, added, this, 60000));
    MainWindow &window = *console.window;
    const int total = sandbox.stats().value(QLatin1String("flowLogs")).toInt();
    QVERIFY(total > 0);
    QCOMPARE(window.tableModel()->rowCount(), total);
    auto *table = window.findChild<QTableView *>(QStringLiteral("flowLogTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), total);
    const SourceTreeModel *tree = window.sourceTreeModel();
    int treeRows = 0;
    for (int r = 0; r < tree->rowCount(); ++r)
        treeRows += tree->index(r, 0).data(SourceTreeModel::RowsRole).toInt();
    QCOMPARE(treeRows, total);
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
