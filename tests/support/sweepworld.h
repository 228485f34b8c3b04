#pragma once

// A whole sweep's world for model tests against the sandbox: profiles and their secrets in memory, one network
// access manager, the table and status models, the Inventory. Header-only: model tests link flowlog_models.
#include "inventory.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

namespace flowlog::test {

struct SweepWorld
{
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    FlowLogTableModel table;
    SourceStatusModel status;
    std::unique_ptr<Inventory> inventory;

    // The profiles (sandbox accounts, possibly edited) with the sandbox's secrets.
    static std::unique_ptr<SweepWorld> make(SandboxFixture &sandbox, const QList<Profile> &profiles, QObject *context)
    {
        auto w = std::make_unique<SweepWorld>();
        for (const Profile &p : profiles)
            w->credentials.writeSecret(p.id, sandbox.secret(p.id), {}, context, [](const ApiError &) {});
        w->profiles.replaceAll(profiles);
        QNetworkAccessManager *nam = &w->nam;
        w->inventory = std::make_unique<Inventory>(
            &w->profiles, &w->credentials, [nam](const Profile &) { return nam; }, &w->table, &w->status);
        return w;
    }

    // One refresh, to its single finished().
    [[nodiscard]] bool sweep(int timeoutMs = 60000)
    {
        QSignalSpy done(inventory.get(), &Inventory::finished);
        inventory->refresh();
        return done.wait(timeoutMs) && done.size() == 1;
    }
};

} // namespace flowlog::test
