#pragma once

#include "operation.h"
#include "requestexecutor.h"
#include "requestgate.h"

#include <QObject>
#include <QPointer>

#include <functional>

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
    // Stops the call; one still waiting for its slot completes as cancelled without sending anything.
    void abort();
    [[nodiscard]] bool isRunning() const { return m_waitingForSlot || (m_executor && m_executor->isRunning()); }
    // Before start(): the signature to use (Alibaba: RPC v1 unless Acs3).
    void setSigning(Signing signing) { m_signing = signing; }
    // Before start(): the call waits for a slot of `group` (the account whose credentials sign it) in the gate,
    // like a listing's pages, and releases it when its executor finished; `unlocks` names the account the answer
    // lets start (a member, for an identity call), for the gate's trace. The gate must outlive the job's request.
    void setRequestGate(RequestGate *gate, const QString &group, int rank, const QString &unlocks = {});
    // Before start(): attempts go through the pool's managers (networkpool.h) instead of the one given.
    void setNetworkPool(NetworkPool *pool) { m_networkPool = pool; }
    // A call still waiting for its slot leaves the gate and is sent now (a renewal that requests holding slots
    // wait for: queueing it behind them could wait forever). Otherwise nothing.
    void skipGate();
    [[nodiscard]] bool isWaitingForSlot() const { return m_waitingForSlot; }

Q_SIGNALS:
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);

protected:
    CallEngine(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent);
    // Before start(): what to run (the typed job binds it once its input is final, e.g. the client token set).
    void setPlan(RequestPlan plan) { m_plan = std::move(plan); }
    // The outcome, once: success (result.error kind None, maybe result.doneCode) or failure.
    virtual void completed(const ExecutionResult &result) = 0;

private:
    void send();
    void onFinished(const ExecutionResult &result);
    void releaseSlot();

    RequestPlan m_plan;
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<NetworkPool> m_networkPool;
    RetryPolicy m_policy;
    Signing m_signing = Signing::Default;
    QPointer<RequestExecutor> m_executor;
    QPointer<RequestGate> m_gate;
    QString m_group;
    QString m_unlocks;
    int m_rank = 0;
    RequestGate::Ticket m_ticket = 0;
    bool m_waitingForSlot = false;
    bool m_holdsSlot = false; // granted (possibly inside acquire(), before m_ticket is known)
};

// A call job typed by what its operation row reads (Input) and what its mapper makes of a successful answer
// (Result): the input and the mapper every typed job (CreateJob, LifecycleStep, AssumeJob) keeps, held in one place.
// The typed job adds its finished(Result) signal and, in completed(), what a failure means for its callers.
template<typename Input, typename Result> class TypedCallJob : public CallEngine
{
public:
    using Mapper = std::function<Result(const HttpResponse &response, const Input &input)>;

    // Public so that the typed jobs inherit it as their own; the class stays abstract (completed()).
    TypedCallJob(Input input, RequestPlan plan, Mapper map, QNetworkAccessManager *nam, RetryPolicy policy,
                 QObject *parent = nullptr)
        : CallEngine(nam, policy, parent)
        , m_input(std::move(input))
        , m_map(std::move(map))
    {
        setPlan(std::move(plan));
    }

    [[nodiscard]] const Input &input() const { return m_input; }

protected:
    // The result of a successful answer (or one the operation treats as done), by the row's mapper.
    [[nodiscard]] Result mapped(const ExecutionResult &result) const { return m_map(result.response, m_input); }

    Input m_input;

private:
    Mapper m_map;
};

} // namespace flowlog
