// cli-e2e (issue 19 goal 4): flowlog-cli list as a user runs it, end to end, against the sandbox's accounts.
// - start-up: `flowlog-cli --version`, the process's floor.
// - list, 6 accounts at 40 ms: `flowlog-cli --sandbox list --format ndjson` minus `flowlog-cli --sandbox profile
//   list` on the same arguments (both start the same private sandbox; the difference is what listing costs), plus
//   the start-up: the command as it runs on real profiles. Against it, start-up + the ideal sweep (the minimum
//   rounds of the same sweep in process, times the latency; goal: within 0.8) and the sequential sum (requests x
//   latency; goal: 8x).
// - the official SDKs (tests/bench/sdklist.js, tests/interop's pinned node_modules) listing one request at a time,
//   against the CLI on the same sandbox arguments (goal: 15x), the same flow logs checked on both sides (their ids):
//   - 4x30ms: 4 accounts at 30 ms, the sources the sandbox's printed profiles type (regions, instance ids);
//   - 4x30ms_every_region: the product's own scenario, every flow log with nothing typed but a key: the same with
//     --regions-spread (flow logs in every region, instances no profile names) and --print-key-only, so flowlog-cli
//     discovers everything and the SDK script does too (sdklist.js --discover: regions, projects, routers). That run
//     is a few seconds sequential: best of two.
// - JSON output of 20,000 rows, us a row (goal: 5): as the CLI prints it (writeJson, here to /dev/null), as the
//   console's Export writes it (exportJson, one byte array), and through QJsonDocument as export did before.
// Best of three runs each (the machine is shared); the 6x40ms list best of five, as the start-up.
#include "bench.h"
#include "flowlogexport.h"
#include "sandboxfixture.h"
#include "sweeprunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace flowlog::bench {

namespace {

struct Run
{
    qint64 ms = -1;
    QByteArray out;
};

// Runs a program to its end; ms -1 when it failed or took over 5 minutes.
Run runProcess(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return {clock.elapsed(), p.readAllStandardOutput()};
}

Run bestOf(int times, const QString &program, const QStringList &arguments)
{
    Run best;
    for (int i = 0; i < times; ++i) {
        Run r = runProcess(program, arguments);
        if (r.ms < 0)
            return {};
        if (best.ms < 0 || r.ms < best.ms)
            best = std::move(r);
    }
    return best;
}

QString cli()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/flowlog-cli");
}

// The sandbox's own arguments (extra: more of them, e.g. --regions-spread).
QStringList sandboxOptions(int accounts, int latencyMs, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("--accounts"), QString::number(accounts), QStringLiteral("--latency-ms"),
                       QString::number(latencyMs),   QStringLiteral("--seed"),  QStringLiteral("7")}
           << extra;
}

// flowlog-cli's --sandbox mode on those arguments.
QStringList sandboxArgs(int accounts, int latencyMs, const QStringList &extra = {})
{
    QStringList out{QStringLiteral("--sandbox")};
    const QStringList options = sandboxOptions(accounts, latencyMs, extra);
    for (qsizetype i = 0; i < options.size(); ++i) {
        const bool valued = i + 1 < options.size() && !options.at(i + 1).startsWith(QLatin1String("--"));
        QString arg = QStringLiteral("--sandbox-arg=") + options.at(i);
        if (valued)
            arg += u'=' + options.at(++i);
        out << arg;
    }
    return out;
}

// list's own cost on a private sandbox (ms), and the rows it printed; ms -1 on a failure. The best of `times` runs
// of each command, the two taking turns so that a slow spell of the machine falls on both.
Run listCost(int accounts, int latencyMs, int times, const QStringList &extra = {})
{
    const QStringList listArgs = sandboxArgs(accounts, latencyMs, extra)
                                 << QStringLiteral("list") << QStringLiteral("--format") << QStringLiteral("ndjson");
    const QStringList baseArgs = sandboxArgs(accounts, latencyMs, extra)
                                 << QStringLiteral("profile") << QStringLiteral("list");
    Run list;
    Run base;
    for (int i = 0; i < times; ++i) {
        Run l = runProcess(cli(), listArgs);
        const Run b = runProcess(cli(), baseArgs);
        if (l.ms < 0 || b.ms < 0)
            return {};
        if (list.ms < 0 || l.ms < list.ms)
            list = std::move(l);
        if (base.ms < 0 || b.ms < base.ms)
            base = b;
    }
    list.ms = std::max<qint64>(0, list.ms - base.ms);
    return list;
}

