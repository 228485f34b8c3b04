// flowlog-console: the GUI composition root. Makes the network access managers, the stores and the window.
#include "flowlogtablemodel.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "networkpool.h"
#include "profilestore.h"
#include "resultscache.h"
#include "sandboxlauncher.h"
#include "settings.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace {

// --version and --help must work without a display, so they are answered before QApplication exists.
bool answerWithoutGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("flowlog-console %s\n", FLOWLOG_VERSION);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: flowlog-console [--sandbox] [--sandbox-arg ARG ...] [--lang zh_CN|en]\n"
                        "  --sandbox      start flowlog-sandbox on a free port and browse its sample accounts\n"
                        "                 (your real profiles and keychain are not touched)\n"
                        "  --sandbox-arg  pass ARG to flowlog-sandbox (e.g. --sandbox-arg=--latency-ms=40)\n"
                        "  --lang         user interface language (default: the system's)\n"
                        "  --version      print the version and exit\n");
            return true;
        }
    }
    return false;
}

// Cold-start probe for flowlog-bench and the tests, active only with FLOWLOG_EXIT_AFTER_PAINT=1: once the first
// paint pass has finished it prints "first-paint-ms N" (milliseconds since main()), then closes the windows as a
// user would (the window saves its layout) and quits. Not a user feature.
class ExitAfterFirstPaint final : public QObject
{
    Q_DISABLE_COPY_MOVE(ExitAfterFirstPaint)

public:
    ExitAfterFirstPaint(const QElapsedTimer &sinceMain, QObject *parent)
        : QObject(parent)
        , m_sinceMain(sinceMain)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs after the whole paint pass (and the backing store flush) that this event starts.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceMain.elapsed()));
                    std::fflush(stdout);
                    QApplication::closeAllWindows();
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (answerWithoutGui(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("flowlog"));
    QCoreApplication::setApplicationName(QStringLiteral("flowlog-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("flowlog-console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/flowlog-console.svg")));

    QCommandLineParser parser;
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"));
    const QCommandLineOption sandboxArg(QStringLiteral("sandbox-arg"), QString(), QStringLiteral("ARG"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    parser.addOptions({sandboxOption, sandboxArg, langOption});
    parser.process(app);

    const bool sandbox = parser.isSet(sandboxOption);

    // The user's settings. A sandbox session starts from a copy of them in a temporary file and writes only that:
    // trying the console never changes the user's layout, limits or language.
    QSettings userStore;
    flowlog::Settings userSettings(&userStore);
    std::optional<QTemporaryDir> sandboxDir;
    std::unique_ptr<QSettings> sandboxStore;
    std::unique_ptr<flowlog::Settings> sandboxSettings;
    flowlog::Settings *settings = &userSettings;
    if (sandbox) {
        sandboxDir.emplace();
        sandboxStore = std::make_unique<QSettings>(sandboxDir->filePath(QStringLiteral("flowlog-console.conf")),
                                                   QSettings::IniFormat);
        sandboxSettings = std::make_unique<flowlog::Settings>(sandboxStore.get());
        sandboxSettings->copyFrom(userSettings);
        settings = sandboxSettings.get();
    }
    flowlog::i18n::installTranslators(&app, parser.isSet(langOption)
                                                ? parser.value(langOption)
                                                : settings->stringValue(flowlog::Settings::Key::Language));
    // Set after the translators, so window managers that append it show it in the user's language.
    QGuiApplication::setApplicationDisplayName(QObject::tr("Flow Log Console"));

    // One network access manager per profile (Qt allows 6 connections per host and manager).
    QHash<QString, QNetworkAccessManager *> nams;
    auto namFor = [&nams, &app](const flowlog::Profile &profile) {
        QNetworkAccessManager *&nam = nams[profile.id];
        if (!nam)
            nam = new QNetworkAccessManager(&app);
        return nam;
    };

    std::unique_ptr<flowlog::ProfileStore> profiles;
    std::unique_ptr<flowlog::CredentialStore> credentials;
    if (sandbox) {
        profiles = std::make_unique<flowlog::ProfileStore>(nullptr);
        credentials = std::make_unique<flowlog::MemoryCredentialStore>();
    } else {
        profiles = std::make_unique<flowlog::ProfileStore>(&userStore);
        credentials = std::make_unique<flowlog::KeychainCredentialStore>();
    }

    // The sweep's requests go through a pool of managers with room on their host (networkpool.h): Qt's 6
    // connections per host and manager would otherwise cap the limits. Made before the window, gone after it.
    flowlog::NetworkPool sweepNetwork([] { return new QNetworkAccessManager; });
    sweepNetwork.setThreaded(true);
    flowlog::MainWindow window(profiles.get(), credentials.get(), namFor, settings);
    window.inventory()->setNetworkPool(&sweepNetwork);
    flowlog::SandboxLauncher launcher;
    if (sandbox) {
        window.setSessionLabel(QObject::tr("sandbox"));
        window.setWaitingForProfiles(true);
        QObject::connect(&launcher, &flowlog::SandboxLauncher::ready, &window, [&] {
            for (auto it = launcher.secrets().cbegin(); it != launcher.secrets().cend(); ++it)
                credentials->writeSecret(it.key(), it.value(), {}, &window, [](const flowlog::ApiError &) {});
            profiles->replaceAll(launcher.profiles());
            window.setWaitingForProfiles(false);
            QMetaObject::invokeMethod(&window, &flowlog::MainWindow::refresh, Qt::QueuedConnection);
        });
        QObject::connect(&launcher, &flowlog::SandboxLauncher::failed, &window, [&window](const flowlog::ApiError &e) {
            window.setWaitingForProfiles(false);
            QMessageBox::critical(&window, QObject::tr("Sandbox"), e.toDisplayString());
        });
        launcher.start(parser.values(sandboxArg));
    } else {
        window.setSessionLabel({});
        // The sandbox session never touches this cache: its data is made up anew at every start.
        window.setCachePath(flowlog::ResultsCache::defaultPath());
        QMetaObject::invokeMethod(&window, &flowlog::MainWindow::refresh, Qt::QueuedConnection);
    }
    if (qEnvironmentVariableIntValue("FLOWLOG_EXIT_AFTER_PAINT") == 1)
        app.installEventFilter(new ExitAfterFirstPaint(sinceMain, &app));
    window.show();
    return app.exec();
}
