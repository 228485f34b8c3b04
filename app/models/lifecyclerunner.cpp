#include "lifecyclerunner.h"

#include "profileidentity.h"
#include "sourceid.h"

#include <QTimer>

namespace flowlog {

LifecycleRunner::LifecycleRunner(ProfileStore *profiles, CredentialBroker *broker, Inventory::NamProvider nams,
                                 QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_broker(broker)
    , m_nams(std::move(nams))
{}

LifecycleRunner::LifecycleRunner(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                                 QObject *parent)
    : LifecycleRunner(profiles, static_cast<CredentialBroker *>(nullptr), std::move(nams), parent)
{
    m_broker = makeProfileBroker(profiles, credentials, m_nams, this);
}

LifecycleRunner::~LifecycleRunner()
{
    for (const QPointer<LifecycleJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

std::optional<SourceSpec> LifecycleRunner::sourceFor(const ProfileStore &profiles, const Inventory *inventory,
                                                     const QString &sourceId)
{
    const std::optional<SourceId> id = SourceId::parse(sourceId);
    const Profile *profile = id ? profiles.findById(id->profileId) : nullptr;
    if (!profile || !profile->enabled)
        return std::nullopt;
    // What discovery found (an ECR or ER instance nobody typed, a region, a member account) is only in the sweep.
    if (inventory) {
        if (std::optional<SourceSpec> listed = inventory->listedSource(sourceId))
            return listed;
    }
    SweepScope scope;
    scope.services.insert(id->service);
    scope.regions = {id->region};
    for (const SourceSpec &s : Inventory::planSources({*profile}, scope)) {
        if (s.id() == sourceId)
            return s;
    }
    return std::nullopt;
}

void LifecycleRunner::start(const QList<LifecycleTarget> &targets, LifecycleAction action, const FlowLogChange &change,
                            bool dryRun)
{
    Q_ASSERT(!m_running);
    m_targets = targets;
    m_outcomes = QList<LifecycleRowOutcome>(targets.size());
    m_action = action;
    m_change = change;
    m_dryRun = dryRun;
    m_queue.clear();
    m_runningPerAccount.clear();
    m_finishedCount = 0;
    m_cancelled = false;
    m_running = true;

    QHash<QString, Identity> identities;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString why = whyNot(action, change, targets.at(i).flowLog);
        if (!why.isEmpty()) {
            conclude(static_cast<int>(i), {LifecycleRowOutcome::State::Skipped, why, {}});
            continue;
        }
        m_queue.append(static_cast<int>(i));
        if (const std::optional<Identity> identity = identityFor(targets.at(i).source))
            identities.insert(identity->key(), *identity);
    }
    if (m_queue.isEmpty()) {
        if (targets.isEmpty()) { // every skipped target concluded the run already
            m_running = false;
            Q_EMIT finished();
        }
        return;
    }
    // Credentials are acquired once per identity per run (the broker reuses temporary ones it holds), never kept
    // after it. A target whose profile is gone fails in startJob.
    m_credentialsPending = static_cast<int>(identities.size());
    if (m_credentialsPending == 0 || !m_broker) {
        m_credentialsPending = 0;
        QTimer::singleShot(0, this, &LifecycleRunner::onCredentialsRead);
        return;
    }
    for (auto it = identities.cbegin(); it != identities.cend(); ++it) {
        m_broker->acquireSource(it.value(), this,
                                [this, key = it.key()](const CredentialRef &credentials, const ApiError &error) {
                                    m_credentials.insert(key, {credentials, error});
                                    if (--m_credentialsPending == 0)
                                        onCredentialsRead();
                                });
    }
}

std::optional<Identity> LifecycleRunner::identityFor(const SourceSpec &source) const
{
    const Profile *profile = m_profiles->findById(source.profileId);
    if (!profile)
        return std::nullopt;
    return source.accountId.isEmpty() ? identityOf(*profile) : memberIdentity(*profile, source.accountId);
}

void LifecycleRunner::onCredentialsRead()
{
    if (m_cancelled)
        return;
    pump();
}

void LifecycleRunner::pump()
{
    for (qsizetype i = 0; i < m_queue.size() && m_runningCount < m_settings.maxConcurrent;) {
        const int index = m_queue.at(i);
        if (m_runningPerAccount.value(m_targets.at(index).source.accountKey()) >= m_settings.maxPerProfile) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        startJob(index);
    }
}

void LifecycleRunner::startJob(int index)
{
    const LifecycleTarget &target = m_targets.at(index);
    const Profile *profile = m_profiles->findById(target.source.profileId);
    const std::optional<Identity> identity = identityFor(target.source);
    const Acquired acquired = identity ? m_credentials.value(identity->key()) : Acquired{};
    if (acquired.error.isError() || !profile) {
        LifecycleRowOutcome out{LifecycleRowOutcome::State::Failed, {}, {}};
        out.outcome.error = acquired.error;
        if (!profile) {
            out.outcome.error.kind = ApiError::Kind::Configuration;
            out.outcome.error.message = tr("The profile of this flow log no longer exists.");
        }
        conclude(index, out);
        return;
    }
    LifecycleInput input;
    input.target = target.source;
    input.flowLog = target.flowLog;
    input.action = m_action;
    input.change = m_change;
    input.dryRun = m_dryRun;
    auto *job =
        new LifecycleJob(input, acquired.credentials, m_nams ? m_nams(*profile) : nullptr, m_settings.retry, this);
    job->setLimits(m_limits);
    m_jobs.append(job);
    ++m_runningCount;
    ++m_runningPerAccount[target.source.accountKey()];
    m_outcomes[index].state = LifecycleRowOutcome::State::Running;
    connect(job, &LifecycleJob::observed, this, [this, index](const FlowLog &f) {
        if (m_table)
            m_table->updateRow(f);
        Q_EMIT rowChanged(index, f);
    });
    connect(job, &LifecycleJob::vanished, this, [this, index] {
        if (m_table)
            m_table->removeRowOfKey(m_targets.at(index).flowLog.key());
    });
    connect(job, &LifecycleJob::finished, this, [this, job, index](const LifecycleOutcome &outcome) {
        job->deleteLater();
        m_jobs.removeAll(job);
        --m_runningCount;
        --m_runningPerAccount[m_targets.at(index).source.accountKey()];
        conclude(index,
                 {outcome.done ? LifecycleRowOutcome::State::Done : LifecycleRowOutcome::State::Failed, {}, outcome});
        if (!m_cancelled)
            pump();
    });
    job->start();
}

void LifecycleRunner::conclude(int index, LifecycleRowOutcome outcome)
{
    m_outcomes[index] = std::move(outcome);
    ++m_finishedCount;
    Q_EMIT rowFinished(index, m_outcomes.at(index));
    Q_EMIT progress(m_finishedCount, static_cast<int>(m_targets.size()));
    if (m_running && m_finishedCount == m_targets.size()) {
        m_running = false;
        m_credentials.clear();
        Q_EMIT finished();
    }
}

void LifecycleRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const QList<int> queued = std::exchange(m_queue, {});
    for (int index : queued)
        conclude(index, {LifecycleRowOutcome::State::Skipped, tr("Cancelled before it was sent."), {}});
    // Running jobs end with their own outcome (aborted: the change may have been made).
    const QList<QPointer<LifecycleJob>> running = m_jobs;
    for (const QPointer<LifecycleJob> &job : running) {
        if (job)
            job->abort();
    }
}

} // namespace flowlog
