#pragma once

#include "credentialbroker.h"
#include "credentialstore.h"
#include "discovery.h"
#include "flowlogtablemodel.h"
#include "listengine.h"
#include "profilestore.h"
#include "requestslots.h"
#include "retrypolicy.h"
#include "sourcestatusmodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;
class QThreadPool;

namespace flowlog {

// The sweep's limits; stored and clamped by Settings (settings.h), which fills this struct.
struct InventorySettings
{
    // Organisation scale (issue 19): hundreds of accounts, each within its own limit (the providers allow about
    // 8-20 requests in flight per account and API); the network pool keeps Qt's 6 connections per host from
    // capping either.
    int maxConcurrent = 128; // HTTP requests in flight at once, all accounts
    int maxPerProfile = 8;   // HTTP requests in flight at once per account (an organisation's members each have theirs)
    RetryPolicy retry;       // retry.requestTimeoutMs is the per-request timeout
    // Not stored: each account's limit halves when the service throttles it and grows back by one a round trip
    // (RequestSlots::setAdaptive, issue 19 goal 2); off keeps maxPerProfile whatever the service answers.
    bool adaptiveLimits = true;
    // Not stored: an account's known sources (its last sweep's, else those it configures) are listed at once,
    // beside its discovery, and kept or dropped when discovery is done (issue 19 goal 6: the first rows one round
    // trip after Refresh); off waits for discovery, as before, for the benchmark that compares both.
    bool listKnownSources = true;
    // Not stored: the schedule before issue 19 (follow-ups queued after the parse, the first requests granted in
    // the order the jobs start), for the benchmark that compares both in one run.
    bool legacySchedule = false;
    // Not stored: identity calls sent at once through the profile's manager, outside the gate, and an
    // organisation's member listing ranked as discovery: the schedule before the identity calls joined the gate
    // (issue 19, session 6), for the benchmark. legacySchedule implies it.
    bool identityOutsideGate = false;
};

// Which part of the world a sweep covers (empty = everything).
struct SweepScope
{
    QStringList profileNames;
    QSet<Service> services;
    QStringList regions;
    Params filters; // server-side filters passed to every list job
};

// Plans sources from profiles and lists them with bounded concurrency, feeding the table and status models. The
// limits count requests in flight (a RequestSlots gate shared by every job), not sources: a source between two
// pages holds no slot, and fanned-out pages of one source share its profile's slots.
// A source's first fill appends rows page by page; a later refresh buffers and replaces the source's rows
// atomically when it completes (a failed refresh leaves the previous rows in place, marked stale).
class Inventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inventory)

