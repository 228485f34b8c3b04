#include "exchangerunner.h"

#include "networkpool.h"
#include "oneshotbody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace flowlog {

QNetworkReply *sendAttemptRequest(QNetworkAccessManager *nam, const QNetworkRequest &request, const QByteArray &method,
                                  const QByteArray &body, bool sendOnce)
{
    if (sendOnce) {
        // A call that acts without a client token reaches the service at most once per attempt: Qt may not send it
        // again by itself (OneShotBody).
        auto *device = new OneShotBody(body, nullptr);
        QNetworkReply *reply = nam->sendCustomRequest(request, method, device);
        device->setParent(reply);
        return reply;
    }
    if (body.isEmpty()) {
        // No device at all: Qt 6.4 wraps even an empty byte array in a QBuffer and forwards it to its HTTP thread
        // through queued calls and string-based connections, which doubled the sending thread's share of a GET
        // (22 loopback GETs: 1.3 ms without a device, 2.2-3.1 ms with an empty one). Without a device the request
        // starts inside this call, before the read buffer size is set: see ReplyExchange's readyRead.
        return nam->sendCustomRequest(request, method);
    }
    return nam->sendCustomRequest(request, method, body);
}

ReplyExchange::ReplyExchange(QNetworkReply *reply, ExchangeLimits limits, ExchangeDone done, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_limits(limits)
    , m_done(std::move(done))
    , m_timeout(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a deadline, not a hint: never before it
    connect(m_timeout, &QTimer::timeout, this, [this] { stop(AttemptStop::Idle); });
    connect(m_deadline, &QTimer::timeout, this, [this] { stop(AttemptStop::Deadline); });
    // Backpressure: past the cap the reply stops reading from the socket, so memory stays bounded until readyRead
    // sees the cap passed.
    reply->setReadBufferSize(m_limits.maxResponseBytes + 1);
    connect(reply, &QNetworkReply::finished, this, &ReplyExchange::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply && m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_limits.maxResponseBytes)
            stop(AttemptStop::TooLarge); // announced: refused before the body
    });
    // The idle timeout measures silence, not total time: progress restarts it. The body is taken out of the reply
    // as it comes: a read buffer size set after the request started (no device) may hold Qt's delivery just under
    // the cap until something is read, so the cap is judged on what was read.
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        m_timeout->start();
        if (!m_reply || m_stop != AttemptStop::None)
            return;
        m_body += m_reply->readAll();
        if (m_body.size() > m_limits.maxResponseBytes) {
            m_body.clear();
            stop(AttemptStop::TooLarge);
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout->start(); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_timeout->start(); });
    m_timeout->start(m_limits.idleTimeoutMs);
    m_deadline->start(m_limits.deadlineMs);
}

ReplyExchange::~ReplyExchange()
{
    if (m_done && m_reply) { // ended early: nothing is called back
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ReplyExchange::stop(AttemptStop why)
{
    if (!m_done || !m_reply || m_stop != AttemptStop::None)
        return;
    m_stop = why;
    m_reply->abort(); // finished() follows, inside abort(): onFinished reads m_stop
}

void ReplyExchange::onFinished()
{
    if (!m_done || !m_reply)
        return;
    m_timeout->stop();
    m_deadline->stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An attempt stopped here has no body worth reading (and a too large one must not be copied).
    if (reply->isOpen() && m_stop == AttemptStop::None) {
        response.body = std::exchange(m_body, {});
        response.body += reply->readAll();
    }
    m_body.clear();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    response.networkErrorString = reply->errorString();
    response.timedOut = m_stop == AttemptStop::Idle || m_stop == AttemptStop::Deadline;
    response.requestSent = true;
    const ExchangeDone done = std::exchange(m_done, {});
    deleteLater();
    done(std::move(response), m_stop); // last: done may delete this (its owner going away)
}

ExchangeRunner::ExchangeRunner(std::function<QNetworkAccessManager *()> make, int maxManagers, Deliver deliver)
    : m_managers(new NetworkPool(std::move(make), maxManagers, this))
    , m_deliver(std::move(deliver))
{}

ExchangeRunner::~ExchangeRunner()
{
    // Nothing is delivered from here on: the replies are aborted with their exchanges, then the managers go.
    const auto exchanges = std::exchange(m_exchanges, {});
    for (ReplyExchange *exchange : exchanges)
        delete exchange;
}

void ExchangeRunner::start(quint64 id, const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                           bool sendOnce, ExchangeLimits limits)
{
    QNetworkAccessManager *nam = m_managers->acquire(request.url());
    QNetworkReply *reply = sendAttemptRequest(nam, request, method, body, sendOnce);
    m_managers->track(reply, nam, request.url());
    m_exchanges.insert(id, new ReplyExchange(
                               reply, limits,
                               [this, id](HttpResponse response, AttemptStop stop) {
                                   m_exchanges.remove(id);
                                   m_deliver(id, std::move(response), stop);
                               },
                               this));
}

void ExchangeRunner::abort(quint64 id)
{
    delete m_exchanges.take(id);
}

void ExchangeRunner::preconnect(const QUrl &url, int connections)
{
    m_managers->preconnect(url, connections);
}

} // namespace flowlog
