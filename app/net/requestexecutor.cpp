#include "requestexecutor.h"

#include "netlog.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace flowlog {

RequestExecutor::RequestExecutor(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_backoff, &QTimer::timeout, this, &RequestExecutor::sendAttempt);
}

RequestExecutor::~RequestExecutor()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RequestExecutor::start(RequestBuilder builder, ResponseJudge judge)
{
    Q_ASSERT(!m_running);
    m_builder = std::move(builder);
    m_judge = std::move(judge);
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
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    ExecutionResult result;
    result.attempts = m_attempts;
    result.error.kind = ApiError::Kind::Aborted;
    result.error.message = ApiErrors::tr("The request was cancelled.");
    result.error.maybeCommitted = m_anySent;
    finish(result);
}

void RequestExecutor::sendAttempt()
{
    if (!m_nam) {
        ExecutionResult result;
        result.error.kind = ApiError::Kind::Configuration;
        result.error.message = ApiErrors::tr("No network access is available.");
        finish(result);
        return;
    }
    const HttpRequest req = m_builder();
    ++m_attempts;
    m_timedOut = false;
    QNetworkRequest request(req.url);
    for (const auto &[name, value] : req.headers)
        request.setRawHeader(name, value);
    // Redirects are never followed: a signed API call that redirects is an error to report, not to chase.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_reply = m_nam->sendCustomRequest(request, req.method, req.body);
    m_anySent = true;
    connect(m_reply, &QNetworkReply::finished, this, &RequestExecutor::onReplyFinished);
    // The timeout measures silence, not total time: progress restarts it.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    m_timeout.start(m_policy.requestTimeoutMs);
}

void RequestExecutor::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an attempt aborted on timeout has no readable body
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    response.networkErrorString = reply->errorString();
    response.timedOut = m_timedOut;
    response.requestSent = true;

    // A body cut short (the server closed mid-body) arrives with an HTTP status and a network error.
    const bool transportFailure =
        response.timedOut || response.status == 0 ||
        (response.networkError != QNetworkReply::NoError && response.networkError < QNetworkReply::ContentAccessDenied &&
         response.networkError != QNetworkReply::OperationCanceledError);

    Verdict verdict = transportFailure ? transportVerdict(response) : m_judge(response);
    if (transportFailure && response.status > 0 && !response.timedOut) {
        // Truncated body: keep the status, but the data cannot be trusted.
        verdict.retry = Verdict::Retry::Transient;
        verdict.error.kind = ApiError::Kind::Parse;
        verdict.error.httpStatus = response.status;
        verdict.error.message = ApiErrors::tr("The response was cut short (%1).").arg(response.networkErrorString);
        // The headers did arrive: keep the provider's request id (the judge knows where each provider puts it),
        // so the user can quote it to support.
        verdict.error.requestId = m_judge(response).error.requestId;
    }

    // Remember the most informative failure: one that came with an HTTP answer (status, request id) says more
    // than a later bare connection error, so that is what the user sees if every retry fails.
    if (verdict.error.isError() && verdict.error.httpStatus > 0)
        m_answeredError = verdict.error;

    const qint64 elapsed = m_clock.elapsed();
    bool retry = false;
    if (verdict.retry == Verdict::Retry::Transient && m_transientRetries < m_policy.maxTransientRetries) {
        ++m_transientRetries;
        retry = true;
    } else if (verdict.retry == Verdict::Retry::Throttled && elapsed < m_policy.throttleBudgetMs) {
        retry = true;
    }
    if (retry) {
        int delay = m_policy.backoffMs(m_attempts, verdict.retryAfterMs, m_random);
        if (verdict.retry == Verdict::Retry::Throttled)
            delay = static_cast<int>(std::min<qint64>(delay, std::max<qint64>(1, m_policy.throttleBudgetMs - elapsed)));
        qCDebug(lcNet) << "retry" << m_attempts << "in" << delay << "ms:" << verdict.error.code << verdict.error.message;
        Q_EMIT retrying(m_attempts, delay, verdict.error);
        m_backoff.start(delay);
        return;
    }

    ExecutionResult result;
    result.response = response;
    result.error = verdict.error;
    if (verdict.error.kind == ApiError::Kind::Network && m_answeredError.isError()) {
        result.error = m_answeredError;
        result.error.maybeCommitted = true; // the last attempt's outcome is still unknown
    }
    result.error.attempts = m_attempts;
    result.attempts = m_attempts;
    finish(result);
}

void RequestExecutor::finish(const ExecutionResult &result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace flowlog
