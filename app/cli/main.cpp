// flowlog-cli: composition root for the terminal. Profiles from QSettings, secrets from the system keychain.
#include "cliargs.h"
#include "clirunner.h"
#include "keychaincredentialstore.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("flowlog"));
    QCoreApplication::setApplicationName(QStringLiteral("flowlog-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));

    const flowlog::cli::Command command = flowlog::cli::parseArguments(QCoreApplication::arguments());
    QSettings settings;
    flowlog::ProfileStore profiles(&settings);
    flowlog::KeychainCredentialStore credentials;
    flowlog::cli::CliRunner runner(command, &profiles, &credentials);
    int exitCode = 0;
    QObject::connect(&runner, &flowlog::cli::CliRunner::done, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QMetaObject::invokeMethod(&runner, &flowlog::cli::CliRunner::start, Qt::QueuedConnection);
    app.exec();
#ifndef FLOWLOG_SANITIZED
    // A read-only command has written all it will: end here instead of tearing down (the network managers' HTTP
    // threads and the parse pool joined, the models freed, a --sandbox child stopped and waited for; that child
    // exits by itself when its stdin closes). After a list that was 8-12 ms of a ~100 ms command, `profile list`
    // 5 (issue 19 goal 4). Sanitizer builds tear down as before, so their checks still see every path.
    if (flowlog::cli::isReadOnly(command)) {
        settings.sync(); // unchanged, so nothing is written; said here so a later change cannot lose a write
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
#endif
    return exitCode;
}
