#include "credentialbroker.h"

#include "assumejob.h"
#include "networkpool.h"
#include "requestgate.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

namespace flowlog {

// The live credentials of one identity with hops: what request plans read for every attempt.
class BrokeredCredentials final : public CredentialSource
{
public:
    BrokeredCredentials(CredentialBroker *broker, Identity identity)
        : m_broker(broker)
        , m_identity(std::move(identity))
        , m_key(m_identity.key())
    {}

    [[nodiscard]] const Identity &identity() const { return m_identity; }

    [[nodiscard]] Credentials current() const override
    {
        QMutexLocker lock(&m_mutex);
        // Past the refresh point the credentials are still valid: this attempt uses them while a renewal runs.
        if (!m_backgroundAsked && !m_credentials.accessKeyId.isEmpty() && m_refreshAt.hasExpired()) {
            m_backgroundAsked = true;
            if (CredentialBroker *broker = m_broker.data()) {
                QMetaObject::invokeMethod(
                    broker, [broker, key = m_key] { broker->refreshInBackground(key); }, Qt::QueuedConnection);
            }
        }
        return m_credentials;
    }

    [[nodiscard]] bool isRenewable() const override { return true; }

    void renew(const QString &refusedKeyId, QObject *context, RenewDone done) override
    {
        if (CredentialBroker *broker = m_broker.data()) {
            broker->renew(m_key, refusedKeyId, context, std::move(done));
            return;
        }
        CredentialSource::renew(refusedKeyId, context, std::move(done)); // the broker is gone: cannot renew
    }

    void set(const Credentials &credentials, qint64 lifetimeMs)
    {
        const qint64 lifetime = std::max<qint64>(0, lifetimeMs);
        QMutexLocker lock(&m_mutex);
        m_credentials = credentials;
        m_expiresAt = QDeadlineTimer(lifetime, Qt::PreciseTimer);
        m_refreshAt = QDeadlineTimer(lifetime - CredentialBroker::refreshMarginMs(lifetime), Qt::PreciseTimer);
        m_backgroundAsked = false;
    }

    // Held and not yet due for renewal.
    [[nodiscard]] bool isFresh() const
    {
        QMutexLocker lock(&m_mutex);
        return !m_credentials.accessKeyId.isEmpty() && !m_refreshAt.hasExpired();
    }

    // Held, not expired, and not the key a provider refused.
    [[nodiscard]] bool isNewerThan(const QString &refusedKeyId) const
    {
        QMutexLocker lock(&m_mutex);
        return !m_credentials.accessKeyId.isEmpty() && m_credentials.accessKeyId != refusedKeyId &&
               !m_expiresAt.hasExpired();
    }

private:
    QPointer<CredentialBroker> m_broker; // read on the broker's thread only (where the jobs run)
    const Identity m_identity;
    const QString m_key;
    mutable QMutex m_mutex;
    Credentials m_credentials;
    QDeadlineTimer m_expiresAt{0};
    QDeadlineTimer m_refreshAt{0};
    mutable bool m_backgroundAsked = false;
};

namespace {

// Calls f later on context's thread, not at all when context is gone.
template<typename F> void post(QObject *context, F f)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

ApiError abortedError()
{
    ApiError e;
    e.kind = ApiError::Kind::Aborted;
    e.message = ApiErrors::tr("The request was cancelled.");
    return e;
}

} // namespace

CredentialBroker::CredentialBroker(CredentialReader readBase, NamProvider nams, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_readBase(std::move(readBase))
    , m_nams(std::move(nams))
    , m_policy(policy)
{}

CredentialBroker::~CredentialBroker()
{
    clear();
}

qint64 CredentialBroker::refreshMarginMs(qint64 lifetimeMs)
{
    constexpr qint64 maxMarginMs = 5 * 60 * 1000;
    return std::min(lifetimeMs / 4, maxMarginMs);
}

void CredentialBroker::setRequestGate(RequestGate *gate)
{
    m_gate = gate;
}

void CredentialBroker::setNetworkPool(NetworkPool *pool)
{
    m_networkPool = pool;
}

void CredentialBroker::abortWaiting()
{
    QList<QPointer<AssumeJob>> waiting;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.job && e.job->isWaitingForSlot())
            waiting.append(e.job);
    }
    for (const QPointer<AssumeJob> &job : std::as_const(waiting)) {
        if (job)
            job->abort(); // finished(aborted) -> onAssumed -> the waiters get the error
    }
}

void CredentialBroker::clear()
{
    const QHash<QString, Entry> entries = std::exchange(m_entries, {});
    for (const Entry &e : entries) {
        if (e.job)
            e.job->deleteLater(); // its answer finds no entry
        for (const auto &[context, done] : e.waiters)
            post(context.data(), [done = done] { done(abortedError()); });
    }
}

void CredentialBroker::acquire(const Identity &identity, QObject *context, Done done)
{
    if (identity.hops.isEmpty()) {
        readBase(identity, context, std::move(done));
        return;
    }
    ensureFresh(
        identity, context,
        [source = sourceFor(identity), done](const ApiError &error) {
            done(error.isError() ? Credentials{} : source->current(), error);
        },
        false);
}

void CredentialBroker::acquireSource(const Identity &identity, QObject *context, SourceDone done)
{
    if (identity.hops.isEmpty()) {
        readBase(identity, context, [done](const Credentials &credentials, const ApiError &error) {
            done(CredentialRef(credentials), error);
        });
        return;
    }
    ensureFresh(
        identity, context,
        [source = sourceFor(identity), done](const ApiError &error) { done(CredentialRef(source), error); }, false);
}

