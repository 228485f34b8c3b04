#pragma once

#include "exchangerunner.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;
class QUrl;

namespace flowlog {

// Network access managers for many requests to few hosts. Qt 6.4's QNetworkAccessManager opens at most 6
// connections per host and port and queues the rest inside itself, so a request the gate counts as in flight may
// not be on the wire: one manager per profile silently capped an organisation's members (every member shares its
// profile) and an account's requests to one endpoint (CEN and ECR have one host for every region) at 6. The pool
// hands each attempt a manager with fewer than 6 replies open to its host and port, making another (up to
// maxManagers) when every one has 6, so the gate's limits are what bounds the sweep. Each manager has its own HTTP
// thread: a 128-request sweep to one host needs 22. Made by the composition root and injected (never global).
//
// Threaded (setThreaded, the console): the managers live on a network thread of the pool's own, and an executor
// hands each attempt over whole (exchange()): its reply's signals, reads, timers and deletion happen there, and
// the thread that asked gets one call with the answer. Qt's reply machinery costs the thread that owns a reply
// several queued events per answer (~0.2 ms of the GUI thread each in a 300-account sweep: 444 ms of its 2.5 s),
// and a round of answers landing together was longer than a frame (issue 19 goal 5).
class NetworkPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPool)

public:
    static constexpr int connectionsPerHost = 6; // QHttpNetworkConnection's per-host limit in Qt 6.4

    // make: a new manager (the composition root's settings: proxy, cache...); owned by the pool from then on.
    explicit NetworkPool(std::function<QNetworkAccessManager *()> make, int maxManagers = 64,
                         QObject *parent = nullptr);
    ~NetworkPool() override;

    // The manager for a request to url: the first with room on url's host and port. Counts one reply there until
    // track() is told which reply it was and that reply is destroyed.
    [[nodiscard]] QNetworkAccessManager *acquire(const QUrl &url);
    void track(QNetworkReply *reply, QNetworkAccessManager *nam, const QUrl &url);

    [[nodiscard]] int managerCount() const { return static_cast<int>(m_managers.size()); }

    // Opens connections to url's host and port ahead of the requests, connectionsPerHost on each manager in the
    // order acquire() hands them out (making managers as needed, so their HTTP threads start now too), while the
    // caller waits anyway: the secrets load, or the sandbox seeds its data. The first requests then go out on
    // connected sockets (HTTPS: after the handshake) instead of paying for a thread and a connect each; one that
    // comes while they are still connecting waits for one of them. At most connections are ever asked for this
    // way for one host and port (a second call adds what the first did not). Qt opens a pre-connect's connection
    // only when none of the manager's is idle, so fewer when the first ones are up before it sees the rest (a
    // loaded machine); the requests open what is missing, as without this.
    void preconnect(const QUrl &url, int connections);

    // Before the first acquire() or exchange().
    void setThreaded(bool on) { m_threaded = on; }
    [[nodiscard]] bool isThreaded() const { return m_threaded; }
    // Threaded: sends request on the network thread within limits; done runs later on this pool's thread, exactly
    // once, unless cancel() came first. Returns the exchange's id (never 0).
    quint64 exchange(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body, bool sendOnce,
                     ExchangeLimits limits, ExchangeDone done);
    // The exchange is aborted on the network thread; its done is never called.
    void cancel(quint64 id);

private:
    [[nodiscard]] static QString hostKey(const QUrl &url);
    void ensureRunner();

    std::function<QNetworkAccessManager *()> m_make;
    int m_maxManagers;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QString, QList<int>> m_open;  // host:port -> replies open per manager (index as in m_managers)
    QHash<QString, int> m_preconnected; // host:port -> connections preconnect() opened
    bool m_threaded = false;
    QThread *m_thread = nullptr;
    ExchangeRunner *m_runner = nullptr; // on m_thread
    QHash<quint64, ExchangeDone> m_pending;
    quint64 m_nextExchange = 0;
};

} // namespace flowlog
