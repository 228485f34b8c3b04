#include "networkpool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <algorithm>

namespace flowlog {

NetworkPool::NetworkPool(std::function<QNetworkAccessManager *()> make, int maxManagers, QObject *parent)
    : QObject(parent)
    , m_make(std::move(make))
    , m_maxManagers(std::max(1, maxManagers))
{}

NetworkPool::~NetworkPool() = default;

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
