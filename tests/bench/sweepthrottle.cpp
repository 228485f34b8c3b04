// sweep-throttle (issue 19 goal 2): the same sweep with a fixed per-account limit and with adaptive limits (AIMD:
// RequestSlots::setAdaptive) on one throttling sandbox, in one run. Two sandboxes, 100 ms latency, 2 flow logs per
// source, the console's defaults (128 in flight, 8 per account):
// - "throttle": --throttle-rate 0.3 and --account-limit 4 (the provider serves 4 requests of one account at a
//   time and throttles the rest, with its retry hint; and 30 % of requests at random on top);
// - "throttle.rateonly": --throttle-rate 0.3 alone, the literal condition. Random throttling does not
//   depend on what the client does, so no client can draw fewer of those: this shows what AIMD costs there.
// Prints, per limit: requests (attempts, retries included), throttled answers (the sandbox's own count), the
// sandbox's peak per account, wall, failed sources, the limit's cuts and the lowest limit reached.
// FLOWLOG_THROTTLE_ACCOUNTS=10,100 chooses the sizes (10 plain accounts; more are 6 accounts of which 2 are
// organisations, as in sweep-scale).
#include "bench.h"
#include "sandboxfixture.h"
#include "sweeprunner.h"

#include <QJsonObject>

#include <algorithm>

namespace flowlog::bench {

namespace {

constexpr int kClientPerAccount = 8; // the console's default
constexpr int kProviderPerAccount = 4;

QStringList sandboxArguments(int accounts, int latencyMs)
{
    QStringList args{QStringLiteral("--latency-ms"),    QString::number(latencyMs),
                     QStringLiteral("--flowlogs"),      QStringLiteral("2"),
                     QStringLiteral("--throttle-rate"), QStringLiteral("0.3")};
    if (accounts <= 10)
        args << QStringLiteral("--accounts") << QString::number(accounts);
    else
        args << QStringLiteral("--accounts") << QStringLiteral("6") << QStringLiteral("--org-members")
             << QString::number((accounts - 6) / 2);
    return args;
}

// One sandbox, the fixed limit then the adaptive one.
void compare(Context &context, const QString &prefix, const QStringList &arguments)
{
    test::SandboxFixture sandbox;
    QString error;
    if (!sandbox.start(arguments, &error)) {
        context.fail(prefix, error);
        return;
    }
    const int existing = sandbox.stats().value(QLatin1String("flowLogs")).toInt();
    context.report(prefix + QStringLiteral(".accounts"), sandbox.stats().value(QLatin1String("accounts")).toInt(),
                   QStringLiteral("accounts"));
    int throttled[2] = {0, 0};
    for (const bool adaptive : {false, true}) {
        const QString name = prefix + (adaptive ? QStringLiteral(".aimd") : QStringLiteral(".fixed"));
        InventorySettings settings; // the console's defaults: 128 / 8, the console's retry policy
        settings.adaptiveLimits = adaptive;
        sandbox.resetStats();
        const test::SweepOutcome outcome = test::runSweep(sandbox, settings, 900000);
        const QJsonObject stats = sandbox.stats();
        throttled[adaptive ? 1 : 0] = stats.value(QLatin1String("throttled")).toInt();
        double lowest = kClientPerAccount;
        for (const TracedLimitCut &cut : outcome.limitCuts)
            lowest = std::min(lowest, cut.to);
        context.report(name + QStringLiteral(".requests"), outcome.requests, QStringLiteral("requests"));
        context.report(name + QStringLiteral(".throttled"), throttled[adaptive ? 1 : 0], QStringLiteral("answers"));
        context.report(name + QStringLiteral(".wall"), double(outcome.wallMs), QStringLiteral("ms"));
        context.report(name + QStringLiteral(".failed_sources"), outcome.failedSources().size(),
                       QStringLiteral("sources"));
        context.report(name + QStringLiteral(".rows_missing"), existing - outcome.tableRows, QStringLiteral("rows"));
        context.report(name + QStringLiteral(".maxInFlightPerAccount"),
                       stats.value(QLatin1String("maxInFlightPerAccount")).toInt(), QStringLiteral("requests"));
        context.report(name + QStringLiteral(".limit_cuts"), outcome.limitCuts.size(), QStringLiteral("cuts"));
        context.report(name + QStringLiteral(".lowest_limit"), lowest, QStringLiteral("requests"));
        context.report(name + QStringLiteral(".loadavg1"), loadAverage1(), QStringLiteral("load"));
        // Adaptive limits must never cost rows: a source that failed under them is a bug. The fixed limit's
        // failures (a request throttled for its whole budget) are what the figures show.
        if (adaptive && (!outcome.finished || !outcome.failedSources().isEmpty() || outcome.tableRows != existing))
            context.fail(name, QStringLiteral("incomplete: %1 of %2 rows, failed: %3")
                                   .arg(outcome.tableRows)
                                   .arg(existing)
                                   .arg(outcome.failedSources().join(u' ')));
    }
    context.report(prefix + QStringLiteral(".aimd_vs_fixed_throttled"),
                   double(throttled[1]) / std::max(1, throttled[0]), QStringLiteral("x"));
}

} // namespace

void sweepThrottle(Context &context)
{
    QList<int> sizes = context.smoke() ? QList<int>{3} : QList<int>{10, 100};
    const QByteArray only = qgetenv("FLOWLOG_THROTTLE_ACCOUNTS");
    if (!only.isEmpty()) {
        sizes.clear();
        for (const QByteArray &n : only.split(','))
            sizes.append(n.toInt());
    }
    const int latencyMs = context.smoke() ? 20 : 100;
    for (const int n : sizes) {
        const QString prefix =
            sizes.size() > 1 ? QStringLiteral("scale.throttle.%1").arg(n) : QStringLiteral("scale.throttle");
        compare(context, prefix,
                sandboxArguments(n, latencyMs)
                    << QStringLiteral("--account-limit") << QString::number(kProviderPerAccount));
        if (!context.smoke())
            compare(context, prefix + QStringLiteral(".rateonly"), sandboxArguments(n, latencyMs));
    }
}

} // namespace flowlog::bench
