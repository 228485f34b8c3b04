// sandbox-throughput: small signed VPC DescribeFlowLogs requests per second that flowlog-sandbox serves, from many
// keep-alive connections at once. The load generator is a plain socket client (no QNetworkAccessManager, which
// opens at most 6 connections per host); it signs with the product's v1 signer, as a test tool may.
#include "aliyunsigner.h"
#include "bench.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace flowlog::bench {

namespace {

class LoadGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadGenerator)

public:
    LoadGenerator(const QUrl &base, const Credentials &credentials, const QString &region)
        : m_base(base)
        , m_credentials(credentials)
        , m_region(region)
    {}

    // Runs `connections` clients for `warmupMs` (not counted) then `measureMs`; returns the answers per second.
    // onStart/onStop run when the measured window opens and closes (to sample the server's CPU time).
    double run(int connections, int warmupMs, int measureMs, const std::function<void()> &onStart,
               const std::function<void()> &onStop)
    {
        for (int i = 0; i < connections; ++i) {
            auto conn = std::make_unique<Connection>();
            Connection *c = conn.get();
            c->socket = new QTcpSocket(this);
            connect(c->socket, &QTcpSocket::connected, this, [this, c] { sendNext(c); });
            connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
            connect(c->socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { ++m_errors; });
            c->socket->connectToHost(m_base.host(), static_cast<quint16>(m_base.port()));
            m_connections.push_back(std::move(conn));
        }
        QEventLoop loop;
        QTimer::singleShot(warmupMs, this, [this, &onStart] {
            onStart();
            m_counting = true;
            m_clock.start();
        });
        QTimer::singleShot(warmupMs + measureMs, &loop, [this, &loop, &onStop] {
            m_elapsedMs = m_clock.elapsed();
            onStop();
            m_counting = false;
            m_running = false;
            loop.quit();
        });
        loop.exec();
        for (auto &c : m_connections)
            c->socket->abort();
        return m_elapsedMs > 0 ? 1000.0 * static_cast<double>(m_answered) / static_cast<double>(m_elapsedMs) : 0;
    }

    [[nodiscard]] qint64 answered() const { return m_answered; }
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }
    [[nodiscard]] qint64 errors() const { return m_errors; }
    [[nodiscard]] qint64 non200() const { return m_non200; }

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
    };

public:
    // Signs `count` requests ahead, so that during the measured window the generator only writes and reads and
    // the figure is the server's, not the client's signer's. Returns the signing cost per request in µs.
    double prepare(int count)
    {
        QElapsedTimer clock;
        clock.start();
        m_pool.reserve(count);
        for (int i = 0; i < count; ++i)
            m_pool.append(signRequest());
        return count > 0 ? 1000.0 * static_cast<double>(clock.elapsed()) / count : 0;
    }

private:
    QByteArray nextRequest()
    {
        if (m_poolNext < m_pool.size())
            return m_pool.at(m_poolNext++);
        return signRequest();
    }

    QByteArray signRequest()
    {
        // A fresh nonce each time (the sandbox rejects a reused one); the timestamp string changes once a second.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (now != m_stampSecs) {
            m_stampSecs = now;
            m_stamp = aliyun::timestamp(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
        }
        const aliyun::Params params = aliyun::rpcSignedParams(
            {{QStringLiteral("RegionId"), m_region}, {QStringLiteral("PageSize"), QStringLiteral("5")}},
            QStringLiteral("DescribeFlowLogs"), QStringLiteral("2016-04-28"), m_credentials, m_stamp,
            QString::number(++m_nonce) + QLatin1Char('-') + QString::number(now));
        const QByteArray query = aliyun::signRpc("GET", params, m_credentials.secret);
        return "GET /?" + query + " HTTP/1.1\r\nHost: " + m_base.authority().toLatin1() +
               "\r\nAccept: application/json\r\nConnection: keep-alive\r\n\r\n";
    }

    void sendNext(Connection *c)
    {
        if (m_running)
            c->socket->write(nextRequest());
    }

    void onReadyRead(Connection *c)
    {
        c->buffer += c->socket->readAll();
        for (;;) {
            const qsizetype headEnd = c->buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = c->buffer.left(headEnd);
            qsizetype length = 0;
            const qsizetype at = head.toLower().indexOf("content-length:");
            if (at >= 0) {
                const qsizetype eol = head.indexOf("\r\n", at);
                length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
            }
            const qsizetype total = headEnd + 4 + length;
            if (c->buffer.size() < total)
                return;
            if (!head.startsWith("HTTP/1.1 200"))
                ++m_non200;
            c->buffer.remove(0, total);
            if (m_counting)
                ++m_answered;
            sendNext(c);
        }
    }

    QUrl m_base;
    Credentials m_credentials;
    QString m_region;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QList<QByteArray> m_pool;
    qsizetype m_poolNext = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    qint64 m_answered = 0;
    qint64 m_errors = 0;
    qint64 m_non200 = 0;
    quint64 m_nonce = 0;
    qint64 m_stampSecs = 0;
    QString m_stamp;
    bool m_running = true;
    bool m_counting = false;
};

} // namespace

