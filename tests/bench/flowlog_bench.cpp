// flowlog-bench: figures as "name value unit" lines. --smoke: every benchmark briefly (a ctest); --only NAME.
#include "bench.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace flowlog::bench;

int main(int argc, char *argv[])
{
    // window-sweep shows a real window: without a display, draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flowlog-bench"));

    // The list of benchmarks: add yours here.
    const QList<Benchmark> benchmarks = {
        {QStringLiteral("sandbox-throughput"), &sandboxThroughput},
        {QStringLiteral("sweep-latency"), &sweepLatency},
        {QStringLiteral("sweep-scale"), &sweepScale},
        {QStringLiteral("sweep-throttle"), &sweepThrottle},
        {QStringLiteral("model-scale"), &modelScale},
        {QStringLiteral("parse-page"), &parsePage},
        {QStringLiteral("cold-start"), &coldStart},
        {QStringLiteral("window-sweep"), &windowSweep},
        {QStringLiteral("first-row"), &firstRow},
        {QStringLiteral("console-scale"), &consoleScale},
        {QStringLiteral("cli-e2e"), &cliEndToEnd},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks of flowlog-console; prints \"name value unit\" lines."));
    parser.addHelpOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("Run every benchmark briefly (a test)."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only this benchmark."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    const QCommandLineOption modelRows(QStringLiteral("model-rows"),
                                       QStringLiteral("model-scale: these row counts instead of 100k and 1M."),
                                       QStringLiteral("N[,N...]"));
    const QCommandLineOption sweepLatency(
        QStringLiteral("sweep-latency-ms"),
        QStringLiteral("sweep-latency: these injected latencies instead of 40 and 150 ms."),
        QStringLiteral("MS[,MS...]"));
    parser.addOptions({smoke, only, list, modelRows, sweepLatency});
    parser.process(app);

    if (parser.isSet(list)) {
        QTextStream out(stdout);
        for (const Benchmark &b : benchmarks)
            out << b.name << Qt::endl;
        return 0;
    }
    Context context(parser.isSet(smoke));
    // Positive numbers, comma-separated, or an error.
    const auto numbers = [](const QString &text, QList<int> *out) {
        for (const QString &n : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int value = n.toInt(&ok);
            if (!ok || value <= 0)
                return false;
            out->append(value);
        }
        return true;
    };
    QList<int> rows;
    QList<int> latencies;
    if (!numbers(parser.value(modelRows), &rows) || !numbers(parser.value(sweepLatency), &latencies)) {
        QTextStream(stderr) << "flowlog-bench: --model-rows and --sweep-latency-ms want positive numbers" << Qt::endl;
        return 2;
    }
    context.setModelRows(rows);
    context.setSweepLatencies(latencies);
    bool ran = false;
    for (const Benchmark &b : benchmarks) {
        if (parser.isSet(only) && parser.value(only) != b.name)
            continue;
        ran = true;
        b.run(context);
    }
    if (!ran) {
        QTextStream(stderr) << "flowlog-bench: no benchmark named " << parser.value(only) << Qt::endl;
        return 2;
    }
    return context.failed() ? 1 : 0;
}
