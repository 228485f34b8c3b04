#include "networkpool.h"

#include "backgroundthread.h"
#include "catalog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QUrl>

#include <algorithm>

namespace flowlog {

NetworkPool::NetworkPool(std::function<QNetworkAccessManager *()> make, int maxManagers, QObject *parent)
    : QObject(parent)
    , m_make(std::move(make))
    , m_maxManagers(std::max(1, maxManagers))
{}

NetworkPool::~NetworkPool()
{
    if (!m_thread)
        return;
    // The runner and its managers are deleted on their own thread (a reply must be destroyed where it lives);
    // whatever it posts meanwhile to this pool is discarded with this object's posted events.
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner] { delete runner; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 NetworkPool::exchange(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                              bool sendOnce, ExchangeLimits limits, ExchangeDone done)
{
    Q_ASSERT(m_threaded);
    ensureRunner();
    const quint64 id = ++m_nextExchange;
    m_pending.insert(id, std::move(done));
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, id, request, method, body, sendOnce, limits] {
            runner->start(id, request, method, body, sendOnce, limits);
        },
        Qt::QueuedConnection);
    return id;
}

void NetworkPool::ensureRunner()
{
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("flowlog-network"));
        // Posted to this pool, which lives until the thread has stopped (see the destructor).
        m_runner =
            new ExchangeRunner(m_make, m_maxManagers, [this](quint64 id, HttpResponse response, AttemptStop stop) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, response = std::move(response), stop]() mutable {
                        const auto it = m_pending.find(id);
                        if (it == m_pending.end())
                            return; // cancelled meanwhile
                        const ExchangeDone whenDone = std::move(it.value());
                        m_pending.erase(it);
                        whenDone(std::move(response), stop);
                    },
                    Qt::QueuedConnection);
            });
        m_runner->moveToThread(m_thread);
        // Before anything runs there: the HTTP threads its managers start inherit the priority.
        connect(m_thread, &QThread::started, m_runner, &makeThisThreadBackground, Qt::DirectConnection);
        m_thread->start();
    }
}

void NetworkPool::preconnect(const QUrl &url, int connections)
{
    // The rule every request follows (catalog.h): https, or plain http only to loopback.
    if (connections <= 0 || !isAllowedEndpoint(url))
        return;
    if (m_threaded) {
        ensureRunner();
        QMetaObject::invokeMethod(
            m_runner, [runner = m_runner, url, connections] { runner->preconnect(url, connections); },
            Qt::QueuedConnection);
        return;
    }
    const bool tls = url.scheme() == QLatin1String("https");
    QUrl target;
    // What QNetworkAccessManager::connectToHost sends, but with HTTP/2 off as on every request (RequestExecutor):
    // Qt keys its connections by whether HTTP/2 is allowed, and connectToHost's (allowed) would sit unused beside
    // the requests' own.
    target.setScheme(tls ? QStringLiteral("preconnect-https") : QStringLiteral("preconnect-http"));
    target.setHost(url.host());
    target.setPort(url.port(tls ? 443 : 80));
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    int &issued = m_preconnected[hostKey(url)];
    for (; issued < connections && issued / connectionsPerHost < m_maxManagers; ++issued) {
        const qsizetype index = issued / connectionsPerHost;
        if (index == m_managers.size()) {
            QNetworkAccessManager *nam = m_make ? m_make() : new QNetworkAccessManager;
            nam->setParent(this);
            m_managers.append(nam);
        }
        QNetworkReply *reply = m_managers.at(index)->get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
}

void NetworkPool::cancel(quint64 id)
{
    if (!m_pending.remove(id) || !m_runner)
        return;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, id] { runner->abort(id); }, Qt::QueuedConnection);
}

QString NetworkPool::hostKey(const QUrl &url)
{
    return url.scheme() + QLatin1Char(':') + url.host() + QLatin1Char(':') + QString::number(url.port());
}

QNetworkAccessManager *NetworkPool::acquire(const QUrl &url)
{
    QList<int> &open = m_open[hostKey(url)];
    open.resize(m_managers.size());
    qsizetype best = -1;
    for (qsizetype i = 0; i < open.size(); ++i) {
        if (open.at(i) < connectionsPerHost) {
            best = i;
            break;
        }
    }
    if (best < 0 && m_managers.size() < m_maxManagers) {
        QNetworkAccessManager *nam = m_make ? m_make() : new QNetworkAccessManager;
        nam->setParent(this);
        m_managers.append(nam);
        open.append(0);
        best = open.size() - 1;
    }
    if (best < 0) // every manager full: the least loaded one queues it
        best = std::min_element(open.cbegin(), open.cend()) - open.cbegin();
    ++open[best];
    return m_managers.at(best);
}

void NetworkPool::track(QNetworkReply *reply, QNetworkAccessManager *nam, const QUrl &url)
{
    const qsizetype index = m_managers.indexOf(nam);
    if (index < 0)
        return;
    const QString key = hostKey(url);
    const auto done = [this, key, index] {
        QList<int> &open = m_open[key];
        if (index < open.size() && open.at(index) > 0)
            --open[index];
    };
    if (!reply) {
        done();
        return;
    }
    connect(reply, &QObject::destroyed, this, done);
}

} // namespace flowlog
