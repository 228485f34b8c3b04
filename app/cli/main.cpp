// flowlog-cli: composition root for the terminal. Profiles from QSettings, secrets from the system keychain.
#include "cliargs.h"
#include "clirunner.h"
#include "keychaincredentialstore.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QSettings>

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
    return exitCode;
}
