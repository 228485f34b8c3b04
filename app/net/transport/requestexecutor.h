#pragma once

#include "httptypes.h"
#include "networkpool.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace flowlog {

struct ExecutionResult
{
    HttpResponse response; // the last attempt's response
    ApiError error;        // kind None on success
    int attempts = 0;
    QString doneCode; // success by one of the operation's "done" codes (Verdict::doneCode)
};

// Sends one logical request, retrying per RetryPolicy. The builder is called for every attempt (fresh nonce and
// timestamp); the judge classifies each response. finished() is emitted exactly once, on every path (success,
// provider error, parse error, timeout, abort, refused endpoint), after start(); the executor never deletes itself.
//
// The transport rules live here, where every request of every operation passes: a request to an endpoint that
// isAllowedEndpoint() refuses is never sent; an attempt ends after the idle timeout without data and after the
// attempt deadline whatever arrives; an answer larger than maxResponseBytes is aborted as soon as that is known.
// Error text from the network stack is redacted (it may quote the signed URL).
class RequestExecutor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestExecutor)

public:
    RequestExecutor(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent = nullptr);
    ~RequestExecutor() override;

    // renew (may be empty): when an answer says the credentials expired, they are renewed and the request is sent
    // once more (a second such answer is final).
    void start(RequestBuilder builder, ResponseJudge judge, CredentialRenewer renew = {});
    void abort();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // For tests: replaces the jitter source.
    void setRandomSource(std::function<double()> random01) { m_random = std::move(random01); }
    // Before start(): each attempt goes through a manager of the pool (one with room on the endpoint's host)
    // instead of the manager given to the constructor; a threaded pool runs the attempt on its network thread.
    void setNetworkPool(NetworkPool *pool) { m_pool = pool; }

Q_SIGNALS:
    void finished(const flowlog::ExecutionResult &result);
    // A retry is scheduled (for progress display): attempt number, delay, reason.
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);
    // An attempt got an HTTP answer the judge read, before any retry of it is scheduled: throttled or not, with
    // the service's hint (-1: none). For the request gate's adaptive limits (RequestGate::answered).
    void answered(bool throttled, int retryAfterMs);

private:
    void sendAttempt();
    // The credentials were refused as expired: renew them, then send again (once per start()).
    [[nodiscard]] bool renewAndRetry(const Verdict &verdict, const HttpResponse &response);
    // An attempt's answer, however it was exchanged (m_stop says whether the transport rules ended it).
    void onAnswer(const HttpResponse &response);
    // The pool of a threaded exchange in flight went away.
    void onPoolGone();
    [[nodiscard]] Verdict stoppedVerdict(const HttpResponse &response) const;
    void finish(const ExecutionResult &result);

    QPointer<QNetworkAccessManager> m_nam;
    QPointer<NetworkPool> m_pool;
    RetryPolicy m_policy;
    RequestBuilder m_builder;
    ResponseJudge m_judge;
    CredentialRenewer m_renew;
    QString m_signedWith; // the AccessKey ID of the attempt in flight
    bool m_renewed = false;
    QPointer<ReplyExchange> m_direct; // an attempt in flight on this thread (the manager or a direct pool)
    QTimer m_backoff;
    QElapsedTimer m_clock;
    std::function<double()> m_random;
    int m_attempts = 0;
    int m_transientRetries = 0;
    AttemptStop m_stop = AttemptStop::None;
    quint64 m_exchange = 0; // a threaded pool's exchange in flight
    QMetaObject::Connection m_poolGone;
    bool m_running = false;
    bool m_anySent = false;
    ApiError m_answeredError; // the last failure that came with an HTTP answer
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::ExecutionResult)
