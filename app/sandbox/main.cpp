// flowlog-sandbox: a local cloud for demos, tests and benchmarks.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace flowlog::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowlog-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWLOG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local cloud that speaks the Alibaba Cloud (VPC, CEN, ECR) and Huawei Cloud (ER) flow log APIs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("main", "TCP port on 127.0.0.1 (0 = a free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("main", "Seed of the sample data."), QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption accounts(QStringLiteral("accounts"), QCoreApplication::translate("main", "Number of sample accounts."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption flowlogs(QStringLiteral("flowlogs"), QCoreApplication::translate("main", "Flow logs per source."), QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QCoreApplication::translate("main", "Delay before every API answer."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption throttle(QStringLiteral("throttle-rate"), QCoreApplication::translate("main", "Fraction of API requests answered with throttling."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption errors(QStringLiteral("error-rate"), QCoreApplication::translate("main", "Fraction of API requests answered with a 5xx error."), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption fault(QStringLiteral("fault"), QCoreApplication::translate("main", "Inject a fault: KIND[:P] (repeatable)."), QStringLiteral("KIND[:P]"));
    const QCommandLineOption printProfiles(QStringLiteral("print-profiles"), QCoreApplication::translate("main", "Print the sample accounts as JSON lines after the base URL."));
    parser.addOptions({port, seed, accounts, flowlogs, latency, throttle, errors, fault, printProfiles});
    parser.process(app);

    Options options;
    options.port = static_cast<quint16>(parser.value(port).toUInt());
    options.seed = parser.value(seed).toUInt();
    options.accounts = parser.value(accounts).toInt();
    options.flowLogs = parser.value(flowlogs).toInt();
    options.latencyMs = parser.value(latency).toInt();
    options.throttleRate = parser.value(throttle).toDouble();
    options.errorRate = parser.value(errors).toDouble();
    for (const QString &f : parser.values(fault)) {
        Fault item;
        item.kind = f.section(QLatin1Char(':'), 0, 0);
        const QString p = f.section(QLatin1Char(':'), 1, 1);
        item.probability = p.isEmpty() ? 1.0 : p.toDouble();
        options.faults.append(item);
    }
    options.printProfiles = parser.isSet(printProfiles);

    SandboxServer server(options);
    const quint16 bound = server.listen(QHostAddress::LocalHost, options.port);
    if (bound == 0) {
        std::fprintf(stderr, "flowlog-sandbox: cannot listen on 127.0.0.1:%u\n", options.port);
        return 1;
    }
    QTextStream out(stdout);
    out << "listening http://127.0.0.1:" << bound << Qt::endl;
    if (options.printProfiles) {
        for (const Account &a : server.dataset().accounts())
            out << QJsonDocument(a.toProfileJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    return app.exec();
}