public:
    // Gives the network access manager of a profile; owned by the composition root.
    using NamProvider = std::function<QNetworkAccessManager *(const Profile &)>;

    Inventory(ProfileStore *profiles, CredentialStore *credentials, NamProvider nams, FlowLogTableModel *table,
              SourceStatusModel *status, QObject *parent = nullptr);
    ~Inventory() override;

    void setSettings(const InventorySettings &settings) { m_settings = settings; }
    // Managers for the sweep's requests (networkpool.h), so Qt's 6 connections per host and manager do not cap
    // the limits; without one each request goes through its profile's manager. Owned by the composition root.
    void setNetworkPool(NetworkPool *pool) { m_networkPool = pool; }
    // Turns every profile into credentials (its key, or the temporary credentials of its role or agency). Owned
    // by the inventory; temporary credentials stay cached in it, in memory, across sweeps.
    [[nodiscard]] CredentialBroker *credentialBroker() const { return m_broker; }
    [[nodiscard]] const InventorySettings &settings() const { return m_settings; }
    void setScope(const SweepScope &scope) { m_scope = scope; }
    // Discover only: refresh() finds the accounts, regions and instances (accounts(), the status model's
    // discovery()) and finishes without listing a flow log or touching the table (flowlog-cli discover, the
    // profile editor's Discover button).
    void setDiscoverOnly(bool discoverOnly) { m_discoverOnly = discoverOnly; }

    // Pure: the sources a set of profiles yields under a scope, as they are configured (typed regions, else the
    // provider's defaults; typed ids): what a sweep covers when discovery is not possible.
    [[nodiscard]] static QList<SourceSpec> planSources(const QList<Profile> &profiles, const SweepScope &scope = {});
    // Pure: the sources of discovered accounts under a scope.
    [[nodiscard]] static QList<SourceSpec> planSources(const QList<DiscoveredAccount> &accounts,
                                                       const SweepScope &scope = {});
    // Pure: the base URLs the first round of a sweep of these profiles reaches, each with how many requests go
    // there: discovery's first step of every profile (its regions or projects, its ECR instances, an organisation's
    // members and whose key it is) and, with knownFirst, the sources listed beside it (knownSources). What
    // refresh() has the pool pre-connect while the secrets load.
    [[nodiscard]] static QList<std::pair<QUrl, int>> firstRoundEndpoints(const QList<Profile> &profiles,
                                                                         const SweepScope &scope, bool knownFirst);
    // Pure: the sources of a profile's own account worth listing before its discovery is done: those of the last
    // sweep (lastSweep: every source it had), else those the profile configures; only ones addressable as they are.
    [[nodiscard]] static QList<SourceSpec> knownSources(const Profile &profile, const QList<SourceSpec> &lastSweep,
                                                        const SweepScope &scope = {});
    // Pure: two specs make the same requests (a listing begun before discovery counts as the discovered one's).
    [[nodiscard]] static bool sameListing(const SourceSpec &a, const SourceSpec &b);
    // Pure: why a source cannot be listed as specified (a Huawei source without its project id), else no error.
    [[nodiscard]] static ApiError configurationError(const SourceSpec &source);
    // Pure: a profile's account as configured (no discovery).
    [[nodiscard]] static DiscoveredAccount configuredAccount(const Profile &profile);

    void refresh();
    // Lists one source of the last sweep again (the sources tree's "Refresh This Source"), as a sweep of that source
    // alone: started(1), its rows swapped in when it completes (stale when it fails), finished(). Every other source
    // keeps its rows and state. False (nothing done) while a sweep runs or for a source the status model lacks.
    bool refreshSource(const QString &sourceId);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // The accounts the last sweep covered, with what discovery found and every discovery failure (credentials
    // cleared). Set when started() fires.
    [[nodiscard]] const QList<DiscoveredAccount> &accounts() const { return m_accounts; }
    // A source of the last sweep (or the one running) as it was listed, with what discovery filled in (region,
    // instance, project id, organisation member); nullopt for a source it did not list.
    [[nodiscard]] std::optional<SourceSpec> listedSource(const QString &sourceId) const;
    // The last sweep was stopped by cancel() (or replaced by a new refresh) before every source finished.
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    // The running sweep is filling or refreshing this source (its rows are about to be the listing's).
    [[nodiscard]] bool isListing(const QString &sourceId) const
    {
        return m_live.contains(sourceId) || m_buffers.contains(sourceId);
    }
    // HTTP attempts of the last sweep: discovery, listings and (once it finished) identity calls.
    [[nodiscard]] int requestCount() const { return m_requests; }
    // Most HTTP requests in flight at once during the last sweep, overall and for any one profile (for tests and
    // the README measurement).
    [[nodiscard]] int peakConcurrency() const { return m_gate.peakInFlight(); }
    [[nodiscard]] int peakConcurrencyPerProfile() const { return m_gate.peakInFlightPerGroup(); }
    // The sweep's request gate and parse pool, for jobs that run beside its listings under the same limits.
    [[nodiscard]] RequestSlots *requestGate() { return &m_gate; }
    [[nodiscard]] QThreadPool *parsePool() const { return m_parsePool; }
    // Parse pages on pool (owned by the caller, e.g. one warmed up while the profiles load: parsewarmup.h) instead
    // of this inventory's own; before the first refresh().
    void setParsePool(QThreadPool *pool);

