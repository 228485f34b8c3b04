// sweep-latency: one Inventory sweep over every service of 6 sandbox accounts that answer after 40 ms. Compares the
// wall time with the sequential sum (requests x latency) and with the concurrency ideal
// ceil(requests / concurrency) x latency, and checks that no row is missing.
#include "bench.h"
#include "sandboxfixture.h"
#include "sweeprunner.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace flowlog::bench {

void sweepLatency(Context &context)
{
    const int accounts = context.smoke() ? 2 : 6;
    const int latencyMs = context.smoke() ? 5 : 40;
    const int flowLogs = context.smoke() ? 30 : 60;
    test::SandboxFixture sandbox;
    QString error;
    if (!sandbox.start({QStringLiteral("--accounts"), QString::number(accounts), QStringLiteral("--latency-ms"),
                        QString::number(latencyMs), QStringLiteral("--flowlogs"), QString::number(flowLogs)},
                       &error)) {
        context.fail(QStringLiteral("sweep"), error);
        return;
    }
    const int existing = sandbox.stats().value(QLatin1String("flowLogs")).toInt();
    InventorySettings settings; // the console's defaults
    const test::SweepOutcome outcome = test::runSweep(sandbox, settings, 300000);
    if (!outcome.finished || !outcome.failedSources().isEmpty()) {
        context.fail(QStringLiteral("sweep"),
                     QStringLiteral("did not complete: %1").arg(outcome.failedSources().join(u' ')));
        return;
    }
    if (outcome.tableRows != existing || outcome.rows.size() != existing) {
        context.fail(QStringLiteral("sweep"), QStringLiteral("%1 rows in the table (%2 distinct), the sandbox has %3")
                                                  .arg(outcome.tableRows)
                                                  .arg(outcome.rows.size())
                                                  .arg(existing));
    }
    const int concurrency =
        std::min(settings.maxConcurrent, static_cast<int>(sandbox.profiles().size()) * settings.maxPerProfile);
    const double sequentialMs = double(outcome.requests) * latencyMs;
    const double idealMs = std::ceil(double(outcome.requests) / concurrency) * latencyMs;
    const double wallMs = double(std::max<qint64>(outcome.wallMs, 1));
    context.report(QStringLiteral("sweep.accounts"), accounts, QStringLiteral("accounts"));
    context.report(QStringLiteral("sweep.latency"), latencyMs, QStringLiteral("ms"));
    context.report(QStringLiteral("sweep.sources"), double(outcome.sources.size()), QStringLiteral("sources"));
    context.report(QStringLiteral("sweep.rows"), double(outcome.tableRows), QStringLiteral("rows"));
    context.report(QStringLiteral("sweep.requests"), outcome.requests, QStringLiteral("requests"));
    context.report(QStringLiteral("sweep.concurrency"), concurrency, QStringLiteral("requests"));
    context.report(QStringLiteral("sweep.wall"), wallMs, QStringLiteral("ms"));
    context.report(QStringLiteral("sweep.sequential_sum"), sequentialMs, QStringLiteral("ms"));
    context.report(QStringLiteral("sweep.concurrency_ideal"), idealMs, QStringLiteral("ms"));
    context.report(QStringLiteral("sweep.ratio_to_ideal"), idealMs / wallMs, QStringLiteral("x"));
    context.report(QStringLiteral("sweep.speedup_vs_sequential"), sequentialMs / wallMs, QStringLiteral("x"));
}

} // namespace flowlog::bench
