#include "calljob.h"

namespace flowlog {

CallEngine::CallEngine(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
{}

CallEngine::~CallEngine() = default;

void CallEngine::start()
{
    Q_ASSERT(m_plan.request && m_plan.judge);
    m_executor = new RequestExecutor(m_nam, m_policy, this);
    connect(m_executor, &RequestExecutor::finished, this, &CallEngine::onFinished);
    connect(m_executor, &RequestExecutor::retrying, this, &CallEngine::retrying);
    m_executor->start([request = m_plan.request, signing = m_signing] { return request(Cursor{}, signing); },
                      m_plan.judge, m_plan.renew);
}

void CallEngine::abort()
{
    if (m_executor)
        m_executor->abort();
}

void CallEngine::onFinished(const ExecutionResult &result)
{
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