std::shared_ptr<BrokeredCredentials> CredentialBroker::sourceFor(const Identity &identity)
{
    Entry &entry = m_entries[identity.key()];
    if (!entry.source)
        entry.source = std::make_shared<BrokeredCredentials>(this, identity);
    return entry.source;
}

void CredentialBroker::ensureFresh(const Identity &identity, QObject *context, Waiter done, bool force, bool urgent)
{
    const QString key = identity.key();
    const std::shared_ptr<BrokeredCredentials> source = sourceFor(identity);
    if (!force && source->isFresh()) {
        post(context, [done = std::move(done)] { done({}); });
        return;
    }
    m_entries[key].waiters.append({QPointer<QObject>(context), std::move(done)});
    fetch(key, urgent);
}

void CredentialBroker::fetch(const QString &key, bool urgent)
{
    Entry &entry = m_entries[key];
    if (urgent)
        entry.urgent = true;
    if (entry.fetching) {
        // Single flight: the waiters are served by the call in progress (now, when it waited for a slot).
        if (urgent && entry.job)
            entry.job->skipGate();
        return;
    }
    entry.fetching = true;
    const Identity parent = entry.source->identity().parent();
    if (parent.hops.isEmpty()) {
        readBase(parent, this, [this, key](const Credentials &credentials, const ApiError &error) {
            if (error.isError())
                settle(key, error);
            else
                assume(key, CredentialRef(credentials));
        });
        return;
    }
    // A longer chain: the hop before must be fresh first; its live source then signs this hop's call.
    ensureFresh(
        parent, this,
        [this, key, parentSource = sourceFor(parent)](const ApiError &error) {
            if (error.isError())
                settle(key, error);
            else
                assume(key, CredentialRef(parentSource));
        },
        false, urgent);
}

void CredentialBroker::assume(const QString &key, const CredentialRef &parent)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return; // cleared meanwhile
    const Identity &identity = it->source->identity();
    AssumeInput input;
    input.target.profileId = identity.profileId;
    input.target.profileName = identity.profileName;
    input.target.endpointOverride = identity.endpointOverride;
    input.hop = identity.hops.constLast();
    AssumeJob *job = makeAssumeJob(input, parent, m_nams ? m_nams(identity.profileId) : nullptr, m_policy, this);
    it->job = job;
    ++m_assumeCalls;
    job->setNetworkPool(m_networkPool);
    // Charged to the account whose credentials sign the call (the provider counts it there); its answer lets the
    // identity's own account start.
    if (m_gate && !it->urgent)
        job->setRequestGate(m_gate, identity.parent().accountKey(), RequestGate::identityRank, identity.accountKey());
    connect(job, &AssumeJob::finished, this, [this, key, job](const AssumeResult &result) {
        job->deleteLater();
        const auto entry = m_entries.find(key);
        if (entry == m_entries.end() || entry->job != job)
            return; // cleared meanwhile
        onAssumed(key, result);
    });
    job->start();
}

void CredentialBroker::onAssumed(const QString &key, const AssumeResult &result)
{
    m_assumeRequests += result.attempts;
    Entry &entry = m_entries[key];
    entry.job = nullptr;
    entry.urgent = false;
    if (!result.error.isError()) {
        entry.source->set(result.credentials, result.lifetimeMs);
        settle(key, {});
        return;
    }
    // The provider's code, message and request id stay; the hint says which hop of which profile failed.
    const Identity &identity = entry.source->identity();
    ApiError error = result.error;
    const QString where =
        tr("Could not assume %1 with profile %2.").arg(identity.hops.constLast().displayName(), identity.profileName);
    error.hint = error.hint.isEmpty() ? where : where + QLatin1Char(' ') + error.hint;
    settle(key, error);
}

void CredentialBroker::settle(const QString &key, const ApiError &error)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->fetching = false;
    it->urgent = false;
    const auto waiters = std::exchange(it->waiters, {});
    for (const auto &[context, done] : waiters)
        post(context.data(), [done = done, error] { done(error); });
}

void CredentialBroker::readBase(const Identity &identity, QObject *context, Done done)
{
    auto &waiting = m_baseReads[identity.profileId];
    waiting.append({QPointer<QObject>(context), std::move(done)});
    if (waiting.size() > 1)
        return; // a read of this profile's key is under way
    if (!m_readBase) {
        ApiError e;
        e.kind = ApiError::Kind::Credentials;
        e.message = tr("No credential store is available.");
        const auto waiters = m_baseReads.take(identity.profileId);
        for (const auto &[ctx, cb] : waiters)
            post(ctx.data(), [cb = cb, e] { cb({}, e); });
        return;
    }
    m_readBase(identity.profileId, this,
               [this, profileId = identity.profileId](const Credentials &credentials, const ApiError &error) {
                   const auto waiters = m_baseReads.take(profileId);
                   for (const auto &[ctx, cb] : waiters)
                       post(ctx.data(), [cb = cb, credentials, error] { cb(credentials, error); });
               });
}

void CredentialBroker::renew(const QString &key, const QString &refusedKeyId, QObject *context, Waiter done)
{
    const auto it = m_entries.find(key);
    if (it != m_entries.end() && it->source->isNewerThan(refusedKeyId)) {
        post(context, [done = std::move(done)] { done({}); }); // renewed already since that request was signed
        return;
    }
    if (it == m_entries.end()) {
        post(context, [done = std::move(done)] { done(abortedError()); }); // cleared: the sweep is over
        return;
    }
    ensureFresh(it->source->identity(), context, std::move(done), true, true);
}

void CredentialBroker::refreshInBackground(const QString &key)
{
    if (m_entries.contains(key))
        fetch(key, false);
}

} // namespace flowlog
