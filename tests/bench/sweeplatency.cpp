// sweep-latency: one Inventory sweep over every service of 6 sandbox accounts that answer after 40 ms, then 150 ms.
// Compares the wall time with the sequential sum (requests x latency) and with the concurrency ideal ceil(requests /
// concurrency) x latency, and checks that no row is missing.
#include "bench.h"
#include "sandboxfixture.h"
#include "sweeprunner.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace flowlog::bench {

namespace {

void sweepAt(Context &context, int latencyMs, const QString &prefix)
{
    const int accounts = context.smoke() ? 2 : 6;
    const int flowLogs = context.smoke() ? 30 : 60;
    test::SandboxFixture sandbox;
    QString error;
    if (!sandbox.start({QStringLiteral("--accounts"), QString::number(accounts), QStringLiteral("--latency-ms"),
                        QString::number(latencyMs), QStringLiteral("--flowlogs"), QString::number(flowLogs)},
                       &error)) {
        context.fail(prefix, error);
        return;
    }
    const int existing = sandbox.stats().value(QLatin1String("flowLogs")).toInt();
    InventorySettings settings; // the console's defaults
    const test::SweepOutcome outcome = test::runSweep(sandbox, settings, 300000);
    if (!outcome.finished || !outcome.failedSources().isEmpty()) {
        context.fail(prefix, QStringLiteral("did not complete: %1").arg(outcome.failedSources().join(u' ')));
        return;
    }
    if (outcome.tableRows != existing || outcome.rows.size() != existing) {
        context.fail(prefix, QStringLiteral("%1 rows in the table (%2 distinct), the sandbox has %3")
                                 .arg(outcome.tableRows)
                                 .arg(outcome.rows.size())
                                 .arg(existing));
    }
    const int concurrency =
        std::min(settings.maxConcurrent, static_cast<int>(sandbox.profiles().size()) * settings.maxPerProfile);
    const double sequentialMs = double(outcome.requests) * latencyMs;
    const double idealMs = std::ceil(double(outcome.requests) / concurrency) * latencyMs;
    const double wallMs = double(std::max<qint64>(outcome.wallMs, 1));
    context.report(prefix + QStringLiteral(".accounts"), accounts, QStringLiteral("accounts"));
    context.report(prefix + QStringLiteral(".latency"), latencyMs, QStringLiteral("ms"));
    context.report(prefix + QStringLiteral(".sources"), double(outcome.sources.size()), QStringLiteral("sources"));
    context.report(prefix + QStringLiteral(".rows"), double(outcome.tableRows), QStringLiteral("rows"));
    context.report(prefix + QStringLiteral(".requests"), outcome.requests, QStringLiteral("requests"));
    context.report(prefix + QStringLiteral(".concurrency"), concurrency, QStringLiteral("requests"));
    context.report(prefix + QStringLiteral(".wall"), wallMs, QStringLiteral("ms"));
    context.report(prefix + QStringLiteral(".sequential_sum"), sequentialMs, QStringLiteral("ms"));
    context.report(prefix + QStringLiteral(".concurrency_ideal"), idealMs, QStringLiteral("ms"));
    context.report(prefix + QStringLiteral(".ratio_to_ideal"), idealMs / wallMs, QStringLiteral("x"));
    context.report(prefix + QStringLiteral(".speedup_vs_sequential"), sequentialMs / wallMs, QStringLiteral("x"));
}

} // namespace

void sweepLatency(Context &context)
{
    if (context.smoke()) {
        sweepAt(context, 5, QStringLiteral("sweep"));
        return;
    }
    // 40 ms stresses the client's and the sandbox's own work; 150 ms is nearer the providers' answers across regions.
    const QList<int> latencies = context.sweepLatencies().isEmpty() ? QList<int>{40, 150} : context.sweepLatencies();
    for (const int ms : latencies)
        sweepAt(context, ms, ms == 40 ? QStringLiteral("sweep") : QStringLiteral("sweep.%1ms").arg(ms));
}

} // namespace flowlog::bench
