#pragma once

#include "aliyun/aliyunapi.h"
#include "apirequest.h"
#include "dataset.h"
#include "huawei/huaweiapi.h"
#include "inflight.h"
#include "jsonwriter.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

class QHostAddress;
class QTcpSocket;

namespace flowlog::sandbox {

class LimitedTcpServer;

// The transport pipeline: routes each request to a provider module, then applies faults and latency, and
// counts what it served. Alibaba RPC on "/", Huawei REST under its routes' roots ("/v3/"), the sandbox's own
// "/__sandbox/" paths.
//
// Answers are written on the connection's socket directly rather than through QHttpServerResponder: in Qt 6.4 a
// responder keeps a reference to the per-connection request object (reused by the next keep-alive request) and
// a raw socket pointer, so it cannot outlive handleRequest() safely. A QPointer to the socket can, which is what
// latency and the stall fault need; the socket is also what reset and truncate act on.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const Options &options, QObject *parent = nullptr);

    // Listens on address:port with request bodies limited to LimitedTcpServer::defaultMaxBodyBytes (413 at header
    // time); the port, or 0 on failure. Use this rather than QAbstractHttpServer::listen, which has no limit.
    [[nodiscard]] quint16 listenWithLimits(const QHostAddress &address, quint16 port);
    // The same in two steps, for a start that says its port before the data is seeded (main.cpp): listenEarly
    // before this server exists (nullptr on failure), serve once it does (it takes the listener over).
    [[nodiscard]] static LimitedTcpServer *listenEarly(const QHostAddress &address, quint16 port);
    void serve(LimitedTcpServer *listener);

    [[nodiscard]] Dataset &dataset() { return m_dataset; }
    [[nodiscard]] QJsonObject stats() const;
    void resetStats();

    // The wait left before an answer, in whole ms rounded up (never early), when elapsedNs have passed since its
    // request was read: --latency-ms is the provider's time to answer, counted from the read, so the sandbox's own
    // work on the answer (and the event loop's other work meanwhile) does not add to it.
    [[nodiscard]] static int remainingLatencyMs(int latencyMs, qint64 elapsedNs);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Api
    {
        Aliyun,
        Huawei
    };
    // What goes back on the wire for one request.
    struct Outgoing
    {
        enum class Action
        {
            Answer,
            Reset,
            Truncate,
            Stall
        };
        Action action = Action::Answer;
        int status = 200;
        QByteArray contentType = "application/json;charset=utf-8";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool close = false;    // the client asked for Connection: close
        QString account;       // whose credentials the request carried (InFlight), empty when unknown
        bool admitted = false; // within the account's limit (InFlight::admit): served, not throttled for it
    };

    [[nodiscard]] static ApiRequest toApiRequest(const QHttpServerRequest &request);
    [[nodiscard]] std::optional<FaultKind> rollFault();
    [[nodiscard]] Outgoing serve(Api api, const ApiRequest &request, std::optional<FaultKind> fault);
    // GET, POST (set one kind) and DELETE (clear all) /__sandbox/faults.
    [[nodiscard]] Outgoing adminFaults(const QHttpServerRequest &request);
    // GET /__sandbox/resources?account=NAME: the ids of that account's seeded networks (Resources::describe).
    [[nodiscard]] Outgoing adminResources(const QHttpServerRequest &request);
    [[nodiscard]] Outgoing throttled(Api api);
    [[nodiscard]] Outgoing serverError(Api api);
    [[nodiscard]] Outgoing json(int status, const QJsonObject &body, const QString &extraKey = {},
                                const QString &extraValue = {});
    // Writes the answer once latencyMs have passed since the request was read (received), then ends the request's
    // time in flight.
    void dispatch(QTcpSocket *socket, Outgoing out, int latencyMs, const QElapsedTimer &received);
    static void deliver(QTcpSocket *socket, const Outgoing &out);
    [[nodiscard]] QString newRequestId();

    Options m_options;
    Dataset m_dataset;
    AliyunApi m_aliyun;
    HuaweiApi m_huawei;
    JsonWriter m_json;
    QRandomGenerator m_dice; // fault and rate decisions, seeded: the same seed faults the same requests
    quint64 m_requestCounter = 0;
    qint64 m_requests = 0;
    qint64 m_created = 0;
    QHash<QString, qint64> m_byOperation;
    QHash<QString, qint64> m_faults;
    InFlight m_inFlight;
};

} // namespace flowlog::sandbox
