#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QUrl;

namespace flowlog {

// Network access managers for many requests to few hosts. Qt 6.4's QNetworkAccessManager opens at most 6
// connections per host and port and queues the rest inside itself, so a request the gate counts as in flight may
// not be on the wire: one manager per profile silently capped an organisation's members (every member shares its
// profile) and an account's requests to one endpoint (CEN and ECR have one host for every region) at 6. The pool
// hands each attempt a manager with fewer than 6 replies open to its host and port, making another (up to
// maxManagers) when every one has 6, so the gate's limits are what bounds the sweep. Each manager has its own HTTP
// thread: a 128-request sweep to one host needs 22. Made by the composition root and injected (never global).
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

private:
    [[nodiscard]] static QString hostKey(const QUrl &url);

    std::function<QNetworkAccessManager *()> m_make;
    int m_maxManagers;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QString, QList<int>> m_open; // host:port -> replies open per manager (index as in m_managers)
};

} // namespace flowlog
