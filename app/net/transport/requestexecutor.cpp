#include "requestexecutor.h"

#include "catalog.h"
#include "netlog.h"
#include "redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace flowlog {

namespace {

// scheme://host:port only: the path and query of a signed request carry the signature and tokens.
QString endpointText(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

RequestExecutor::RequestExecutor(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &RequestExecutor::sendAttempt);
}

RequestExecutor::~RequestExecutor()
{
    if (m_exchange && m_pool)
        m_pool->cancel(m_exchange);
    delete m_direct; // aborts its reply without a call back
}

void RequestExecutor::start(RequestBuilder builder, ResponseJudge judge, CredentialRenewer renew)
{
    Q_ASSERT(!m_running);
    m_builder = std::move(builder);
    m_judge = std::move(judge);
    m_renew = std::move(renew);
    m_renewed = false;
    m_attempts = 0;
    m_transientRetries = 0;
    m_anySent = false;
    m_answeredError = {};
    m_running = true;
    m_clock.start();
    sendAttempt();
}

void RequestExecutor::abort()
{
    if (!m_running)
        return;
    m_backoff.stop();
    if (m_exchange && m_pool)
        m_pool->cancel(m_exchange);
    m_exchange = 0;
    delete m_direct;
    ExecutionResult result;
    result.attempts = m_attempts;
    result.error.kind = ApiError::Kind::Aborted;
    result.error.message = ApiErrors::tr("The request was cancelled.");
    result.error.maybeCommitted = m_anySent;
    finish(result);
}

void RequestExecutor::sendAttempt()
{
    if (!m_nam && !m_pool) {
        ExecutionResult result;
        result.error.kind = ApiError::Kind::Configuration;
        result.error.message = ApiErrors::tr("No network access is available.");
        finish(result);
        return;
    }
    const HttpRequest req = m_builder();
    if (!isAllowedEndpoint(req.url)) {
        // Nothing is sent: not a plain-http request to another machine, not a request to a name that resolves who
        // knows where. The message names scheme, host and port only.
        ExecutionResult result;
        result.attempts = m_attempts;
        result.error.kind = ApiError::Kind::Configuration;
        result.error.message = ApiErrors::tr("The endpoint %1 is not allowed: use https, or plain http only to a "
                                             "loopback address such as 127.0.0.1 or [::1].")
                                   .arg(endpointText(req.url));
        result.error.hint = ApiErrors::tr("Correct the endpoint override of the profile.");
        finish(result);
        return;
    }
    ++m_attempts;
    m_stop = AttemptStop::None;
    m_signedWith = req.signedWith;
    QNetworkRequest request(req.url);
    for (const auto &[name, value] : req.headers)
        request.setRawHeader(name, value);
    // Redirects are never followed: a signed API call that redirects is an error to report, not to chase.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    const ExchangeLimits limits{m_policy.maxResponseBytes, m_policy.requestTimeoutMs,
                                std::max(m_policy.attemptDeadlineMs, m_policy.requestTimeoutMs)};
    const auto answered = [this](HttpResponse response, AttemptStop stop) {
        m_exchange = 0;
        m_stop = stop;
        onAnswer(response);
    };
    m_anySent = true;
    if (m_pool && m_pool->isThreaded()) {
        if (!m_poolGone)
            m_poolGone = connect(m_pool, &QObject::destroyed, this, &RequestExecutor::onPoolGone);
        m_exchange = m_pool->exchange(request, req.method, req.body, m_policy.sendOnce, limits, answered);
        return;
    }
    QNetworkAccessManager *nam = m_pool ? m_pool->acquire(req.url) : m_nam.data();
    QNetworkReply *reply = sendAttemptRequest(nam, request, req.method, req.body, m_policy.sendOnce);
    if (m_pool)
        m_pool->track(reply, nam, req.url);
    m_direct = new ReplyExchange(reply, limits, answered, this);
}

Verdict RequestExecutor::stoppedVerdict(const HttpResponse &response) const
{
    Verdict v;
    v.error.httpStatus = response.status;
    switch (m_stop) {
    case AttemptStop::None:
        break;
    case AttemptStop::Idle:
        return transportVerdict(response);
    case AttemptStop::Deadline:
        // Not retried: a server that trickles will trickle again, and a retry would take as long.
        v.error.kind = ApiError::Kind::Timeout;
        v.error.message = ApiErrors::tr("The answer was still incomplete after %1 s; stopped waiting.")
                              .arg(std::max(m_policy.attemptDeadlineMs, m_policy.requestTimeoutMs) / 1000);
        v.error.hint = ApiErrors::tr("The service or the network is sending very slowly; try again later.");
        break;
    case AttemptStop::TooLarge:
        v.error.kind = ApiError::Kind::Parse;
        v.error.message = ApiErrors::tr("The answer is larger than %1 MiB; stopped reading it.")
                              .arg(m_policy.maxResponseBytes / (1024 * 1024));
        v.error.hint = ApiErrors::tr("No answer of this API is that large: check the endpoint of the profile.");
        break;
    }
    // The headers may have arrived: keep the provider's request id (the judge knows where each provider puts it).
    if (response.status > 0)
        v.error.requestId = m_judge(response).error.requestId;
    return v;
}

