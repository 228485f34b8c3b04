// sweep-scale: organisation-sized sweeps (issue 19) at 100 ms latency, 2 flow logs per source: 10 plain accounts,
// then 100 and 300 accounts as organisations (6 accounts of which 2 manage N members each, reached by AssumeRole
// and the agency call). Each with the console's defaults (128 in flight, 8 per account, the network pool) and with
// the limits and layout before issue 19 (16, 4 per account, one network access manager per profile, the old
// schedule), on the same sandbox in the same run. Prints requests, wall, the ideal (the larger of
// ceil(requests / concurrency) and the trace's minimum rounds, times the latency), their ratio, rounds, and the
// sandbox's own maxInFlight / maxInFlightPerAccount (its stats, from arrival until the answer is written), which
// must never exceed the limits. A third configuration, "ungated", is the defaults with the identity calls outside
// the gate (as session 5 left them): the breach the sandbox saw, and the rounds it cost, side by side with "now".
// FLOWLOG_SCALE_ACCOUNTS=10,100 narrows it.
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

// FLOWLOG_SCALE_TRACE_DIR=dir: the gate's trace of each sweep as <dir>/<prefix>.tsv (one request a line), for
// finding where rounds go.
void writeTrace(const QList<TracedRequest> &trace, const QString &prefix)
{
    const QString dir = qEnvironmentVariable("FLOWLOG_SCALE_TRACE_DIR");
    if (dir.isEmpty())
        return;
    QFile f(dir + u'/' + prefix + QStringLiteral(".tsv"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream out(&f);
    out << "job\tgroup\tunlocks\trank\tqueuedSeq\tgrantedSeq\treleasedSeq\tqueuedUs\tgrantedUs\treleasedUs\n";
    for (const TracedRequest &r : trace) {
        out << r.job << '\t' << r.group << '\t' << r.unlocks << '\t' << r.rank << '\t' << r.queuedSeq << '\t'
            << r.grantedSeq << '\t' << r.releasedSeq << '\t' << r.queuedUs << '\t' << r.grantedUs << '\t'
            << r.releasedUs << '\n';
    }
}

void scaleAt(Context &context, int accounts, int latencyMs)
{
    QStringList args{QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--flowlogs"),
                     QStringLiteral("2")};
    if (accounts <= 10)
        args << QStringLiteral("--accounts") << QString::number(accounts);
    else // 6 accounts, 2 of them organisations of (accounts - 6) / 2 members each
        args << QStringLiteral("--accounts") << QStringLiteral("6") << QStringLiteral("--org-members")
             << QString::number((accounts - 6) / 2);
    test::SandboxFixture sandbox;
    QString error;
    if (!sandbox.start(args, &error)) {
        context.fail(QStringLiteral("sweep-scale"), error);
        return;
    }
    const int existing = sandbox.stats().value(QLatin1String("flowLogs")).toInt();
    const int total = static_cast<int>(sandbox.stats().value(QLatin1String("accounts")).toInt());
    InventorySettings before;
    before.maxConcurrent = 16;
    before.maxPerProfile = 4;
    before.legacySchedule = true;
    InventorySettings ungated; // the defaults with identity calls outside the gate, as session 5 left them
    ungated.identityOutsideGate = true;
    const QList<std::pair<QString, InventorySettings>> configs{{QStringLiteral("before"), before},
                                                               {QStringLiteral("ungated"), ungated},
                                                               {QStringLiteral("now"), InventorySettings{}}};
    for (const auto &[name, settings] : configs) {
        const QString prefix = QStringLiteral("scale.%1.%2").arg(accounts).arg(name);
        sandbox.resetStats();
        const double cpuBefore = processCpuMs(sandbox.processId());
        const test::SweepOutcome outcome =
            test::runSweep(sandbox, settings, 600000, /*networkPool=*/!settings.legacySchedule);
        const double sandboxCpuMs = processCpuMs(sandbox.processId()) - cpuBefore;
        const QJsonObject stats = sandbox.stats();
        if (!outcome.finished || !outcome.failedSources().isEmpty() || outcome.tableRows != existing) {
            context.fail(prefix, QStringLiteral("incomplete: %1 of %2 rows, failed: %3")
                                     .arg(outcome.tableRows)
                                     .arg(existing)
                                     .arg(outcome.failedSources().join(u' ')));
            continue;
        }
        const int concurrency = std::min(settings.maxConcurrent, total * settings.maxPerProfile);
        const int idealRounds =
            std::max(static_cast<int>(std::ceil(double(outcome.requests) / concurrency)), outcome.rounds.minimum);
        const double idealMs = double(idealRounds) * latencyMs;
        const double wallMs = double(std::max<qint64>(outcome.wallMs, 1));
        const int maxInFlight = stats.value(QLatin1String("maxInFlight")).toInt();
        const int maxPerAccount = stats.value(QLatin1String("maxInFlightPerAccount")).toInt();
        context.report(prefix + QStringLiteral(".accounts"), total, QStringLiteral("accounts"));
        context.report(prefix + QStringLiteral(".requests"), outcome.requests, QStringLiteral("requests"));
        context.report(prefix + QStringLiteral(".wall"), wallMs, QStringLiteral("ms"));
        context.report(prefix + QStringLiteral(".ideal"), idealMs, QStringLiteral("ms"));
        context.report(prefix + QStringLiteral(".ratio_to_ideal"), idealMs / wallMs, QStringLiteral("x"));
        context.report(prefix + QStringLiteral(".rounds"), outcome.rounds.rounds, QStringLiteral("rounds"));
        context.report(prefix + QStringLiteral(".rounds_minimum"), outcome.rounds.minimum, QStringLiteral("rounds"));
        context.report(prefix + QStringLiteral(".maxInFlight"), maxInFlight, QStringLiteral("requests"));
        context.report(prefix + QStringLiteral(".maxInFlightPerAccount"), maxPerAccount, QStringLiteral("requests"));
        // The client's side of the same limits: the most requests its gate had granted at once (the sandbox counts a
        // request only from its arrival until its answer is written, so a few granted ones are always in transit).
        context.report(prefix + QStringLiteral(".gate_peak_in_flight"), outcome.peakInFlight,
                       QStringLiteral("requests"));
        context.report(prefix + QStringLiteral(".gate_peak_per_account"), outcome.peakInFlightPerAccount,
                       QStringLiteral("requests"));
        // The sandbox is not the bottleneck while it uses well under one core (it serves on one thread): its CPU
        // over the sweep, per request and as cores (/proc, 10 ms ticks).
        if (cpuBefore >= 0 && sandboxCpuMs >= 0 && outcome.requests > 0) {
            context.report(prefix + QStringLiteral(".sandbox_cpu_per_request"),
                           1000.0 * sandboxCpuMs / double(outcome.requests), QStringLiteral("us"));
            context.report(prefix + QStringLiteral(".sandbox_cpu_share"), sandboxCpuMs / wallMs,
                           QStringLiteral("cores"));
        }
        context.report(prefix + QStringLiteral(".loadavg1"), loadAverage1(), QStringLiteral("load"));
        writeTrace(outcome.trace, prefix);
        // The schedules kept for comparison send identity calls outside the gate: their breach is reported (the
        // figures above), not a failure.
        const bool identityInGate = !settings.legacySchedule && !settings.identityOutsideGate;
        if (identityInGate && (maxInFlight > settings.maxConcurrent || maxPerAccount > settings.maxPerProfile))
            context.fail(prefix, QStringLiteral("the sandbox saw %1 in flight (%2 for %5), limits %3 / %4")
                                     .arg(maxInFlight)
                                     .arg(maxPerAccount)
                                     .arg(settings.maxConcurrent)
                                     .arg(settings.maxPerProfile)
                                     .arg(stats.value(QLatin1String("maxInFlightAccount")).toString()));
    }
}

} // namespace

void sweepScale(Context &context)
{
    QList<int> sizes = context.smoke() ? QList<int>{10} : QList<int>{10, 100, 300};
    const QByteArray only = qgetenv("FLOWLOG_SCALE_ACCOUNTS");
    if (!only.isEmpty()) {
        sizes.clear();
        for (const QByteArray &n : only.split(','))
            sizes.append(n.toInt());
    }
    for (const int n : sizes)
        scaleAt(context, n, context.smoke() ? 20 : 100);
}

} // namespace flowlog::bench
