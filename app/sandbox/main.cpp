// flowlog-sandbox: a local cloud for demos, tests and benchmarks.
#include "limitedtcpserver.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <QTextStream>
#include <unistd.h>

using namespace flowlog::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowlog-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));

    const ParsedOptions parsed = parseOptions(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.error.isEmpty()) {
        err << "flowlog-sandbox: " << parsed.error << '\n'
            << QCoreApplication::translate("main", "Try 'flowlog-sandbox --help' for more information.") << Qt::endl;
        return 2;
    }
    if (!parsed.helpText.isEmpty()) {
        out << parsed.helpText << Qt::flush;
        return 0;
    }
    if (parsed.version) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const Options &options = parsed.options;

    // The port goes out before the data is seeded (~40 ms for a few accounts, seconds for an organisation): a
    // launcher about to sweep opens its connections meanwhile. The kernel completes them; they are served once the
    // event loop runs, after "ready".
    LimitedTcpServer *listener = SandboxServer::listenEarly(QHostAddress::LocalHost, options.port);
    if (!listener) {
        err << "flowlog-sandbox: "
            << QCoreApplication::translate("main", "cannot listen on 127.0.0.1:%1").arg(options.port) << Qt::endl;
        return 1;
    }
    out << "listening http://127.0.0.1:" << listener->serverPort() << Qt::endl;
    SandboxServer server(options);
    server.serve(listener);
    if (options.printProfiles) {
        for (const Account &a : server.dataset().accounts())
            out << QJsonDocument(a.toProfileJson(options.printKeyOnly)).toJson(QJsonDocument::Compact) << '\n';
    }
    // The last line of the start: a launcher knows every profile is out without waiting for a quiet moment.
    out << "ready" << Qt::endl;
    // A launcher (console, CLI, tests) keeps our stdin open; EOF means it is gone, even if it was killed, so the
    // sandbox never outlives it.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    stdinWatch.setEnabled(options.watchStdin);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&stdinWatch] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinWatch.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return app.exec();
}