void RequestExecutor::onPoolGone()
{
    if (!m_exchange)
        return;
    // The pool (and its network thread) ended with the request in flight: cancelled, and it may have reached the
    // service (m_anySent).
    m_exchange = 0;
    abort();
}

void RequestExecutor::onAnswer(const HttpResponse &response)
{
    // A body cut short (the server closed mid-body) arrives with an HTTP status and a network error.
    const bool transportFailure = response.timedOut || response.status == 0 ||
                                  (response.networkError != QNetworkReply::NoError &&
                                   response.networkError < QNetworkReply::ContentAccessDenied &&
                                   response.networkError != QNetworkReply::OperationCanceledError);

    Verdict verdict;
    if (m_stop != AttemptStop::None) {
        verdict = stoppedVerdict(response);
    } else if (!transportFailure) {
        verdict = m_judge(response);
    } else if (response.status == 0 && response.networkError == QNetworkReply::ContentReSendError) {
        // A sendOnce request whose connection closed after it was written: Qt would have sent it again.
        verdict.error.kind = ApiError::Kind::Network;
        verdict.error.maybeCommitted = true;
        verdict.error.message = ApiErrors::tr("The connection closed after the request was sent and before any "
                                              "answer: the service may have carried it out.");
        verdict.error.hint = ApiErrors::tr("It was not sent again. Read the resource's state before repeating it.");
    } else {
        verdict = transportVerdict(response);
        if (response.status > 0) {
            // Truncated body: keep the status, but the data cannot be trusted.
            verdict.retry = Verdict::Retry::Transient;
            verdict.error.kind = ApiError::Kind::Parse;
            verdict.error.httpStatus = response.status;
            verdict.error.message =
                ApiErrors::tr("The response was cut short (%1).").arg(redactSecrets(response.networkErrorString));
            // The headers did arrive: keep the provider's request id (the judge knows where each provider puts
            // it), so the user can quote it to support.
            verdict.error.requestId = m_judge(response).error.requestId;
        }
    }

    // Remember the most informative failure: one that came with an HTTP answer (status, request id) says more
    // than a later bare connection error, so that is what the user sees if every retry fails.
    if (verdict.error.isError() && verdict.error.httpStatus > 0)
        m_answeredError = verdict.error;

    if (m_stop == AttemptStop::None && !transportFailure)
        Q_EMIT answered(verdict.retry == Verdict::Retry::Throttled, verdict.retryAfterMs);

    if (renewAndRetry(verdict, response))
        return;

    const qint64 elapsed = m_clock.elapsed();
    bool retry = false;
    if (verdict.retry == Verdict::Retry::Transient && !m_policy.sendOnce &&
        m_transientRetries < m_policy.maxTransientRetries) {
        ++m_transientRetries;
        retry = true;
    } else if (verdict.retry == Verdict::Retry::Throttled && elapsed < m_policy.throttleBudgetMs) {
        retry = true;
    }
    if (retry) {
        int delay = m_policy.backoffMs(m_attempts, verdict.retryAfterMs, m_random);
        if (verdict.retry == Verdict::Retry::Throttled)
            delay = static_cast<int>(std::min<qint64>(delay, std::max<qint64>(1, m_policy.throttleBudgetMs - elapsed)));
        qCDebug(lcNet) << "retry" << m_attempts << "in" << delay << "ms:" << verdict.error.code
                       << redactSecrets(verdict.error.message);
        Q_EMIT retrying(m_attempts, delay, verdict.error);
        m_backoff.start(delay);
        return;
    }

    ExecutionResult result;
    result.response = response;
    result.error = verdict.error;
    result.doneCode = verdict.doneCode;
    if (verdict.error.kind == ApiError::Kind::Network && m_answeredError.isError()) {
        result.error = m_answeredError;
        result.error.maybeCommitted = true; // the last attempt's outcome is still unknown
    }
    result.error.attempts = m_attempts;
    result.attempts = m_attempts;
    finish(result);
}

bool RequestExecutor::renewAndRetry(const Verdict &verdict, const HttpResponse &response)
{
    if (!verdict.credentialsExpired || !m_renew || m_renewed)
        return false;
    m_renewed = true;
    Q_EMIT retrying(m_attempts, 0, verdict.error);
    m_renew(m_signedWith, this, [this, verdict, response](const ApiError &renewError) {
        if (!m_running)
            return; // aborted meanwhile: abort() reported
        if (!renewError.isError()) {
            sendAttempt();
            return;
        }
        // Why no fresh credentials came (e.g. the role can no longer be assumed) says more than "expired".
        ExecutionResult result;
        result.response = response;
        result.error = renewError;
        result.error.attempts = m_attempts;
        result.attempts = m_attempts;
        finish(result);
    });
    return true;
}

void RequestExecutor::finish(const ExecutionResult &result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace flowlog