int lines(const QByteArray &out)
{
    return static_cast<int>(out.count('\n'));
}

// SHA-256 (hex) of the ids of flowlog-cli's ndjson rows, sorted, one a line: what sdklist.js prints as idsSha256.
QString idsSha256(const QByteArray &ndjson)
{
    QStringList ids;
    for (const QByteArray &line : ndjson.split('\n')) {
        if (!line.trimmed().isEmpty())
            ids << QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString();
    }
    ids.sort();
    return QString::fromLatin1(QCryptographicHash::hash(ids.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

// One side-by-side of flowlog-cli list and the SDK script on the same sandbox arguments (4 accounts at latencyMs
// plus extra), the figures under prefix; the SDK script gets scriptArgs before the sandbox's path. False on a
// failure (reported).
struct SdkScenario
{
    QString prefix;
    QStringList extra;
    QStringList scriptArgs;
    int times = 1;
    int latencyMs = 30;
};

bool compareWithSdks(Context &context, const SdkScenario &scenario, qint64 startupMs, const QString &node)
{
    constexpr int accounts = 4;
    const int latencyMs = scenario.latencyMs;
    const QString script = QStringLiteral(FLOWLOG_BENCH_SOURCE_DIR "/sdklist.js");
    const Run cliRun = listCost(accounts, latencyMs, scenario.times, scenario.extra);
    Run sdk;
    for (int i = 0; i < scenario.times; ++i) {
        const Run r = runProcess(node, QStringList{script} << scenario.scriptArgs
                                                           << QCoreApplication::applicationDirPath() +
                                                                  QStringLiteral("/flowlog-sandbox")
                                                           << sandboxOptions(accounts, latencyMs, scenario.extra));
        if (r.ms < 0) {
            sdk = {};
            break;
        }
        const qint64 ms = std::llround(QJsonDocument::fromJson(r.out).object().value(QLatin1String("ms")).toDouble());
        if (sdk.ms < 0 || ms < sdk.ms)
            sdk = {ms, r.out};
    }
    if (cliRun.ms < 0 || sdk.ms < 0) {
        context.fail(scenario.prefix, QStringLiteral("flowlog-cli or the SDK script failed"));
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(sdk.out).object();
    const int sdkRows = o.value(QLatin1String("rows")).toInt();
    if (sdkRows != lines(cliRun.out) || o.value(QLatin1String("idsSha256")).toString() != idsSha256(cliRun.out)) {
        context.fail(scenario.prefix, QStringLiteral("the SDKs listed %1 rows, flowlog-cli %2, not the same flow logs")
                                          .arg(sdkRows)
                                          .arg(lines(cliRun.out)));
        return false;
    }
    const qint64 cliMs = startupMs + cliRun.ms;
    context.report(scenario.prefix + QStringLiteral(".rows"), sdkRows, QStringLiteral("rows"));
    context.report(scenario.prefix + QStringLiteral(".sdk_requests"), o.value(QLatin1String("requests")).toInt(),
                   QStringLiteral("requests"));
    context.report(scenario.prefix + QStringLiteral(".sdk_sequential"), double(sdk.ms), QStringLiteral("ms"));
    context.report(scenario.prefix + QStringLiteral(".list"), double(cliMs), QStringLiteral("ms"));
    context.report(scenario.prefix + QStringLiteral(".speedup_vs_sdks"), double(sdk.ms) / double(cliMs),
                   QStringLiteral("x"));
    return true;
}

} // namespace

void cliEndToEnd(Context &context)
{
    const int times = context.smoke() ? 1 : 3;
    const Run startup = bestOf(context.smoke() ? 1 : 5, cli(), {QStringLiteral("--version")});
    if (startup.ms < 0) {
        context.fail(QStringLiteral("cli-e2e"), QStringLiteral("flowlog-cli --version failed"));
        return;
    }
    context.report(QStringLiteral("cli-e2e.startup"), double(startup.ms), QStringLiteral("ms"));

    // 6 accounts at 40 ms: the ideal from the same sweep in process (its minimum rounds and its requests).
    constexpr int latencyMs = 40;
    test::SandboxFixture sandbox;
    QString error;
    if (!sandbox.start({QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--latency-ms"),
                        QString::number(latencyMs), QStringLiteral("--seed"), QStringLiteral("7")},
                       &error)) {
        context.fail(QStringLiteral("cli-e2e"), error);
        return;
    }
    const test::SweepOutcome inProcess = test::runSweep(sandbox, InventorySettings{}, 60000);
    // Best of five, as the start-up: list's own cost is a difference of two ~100-180 ms commands, each moving
    // ~10 ms from run to run here (best of three each left the ratio's spread as wide as its margin).
    const Run list = listCost(6, latencyMs, context.smoke() ? 1 : 5);
    if (!inProcess.finished || list.ms < 0) {
        context.fail(QStringLiteral("cli-e2e.list"), QStringLiteral("a sweep or flowlog-cli list failed"));
        return;
    }
    const qint64 e2e = startup.ms + list.ms;
    const qint64 ideal = qint64(inProcess.rounds.minimum) * latencyMs;
    const qint64 sequential = qint64(inProcess.requests) * latencyMs;
    context.report(QStringLiteral("cli-e2e.6x40ms.rows"), lines(list.out), QStringLiteral("rows"));
    context.report(QStringLiteral("cli-e2e.6x40ms.requests"), inProcess.requests, QStringLiteral("requests"));
    context.report(QStringLiteral("cli-e2e.6x40ms.list"), double(e2e), QStringLiteral("ms"));
    context.report(QStringLiteral("cli-e2e.6x40ms.startup_plus_ideal"), double(startup.ms + ideal),
                   QStringLiteral("ms"));
    context.report(QStringLiteral("cli-e2e.6x40ms.ratio_to_ideal"), double(startup.ms + ideal) / double(e2e),
                   QStringLiteral("x"));
    context.report(QStringLiteral("cli-e2e.6x40ms.sequential_sum"), double(sequential), QStringLiteral("ms"));
    context.report(QStringLiteral("cli-e2e.6x40ms.speedup_vs_sequential"), double(sequential) / double(e2e),
                   QStringLiteral("x"));

    // The official SDKs, one request after another, on the same sandbox arguments (4 accounts, 30 ms): the typed
    // sources, then every flow log from the key alone (smoke: one run each, the second without latency: its ~220
    // sequential requests would take seconds, and smoke checks that both list the same flow logs).
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const bool sdks =
        !node.isEmpty() &&
        QFileInfo::exists(QStringLiteral(FLOWLOG_BENCH_SOURCE_DIR "/../interop/node_modules/@alicloud/pop-core"));
    if (!sdks) {
        context.report(QStringLiteral("cli-e2e.sdk_peer_missing"), 1,
                       QStringLiteral("(node or npm ci in tests/interop)"));
    } else {
        if (!compareWithSdks(context, {QStringLiteral("cli-e2e.4x30ms"), {}, {}, times}, startup.ms, node))
            return;
        const int everyRegionLatency = context.smoke() ? 0 : 30;
        if (!compareWithSdks(context,
                             {QStringLiteral("cli-e2e.4x%1ms_every_region").arg(everyRegionLatency),
                              {QStringLiteral("--regions-spread"), QStringLiteral("--print-key-only")},
                              {QStringLiteral("--discover")},
                              context.smoke() ? 1 : 2,
                              everyRegionLatency},
                             startup.ms, node))
            return;
    }

    // JSON output, rows as a sweep leaves them.
    // A DescribeFlowLogs item as the provider sends it, each row's raw JSON (export writes it back out).
    const QByteArray raw =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("AggregationInterval"), 10},
                          {QStringLiteral("BusinessStatus"), QStringLiteral("Normal")},
                          {QStringLiteral("CreationTime"), QStringLiteral("2026-11-01T08:00:00Z")},
                          {QStringLiteral("Description"), QStringLiteral("traffic of the payment VPC")},
                          {QStringLiteral("FlowLogDeliverStatus"), QStringLiteral("SUCCESS")},
                          {QStringLiteral("FlowLogId"), QStringLiteral("fl-bp1c7g5qvzbfd1q8s3x2m")},
                          {QStringLiteral("FlowLogName"), QStringLiteral("payments")},
                          {QStringLiteral("LogStoreName"), QStringLiteral("logstore")},
                          {QStringLiteral("ProjectName"), QStringLiteral("sls-project")},
                          {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                          {QStringLiteral("ResourceId"), QStringLiteral("vpc-bp1qpo0kug3a20qqe2bmz")},
                          {QStringLiteral("ResourceType"), QStringLiteral("VPC")},
                          {QStringLiteral("Status"), QStringLiteral("Active")},
                          {QStringLiteral("Tags"),
                           QJsonObject{{QStringLiteral("Tag"),
                                        QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                                               {QStringLiteral("Value"), QStringLiteral("prod")}}}}}},
                          {QStringLiteral("TrafficType"), QStringLiteral("All")},
                      })
            .toJson(QJsonDocument::Compact);
    QList<FlowLog> rows;
    const int count = context.smoke() ? 2000 : 20000;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        FlowLog f;
        f.account = QStringLiteral("account-%1").arg(i % 6);
        f.profileId = QStringLiteral("p%1").arg(i % 6);
        f.region = QStringLiteral("cn-hangzhou");
        f.id = QStringLiteral("fl-%1").arg(i, 20, 10, QLatin1Char('0'));
        f.name = QStringLiteral("flowlog-%1").arg(i);
        f.description = QStringLiteral("traffic of the payment VPC");
        f.status = QStringLiteral("Active");
        f.resourceType = QStringLiteral("VPC");
        f.resourceId = QStringLiteral("vpc-%1").arg(i, 20, 10, QLatin1Char('0'));
        f.trafficType = QStringLiteral("All");
        f.storageProject = QStringLiteral("sls-project");
        f.storageStore = QStringLiteral("logstore");
        f.intervalSeconds = 600;
        f.created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        f.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        f.rawJson = PackedJson(raw, Service::Vpc);
        rows.append(f);
    }
    // Each way of writing the rows, best of `times`, in us a row.
    QElapsedTimer clock;
    const auto perRow = [&](const auto &write) {
        qint64 fastest = -1;
        for (int i = 0; i < times; ++i) {
            clock.start();
            const QByteArray text = write();
            const qint64 ns = clock.nsecsElapsed();
            if (text.isEmpty())
                context.fail(QStringLiteral("cli-e2e.json"), QStringLiteral("empty output"));
            fastest = fastest < 0 ? ns : std::min(fastest, ns);
        }
        return double(fastest) / 1000.0 / count;
    };
    // flowlog-cli list --format json: writeJson() handing its text to the CLI's output as it is written (fwrite and
    // fflush, here to /dev/null); its text is exportJson()'s (checked).
    std::FILE *devNull = std::fopen("/dev/null", "wb");
    if (!devNull) {
        context.fail(QStringLiteral("cli-e2e.json"), QStringLiteral("cannot open /dev/null"));
        return;
    }
    QByteArray printed;
    writeJson(rows, [&printed](QByteArrayView piece) { printed += piece; });
    if (printed != exportJson(rows))
        context.fail(QStringLiteral("cli-e2e.json"), QStringLiteral("writeJson and exportJson differ"));
    printed = {};
    context.report(QStringLiteral("cli-e2e.json_per_row"), perRow([devNull, &rows] {
                       qint64 size = 0;
                       writeJson(rows, [devNull, &size](QByteArrayView piece) {
                           std::fwrite(piece.constData(), 1, size_t(piece.size()), devNull);
                           std::fflush(devNull);
                           size += piece.size();
                       });
                       return QByteArray::number(size);
                   }),
                   QStringLiteral("us"));
    std::fclose(devNull);
    // The console's Export: the same text as one byte array (exportJson), first touching memory for all of it.
    context.report(QStringLiteral("cli-e2e.json_per_row_export"), perRow([&rows] { return exportJson(rows); }),
                   QStringLiteral("us"));
    // The other formats of list as the CLI writes them to a pipe (no terminal escaping), on the same rows.
    context.report(QStringLiteral("cli-e2e.ndjson_per_row"), perRow([&rows] { return exportNdjson(rows); }),
                   QStringLiteral("us"));
    context.report(QStringLiteral("cli-e2e.csv_per_row"), perRow([&rows] { return exportCsv(rows, false); }),
                   QStringLiteral("us"));
    // The same rows the way export wrote them before (QJsonObject rows in a QJsonDocument), side by side.
    context.report(QStringLiteral("cli-e2e.json_per_row_qjsondocument"), perRow([&rows] {
                       QJsonArray arr;
                       for (const FlowLog &f : std::as_const(rows))
                           arr.append(f.toJson());
                       return QJsonDocument(arr).toJson(QJsonDocument::Indented);
                   }),
                   QStringLiteral("us"));
}

} // namespace flowlog::bench
