#pragma once

#include "credentialsource.h"
#include "lifecyclestep.h"
#include "operation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace flowlog {

// How one flow log's change ended.
struct LifecycleOutcome
{
    bool done = false;         // the provider shows the change (or, delete, the flow log gone)
    ApiError error;            // not done: the provider's code, message and request id, or why we stopped
    QString requestId;         // of the call that was accepted
    bool gone = false;         // the flow log no longer exists
    bool alreadyThere = false; // it already was so: no call was accepted, none was needed
    bool dryRun = false;       // ECR DryRun: checked by the service, nothing changed
    bool hasFlowLog = false;   // flowLog holds the last read
    FlowLog flowLog;
    int calls = 0; // change calls sent (retries of one call by the executor count once)
};

// Changes one flow log and follows it until it settles, over the service's lifecycle rows (jobfactory.h):
//   1. the call (activate, deactivate, modify, delete). Rows with a client token (CEN, ECR) keep it for every retry,
//      so the executor may repeat them; rows without one (VPC, ER) are never repeated blindly: after a lost answer
//      or a 5xx the job first reads the flow log.
//   2. a call refused because the flow log is changing state (the row's retry codes), or whose outcome is unknown,
//      is followed by a read: already in the target state (or gone, for a delete) is done; changing state means wait
//      until it settles and judge again; settled elsewhere means call again, at most Limits::maxCalls times.
//   3. an accepted call is followed by reads with backoff until the flow log settles (or is gone): done only when
//      the provider shows the change.
// observed() reports every read that found the flow log (the table shows transitional states in place), vanished()
// the read that found it gone. finished() fires exactly once after start(), on every path; the job never deletes
// itself.
class LifecycleJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleJob)

public:
    struct Limits
    {
        int maxCalls = 4;             // change calls, all told
        int settleTimeoutMs = 300000; // the whole job (Terraform waits 5 minutes for a flow log)
        int firstPollMs = 300;        // the first read after an accepted call
        int maxPollMs = 5000;         // reads back off to this (Terraform polls every 5 s)
        int staleReads = 5;           // reads showing the old state after an accepted call before giving up
        bool follow = true;           // false: an accepted call is the outcome (flowlog-cli --no-wait)
    };

    // credentials: a key, or the live temporary credentials of a role or agency (read at every step, so a long
    // follow outlives their renewal).
    LifecycleJob(LifecycleInput input, CredentialRef credentials, QNetworkAccessManager *nam, RetryPolicy policy,
                 QObject *parent = nullptr);
    ~LifecycleJob() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    void start();
    void abort();
    [[nodiscard]] const LifecycleInput &input() const { return m_input; }

Q_SIGNALS:
    void observed(const flowlog::FlowLog &flowLog);
    void vanished();
    void finished(const flowlog::LifecycleOutcome &outcome);

private:
    void sendCall();
    // One step with fresh credentials: the read of the flow log (read) or the change call; its answer goes to onAnswer.
    void startStep(bool read, void (LifecycleJob::*onAnswer)(const StepAnswer &answer));
    void onCall(const StepAnswer &answer);
    void scheduleRead(int delayMs);
    void onRead(const StepAnswer &answer);
    void succeed();
    void fail(ApiError error);
    void finish();
    [[nodiscard]] bool timedOut() const;
    [[nodiscard]] int nextPollMs();

    LifecycleInput m_input;
    CredentialRef m_credentials;
    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    OperationRules m_rules; // of the change call
    Limits m_limits;
    QPointer<LifecycleStep> m_step;
    QTimer m_wait;
    QElapsedTimer m_clock;
    LifecycleOutcome m_outcome;
    ApiError m_lastError;    // the last refusal or lost answer of a call
    bool m_accepted = false; // a call was answered with success
    bool m_unknown = false;  // a call's outcome is unknown
    int m_staleReads = 0;
    int m_readFailures = 0;
    int m_pollMs = 0;
    bool m_finished = false;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::LifecycleOutcome)
