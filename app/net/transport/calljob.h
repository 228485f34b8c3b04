#pragma once

#include "operation.h"
#include "requestexecutor.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace flowlog {

// The generic single-call job: runs one call of any operation (a RequestPlan) with the executor's retries and
// transport rules, and hands the outcome to the typed job's completed() (CreateJob today; lifecycle, discovery
// and credential calls are further typed jobs over the same engine). When the outcome is unknown (the request
// left and no answer came, or an answer was cut short) the error says so: maybeCommitted. The typed job emits
// its own finished() exactly once after start(), on every path; the job never deletes itself.
class CallEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallEngine)

public:
    ~CallEngine() override;

    void start();
    void abort();
    [[nodiscard]] bool isRunning() const { return m_executor && m_executor->isRunning(); }
    // Before start(): the signature to use (Alibaba: RPC v1 unless Acs3).
    void setSigning(Signing signing) { m_signing = signing; }

Q_SIGNALS:
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);

protected:
    CallEngine(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent);
    // Before start(): what to run (the typed job binds it once its input is final, e.g. the client token set).
    void setPlan(RequestPlan plan) { m_plan = std::move(plan); }
    // The outcome, once: success (result.error kind None, maybe result.doneCode) or failure.
    virtual void completed(const ExecutionResult &result) = 0;

private:
    void onFinished(const ExecutionResult &result);

    RequestPlan m_plan;
    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    Signing m_signing = Signing::Default;
    QPointer<RequestExecutor> m_executor;
};

} // namespace flowlog
