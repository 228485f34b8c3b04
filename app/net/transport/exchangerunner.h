#pragma once

#include "httptypes.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace flowlog {

class NetworkPool;

// Why an attempt ended before its answer was complete: the executor's own stops.
enum class AttemptStop
{
    None,
    Idle,     // no data for the idle timeout
    Deadline, // the attempt's deadline passed, whatever arrived
    TooLarge  // the answer passed maxResponseBytes (announced or read)
};

struct ExchangeLimits
{
    qint64 maxResponseBytes = 0;
    int idleTimeoutMs = 0; // restarted by every progress
    int deadlineMs = 0;
};

// One HTTP exchange's outcome: the answer as read, and the stop that ended it early (None: it ended by itself).
using ExchangeDone = std::function<void(HttpResponse response, AttemptStop stop)>;

// Sends request through nam as an attempt of the executor sends it: without a device when there is no body, and a
// sendOnce body that Qt cannot send a second time (oneshotbody.h).
[[nodiscard]] QNetworkReply *sendAttemptRequest(QNetworkAccessManager *nam, const QNetworkRequest &request,
                                                const QByteArray &method, const QByteArray &body, bool sendOnce);

// One attempt on its reply, in the reply's thread: the transport rules every request passes (the idle timeout,
// restarted by every progress; the attempt's deadline; the size cap, announced or read) and the answer as read,
// handed to done exactly once, unless this is destroyed first (which aborts the reply and calls nothing). It
// schedules its own deletion when it calls done. Used by RequestExecutor for a direct attempt and by
// ExchangeRunner on a threaded pool's network thread.
class ReplyExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyExchange)

public:
    ReplyExchange(QNetworkReply *reply, ExchangeLimits limits, ExchangeDone done, QObject *parent);
    ~ReplyExchange() override;

private:
    void stop(AttemptStop why);
    void onFinished();

    QPointer<QNetworkReply> m_reply; // its manager may go first
    ExchangeLimits m_limits;
    ExchangeDone m_done;
    QByteArray m_body;
    QTimer *m_timeout;
    QTimer *m_deadline;
    AttemptStop m_stop = AttemptStop::None;
};

// The network thread's half of a threaded NetworkPool (NetworkPool::setThreaded): lives on that thread with its
// own managers (a direct pool made there), sends each exchange, applies the transport limits (idle timeout,
// deadline, size cap) where the reply lives, and hands the whole answer back in one call of deliver, on the
// network thread. The rules are RequestExecutor's for a direct attempt; only the thread differs.
class ExchangeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRunner)

public:
    using Deliver = std::function<void(quint64 id, HttpResponse response, AttemptStop stop)>;

    ExchangeRunner(std::function<QNetworkAccessManager *()> make, int maxManagers, Deliver deliver);
    ~ExchangeRunner() override;

    void start(quint64 id, const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
               bool sendOnce, ExchangeLimits limits);
    // The exchange ends without a delivery (its reply aborted).
    void abort(quint64 id);
    // NetworkPool::preconnect on the network thread's managers.
    void preconnect(const QUrl &url, int connections);

private:
    NetworkPool *m_managers; // a direct pool, child of this, on the network thread
    QHash<quint64, ReplyExchange *> m_exchanges;
    Deliver m_deliver;
};

} // namespace flowlog
