#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <utility>

class QTcpSocket;

namespace flowlog::test {

// One answer of a ScriptedServer: for answers the sandbox cannot give at a chosen moment (a lost answer, a hang,
// a trickle, a body of a gigabyte, a reply the provider would never send).
class Reply
{
public:
    enum class Kind
    {
        Payload, // the bytes of a whole response, at once
        Drop,    // close the connection without answering (the answer is lost)
        Hang,    // never answer; keep the connection open
        Trickle, // the response a few bytes at a time
        Stream,  // headers, then body bytes for as long as the client reads (a huge body)
        Forward, // relay the request to an upstream server and its answer back (or lose it)
    };
    enum class Loss
    {
        None,  // relay the answer
        Drop,  // the upstream did the work; close the client's connection instead of relaying
        Stall, // the same, but keep the client's connection open and silent
    };

    // A JSON (or other) body with its status, Content-Type application/json and Content-Length, plus extra header
    // lines ("Name: value\r\n" each).
    [[nodiscard]] static Reply json(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    // The bytes exactly as given ("HTTP/1.1 ...").
    [[nodiscard]] static Reply raw(const QByteArray &response);
    [[nodiscard]] static Reply drop();
    [[nodiscard]] static Reply hang();
    // `response`: its status line and headers at once, then its body bytesPerTick bytes every intervalMs.
    [[nodiscard]] static Reply trickle(const QByteArray &response, int bytesPerTick, int intervalMs);
    // 200 with `announcedLength` as Content-Length (-1: none, the connection closes at the end), then body bytes
    // until the client stops reading or `totalBytes` are sent.
    [[nodiscard]] static Reply stream(qint64 announcedLength, qint64 totalBytes);
    [[nodiscard]] static Reply forward(const QUrl &upstream, Loss loss = Loss::None);
    // This reply, after a delay.
    [[nodiscard]] Reply after(int delayMs) const;

    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    friend class ScriptedServer;
    Kind m_kind = Kind::Payload;
    QByteArray m_bytes;
    int m_bytesPerTick = 1;
    int m_intervalMs = 0;
    int m_delayMs = 0;
    qint64 m_announced = -1;
    qint64 m_total = 0;
    QUrl m_upstream;
    Loss m_loss = Loss::None;
};

// A request as the server read it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QByteArray requestLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray raw; // the whole request, as received

    [[nodiscard]] QByteArray header(QByteArrayView name) const; // case-insensitive, empty when absent
    [[nodiscard]] QUrlQuery query() const;                      // decoded query of the target
};

// A real HTTP/1.1 server on a loopback port that answers from a script and records every request it got. Either
// a list of replies (the n-th request gets the n-th; the last repeats) or a responder function of the request.
// hold() keeps answers back until releaseNewest(); peakPending() counts requests received and not yet answered.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    using Responder = std::function<Reply(const ReceivedRequest &request, int index)>;

    explicit ScriptedServer(QList<Reply> script = {}, QObject *parent = nullptr);
    explicit ScriptedServer(Responder responder, QObject *parent = nullptr);
    ~ScriptedServer() override;

    [[nodiscard]] bool isListening() const { return m_server.isListening(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT (no path)
    [[nodiscard]] QUrl url() const;

    [[nodiscard]] const QList<ReceivedRequest> &requests() const { return m_requests; }
    [[nodiscard]] int requestCount() const { return static_cast<int>(m_requests.size()); }
    [[nodiscard]] int disconnects() const { return m_disconnects; }
    [[nodiscard]] int connectionsAccepted() const { return m_accepted; }
    [[nodiscard]] int peakPending() const { return m_peakPending; }
    // Body bytes a Stream reply wrote before the client went away.
    [[nodiscard]] qint64 streamedBytes() const { return m_streamed; }
    // Answers a Forward reply with a Loss got from upstream and did not relay.
    [[nodiscard]] int lostAnswers() const { return m_lost; }

    void hold() { m_holding = true; }
    [[nodiscard]] int held() const { return static_cast<int>(m_held.size()); }
    // Sends the answer to the most recent held request.
    void releaseNewest();

private:
    struct Connection;
    void accept();
    void onData(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);
    void answered();
    void startStream(QTcpSocket *socket, const Reply &reply);
    void startForward(QTcpSocket *socket, const Reply &reply, const QByteArray &request);

    QTcpServer m_server;
    QList<Reply> m_script;
    Responder m_responder;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QList<std::pair<QPointer<QTcpSocket>, Reply>> m_held;
    bool m_holding = false;
    int m_pending = 0;
    int m_peakPending = 0;
    int m_disconnects = 0;
    int m_accepted = 0;
    qint64 m_streamed = 0;
    int m_lost = 0;
};

} // namespace flowlog::test
