// window-sweep: the real MainWindow (offscreen, shown) refreshing 150 sandbox accounts, once with the sources tree
// shown and once with it hidden, first fill and a second refresh each. The difference is what the tree costs a
// sweep (issue: 9 s shown against 3 s hidden before the tree became a model).
#include "bench.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "settings.h"

#include <QAction>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace flowlog::bench {

namespace {

// Refreshes and waits for the sweep's end; wall ms, or -1 on timeout.
qint64 timedRefresh(MainWindow &window)
{
    QSignalSpy done(window.inventory(), &Inventory::finished);
    QElapsedTimer clock;
    clock.start();
    window.refresh();
    if (!done.wait(600000))
        return -1;
    const qint64 ms = clock.elapsed();
    // Let the window paint what the sweep's end changed, as a user would see it.
    QTest::qWait(1);
    return ms;
}

} // namespace

void windowSweep(Context &context)
{
    const int accounts = context.smoke() ? 6 : 150;
    test::SandboxFixture sandbox;
    QString error;
    if (!sandbox.start({QStringLiteral("--accounts"), QString::number(accounts)}, &error)) {
        context.fail(QStringLiteral("window-sweep"), error);
        return;
    }
    const QList<Profile> profiles = sandbox.profiles();
    context.report(QStringLiteral("window-sweep.accounts"), accounts, QStringLiteral("accounts"));
    context.report(QStringLiteral("window-sweep.flowlogs"), sandbox.stats().value(QLatin1String("flowLogs")).toInt(),
                   QStringLiteral("rows"));
    for (const bool treeShown : {true, false}) {
        ProfileStore store(nullptr);
        store.replaceAll(profiles);
        MemoryCredentialStore credentials;
        for (const Profile &p : profiles)
            credentials.writeSecret(p.id, sandbox.secret(p.id), {}, &store, [](const ApiError &) {});
        QObject owner;
        QHash<QString, QNetworkAccessManager *> nams;
        auto namFor = [&nams, &owner](const Profile &p) {
            QNetworkAccessManager *&nam = nams[p.id];
            if (!nam)
                nam = new QNetworkAccessManager(&owner);
            return nam;
        };
        QTemporaryDir dir;
        QSettings settingsStore(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&settingsStore);
        MainWindow window(&store, &credentials, namFor, &settings);
        window.resize(1440, 900);
        window.findChild<QAction *>(QStringLiteral("actionShowSources"))->setChecked(treeShown);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            context.fail(QStringLiteral("window-sweep"), QStringLiteral("the window was not exposed"));
            return;
        }
        const QString prefix =
            QStringLiteral("window-sweep.tree_") + (treeShown ? QStringLiteral("shown") : QStringLiteral("hidden"));
        const qint64 fill = timedRefresh(window);
        const qint64 again = timedRefresh(window);
        if (fill < 0 || again < 0) {
            context.fail(prefix, QStringLiteral("the sweep did not finish"));
            return;
        }
        context.report(prefix + QStringLiteral(".first_fill"), double(fill), QStringLiteral("ms"));
        context.report(prefix + QStringLiteral(".refresh"), double(again), QStringLiteral("ms"));
        context.report(prefix + QStringLiteral(".rows"), window.tableModel()->rowCount(), QStringLiteral("rows"));
        window.hide();
    }
}

} // namespace flowlog::bench
