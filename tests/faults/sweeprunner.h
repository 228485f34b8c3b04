#pragma once

#include "flowlog.h"
#include "inventory.h"
#include "listengine.h"
#include "profile.h"
#include "sandboxfixture.h"
#include "scheduletrace.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace flowlog::test {

// What a whole Inventory sweep produced: the table's rows by key, every source's outcome, requests and time.
struct SweepOutcome
{
    bool finished = false;              // Inventory::finished arrived within the timeout
    qint64 wallMs = 0;                  // refresh() to finished()
    int requests = 0;                   // HTTP attempts, retries included (Inventory::requestCount)
    int tableRows = 0;                  // rows in FlowLogTableModel (duplicates would make it > rows.size())
    QMap<QString, FlowLog> rows;        // FlowLog::key() -> row
    QMap<QString, QString> sourceOfRow; // FlowLog::key() -> the id of the source that listed it
    QMap<QString, ListResult> sources;  // SourceSpec::id() -> result
    QMap<QString, SourceSpec> specs;    // SourceSpec::id() -> spec
    QList<DiscoveredAccount> accounts;  // what discovery found, with its failures
    ScheduleRounds rounds;              // the rounds the gate's trace shows, and their minimum
    QList<TracedRequest> trace;         // the gate's trace itself
    QList<TracedLimitCut> limitCuts;    // the adaptive limits' cuts (InventorySettings::adaptiveLimits)
    int peakInFlight = 0;               // most requests in flight at once, overall and for one account (the gate)
    int peakInFlightPerAccount = 0;

    [[nodiscard]] QStringList failedSources() const;
    [[nodiscard]] int rowsOfSource(const QString &sourceId) const;
};

// Runs one Inventory sweep over every profile of a started sandbox (secrets in a MemoryCredentialStore, one
// network access manager per profile, like the console), with the given settings. Blocks with the event loop
// running until the sweep finishes or timeoutMs passes.
// With networkPool the sweep's requests go through a NetworkPool, as in the console; without, through each
// profile's manager (the layout before issue 19).
[[nodiscard]] SweepOutcome runSweep(const QList<Profile> &profiles, const QHash<QString, QString> &secrets,
                                    const InventorySettings &settings, int timeoutMs = 60000, bool networkPool = true);
[[nodiscard]] SweepOutcome runSweep(SandboxFixture &sandbox, const InventorySettings &settings, int timeoutMs = 60000,
                                    bool networkPool = true);

// One network access manager per profile, made on first use and owned by owner (the console's layout).
[[nodiscard]] Inventory::NamProvider namPerProfile(QObject *owner);

// A retry policy that keeps fault tests fast: short backoff, bounded throttle budget.
[[nodiscard]] RetryPolicy fastRetryPolicy();

} // namespace flowlog::test
