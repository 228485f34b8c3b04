#include "networkpool.h"

#include "backgroundthread.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
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
