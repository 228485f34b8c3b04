#include "calljob.h"

#include <utility>

namespace flowlog {

CallEngine::CallEngine(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
{}

CallEngine::~CallEngine()
{
    // The slot goes back (or the waiting request is withdrawn) whichever way the job ends.
    m_waitingForSlot = false;
    releaseSlot();
}

void CallEngine::setRequestGate(RequestGate *gate, const QString &group, int rank, const QString &unlocks)
{
    m_gate = gate;
    m_group = group;
    m_rank = rank;
    m_unlocks = unlocks;
}

void CallEngine::start()
{
    Q_ASSERT(m_plan.request && m_plan.judge);
    if (!m_gate) {
        send();
        return;
    }
    m_waitingForSlot = true;
    // The gate may grant (and so send, and even finish) inside acquire().
    const RequestGate::Ticket ticket = m_gate->acquireUnlocking(m_group, m_unlocks, m_rank, this, [this] {
        m_waitingForSlot = false;
        m_holdsSlot = true;
        send();
    });
    if (m_waitingForSlot || m_holdsSlot)
        m_ticket = ticket;
    else if (m_gate)
        m_gate->release(ticket); // granted and already finished
}

void CallEngine::skipGate()
{
    if (!m_waitingForSlot)
        return;
    m_waitingForSlot = false;
    releaseSlot();
    send();
}

void CallEngine::releaseSlot()
{
    const RequestGate::Ticket ticket = std::exchange(m_ticket, 0);
    m_holdsSlot = false;
    if (ticket && m_gate)
        m_gate->release(ticket);
}

void CallEngine::send()
{
    m_executor = new RequestExecutor(m_nam, m_policy, this);
    m_executor->setNetworkPool(m_networkPool);
    connect(m_executor, &RequestExecutor::finished, this, &CallEngine::onFinished);
    connect(m_executor, &RequestExecutor::retrying, this, &CallEngine::retrying);
    connect(m_executor, &RequestExecutor::answered, this, [this](bool throttled, int retryAfterMs) {
        if (m_gate && m_ticket)
            m_gate->answered(m_ticket, throttled, retryAfterMs);
    });
    m_executor->start([request = m_plan.request, signing = m_signing] { return request(Cursor{}, signing); },
                      m_plan.judge, m_plan.renew);
}

void CallEngine::abort()
{
    if (m_waitingForSlot) {
        m_waitingForSlot = false;
        releaseSlot();
        ExecutionResult cancelled;
        cancelled.error.kind = ApiError::Kind::Aborted;
        cancelled.error.message = ApiErrors::tr("The request was cancelled.");
        completed(cancelled); // nothing was sent: the outcome is known
        return;
    }
    if (m_executor)
        m_executor->abort();
}

void CallEngine::onFinished(const ExecutionResult &result)
{
    releaseSlot();
    ExecutionResult out = result;
    if (out.error.isError()) {
        // Lost in transit after sending: the service may have acted.
        const bool unknownOutcome =
            out.error.kind == ApiError::Kind::Network || out.error.kind == ApiError::Kind::Timeout ||
            (out.error.kind == ApiError::Kind::Parse && result.response.requestSent) || out.error.maybeCommitted;
        out.error.maybeCommitted = unknownOutcome;
    }
    completed(out);
}

} // namespace flowlog
