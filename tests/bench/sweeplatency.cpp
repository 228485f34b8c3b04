// sweep-latency: one Inventory sweep over every service of 6 sandbox accounts that answer after 40 ms, then 150 ms.
// Compares the wall time with the sequential sum (requests x latency) and with the concurrency ideal ceil(requests /
// concurrency) x latency, and checks that no row is missing. Prints the rounds the gate's trace shows next to their
// minimum, and runs the schedule before issue 19 (follow-ups after the parse, first grants by arrival) on the same
// sandbox in the same run, alternating, for a before/after taken under the same load.
#include "bench.h"
#include "sandboxfixture.h"
#include "sweeprunner.h"

#include <QFile>
#include <QJsonObject>
#include <QTextStream>

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
    // Today's schedule and the one before issue 19, alternating on one sandbox: the best wall of each is reported,
    // rounds and walls of every run too.
    const int runs = context.smoke() ? 1 : 3;
    InventorySettings legacy; // the limits, layout and schedule before issue 19
    legacy.maxConcurrent = 16;
    legacy.maxPerProfile = 4;
    legacy.legacySchedule = true;
    QList<int> legacyMinimum;
    QList<int> legacyRounds;
    QList<double> legacyWalls;
    QList<int> newRounds;
    QList<double> newWalls;
    test::SweepOutcome outcome;
    InventorySettings settings; // the console's defaults
    for (int run = 0; run < runs; ++run) {
        const test::SweepOutcome before = test::runSweep(sandbox, legacy, 300000, false);
        legacyRounds.append(before.rounds.rounds);
        legacyMinimum.append(before.rounds.minimum);
        legacyWalls.append(double(before.wallMs));
        test::SweepOutcome now = test::runSweep(sandbox, settings, 300000);
        newRounds.append(now.rounds.rounds);
        newWalls.append(double(now.wallMs));
        if (run == 0 || now.wallMs < outcome.wallMs)
            outcome = std::move(now);
    }
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
    // The ideal: as many rounds as the concurrency needs, or as the dependencies need (discovery, then page 1,
    // then the pages it names), whichever is more.
    const double idealMs =
        std::max(std::ceil(double(outcome.requests) / concurrency), double(outcome.rounds.minimum)) * latencyMs;
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
    context.report(prefix + QStringLiteral(".wall_per_latency"), wallMs / latencyMs, QStringLiteral("rounds"));
    context.report(prefix + QStringLiteral(".rounds"), *std::max_element(newRounds.cbegin(), newRounds.cend()),
                   QStringLiteral("rounds"));
    context.report(prefix + QStringLiteral(".rounds_minimum"), outcome.rounds.minimum, QStringLiteral("rounds"));
    context.report(prefix + QStringLiteral(".peak_in_flight"), outcome.peakInFlight, QStringLiteral("requests"));
    context.report(prefix + QStringLiteral(".peak_in_flight_per_account"), outcome.peakInFlightPerAccount,
                   QStringLiteral("requests"));
    const QStringList every = [&] {
        QStringList out;
        for (int i = 0; i < newRounds.size(); ++i)
            out << QStringLiteral("%1 rounds %2 ms / before: %3 rounds %4 ms")
                       .arg(newRounds.at(i))
                       .arg(newWalls.at(i))
                       .arg(legacyRounds.at(i))
                       .arg(legacyWalls.at(i));
        return out;
    }();
    const double legacyWall = std::max(1.0, *std::min_element(legacyWalls.cbegin(), legacyWalls.cend()));
    context.report(prefix + QStringLiteral(".before.rounds"),
                   *std::max_element(legacyRounds.cbegin(), legacyRounds.cend()), QStringLiteral("rounds"));
    context.report(prefix + QStringLiteral(".before.wall"), legacyWall, QStringLiteral("ms"));
    context.report(prefix + QStringLiteral(".before.rounds_minimum"),
                   *std::max_element(legacyMinimum.cbegin(), legacyMinimum.cend()), QStringLiteral("rounds"));
    context.report(prefix + QStringLiteral(".before.speedup_vs_sequential"), sequentialMs / legacyWall,
                   QStringLiteral("x"));
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        context.report(prefix + QStringLiteral(".loadavg1"), loadavg.readAll().split(' ').value(0).toDouble(),
                       QStringLiteral("load"));
    QTextStream(stderr) << prefix << " runs (after / before): " << every.join(QStringLiteral("; ")) << '\n';
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
