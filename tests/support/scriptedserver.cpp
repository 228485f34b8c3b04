#include "scriptedserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace flowlog::test {

Reply Reply::json(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return raw("HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: application/json\r\n" +
               extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

Reply Reply::raw(const QByteArray &response)
{
    Reply r;
    r.m_kind = Kind::Payload;
    r.m_bytes = response;
    return r;
}

Reply Reply::drop()
{
    Reply r;
    r.m_kind = Kind::Drop;
    return r;
}

Reply Reply::hang()
{
    Reply r;
    r.m_kind = Kind::Hang;
    return r;
}

Reply Reply::trickle(const QByteArray &response, int bytesPerTick, int intervalMs)
{
    Reply r;
    r.m_kind = Kind::Trickle;
    r.m_bytes = response;
    r.m_bytesPerTick = std::max(1, bytesPerTick);
    r.m_intervalMs = intervalMs;
    return r;
}

Reply Reply::stream(qint64 announcedLength, qint64 totalBytes)
{
    Reply r;
    r.m_kind = Kind::Stream;
    r.m_announced = announcedLength;
    r.m_total = totalBytes;
    return r;
}

Reply Reply::forward(const QUrl &upstream, Loss loss)
{
    Reply r;
    r.m_kind = Kind::Forward;
    r.m_upstream = upstream;
    r.m_loss = loss;
    return r;
}

Reply Reply::after(int delayMs) const
{
    Reply r = *this;
    r.m_delayMs = delayMs;
    return r;
}

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QUrlQuery ReceivedRequest::query() const
{
    return QUrlQuery(QUrl::fromEncoded("http://scripted" + target).query(QUrl::FullyEncoded));
}

struct ScriptedServer::Connection
{
    QByteArray buffer;
};

ScriptedServer::ScriptedServer(QList<Reply> script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept);
    m_server.listen(QHostAddress::LocalHost);
}

ScriptedServer::ScriptedServer(Responder responder, QObject *parent)
    : ScriptedServer(QList<Reply>{}, parent)
{
    m_responder = std::move(responder);
}

ScriptedServer::~ScriptedServer()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        it.key()->disconnect(this);
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        m_connections.insert(socket, std::make_shared<Connection>());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++m_disconnects;
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onData(QTcpSocket *socket)
{
    const auto connection = m_connections.value(socket);
    if (!connection)
        return;
    QByteArray &buffer = connection->buffer;
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        request.requestLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = request.requestLine.split(' ');
        request.method = parts.value(0);
        request.target = parts.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        request.raw = buffer.left(end + 4 + length);
        buffer.remove(0, end + 4 + length);

        const int index = static_cast<int>(m_requests.size());
        m_requests.append(request);
        const Reply reply = m_responder          ? m_responder(request, index)
                            : m_script.isEmpty() ? Reply::json(500, R"({"error":"nothing scripted"})")
                                                 : m_script.at(std::min<qsizetype>(index, m_script.size() - 1));
        m_peakPending = std::max(m_peakPending, ++m_pending);
        if (reply.m_kind == Reply::Kind::Forward) {
            startForward(socket, reply, request.raw);
        } else if (m_holding) {
            m_held.append({QPointer<QTcpSocket>(socket), reply});
        } else if (reply.m_delayMs > 0) {
            QTimer::singleShot(reply.m_delayMs, socket, [this, socket, reply] { answer(socket, reply); });
        } else {
            answer(socket, reply);
        }
    }
}

void ScriptedServer::releaseNewest()
{
    if (m_held.isEmpty())
        return;
    const auto [socket, reply] = m_held.takeLast();
    if (socket)
        answer(socket, reply);
}

void ScriptedServer::answered()
{
    --m_pending;
}

void ScriptedServer::answer(QTcpSocket *socket, const Reply &reply)
{
    switch (reply.m_kind) {
    case Reply::Kind::Payload:
        answered();
        socket->write(reply.m_bytes);
        return;
    case Reply::Kind::Drop:
        answered();
        socket->abort();
        return;
    case Reply::Kind::Hang:
        return;
    case Reply::Kind::Trickle: {
        answered();
        auto *timer = new QTimer(socket);
        const qsizetype head = reply.m_bytes.indexOf("\r\n\r\n");
        auto sent = std::make_shared<qsizetype>(head < 0 ? 0 : head + 4);
        socket->write(reply.m_bytes.left(*sent));
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, reply] {
            socket->write(reply.m_bytes.mid(*sent, reply.m_bytesPerTick));
            *sent += reply.m_bytesPerTick;
            if (*sent >= reply.m_bytes.size())
                timer->stop();
        });
        timer->start(reply.m_intervalMs);
        return;
    }
    case Reply::Kind::Stream:
        answered();
        startStream(socket, reply);
        return;
    case Reply::Kind::Forward:
        return; // started when the request arrived
    }
}

void ScriptedServer::startStream(QTcpSocket *socket, const Reply &reply)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    head += reply.m_announced >= 0 ? "Content-Length: " + QByteArray::number(reply.m_announced) + "\r\n"
                                   : QByteArray("Connection: close\r\n");
    socket->write(head + "\r\n");
    auto sent = std::make_shared<qint64>(0);
    const auto topUp = [this, socket, sent, total = reply.m_total] {
        static const QByteArray chunk(64 * 1024, 'x');
        // Keep a little queued: the client's reading paces the stream, so what it refuses is never produced.
        while (*sent < total && socket->bytesToWrite() < 4 * chunk.size() &&
               socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = std::min<qint64>(chunk.size(), total - *sent);
            socket->write(chunk.constData(), n);
            *sent += n;
            m_streamed += n;
        }
        if (*sent >= total && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, this, topUp);
    topUp();
}

void ScriptedServer::startForward(QTcpSocket *client, const Reply &reply, const QByteArray &request)
{
    auto *upstream = new QTcpSocket(client);
    upstream->connectToHost(QHostAddress::LocalHost, static_cast<quint16>(reply.m_upstream.port()));
    upstream->write(request);
    auto first = std::make_shared<bool>(true);
    connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, first, loss = reply.m_loss] {
        const QByteArray data = upstream->readAll();
        const bool firstData = std::exchange(*first, false);
        if (firstData) {
            answered();
            m_lost += loss == Reply::Loss::None ? 0 : 1;
        }
        switch (loss) {
        case Reply::Loss::None:
            client->write(data);
            return;
        case Reply::Loss::Drop:
            // The upstream did the work; the client never hears of it.
            client->abort();
            return;
        case Reply::Loss::Stall:
            return;
        }
    });
}

} // namespace flowlog::test
