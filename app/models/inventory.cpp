#include "inventory.h"

#include <QThreadPool>

#include "jobfactory.h"
#include "networkpool.h"
#include "profileidentity.h"

#include <QNetworkAccessManager>

#include <algorithm>
#include <utility>

namespace flowlog {

Inventory::Inventory(ProfileStore *profiles, CredentialStore *credentials, NamProvider nams, FlowLogTableModel *table,
                     SourceStatusModel *status, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentialStore(credentials)
    , m_nams(std::move(nams))
    , m_table(table)
    , m_status(status)
    , m_broker(makeProfileBroker(profiles, credentials, m_nams, this))
    , m_parsePool(new QThreadPool(this))
{}

Inventory::~Inventory()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

void Inventory::setParsePool(QThreadPool *pool)
{
    Q_ASSERT(!m_discovery && pool);
    if (m_parsePool && m_parsePool->parent() == this)
        delete m_parsePool;
    m_parsePool = pool;
}

void Inventory::refresh()
{
    if (m_running)
        cancel();
    beginSweep();
    m_unreadable.clear();
    m_secrets.clear();
    m_sweepProfiles.clear();
    for (const Profile &p : m_profiles->profiles()) {
        if (p.enabled && (m_scope.profileNames.isEmpty() || m_scope.profileNames.contains(p.name)))
            m_sweepProfiles.append(p);
    }
    m_plannedIds.clear();
    // The configured sources estimate the sweep; discovery may find more (or fewer).
    Q_EMIT started(static_cast<int>(planSources(m_sweepProfiles, m_scope).size()));
    if (m_sweepProfiles.isEmpty()) {
        m_accounts.clear();
        onDiscovered();
        return;
    }
    // While the secrets load (a keychain read each, one at a time), the first round's connections open: TLS
    // handshakes to a provider take round trips the first requests would otherwise wait for.
    if (m_networkPool && !m_settings.legacySchedule) {
        const bool knownFirst = !m_discoverOnly && m_settings.listKnownSources;
        for (const auto &[url, requests] : firstRoundEndpoints(m_sweepProfiles, m_scope, knownFirst))
            m_networkPool->preconnect(url, std::min(requests, NetworkPool::connectionsPerHost));
    }
    // Secrets are read once per profile per sweep, never kept after it; a role's or agency's temporary
    // credentials come from the broker, which renews them while the sweep runs.
    m_broker->setRetryPolicy(m_settings.retry);
    m_secretsPending = static_cast<int>(m_sweepProfiles.size());
    const quint64 generation = m_generation;
    for (const Profile &p : std::as_const(m_sweepProfiles)) {
        m_broker->acquireSource(identityOf(p), this,
                                [this, generation, id = p.id](const CredentialRef &credentials, const ApiError &error) {
                                    if (generation != m_generation)
                                        return;
                                    m_secrets.insert(id, {credentials, error});
                                    if (--m_secretsPending == 0)
                                        onCredentialsRead();
                                });
    }
}

void Inventory::beginSweep()
{
    ++m_generation;
    m_running = true;
    m_cancelled = false;
    m_requests = 0;
    m_gate.setLimits(m_settings.maxConcurrent, m_settings.maxPerProfile);
    m_gate.setAdaptive(m_settings.adaptiveLimits);
    m_gate.resetPeaks();
    // Identity calls (a role's, an agency's, one per organisation member) wait in the same gate, charged to the
    // account that signs them, and go through the pool (issue 19); the schedule before issue 19 sent them at once
    // through the profile's manager.
    const bool identityInGate = !m_settings.legacySchedule && !m_settings.identityOutsideGate;
    m_broker->setRequestGate(identityInGate ? &m_gate : nullptr);
    m_broker->setNetworkPool(identityInGate ? m_networkPool.data() : nullptr);
    m_assumeRequestsAtStart = m_broker->assumeRequests();
    m_queue.clear();
    m_buffers.clear();
    m_live.clear();
    m_speculative.clear();
    m_withdrawn.clear();
    m_holdDiscovery = false;
    m_heldAccounts.clear();
    m_heldFinished = false;
}

std::optional<SourceSpec> Inventory::listedSource(const QString &sourceId) const
{
    const SourceStatusModel::Entry *entry = m_status->entry(sourceId);
    return entry ? std::optional<SourceSpec>(entry->source) : std::nullopt;
}

bool Inventory::refreshSource(const QString &sourceId)
{
    const SourceStatusModel::Entry *entry = m_status->entry(sourceId);
    const Profile *profile = entry ? m_profiles->findById(entry->source.profileId) : nullptr;
    if (m_running || !profile)
        return false;
    const SourceSpec source = entry->source;
    beginSweep();
    m_secretsPending = 1;
    Q_EMIT started(1);
    // A member's source is reached through its organisation's profile, with the hop into the member.
    const Identity identity =
        source.accountId.isEmpty() ? identityOf(*profile) : memberIdentity(*profile, source.accountId);
    m_broker->setRetryPolicy(m_settings.retry);
    m_broker->acquireSource(
        identity, this,
        [this, source, generation = m_generation](const CredentialRef &credentials, const ApiError &error) {
            if (generation != m_generation)
                return;
            m_secretsPending = 0;
            if (error.isError()) {
                m_status->addSources({source});
                finishWithoutJob(source, error);
                checkDone();
                return;
            }
            plan({Pending{source, credentials, {}}});
        });
    return true;
}

void Inventory::onCredentialsRead()
{
    QList<Discovery::Input> inputs;
    QList<Pending> unreadable;
    for (const Profile &p : std::as_const(m_sweepProfiles)) {
        const ProfileCredentials found = m_secrets.value(p.id);
        if (found.error.isError()) {
            // The account cannot be reached (no key in the keychain, a role that cannot be assumed): its
            // configured sources fail with that error.
            for (const SourceSpec &s : planSources(QList<Profile>{p}, m_scope))
                unreadable.append(Pending{s, {}, found.error});
            continue;
        }
        inputs.append({p, found.credentials});
    }
    m_secrets.clear();
    if (!m_discovery) {
        m_discovery = new Discovery(m_nams, m_broker, &m_gate, m_parsePool, m_settings.retry, this);
        connect(m_discovery, &Discovery::accountReady, this, [this](int index) {
            if (m_holdDiscovery)
                m_heldAccounts.append(index);
            else if (m_discovering)
                onAccountReady(index);
        });
        connect(m_discovery, &Discovery::finished, this, [this] {
            if (m_holdDiscovery)
                m_heldFinished = true;
            else if (m_discovering)
                onDiscovered();
        });
    }
    m_discovering = true;
    // The gate grants by rank from the event loop: discovery's requests before the listings'.
    const bool wasSuspended = m_gate.isSuspended();
    m_gate.setSuspended(!m_settings.legacySchedule || wasSuspended);
    if (m_discoverOnly)
        m_unreadable = unreadable;
    else if (!unreadable.isEmpty())
        plan(unreadable);
    // The known sources are planned now but their jobs are made a turn later, after the gate has granted
    // discovery's first requests: making ~30 jobs costs ~1.5 ms, and the discovery chains (a Huawei account's
    // projects, then its routers, then their flow logs) are the sweep's longest path (issue 19 goal 4).
    const bool knownFirst = !m_discoverOnly && m_settings.listKnownSources && !m_settings.legacySchedule;
    if (knownFirst)
        planKnown(inputs);
    m_discovery->setRetryPolicy(m_settings.retry);
    m_discovery->setNetworkPool(m_networkPool);
    m_discovery->setOrganisationFirst(!m_settings.legacySchedule && !m_settings.identityOutsideGate);
    m_holdDiscovery = knownFirst;
    m_discovery->start(inputs, m_scope.services);
    m_gate.setSuspended(wasSuspended);
    if (knownFirst) // queued after the gate's grant (posted when it was suspended above)
        QMetaObject::invokeMethod(
            this, [this, generation = m_generation] { startKnown(generation); }, Qt::QueuedConnection);
}

void Inventory::startKnown(quint64 generation)
{
    if (generation != m_generation || !m_holdDiscovery)
        return; // cancelled or replaced meanwhile: its queue went with it
    m_holdDiscovery = false;
    pump();
    for (const int index : std::exchange(m_heldAccounts, {})) {
        if (m_discovering)
            onAccountReady(index);
    }
    if (std::exchange(m_heldFinished, false) && m_discovering)
        onDiscovered();
}

void Inventory::planKnown(const QList<Discovery::Input> &inputs)
{
    // An account's regions rarely change between sweeps, and the default regions are every account's: listing
    // them beside the discovery that confirms them brings the first rows one round trip after Refresh, not two.
    QList<SourceSpec> lastSweep;
    for (const SourceStatusModel::Entry &e : m_status->entries())
        lastSweep.append(e.source);
    QList<Pending> pending;
    for (const Discovery::Input &in : inputs) {
        for (const SourceSpec &s : knownSources(in.profile, lastSweep, m_scope)) {
            const QString id = s.id();
            if (m_plannedIds.contains(id) || m_speculative.contains(id))
                continue;
            m_speculative.insert(id, Speculative{s, in.credentials, {}, false, {}});
            pending.append(Pending{s, in.credentials, {}});
        }
    }
    if (!pending.isEmpty())
        plan(pending, false);
}

void Inventory::confirm(const QString &sourceId, bool announce)
{
    const Speculative known = m_speculative.take(sourceId);
    if (announce)
        Q_EMIT sourceStarting(known.source, known.credentials);
    if (known.finished && known.job)
        onJobFinished(known.job, known.result, m_generation);
}

void Inventory::withdraw(const QString &sourceId)
{
    const Speculative known = m_speculative.take(sourceId);
    m_plannedIds.remove(sourceId);
    // Rows it appended were never this sweep's; a refresh's buffer simply goes (the last sweep's rows go with the
    // other unplanned sources' when discovery is done).
    if (m_live.remove(sourceId))
        m_table->removeSource(sourceId);
    m_buffers.remove(sourceId);
    if (!known.job)
        return;
    if (known.finished) {
        dropJob(known.job);
        return;
    }
    m_withdrawn.insert(known.job);
    known.job->abort();
}

void Inventory::dropJob(ListJob *job)
{
    --m_runningCount;
    m_jobs.removeAll(job);
    job->deleteLater();
}

void Inventory::plan(const QList<Pending> &pending, bool start)
{
    QList<SourceSpec> sources;
    sources.reserve(pending.size());
    for (const Pending &p : pending) {
        sources.append(p.source);
        m_plannedIds.insert(p.source.id());
    }
    // Sources the last sweep had too are queued again in place (the sources tree keeps selection and expansion);
    // those this sweep does not plan go when discovery is done.
    m_status->addSources(sources);
    m_queue.append(pending);
    if (start)
        pump();
}

void Inventory::onAccountReady(int index)
{
    DiscoveredAccount account = m_discovery->accounts().at(index);
    const CredentialRef credentials = std::exchange(account.credentials, CredentialRef());
    Q_EMIT accountDiscovered(account);
    if (m_discoverOnly)
        return;
    // Each account is listed as soon as it is discovered: a slow or stuck account never holds back the others.
    // Its discovery failures reach the status model (and the tree) with the others', when discovery is done.
    QList<Pending> pending;
    QSet<QString> found;
    for (const SourceSpec &s : planSources(QList<DiscoveredAccount>{account}, m_scope)) {
        const QString id = s.id();
        found.insert(id);
        const auto known = m_speculative.constFind(id);
        if (known != m_speculative.cend() && sameListing(known->source, s)) {
            confirm(id);
            continue;
        }
        if (known != m_speculative.cend())
            withdraw(id); // found, but addressed otherwise (another project id): listed again as found
        pending.append(Pending{s, credentials, {}});
    }
    // What was listed before discovery and discovery did not find (a region the account no longer has).
    QStringList gone;
    for (auto it = m_speculative.cbegin(); it != m_speculative.cend(); ++it) {
        if (!found.contains(it.key()) && it->source.profileId == account.profileId && it->source.accountId.isEmpty() &&
            account.accountId.isEmpty())
            gone.append(it.key());
    }
    for (const QString &id : std::as_const(gone))
        withdraw(id);
    plan(pending);
}

void Inventory::onDiscovered()
{
    m_discovering = false;
    if (m_discovery && !m_sweepProfiles.isEmpty()) {
        m_accounts = m_discovery->accounts();
        m_requests += m_discovery->requestCount();
    }
    for (DiscoveredAccount &a : m_accounts)
        a.credentials = CredentialRef();
    // Every account is ready by now; an account discovery never reported keeps what it configures.
    for (const QString &id : m_speculative.keys())
        confirm(id);
    if (m_discoverOnly) {
        for (const Pending &p : std::as_const(m_unreadable)) {
            DiscoveredAccount a = configuredAccount(*m_profiles->findById(p.source.profileId));
            a.reachable = false;
            a.failures.append({DiscoveryFailure::Step::Access, {}, p.credentialError, {}});
            if (std::none_of(m_accounts.cbegin(), m_accounts.cend(),
                             [&a](const DiscoveredAccount &d) { return d.key() == a.key(); }))
                m_accounts.append(a);
        }
        m_unreadable.clear();
        m_status->setDiscovery(m_accounts);
        m_running = false;
        Q_EMIT finished();
        return;
    }
    // Rows of sources that no longer exist (profile removed or disabled) go; the others stay until replaced.
    // A scoped sweep (CLI filters) leaves rows outside its scope alone.
    if (m_scope.profileNames.isEmpty() && m_scope.services.isEmpty() && m_scope.regions.isEmpty()) {
        for (const QString &id : m_table->sourceIds()) {
            if (!m_plannedIds.contains(id))
                m_table->removeSource(id);
        }
    }
    m_status->setDiscovery(m_accounts);
    m_status->retainSources(m_plannedIds);
    checkDone();
}

void Inventory::pump()
{
    // Every source starts at once: its jobs wait in m_gate for request slots, which enforces the limits. The gate
    // holds its grants while they queue their first requests and grants them by rank from the event loop, not
    // in the order the jobs happened to start (issue 19: an account granted half its slots in the first round
    // needs an extra round at the end).
    const QList<Pending> queued = std::exchange(m_queue, {});
    const bool wasSuspended = m_gate.isSuspended();
    m_gate.setSuspended(!m_settings.legacySchedule || wasSuspended);
    for (const Pending &pending : queued) {
        if (pending.credentialError.isError())
            finishWithoutJob(pending.source, pending.credentialError);
        else
            startSource(pending);
    }
    m_gate.setSuspended(wasSuspended);
    checkDone();
}

void Inventory::startSource(const Pending &pending)
{
    const SourceSpec &s = pending.source;
    const Profile *profile = m_profiles->findById(s.profileId);
    QNetworkAccessManager *nam = profile && m_nams ? m_nams(*profile) : nullptr;
    // The endpoint rule is the executor's, where every request passes: a refused endpoint fails the source there.
    ApiError configError = configurationError(s);
    ListJob *job = configError.isError() ? nullptr : makeListJob(s, pending.credentials, nam, m_settings.retry, this);
    if (!job) {
        if (!configError.isError()) {
            configError.kind = ApiError::Kind::Configuration;
            configError.message = tr("Listing %1 flow logs is not available.").arg(serviceDisplayName(s.service));
        }
        finishWithoutJob(s, configError);
        return;
    }
    const QString id = s.id();
    // A source listed before discovery is announced when discovery confirms it (coverage lists beside it then).
    if (const auto known = m_speculative.find(id); known != m_speculative.end())
        known->job = job;
    else
        Q_EMIT sourceStarting(s, pending.credentials);
    ++m_runningCount;
    m_jobs.append(job);
    job->setRequestGate(&m_gate);
    job->setParsePool(m_parsePool);
    job->setEarlyFollowUps(!m_settings.legacySchedule);
    job->setNetworkPool(m_networkPool);
    // Queued until its first request gets a slot.
    connect(job, &ListJob::requestStarted, this, [this, id, marked = false]() mutable {
        if (!std::exchange(marked, true))
            m_status->markRunning(id);
    });
    const bool live = m_table->countOfSource(id) == 0;
    if (live)
        m_live.insert(id);
    else
        m_buffers.insert(id, {});
    connect(job, &ListJob::pageReceived, this, [this, id](const QList<FlowLog> &rows) {
        m_status->addPage(id, static_cast<int>(rows.size()));
        if (m_live.contains(id))
            m_table->appendRows(id, rows);
        else
            m_buffers[id].append(rows);
    });
    connect(job, &ListJob::finished, this, [this, job, generation = m_generation](const ListResult &result) {
        onJobFinished(job, result, generation);
    });
    job->start();
}

void Inventory::finishWithoutJob(const SourceSpec &source, const ApiError &error)
{
    // Never marked running: such a source sends no request.
    markStaleOnFailure(source.id(), error);
    m_status->markFinished(source.id(), error);
    ListResult r;
    r.error = error;
    Q_EMIT sourceFinished(source, r);
}

void Inventory::markStaleOnFailure(const QString &sourceId, const ApiError &error)
{
    // The previous rows stay (a failing source never hides what was known) but never pass for current. A source
    // the user stopped keeps the state its rows had.
    if (error.isError() && error.kind != ApiError::Kind::Aborted && m_table->countOfSource(sourceId) > 0)
        m_table->setSourcesStale({sourceId});
}

void Inventory::onJobFinished(ListJob *job, const ListResult &result, quint64 generation)
{
    const SourceSpec source = job->source();
    const QString id = source.id();
    if (generation != m_generation) {
        // A job of a sweep that a new refresh replaced: touch nothing of the new sweep.
        dropJob(job);
        return;
    }
    if (m_withdrawn.remove(job)) {
        dropJob(job); // its status and rows went with withdraw()
        return;
    }
    if (const auto known = m_speculative.find(id); known != m_speculative.end() && known->job == job) {
        known->finished = true; // lands when discovery confirms the source
        known->result = result;
        return;
    }
    m_requests += result.requests;
    if (!result.error.isError()) {
        if (m_buffers.contains(id))
            m_table->replaceSourceRows(id, m_buffers.value(id));
        m_table->markSourceCurrent(id, QDateTime::currentDateTimeUtc());
    } else {
        markStaleOnFailure(id, result.error);
    }
    m_buffers.remove(id);
    m_live.remove(id);
    m_status->markFinished(id, result.error);
    dropJob(job);
    Q_EMIT sourceFinished(source, result);
    if (m_running && !m_cancelling)
        pump();
}

void Inventory::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_secretsPending = 0;
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Aborted;
    cancelled.message = tr("Cancelled.");
    // Sources listed before discovery are the sweep's from here on: what they listed lands, the rest is cancelled
    // with the others (not announced: nothing starts beside them now).
    m_cancelling = true; // what lands now starts nothing queued
    m_holdDiscovery = false;
    m_heldAccounts.clear();
    m_heldFinished = false;
    for (const QString &id : m_speculative.keys())
        confirm(id, false);
    m_cancelling = false;
    if (std::exchange(m_discovering, false) && m_discovery) {
        // Accounts still being discovered: their configured sources are reported as cancelled, not silently
        // dropped (members not yet reached have none to report; their organisation's failure says why).
        QList<Pending> stopped;
        for (const int i : m_discovery->unfinishedAccounts()) {
            const DiscoveredAccount &a = m_discovery->accounts().at(i);
            if (!a.accountId.isEmpty())
                continue;
            const QList<SourceSpec> configured =
                planSources(QList<DiscoveredAccount>{configuredAccount(m_discovery->profileOf(i))}, m_scope);
            for (const SourceSpec &s : configured) {
                if (!m_plannedIds.contains(s.id())) // listed before discovery: cancelled with the jobs below
                    stopped.append(Pending{s, {}, cancelled});
            }
        }
        m_accounts = m_discovery->accounts();
        for (DiscoveredAccount &a : m_accounts)
            a.credentials = CredentialRef();
        m_discovery->abort();
        m_broker->abortWaiting(); // members not reached yet: their assume calls are not sent
        if (!stopped.isEmpty()) {
            QList<SourceSpec> specs;
            for (const Pending &p : std::as_const(stopped))
                specs.append(p.source);
            for (const SourceSpec &spec : std::as_const(specs))
                m_plannedIds.insert(spec.id());
            m_status->addSources(specs);
            for (const Pending &p : std::as_const(stopped))
                finishWithoutJob(p.source, p.credentialError);
        }
    }
    const QList<Pending> queued = m_queue;
    m_queue.clear();
    for (const Pending &p : queued) {
        m_status->markFinished(p.source.id(), cancelled);
    }
    // Statuses of sources still waiting for credentials; before discovery planned this sweep's sources, the
    // sources the status model shows (the last sweep's) were not refreshed: they say so.
    for (const auto &e : m_status->entries()) {
        if (e.state == SourceStatusModel::State::Queued || !m_plannedIds.contains(e.source.id()))
            m_status->markFinished(e.source.id(), cancelled);
    }
    const auto jobs = m_jobs;
    m_cancelling = true;       // finished() once, after every aborted job reported
    m_gate.setSuspended(true); // slots freed by one abort must not start requests of the next job to abort
    for (const auto &job : jobs) {
        if (job)
            job->abort(); // finished() -> onJobFinished (same generation: statuses become Cancelled)
    }
    m_gate.setSuspended(false);
    m_cancelling = false;
    ++m_generation; // late credential reads and late job results of this sweep are ignored
    checkDone();
}

void Inventory::checkDone()
{
    if (m_running && m_runningCount == 0 && m_queue.isEmpty() && m_secretsPending <= 0 && !m_discovering) {
        m_running = false;
        m_requests += m_broker->assumeRequests() - m_assumeRequestsAtStart; // the sweep's identity calls
        Q_EMIT finished();
    }
}

} // namespace flowlog
