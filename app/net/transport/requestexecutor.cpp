#include "requestexecutor.h"

#include "catalog.h"
#include "netlog.h"
#include "redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>
#include <utility>

namespace flowlog {

namespace {

// scheme://host:port only: the path and query of a signed request carry the signature and tokens.
QString endpointText(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// The body of a sendOnce request (RetryPolicy::sendOnce): read once, never rewound. Qt sends a request again by
// itself when the connection closes after it was written and before any answer (QHttpNetworkConnectionChannel:
// resendCurrentRequest() while reconnectAttempts lasts, whatever the method), and it has no switch for that
// (DoNotBufferUploadDataAttribute does not stop it in Qt 6.4). Before it sends again it rewinds the upload data
// (resetUploadData(): the device's reset()); a device that refuses makes the reply end with ContentReSendError
// instead of a second copy. Random access (not sequential), so Qt neither buffers it nor needs a Content-Length
// from us: the wire bytes are those of a QByteArray body, an empty body included (Content-Length: 0).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    bool reset() override { return false; }
    bool seek(qint64 to) override { return to >= pos() && QIODevice::seek(to); } // forward only

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, static_cast<qint64>(m_data.size()) - pos());
        if (n > 0)
            std::memcpy(data, m_data.constData() + pos(), static_cast<size_t>(n));
        return std::max<qint64>(n, 0);
    }
    qint64 writeData(const char * /*data*/, qint64 /*size*/) override { return -1; }

private:
    QByteArray m_data;
};

} // namespace

RequestExecutor::RequestExecutor(QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_policy(policy)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timeout.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a deadline, not a hint: never before it
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { stopAttempt(Stop::Idle); });
    connect(&m_deadline, &QTimer::timeout, this, [this] { stopAttempt(Stop::Deadline); });
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
    m_timeout.stop();
    m_deadline.stop();
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
    m_stop = Stop::None;
    m_signedWith = req.signedWith;
    QNetworkRequest request(req.url);
    for (const auto &[name, value] : req.headers)
        request.setRawHeader(name, value);
    // Redirects are never followed: a signed API call that redirects is an error to report, not to chase.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkAccessManager *nam = m_pool ? m_pool->acquire(req.url) : m_nam.data();
    if (m_policy.sendOnce) {
        // A call that acts without a client token reaches the service at most once per attempt: Qt may not send it
        // again by itself (OneShotBody).
        auto *body = new OneShotBody(req.body, nullptr);
        m_reply = nam->sendCustomRequest(request, req.method, body);
        body->setParent(m_reply);
    } else if (req.body.isEmpty()) {
        // No device at all: Qt 6.4 wraps even an empty byte array in a QBuffer and forwards it to its HTTP thread
        // through queued calls and string-based connections, which doubled the GUI thread's share of a GET
        // (22 loopback GETs: 1.3 ms without a device, 2.2-3.1 ms with an empty one). Without a device the request
        // starts inside this call, before the read buffer size below is set: see readyRead.
        m_reply = nam->sendCustomRequest(request, req.method);
    } else {
        m_reply = nam->sendCustomRequest(request, req.method, req.body);
    }
    if (m_pool)
        m_pool->track(m_reply, nam, req.url);
    m_anySent = true;
    // Backpressure: past the cap the reply stops reading from the socket, so memory stays bounded until readyRead
    // sees the cap passed.
    m_reply->setReadBufferSize(m_policy.maxResponseBytes + 1);
    connect(m_reply, &QNetworkReply::finished, this, &RequestExecutor::onReplyFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply && m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_policy.maxResponseBytes)
            stopAttempt(Stop::TooLarge); // announced: refused before the body
    });
    // The idle timeout measures silence, not total time: progress restarts it. The body is taken out of the reply
    // as it comes: a read buffer size set after the request started (no device) may hold Qt's delivery just under
    // the cap until something is read, so the cap is judged on what was read.
    m_body.clear();
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_timeout.start();
        if (!m_reply || m_stop != Stop::None)
            return;
        m_body += m_reply->readAll();
        if (m_body.size() > m_policy.maxResponseBytes) {
            m_body.clear();
            stopAttempt(Stop::TooLarge);
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout.start(); });
    m_timeout.start(m_policy.requestTimeoutMs);
    m_deadline.start(std::max(m_policy.attemptDeadlineMs, m_policy.requestTimeoutMs));
}

void RequestExecutor::stopAttempt(Stop why)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = why;
    m_reply->abort(); // finished() follows, inside abort(): onReplyFinished reads m_stop
}

Verdict RequestExecutor::stoppedVerdict(const HttpResponse &response) const
{
    Verdict v;
    v.error.httpStatus = response.status;
    switch (m_stop) {
    case Stop::None:
        break;
    case Stop::Idle:
        return transportVerdict(response);
    case Stop::Deadline:
        // Not retried: a server that trickles will trickle again, and a retry would take as long.
        v.error.kind = ApiError::Kind::Timeout;
        v.error.message = ApiErrors::tr("The answer was still incomplete after %1 s; stopped waiting.")
                              .arg(std::max(m_policy.attemptDeadlineMs, m_policy.requestTimeoutMs) / 1000);
        v.error.hint = ApiErrors::tr("The service or the network is sending very slowly; try again later.");
        break;
    case Stop::TooLarge:
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

void RequestExecutor::onReplyFinished()
{
    m_timeout.stop();
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An attempt the executor stopped has no body worth reading (and a too large one must not be copied).
    if (reply->isOpen() && m_stop == Stop::None) {
        response.body = std::exchange(m_body, {});
        response.body += reply->readAll();
    }
    m_body.clear();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    response.networkErrorString = reply->errorString();
    response.timedOut = m_stop == Stop::Idle || m_stop == Stop::Deadline;
    response.requestSent = true;

    // A body cut short (the server closed mid-body) arrives with an HTTP status and a network error.
    const bool transportFailure = response.timedOut || response.status == 0 ||
                                  (response.networkError != QNetworkReply::NoError &&
                                   response.networkError < QNetworkReply::ContentAccessDenied &&
                                   response.networkError != QNetworkReply::OperationCanceledError);

    Verdict verdict;
    if (m_stop != Stop::None) {
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

    if (m_stop == Stop::None && !transportFailure)
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
