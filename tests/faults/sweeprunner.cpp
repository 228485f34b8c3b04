#include "sweeprunner.h"

#include "flowlogtablemodel.h"
#include "memorycredentialstore.h"
#include "networkpool.h"
#include "profilestore.h"
#include "sourcestatusmodel.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

namespace flowlog::test {

QStringList SweepOutcome::failedSources() const
{
    QStringList out;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (it.value().error.isError())
            out << it.key();
    }
    return out;
}

int SweepOutcome::rowsOfSource(const QString &sourceId) const
{
    const SourceSpec spec = specs.value(sourceId);
    int n = 0;
    for (const FlowLog &f : rows) {
        if (f.profileId == spec.profileId && f.service == spec.service && f.region == spec.region)
            ++n;
    }
    return n;
}

Inventory::NamProvider namPerProfile(QObject *owner)
{
    auto nams = std::make_shared<QHash<QString, QNetworkAccessManager *>>();
    return [nams, owner](const Profile &p) {
        QNetworkAccessManager *&nam = (*nams)[p.id];
        if (!nam)
            nam = new QNetworkAccessManager(owner);
        return nam;
    };
}

RetryPolicy fastRetryPolicy()
{
    RetryPolicy p;
    p.requestTimeoutMs = 5000;
    p.baseDelayMs = 10;
    p.maxDelayMs = 200;
    p.throttleBudgetMs = 20000;
    return p;
}

SweepOutcome runSweep(const QList<Profile> &profiles, const QHash<QString, QString> &secrets,
                      const InventorySettings &settings, int timeoutMs, bool networkPool)
{
    QObject owner; // parent of the network access managers of this sweep
    ProfileStore store(nullptr);
    store.replaceAll(profiles);
    MemoryCredentialStore credentials;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        credentials.writeSecret(it.key(), it.value(), {}, &owner, [](const ApiError &) {});
    const Inventory::NamProvider namFor = namPerProfile(&owner);
    FlowLogTableModel table;
    SourceStatusModel status;
    NetworkPool pool([] { return new QNetworkAccessManager; }); // outlives the inventory's requests
    pool.setThreaded(true); // as the console composes it (app/main.cpp): its attempts run on the network thread
    Inventory inventory(&store, &credentials, namFor, &table, &status);
    inventory.setSettings(settings);
    if (networkPool)
        inventory.setNetworkPool(&pool);

    SweepOutcome out;
    QObject::connect(&inventory, &Inventory::sourceFinished, &owner,
                     [&out](const SourceSpec &source, const ListResult &result) {
                         out.sources.insert(source.id(), result);
                         out.specs.insert(source.id(), source);
                     });
    QSignalSpy finished(&inventory, &Inventory::finished);
    inventory.requestGate()->setTracing(true);
    QElapsedTimer clock;
    clock.start();
    inventory.refresh();
    out.finished = !finished.isEmpty() || finished.wait(timeoutMs);
    out.wallMs = clock.elapsed();
    if (!out.finished)
        inventory.cancel();
    out.requests = inventory.requestCount();
    out.accounts = inventory.accounts();
    out.trace = inventory.requestGate()->trace();
    out.limitCuts = inventory.requestGate()->limitCuts();
    out.rounds = analyseRounds(out.trace, settings.maxConcurrent, settings.maxPerProfile);
    out.peakInFlight = inventory.peakConcurrency();
    out.peakInFlightPerAccount = inventory.peakConcurrencyPerProfile();
    out.tableRows = table.rowCount();
    for (int r = 0; r < table.rowCount(); ++r) {
        out.rows.insert(table.at(r).key(), table.at(r));
        out.sourceOfRow.insert(table.at(r).key(), table.sourceOf(r));
    }
    return out;
}

SweepOutcome runSweep(SandboxFixture &sandbox, const InventorySettings &settings, int timeoutMs, bool networkPool)
{
    QHash<QString, QString> secrets;
    for (const Profile &p : sandbox.profiles())
        secrets.insert(p.id, sandbox.secret(p.id));
    return runSweep(sandbox.profiles(), secrets, settings, timeoutMs, networkPool);
}

} // namespace flowlog::test
