#include "limitedtcpserver.h"

#include "requestframer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace flowlog::sandbox {

namespace {

// How long a refused connection's remaining upload is read and dropped before the connection is closed: closing
// with unread bytes makes the kernel send a reset, which can destroy the 413 before the client has read it.
constexpr int kLingerMs = 2000;
constexpr qint64 kDrainBufferBytes = 64 * 1024;

QByteArray refusal(RequestFramer::Verdict verdict)
{
    // What the gateway in front of the real APIs (Tengine) answers.
    const QByteArray title = verdict == RequestFramer::Verdict::HeadersTooLarge
                                 ? QByteArrayLiteral("431 Request Header Fields Too Large")
                                 : QByteArrayLiteral("413 Request Entity Too Large");
    const QByteArray body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
                            "</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n";
    return "HTTP/1.1 " + title + "\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

// Watches one connection (a child of its socket). Its first handler runs before the HTTP server's on every
// readyRead and feeds the framer the bytes that arrived since; the second runs after it and notes how many unread
// bytes the server left in the buffer (a pipelined request), so no byte is fed twice.
class ConnectionGuard final : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBody)
        : QObject(socket)
        , m_socket(socket)
        , m_httpServer(httpServer)
        , m_framer(maxBody)
    {}

    void watchBefore()
    {
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { beforeServer(); });
    }
    void watchAfter()
    {
        m_after = connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_seen = unread(); });
    }

private:
    [[nodiscard]] qint64 unread() const { return m_socket->bytesAvailable(); }

    void beforeServer()
    {
        const qint64 available = unread();
        if (available <= m_seen) {
            m_seen = available;
            return;
        }
        const qint64 completedBefore = m_framer.completedRequests();
        const QByteArray fresh = m_socket->peek(available).sliced(m_seen);
        m_seen = available;
        const RequestFramer::Verdict verdict = m_framer.feed(fresh);
        if (verdict == RequestFramer::Verdict::Fine)
            return;
        // Requests completed in this same burst were not read by the server yet: an answer now would be taken as
        // theirs, so then the connection is dropped unanswered, which a client may retry (RFC 9112 9.3.2).
        refuse(verdict, m_framer.completedRequests() == completedBefore);
    }

    void refuse(RequestFramer::Verdict verdict, bool answer)
    {
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
        QObject::disconnect(m_after);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        if (!answer || verdict == RequestFramer::Verdict::Malformed) {
            m_socket->abort();
            return;
        }
        // Drop what is still uploaded in small reads: the socket would otherwise pull all the kernel holds at once.
        m_socket->setReadBufferSize(kDrainBufferBytes);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->skip(m_socket->bytesAvailable()); });
        const QPointer<QTcpSocket> socket(m_socket);
        QTimer::singleShot(kLingerMs, this, [socket] {
            if (socket)
                socket->abort();
        });
        m_socket->write(refusal(verdict));
    }

    QTcpSocket *m_socket;
    QObject *m_httpServer;
    RequestFramer m_framer;
    qint64 m_seen = 0; // unread bytes at the front of the buffer that the framer has already been fed
    QMetaObject::Connection m_after;
};

} // namespace

LimitedTcpServer::LimitedTcpServer(QObject *httpServer, qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer)
    , m_maxBody(maxBodyBytes)
{}

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_httpServer, m_maxBody);
    guard->watchBefore();
    // Emits pendingConnectionAvailable at once; the HTTP server connects its readyRead handler in there, so the
    // guard's second handler, connected next, runs after it.
    addPendingConnection(socket);
    guard->watchAfter();
}

} // namespace flowlog::sandbox
