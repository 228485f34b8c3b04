#pragma once

// What the MainWindow tests of issue 20 set up: the real sandbox, its Alibaba Cloud profiles with their secrets in
// memory, a private settings file, one network access manager, and windows over VPC (or the given services).
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

#include <memory>

namespace flowlog::test {

// Runs handle on the first visible top-level widget of type T named name (any name when empty) once it appears,
// from inside the nested event loop of a modal dialog or a popup menu.
template<typename T> void whenShown(const QString &name, std::function<void(T *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, name, handle] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *t = qobject_cast<T *>(w);
            if (t && t->isVisible() && (name.isEmpty() || t->objectName() == name)) {
                timer->stop();
                timer->deleteLater();
                handle(t);
                return;
            }
        }
    });
    timer->start();
}

class ConsoleFixture
{
public:
    // initTestCase: starts the sandbox with arguments; false with a reason.
    bool start(const QStringList &arguments, QString *error)
    {
        if (!sandbox.start(arguments, error))
            return false;
        aliyun = sandbox.profiles(Provider::Aliyun);
        return aliyun.size() >= 2;
    }

    // init: fresh settings, profiles and secrets (context receives the store's callbacks).
    void init(QObject *context)
    {
        store = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        store->clear();
        settings = std::make_unique<Settings>(store.get());
        profiles = std::make_unique<ProfileStore>();
        credentials = std::make_unique<MemoryCredentialStore>();
        nam = std::make_unique<QNetworkAccessManager>();
        for (const Profile &p : std::as_const(aliyun))
            credentials->writeSecret(p.id, sandbox.secret(p.id), {}, context, [](const ApiError &) {});
        profiles->replaceAll(aliyun);
    }

    void cleanup()
    {
        profiles.reset();
        credentials.reset();
        nam.reset();
    }

    [[nodiscard]] std::unique_ptr<MainWindow> makeWindow(const QSet<Service> &services = {Service::Vpc}) const
    {
        QNetworkAccessManager *manager = nam.get();
        auto window = std::make_unique<MainWindow>(
            profiles.get(), credentials.get(), [manager](const Profile &) { return manager; }, settings.get());
        SweepScope scope;
        scope.services = services;
        window->inventory()->setScope(scope);
        window->show();
        return window;
    }

    // Refresh as the user does, and wait for the end of the sweep.
    static bool sweep(MainWindow &window)
    {
        QSignalSpy done(window.inventory(), &Inventory::finished);
        window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        return done.wait(20000);
    }

    SandboxFixture sandbox;
    QList<Profile> aliyun;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> store;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<MemoryCredentialStore> credentials;
    std::unique_ptr<QNetworkAccessManager> nam;
};

} // namespace flowlog::test
