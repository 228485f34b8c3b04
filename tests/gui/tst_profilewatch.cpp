// Issue 20 item 10: a profile flowlog-cli adds while the console runs is picked up, by the window and by the
// credential reads: the real MainWindow over the real settings file and Secret Service (private D-Bus session), the
// real flowlog-cli in its own process, the real sandbox behind the profile.
#include "../cli/clirun.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "settings.h"

#include <QAction>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace flowlog;

namespace {

QSettings *cliSettings(QObject *parent)
{
    // Where flowlog-cli keeps profiles: $XDG_CONFIG_HOME/flowlog/flowlog-console.conf.
    return new QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
                         QStringLiteral("flowlog-console"), parent);
}

} // namespace

class TestProfileWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileAddedByTheCliIsListedWithItsSecret();
};

void TestProfileWatch::profileAddedByTheCliIsListedWithItsSecret()
{
    test::SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("3")}, &error), qPrintable(error));
    const Profile sample = sandbox.profiles(Provider::Aliyun).first();

    QSettings *settings = cliSettings(this);
    settings->clear();
    settings->sync();
    ProfileStore profiles(settings);
    KeychainCredentialStore credentials;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    QSettings uiStore(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    Settings uiSettings(&uiStore);
    MainWindow window(
        &profiles, &credentials, [&nam](const Profile &) { return &nam; }, &uiSettings);
    SweepScope scope;
    scope.services = {Service::Vpc};
    window.inventory()->setScope(scope);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));

    // flowlog-cli adds a profile (settings file + keychain) while the window is open.
    const test::CliRun added =
        test::runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("watched"),
                      QStringLiteral("--provider"), QStringLiteral("aliyun"), QStringLiteral("--access-key-id"),
                      sample.accessKeyId, QStringLiteral("--secret-stdin"), QStringLiteral("--regions"),
                      QStringLiteral("cn-hangzhou"), QStringLiteral("--endpoint"), sandbox.baseUrl().toString()},
                     sandbox.secret(sample.id).toUtf8() + '\n');
    QVERIFY2(added.code == 0, added.err.constData());

    // The window follows without a restart, and its refresh reads the new profile's secret from the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(profiles.findByName(QStringLiteral("watched")), 10000);
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("browsePage"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    QSignalSpy done(window.inventory(), &Inventory::finished);
    window.refresh();
    QVERIFY(done.wait(30000));
    for (const SourceStatusModel::Entry &e : window.statusModel()->entries())
        QVERIFY2(e.state == SourceStatusModel::State::Done, qPrintable(e.error.toDisplayString()));
    QVERIFY(window.tableModel()->rowCount() > 0);
    QCOMPARE(window.tableModel()->at(0).account, QStringLiteral("watched"));

    // And a removal by the CLI too: the next refresh lists nothing of it, with no keychain error.
    const test::CliRun removed =
        test::runCli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("watched")});
    QVERIFY2(removed.code == 0, removed.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(profiles.profiles().isEmpty(), 10000);
    QTRY_VERIFY(!window.findChild<QAction *>(QStringLiteral("actionRefresh"))->isEnabled());
    settings->clear();
}

QTEST_MAIN(TestProfileWatch)
#include "tst_profilewatch.moc"