void sandboxThroughput(Context &context)
{
    const QString name = QStringLiteral("sandbox-throughput");
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start(
            {QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"), QStringLiteral("25")},
            &error)) {
        context.fail(name, error);
        return;
    }
    QJsonObject profile;
    for (const QJsonObject &p : sandbox.profiles()) {
        if (p.value(QLatin1String("provider")).toString() == QLatin1String("aliyun")) {
            profile = p;
            break;
        }
    }
    const Credentials credentials{
        profile.value(QLatin1String("accessKeyId")).toString(), profile.value(QLatin1String("secret")).toString(), {}};
    const QString region = profile.value(QLatin1String("regions")).toArray().first().toString();

    LoadGenerator load(sandbox.baseUrl(), credentials, region);
    const int connections = 32;
    // Enough signed requests for the whole run at up to ~12,000/s; beyond that the generator signs on the fly.
    const double signUs = load.prepare(context.smoke() ? 8000 : 60000);
    context.report(QStringLiteral("bench-client-sign-per-request"), signUs, QStringLiteral("us"));
    double cpuStart = 0;
    double cpuEnd = 0;
    const auto sampleStart = [&] { cpuStart = sandbox.cpuMs(); };
    const auto sampleEnd = [&] { cpuEnd = sandbox.cpuMs(); };
    const double perSecond = context.smoke() ? load.run(connections, 300, 1500, sampleStart, sampleEnd)
                                             : load.run(connections, 1000, 5000, sampleStart, sampleEnd);
    context.report(name, perSecond, QStringLiteral("req/s"));
    // The wall-clock figure depends on how much of the machine the sandbox gets; its CPU time per request does
    // not: requests per CPU-second is what one uncontended core serves (the sandbox is single-threaded).
    if (cpuStart >= 0 && cpuEnd > cpuStart && load.answered() > 0) {
        const double cpuMsUsed = cpuEnd - cpuStart;
        context.report(QStringLiteral("sandbox-cpu-per-request"),
                       1000.0 * cpuMsUsed / static_cast<double>(load.answered()), QStringLiteral("us"));
        context.report(QStringLiteral("sandbox-throughput-per-cpu-second"),
                       1000.0 * static_cast<double>(load.answered()) / cpuMsUsed, QStringLiteral("req/s"));
        context.report(QStringLiteral("sandbox-cpu-share"), cpuMsUsed / static_cast<double>(load.elapsedMs()),
                       QStringLiteral("cores"));
    }
    if (load.answered() == 0)
        context.fail(name, QStringLiteral("no request was answered"));
    if (load.non200() > 0 || load.errors() > 0)
        context.fail(name,
                     QStringLiteral("%1 answers were not 200, %2 socket errors").arg(load.non200()).arg(load.errors()));
}

} // namespace flowlog::bench

#include "sandboxthroughput.moc"
