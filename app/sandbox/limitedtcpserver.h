#pragma once

#include <QTcpServer>

namespace flowlog::sandbox {

// The listening socket of the sandbox. Qt HttpServer 6.4 reads a whole request body into memory before handing the
// request over (a 1 GiB POST cost 2 GB: the socket's transaction buffer plus the body), so each connection is
// watched by a RequestFramer that sees the bytes before the HTTP server reads them: a request whose announced body
// (Content-Length, or the chunk sizes so far) is over maxBodyBytes is answered 413 as soon as its headers arrive,
// the HTTP server's reader is detached from that connection, and what the client still sends is read and dropped
// for a moment, then the connection is closed. Headers over 64 KiB get 431 the same way.
//
// Bind it to the QAbstractHttpServer passed as httpServer (QAbstractHttpServer::bind), which must be the receiver
// of the HTTP server's readyRead connections; the guard's own handlers run before and after them.
class LimitedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitedTcpServer)

public:
    static constexpr qint64 defaultMaxBodyBytes = 1024 * 1024;

    LimitedTcpServer(QObject *httpServer, qint64 maxBodyBytes, QObject *parent = nullptr);

    // A server listening before its HTTP server exists (SandboxServer::serve) gets it here, before the event loop
    // runs: connections are only taken from the event loop.
    void setHttpServer(QObject *httpServer) { m_httpServer = httpServer; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QObject *m_httpServer;
    qint64 m_maxBody;
};

} // namespace flowlog::sandbox
