// The real MainWindow in Simplified Chinese: with the zh_CN translators installed the way the console installs
// them, the actions, filter, title, column headers and progress read in Chinese over the sandbox's rows.
// A source whose refresh fails keeps its rows, stale, explained in Chinese. With FLOWLOG_SCREENSHOT=path.png the
// window is also saved (the README's screenshot).
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "settings.h"
#include "translators.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace flowlog;

class TestMainWindowZh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void windowShowsChineseTexts();
};

void TestMainWindowZh::initTestCase()
{
    QVERIFY(i18n::installTranslators(qApp, QStringLiteral("zh_CN")));
}

void TestMainWindowZh::windowShowsChineseTexts()
{
    test::SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("4")}, &error), qPrintable(error));
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    const QList<Profile> aliyun = sandbox.profiles(Provider::Aliyun);
    for (const Profile &p : aliyun)
        credentials.writeSecret(p.id, sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    profiles.replaceAll(aliyun);
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(
        &profiles, &credentials, [&nam](const Profile &) { return &nam; }, &settings);
    window.setSessionLabel(QString());
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("流日志控制台"));
    auto *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
    auto *stop = window.findChild<QAction *>(QStringLiteral("actionStop"));
    QVERIFY(refresh && stop);
    QCOMPARE(refresh->text(), QStringLiteral("刷新(&R)"));
    QCOMPARE(stop->text(), QStringLiteral("停止(&S)"));
    QVERIFY(refresh->toolTip().contains(QStringLiteral("流日志")));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    QVERIFY(filter);
    QVERIFY2(filter->placeholderText().startsWith(QStringLiteral("筛选流日志")), qPrintable(filter->placeholderText()));

    QSignalSpy done(window.inventory(), &Inventory::finished);
    window.refresh();
    QVERIFY(done.wait(30000));
    auto *table = window.findChild<QTableView *>(QStringLiteral("flowLogTable"));
    QVERIFY(table);
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(table->model()->headerData(FlowLogTableModel::Region, Qt::Horizontal).toString(), QStringLiteral("地域"));
    QCOMPARE(table->model()->headerData(FlowLogTableModel::Status, Qt::Horizontal).toString(), QStringLiteral("状态"));
    auto *progress = window.findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY(progress);
    QTRY_VERIFY2(progress->text().contains(QStringLiteral("条流日志")), qPrintable(progress->text()));

    // A source that fails on refresh: its rows stay, stale, counted apart and explained in Chinese (issue 20).
    credentials.writeSecret(aliyun.first().id, QStringLiteral("wrong-secret"), {}, this, [](const ApiError &) {});
    window.refresh();
    QVERIFY(done.wait(30000));
    QTRY_VERIFY2(progress->text().contains(QStringLiteral("条过时（来自 ")) &&
                     progress->text().contains(QStringLiteral("个失败的来源）")),
                 qPrintable(progress->text()));
    for (int i = 0; i < table->model()->rowCount(); ++i) {
        const QModelIndex name = table->model()->index(i, FlowLogTableModel::Name);
        if (name.data(FlowLogTableModel::StaleRole).toBool()) {
            QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral(">非最新：最后一次看到于")),
                     qPrintable(name.data(Qt::ToolTipRole).toString()));
            table->setCurrentIndex(name);
            break;
        }
    }
    QVERIFY(table->currentIndex().isValid());

    const QString shot = qEnvironmentVariable("FLOWLOG_SCREENSHOT");
    if (!shot.isEmpty())
        QVERIFY(window.grab().save(shot));
}

QTEST_MAIN(TestMainWindowZh)
#include "tst_mainwindow_zh.moc"
