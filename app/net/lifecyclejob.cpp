#include "lifecyclejob.h"

#include "jobfactory.h"

#include <QUuid>

#include <algorithm>

namespace flowlog {

LifecycleJob::LifecycleJob(LifecycleInput input, CredentialRef credentials, QNetworkAccessManager *nam,
                           RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_credentials(std::move(credentials))
    , m_nam(nam)
    , m_policy(policy)
    , m_rules(lifecycleRules(m_input.target.service, m_input.action))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] { startStep(true, &LifecycleJob::onRead); });
    // A token fixed now is the token of every attempt of this job: a repeat is the same request to the service.
    if (m_rules.idempotency == Idempotency::ClientToken && m_input.clientToken.isEmpty())
        m_input.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

LifecycleJob::~LifecycleJob() = default;

void LifecycleJob::start()
{
    m_clock.start();
    m_pollMs = m_limits.firstPollMs;
    sendCall();
}

void LifecycleJob::abort()
{
    if (m_finished)
        return;
    m_wait.stop();
    if (m_step) {
        m_step->disconnect(this);
        m_step->abort();
        m_step->deleteLater();
    }
    ApiError e;
    e.kind = ApiError::Kind::Aborted;
    e.message = ApiErrors::tr("Stopped before the flow log settled.");
    if (m_outcome.calls > 0)
        e.hint = ApiErrors::tr("The change may have been made: the next listing shows the flow log as it is.");
    fail(e);
}

void LifecycleJob::sendCall()
{
    ++m_outcome.calls;
    // Without a token a repeat may act twice: the step sends such a call once (RetryPolicy::sendOnce, set by
    // makeLifecycleStep) and the job reads the flow log before it decides on another call.
    startStep(false, &LifecycleJob::onCall);
}

void LifecycleJob::startStep(bool read, void (LifecycleJob::*onAnswer)(const StepAnswer &answer))
{
    auto *step = makeLifecycleStep(m_input, read, m_credentials.current(), m_nam, m_policy, this);
    m_step = step;
    connect(step, &LifecycleStep::finished, this, [this, step, onAnswer](const StepAnswer &answer) {
        step->deleteLater();
        (this->*onAnswer)(answer);
    });
    step->start();
}

void LifecycleJob::onCall(const StepAnswer &answer)
{
    if (!answer.error.isError()) {
        m_accepted = true;
        m_outcome.requestId = answer.requestId;
        if (m_input.dryRun || answer.doneCode == QLatin1String("DryRunOperation")) {
            m_outcome.dryRun = true;
            succeed();
            return;
        }
        if (!m_limits.follow) {
            succeed();
            return;
        }
        m_staleReads = 0;
        scheduleRead(m_limits.firstPollMs);
        return;
    }
    m_lastError = answer.error;
    const bool unknown = answer.error.maybeCommitted;
    m_unknown = m_unknown || unknown;
    if (unknown || m_rules.isRetryCode(answer.error.code) || answer.error.isRetryable()) {
        scheduleRead(0); // what is the flow log's state now?
        return;
    }
    fail(answer.error);
}

void LifecycleJob::scheduleRead(int delayMs)
{
    m_wait.start(std::max(0, delayMs));
}

int LifecycleJob::nextPollMs()
{
    const int now = m_pollMs;
    m_pollMs = std::min(m_limits.maxPollMs, m_pollMs + m_pollMs / 2 + 1);
    return now;
}

bool LifecycleJob::timedOut() const
{
    return m_clock.elapsed() >= m_limits.settleTimeoutMs;
}

void LifecycleJob::onRead(const StepAnswer &answer)
{
    if (answer.error.isError()) {
        // The executor already retried what it could; a few more reads, then say what is known.
        if (++m_readFailures <= 3 && !timedOut()) {
            scheduleRead(nextPollMs());
            return;
        }
        ApiError e = answer.error;
        if (m_accepted || m_unknown)
            e.hint = ApiErrors::tr("The change was sent but its result could not be read: the next listing shows "
                                   "the flow log as it is.");
        fail(e);
        return;
    }
    m_readFailures = 0;
    if (!answer.found) {
        m_outcome.gone = true;
        Q_EMIT vanished();
        if (m_input.action == LifecycleAction::Delete) {
            succeed();
            return;
        }
        ApiError e;
        e.kind = ApiError::Kind::Provider;
        e.code = m_lastError.code;
        e.requestId = answer.requestId;
        e.message = ApiErrors::tr("The flow log no longer exists.");
        fail(e);
        return;
    }
    m_outcome.hasFlowLog = true;
    m_outcome.flowLog = answer.flowLog;
    m_input.flowLog = answer.flowLog;
    Q_EMIT observed(answer.flowLog);

    const FlowLogPhase phase = phaseOf(answer.flowLog);
    if (hasReached(m_input.action, m_input.change, answer.flowLog)) {
        succeed();
        return;
    }
    if (timedOut()) {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        e.requestId = m_outcome.requestId;
        e.message = ApiErrors::tr("The flow log is still %1 after %2 s.")
                        .arg(answer.flowLog.status)
                        .arg(m_limits.settleTimeoutMs / 1000);
        e.hint = ApiErrors::tr("The provider is still working on it: check it again later.");
        fail(e);
        return;
    }
    if (phase == FlowLogPhase::Changing) {
        scheduleRead(nextPollMs()); // wait for it to settle, then judge again
        return;
    }
    if (phase == FlowLogPhase::Failed && m_input.action != LifecycleAction::Delete) {
        ApiError e;
        e.kind = ApiError::Kind::Provider;
        e.code = answer.flowLog.status;
        e.requestId = answer.requestId;
        e.message = ApiErrors::tr("The provider reports the flow log as %1.").arg(answer.flowLog.status);
        fail(e);
        return;
    }
    // Settled, not as asked.
    if (m_accepted) {
        // Accepted, yet the old state: a read may lag behind the call for a moment; not for long.
        if (++m_staleReads <= m_limits.staleReads) {
            scheduleRead(nextPollMs());
            return;
        }
        ApiError e;
        e.kind = ApiError::Kind::Provider;
        e.requestId = m_outcome.requestId;
        e.message =
            ApiErrors::tr("The provider accepted the change, but the flow log is still %1.").arg(answer.flowLog.status);
        fail(e);
        return;
    }
    if (m_outcome.calls >= m_limits.maxCalls) {
        fail(m_lastError);
        return;
    }
    sendCall(); // refused while it was changing, or lost before it acted: the state shows it was not done
}

void LifecycleJob::succeed()
{
    m_outcome.done = true;
    m_outcome.alreadyThere = !m_accepted && !m_unknown;
    m_outcome.error = {};
    finish();
}

void LifecycleJob::fail(ApiError error)
{
    if (!error.isError()) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr("The change did not complete.");
    }
    m_outcome.done = false;
    m_outcome.error = std::move(error);
    finish();
}

void LifecycleJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    Q_EMIT finished(m_outcome);
}

} // namespace flowlog
