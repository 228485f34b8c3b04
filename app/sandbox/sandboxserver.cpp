#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>

namespace flowlog::sandbox {

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_dataset(options)
    , m_aliyun(m_dataset)
    , m_huawei(m_dataset)
{
}

QString SandboxServer::newRequestId()
{
    ++m_requestCounter;
    // Deterministic, GUID-shaped request ids.
    return QStringLiteral("5A7D%1-0000-4000-8000-%2")
        .arg(m_requestCounter, 4, 16, QLatin1Char('0'))
        .arg(m_requestCounter * 2654435761u % 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0'))
        .toUpper();
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject by;
    for (auto it = m_byOperation.cbegin(); it != m_byOperation.cend(); ++it)
        by.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("requests"), m_requests},
                       {QStringLiteral("flowLogs"), m_dataset.totalFlowLogs()},
                       {QStringLiteral("created"), m_created},
                       {QStringLiteral("byOperation"), by}};
}

void SandboxServer::resetStats()
{
    m_requests = 0;
    m_created = 0;
    m_byOperation.clear();
}

ApiRequest SandboxServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: r.method = "GET"; break;
    case QHttpServerRequest::Method::Post: r.method = "POST"; break;
    case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
    default: r.method = "OTHER"; break;
    }
    r.path = request.url().path();
    r.rawPath = request.url().path(QUrl::FullyEncoded).toLatin1();
    r.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    r.host = QString::fromLatin1(r.header("host"));
    return r;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/__sandbox/stats")) {
        send(request, socket, Reply{200, stats(), {}, {}, false});
        return true;
    }
    if (path == QLatin1String("/__sandbox/stats/reset") && request.method() == QHttpServerRequest::Method::Post) {
        resetStats();
        send(request, socket, Reply{200, stats(), {}, {}, false});
        return true;
    }
    const ApiRequest api = toApiRequest(request);
    Reply reply;
    if (path == QLatin1String("/") || path.isEmpty()) {
        reply = m_aliyun.handle(api);
        reply.body.insert(QStringLiteral("RequestId"), newRequestId());
    } else if (m_huawei.handles(api)) {
        reply = m_huawei.handle(api);
        const QString id = newRequestId().toLower();
        reply.body.insert(QStringLiteral("request_id"), id);
        reply.headers.emplace_back("X-Request-Id", id.toLatin1());
    } else {
        return false;
    }
    ++m_requests;
    m_byOperation[reply.operation] += 1;
    if (reply.created)
        ++m_created;
    send(request, socket, std::move(reply));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Reply r;
    r.status = 404;
    r.body = QJsonObject{{QStringLiteral("error_code"), QStringLiteral("APIGW.0101")},
                         {QStringLiteral("error_msg"), QStringLiteral("The API does not exist or has not been published in the environment")}};
    send(request, socket, std::move(r));
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket, Reply reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", "application/json;charset=utf-8");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    const QString requestId = reply.body.value(QStringLiteral("RequestId")).toString();
    if (!requestId.isEmpty())
        responder.writeHeader("x-acs-request-id", requestId.toLatin1());
    for (const auto &[k, v] : reply.headers)
        responder.writeHeader(k, v);
    responder.writeBody(body);
}

} // namespace flowlog::sandbox
