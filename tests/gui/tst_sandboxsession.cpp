// flowlog-console --sandbox starts from a copy of the user's settings in a temporary file and writes only that copy:
// the user's settings file is byte-identical after the session. The same run without --sandbox writes the window
// layout into that file, so the comparison would catch a write.
#include "settings.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace flowlog;

class TestSandboxSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxSessionLeavesTheUsersSettingsFileByteIdentical();

private:
    // Runs the console in home until its first paint; the probe then closes the window like a user (the window
    // saves its layout) and quits.
    bool runConsole(const QTemporaryDir &home, const QStringList &arguments);
    [[nodiscard]] static QString settingsPath(const QTemporaryDir &home);
    [[nodiscard]] static QByteArray readAll(const QString &path);
};

QString TestSandboxSession::settingsPath(const QTemporaryDir &home)
{
    // QSettings' native format on Linux: $XDG_CONFIG_HOME/<organisation>/<application>.conf
    return home.filePath(QStringLiteral("config/flowlog/flowlog-console.conf"));
}

QByteArray TestSandboxSession::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestSandboxSession::runConsole(const QTemporaryDir &home, const QStringList &arguments)
{
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("FLOWLOG_EXIT_AFTER_PAINT"), QStringLiteral("1"));
    console.setProcessEnvironment(env);
    console.start(test::binPath(QStringLiteral("flowlog-console")), arguments);
    if (!console.waitForFinished(60000)) {
        console.kill();
        console.waitForFinished();
        qWarning("flowlog-console did not quit after its first paint");
        return false;
    }
    const QByteArray out = console.readAllStandardOutput();
    if (console.exitStatus() != QProcess::NormalExit || console.exitCode() != 0 || !out.contains("first-paint-ms")) {
        qWarning("flowlog-console: exit %d, %s %s", console.exitCode(), out.constData(),
                 console.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestSandboxSession::sandboxSessionLeavesTheUsersSettingsFileByteIdentical()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    {
        QSettings user(settingsPath(home), QSettings::IniFormat);
        Settings settings(&user);
        settings.set(Settings::Key::ShowDetails, false);
        settings.set(Settings::Key::MaxConcurrent, 5);
        settings.set(Settings::Key::Language, QStringLiteral("en"));
    }
    const QByteArray before = readAll(settingsPath(home));
    QVERIFY(!before.isEmpty());

    QVERIFY(runConsole(home, {QStringLiteral("--sandbox")}));
    QCOMPARE(readAll(settingsPath(home)), before);

    // The control: the same session on the user's own settings saves the layout into the file.
    QVERIFY(runConsole(home, {}));
    const QByteArray after = readAll(settingsPath(home));
    QVERIFY(after != before);
    QSettings user(settingsPath(home), QSettings::IniFormat);
    const Settings settings(&user);
    QVERIFY(settings.isSet(Settings::Key::WindowGeometry));
    QCOMPARE(settings.intValue(Settings::Key::MaxConcurrent), 5); // the user's values are kept
}

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"