Q_SIGNALS:
    // A sweep began; sourceCount: the sources its profiles configure (an estimate). The status model gets the
    // sweep's sources as each account is discovered (setSources for the first, then addSources).
    void started(int sourceCount);
    // An account's discovery is done (credentials cleared): what it holds and its failures. Its sources start now.
    void accountDiscovered(const flowlog::DiscoveredAccount &account);
    // A source's list job is about to start, with the credentials it signs with (memory only): what lists the
    // source's other resources (the coverage sweep) hooks onto, through the same gate.
    void sourceStarting(const flowlog::SourceSpec &source, const flowlog::CredentialRef &credentials);
    void sourceFinished(const flowlog::SourceSpec &source, const flowlog::ListResult &result);
    void finished(); // every source done, failed or cancelled

private:
    struct Pending
    {
        SourceSpec source;
        CredentialRef credentials;
        ApiError credentialError;
    };
    // A source listed before its account's discovery confirmed it: its result waits for the confirmation.
    struct Speculative
    {
        SourceSpec source;
        CredentialRef credentials;
        QPointer<ListJob> job;
        bool finished = false;
        ListResult result;
    };
    struct ProfileCredentials
    {
        CredentialRef credentials;
        ApiError error;
    };
    // A new generation, running, with nothing queued or buffered (refresh() and refreshSource()).
    void beginSweep();
    void onCredentialsRead();
    void onAccountReady(int index);
    // Plans the known sources of the accounts being discovered (listKnownSources); their jobs start with the next
    // pump() (startKnown()).
    void planKnown(const QList<Discovery::Input> &inputs);
    // The known sources' jobs, a turn after discovery's first requests were granted; then what discovery finished
    // meanwhile without a request (held till the jobs exist, as they did before discovery started).
    void startKnown(quint64 generation);
    // Discovery found a speculative source: it becomes one of the sweep's (coverage hooks on, its result lands).
    void confirm(const QString &sourceId, bool announce = true);
    // Discovery did not find it (or found it addressed otherwise): its job stops, its rows and result go.
    void withdraw(const QString &sourceId);
    void dropJob(ListJob *job);
    // Adds sources to this sweep (the status model's first call of a sweep replaces the last sweep's) and starts them.
    void plan(const QList<Pending> &pending, bool start = true);
    void onDiscovered();
    void pump();
    void startSource(const Pending &pending);
    void onJobFinished(ListJob *job, const ListResult &result, quint64 generation);
    void finishWithoutJob(const SourceSpec &source, const ApiError &error);
    void markStaleOnFailure(const QString &sourceId, const ApiError &error);
    void checkDone();

    ProfileStore *m_profiles;
    CredentialStore *m_credentialStore;
    NamProvider m_nams;
    FlowLogTableModel *m_table;
    SourceStatusModel *m_status;
    InventorySettings m_settings;
    SweepScope m_scope;

    QList<Profile> m_sweepProfiles;
    CredentialBroker *m_broker;
    Discovery *m_discovery = nullptr;
    QList<DiscoveredAccount> m_accounts;          // of the last sweep, without credentials
    QList<Pending> m_unreadable;                  // sources of profiles whose credentials could not be had
    QHash<QString, ProfileCredentials> m_secrets; // profile id -> credentials, for this sweep only
    int m_secretsPending = 0;
    bool m_discovering = false;
    bool m_discoverOnly = false;
    bool m_holdDiscovery = false; // discovery's accounts and end wait for startKnown()
    QList<int> m_heldAccounts;
    bool m_heldFinished = false;
    QSet<QString> m_plannedIds;                // every source this sweep planned
    QHash<QString, Speculative> m_speculative; // listed before discovery, not yet confirmed
    QSet<const ListJob *> m_withdrawn;         // jobs withdraw() stopped: their finish only frees them
    QList<Pending> m_queue;
    RequestSlots m_gate;
    QThreadPool *m_parsePool = nullptr; // pages are parsed here, off the GUI thread
    QPointer<NetworkPool> m_networkPool;
    QList<QPointer<ListJob>> m_jobs;
    QHash<QString, QList<FlowLog>> m_buffers; // sources being refreshed (replace on completion)
    QSet<QString> m_live;                     // sources filling for the first time
    int m_runningCount = 0;                   // jobs started and not finished (waiting for slots or listing)
    int m_requests = 0;
    int m_assumeRequestsAtStart = 0; // the broker's count when the sweep began
    bool m_cancelled = false;
    bool m_cancelling = false;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace flowlog
