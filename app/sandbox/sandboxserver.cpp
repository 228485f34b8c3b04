#include "sandboxserver.h"

#include "coverage.h"
#include "faults.h"
#include "limitedtcpserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace flowlog::sandbox {

namespace {

// Longer than any client timeout worth having; the stalled connection is dropped afterwards.
constexpr int kStallMs = 60000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

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
    , m_aliyun(m_dataset, m_options)
    , m_huawei(m_dataset, m_options)
    , m_dice(options.seed ^ 0x9E3779B9u)
{
    // Write the seeded records once now: the first listing of each would otherwise pay QJsonDocument::toJson
    // (~10 us a record, ~0.6 ms a 50-row page) inside a request, and requests are served one at a time.
    // Bounded, so a huge dataset does not delay the start by more than a fraction of a second.
    qsizetype budget = 20000;
    for (const QList<QJsonObject> &list : m_dataset.allFlowLogs()) {
        for (const QJsonObject &record : list) {
            if (budget-- <= 0 || !m_json.remember(record))
                return;
        }
    }
}

quint16 SandboxServer::listenWithLimits(const QHostAddress &address, quint16 port)
{
    LimitedTcpServer *listener = listenEarly(address, port);
    if (!listener)
        return 0;
    serve(listener);
    return listener->serverPort();
}

LimitedTcpServer *SandboxServer::listenEarly(const QHostAddress &address, quint16 port)
{
    auto *listener = new LimitedTcpServer(nullptr, LimitedTcpServer::defaultMaxBodyBytes);
    if (!listener->listen(address, port)) {
        delete listener;
        return nullptr;
    }
    return listener;
}

void SandboxServer::serve(LimitedTcpServer *listener)
{
    listener->setParent(this);
    listener->setHttpServer(this);
    bind(listener);
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
    QJsonObject out{{QStringLiteral("requests"), m_requests},
                    {QStringLiteral("flowLogs"), m_dataset.totalFlowLogs()},
                    {QStringLiteral("accounts"), static_cast<qint64>(m_dataset.accounts().size())},
                    {QStringLiteral("created"), m_created},
                    {QStringLiteral("byOperation"), toJsonObject(m_byOperation)},
                    {QStringLiteral("faults"), toJsonObject(m_faults)},
                    // Every throttled answer, by --throttle-rate (faults.throttle) or --account-limit
                    // (faults.account-limit).
                    {QStringLiteral("throttled"),
                     m_faults.value(faultName(FaultKind::Throttle)) + m_faults.value(QStringLiteral("account-limit"))},
                    {QStringLiteral("byStatus"), countByStatus(m_dataset)},
                    {QStringLiteral("deleted"), m_dataset.transitions().deleted()},
                    {QStringLiteral("coverage"), computeCoverage(m_dataset).toJson()}};
    m_inFlight.addTo(out);
    return out;
}

void SandboxServer::resetStats()
{
    m_requests = 0;
    m_created = 0;
    m_byOperation.clear();
    m_faults.clear();
    m_dataset.transitions().resetDeleted();
    m_inFlight.resetPeaks();
}

ApiRequest SandboxServer::toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest r;
    // "GET", "POST", ... as on the wire (the enum's key, upper-cased).
    r.method =
        QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))).toUpper();
    const QUrl url = request.url();
    r.path = url.path();
    r.rawPath = url.path(QUrl::FullyEncoded).toLatin1();
    r.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    r.host = QString::fromLatin1(r.header("host"));
    return r;
}

std::optional<FaultKind> SandboxServer::rollFault()
{
    // Throttling and 5xx share one die, so each rate is honoured exactly (--throttle-rate 0.2 --error-rate 0.2:
    // 20 % and 20 %). Each --fault then has its own die, first hit wins; a fixed order makes a seed always
    // fault the same requests.
    std::optional<FaultKind> chosen;
    if (m_options.throttleRate > 0 || m_options.errorRate > 0) {
        const double u = m_dice.generateDouble();
        if (u < m_options.throttleRate)
            chosen = FaultKind::Throttle;
        else if (u < m_options.throttleRate + m_options.errorRate)
            chosen = FaultKind::Error5xx;
    }
    for (const Fault &f : std::as_const(m_options.faults)) {
        if (f.probability <= 0)
            continue;
        const bool hit = m_dice.generateDouble() < f.probability;
        if (hit && !chosen)
            chosen = f.kind;
    }
    return chosen;
}

SandboxServer::Outgoing SandboxServer::json(int status, const QJsonObject &body, const QString &extraKey,
                                            const QString &extraValue)
{
    Outgoing out;
    out.status = status;
    out.body = m_json.write(body, extraKey, extraValue);
    return out;
}

SandboxServer::Outgoing SandboxServer::throttled(Api api)
{
    const int retryMs = 200 + static_cast<int>(m_dice.bounded(800u));
    if (api == Api::Huawei) {
        Outgoing out = json(429, QJsonObject{{QStringLiteral("error_code"), QStringLiteral("APIGW.0308")},
                                             {QStringLiteral("error_msg"),
                                              QStringLiteral("The throttling threshold has been reached: policy user "
                                                             "over ratelimit,limit:100,time:1 minute")},
                                             {QStringLiteral("request_id"), newRequestId().toLower()}});
        out.headers.emplace_back("Retry-After", "1");
        return out;
    }
    const QString id = newRequestId();
    // The service answers throttling with 400 on most APIs and 429 on newer gateways; clients must take both.
    const int status = m_dice.bounded(2u) == 0 ? 400 : 429;
    Outgoing out = json(
        status, QJsonObject{{QStringLiteral("Code"), QStringLiteral("Throttling.User")},
                            {QStringLiteral("Message"), QStringLiteral("Request was denied due to user flow control.")},
                            {QStringLiteral("RequestId"), id}});
    out.headers.emplace_back("x-acs-request-id", id.toLatin1());
    out.headers.emplace_back("x-acs-retry-after", QByteArray::number(retryMs));
    const qint64 reset = QDateTime::currentMSecsSinceEpoch() + retryMs;
    out.headers.emplace_back("x-ratelimit-user-api", "Limit:100,Remain:0,TimeLeft:" + QByteArray::number(retryMs) +
                                                         ",Reset:" + QByteArray::number(reset));
    return out;
}

SandboxServer::Outgoing SandboxServer::serverError(Api api)
{
    const bool unavailable = m_dice.bounded(2u) == 0;
    if (api == Api::Huawei) {
        return json(unavailable ? 503 : 500,
                    QJsonObject{{QStringLiteral("error_code"),
                                 unavailable ? QStringLiteral("APIGW.0203") : QStringLiteral("APIGW.0201")},
                                {QStringLiteral("error_msg"), unavailable ? QStringLiteral("Backend unavailable")
                                                                          : QStringLiteral("Backend internal error")},
                                {QStringLiteral("request_id"), newRequestId().toLower()}});
    }
    const QString id = newRequestId();
    Outgoing out = json(
        unavailable ? 503 : 500,
        QJsonObject{{QStringLiteral("Code"),
                     unavailable ? QStringLiteral("ServiceUnavailable") : QStringLiteral("InternalError")},
                    {QStringLiteral("Message"),
                     unavailable ? QStringLiteral("The request has failed due to a temporary failure of the server.")
                                 : QStringLiteral("The request processing has failed due to some unknown error, "
                                                  "exception or failure.")},
                    {QStringLiteral("RequestId"), id}});
    out.headers.emplace_back("x-acs-request-id", id.toLatin1());
    return out;
}

SandboxServer::Outgoing SandboxServer::serve(Api api, const ApiRequest &apiRequest, std::optional<FaultKind> fault)
{
    // Faults that stand in for the answer: the provider module never sees the request.
    if (fault) {
        switch (*fault) {
        case FaultKind::Throttle:
            return throttled(api);
        case FaultKind::Error5xx:
            return serverError(api);
        case FaultKind::Html: {
            Outgoing out;
            out.status = 502;
            out.contentType = "text/html";
            out.body = faults::gatewayHtml();
            return out;
        }
        case FaultKind::Reset:
        case FaultKind::Slow: {
            Outgoing out;
            out.action = *fault == FaultKind::Reset ? Outgoing::Action::Reset : Outgoing::Action::Stall;
            return out;
        }
        case FaultKind::ResetAfterCommit:
        case FaultKind::Truncate:
        case FaultKind::TypeDrift:
        case FaultKind::TokenLoop:
            break; // applied to the real answer below
        }
    }

    m_dataset.transitions().settleDue(m_dataset, QDateTime::currentMSecsSinceEpoch());
    Reply reply;
    QString requestId;
    switch (api) {
    case Api::Aliyun:
        reply = m_aliyun.handle(apiRequest);
        requestId = newRequestId();
        break;
    case Api::Huawei:
        reply = m_huawei.handle(apiRequest);
        requestId = newRequestId().toLower();
        break;
    }
    m_byOperation[reply.operation] += 1;
    if (reply.created)
        ++m_created;

    if (fault == FaultKind::TypeDrift)
        reply.body = faults::driftTypes(reply.body);
    else if (fault == FaultKind::TokenLoop)
        faults::loopToken(apiRequest, reply.body);

    // The request id goes into the body as the writer writes it: no copy of the page to insert one member.
    const QString requestIdKey = !reply.requestIdInBody ? QString()
                                 : api == Api::Aliyun   ? QStringLiteral("RequestId")
                                                        : QStringLiteral("request_id");
    Outgoing out = json(reply.status, reply.body, requestIdKey, requestId);
    if (reply.emptyBody)
        out.body.clear();
    out.headers = std::move(reply.headers);
    out.headers.emplace_back(api == Api::Aliyun ? QByteArray("x-acs-request-id") : QByteArray("X-Request-Id"),
                             requestId.toLatin1());
    if (fault == FaultKind::ResetAfterCommit)
        out.action = Outgoing::Action::Reset;
    else if (fault == FaultKind::Truncate)
        out.action = Outgoing::Action::Truncate;
    return out;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path.startsWith(QLatin1String("/__sandbox/"))) {
        m_dataset.transitions().settleDue(m_dataset, QDateTime::currentMSecsSinceEpoch()); // stats see states as now
        if (path == QLatin1String("/__sandbox/stats") && request.method() == QHttpServerRequest::Method::Get) {
            deliver(socket, json(200, stats()));
            return true;
        }
        if (path == QLatin1String("/__sandbox/stats/reset") && request.method() == QHttpServerRequest::Method::Post) {
            resetStats();
            deliver(socket, json(200, stats()));
            return true;
        }
        if (path == QLatin1String("/__sandbox/faults")) {
            deliver(socket, adminFaults(request));
            return true;
        }
        if (path == QLatin1String("/__sandbox/resources")) {
            deliver(socket, adminResources(request));
            return true;
        }
        return false;
    }
    Api api;
    if (path == QLatin1String("/") || path.isEmpty())
        api = Api::Aliyun;
    else if (HuaweiApi::handles(path))
        api = Api::Huawei;
    else
        return false;

    ++m_requests;
    QElapsedTimer received; // the latency runs from here, not from when the answer is ready
    received.start();
    const ApiRequest apiRequest = toApiRequest(request);
    // In flight from now until the answer is written, whatever it is (faults and the latency included).
    QString account = InFlight::accountOf(m_dataset, apiRequest);
    m_inFlight.begin(account);
    // Over the account's limit: refused before anything else, as a provider's gateway does.
    const bool admitted = m_inFlight.admit(account, m_options.accountLimit);
    const std::optional<FaultKind> fault = admitted ? rollFault() : std::nullopt;
    if (fault)
        m_faults[faultName(*fault)] += 1;
    if (!admitted)
        m_faults[QStringLiteral("account-limit")] += 1;
    Outgoing out = admitted ? serve(api, apiRequest, fault) : throttled(api);
    out.admitted = admitted;
    out.close = request.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    out.account = std::move(account);
    dispatch(socket, std::move(out), m_options.latencyMs, received);
    return true;
}

SandboxServer::Outgoing SandboxServer::adminResources(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        Outgoing out = json(405, QJsonObject{{QStringLiteral("error"), QStringLiteral("use GET")}});
        out.headers.emplace_back("Allow", "GET");
        return out;
    }
    const QString name = QUrlQuery(request.url()).queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded);
    const Account *account = m_dataset.accountByName(name);
    if (!account)
        return json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no account named \"%1\"").arg(name)}});
    return json(200, m_dataset.resources().describe(*account));
}

SandboxServer::Outgoing SandboxServer::adminFaults(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        break;
    case QHttpServerRequest::Method::Post:
        if (const QString error = faults::setFromJson(m_options.faults, request.body()); !error.isEmpty())
            return json(400, QJsonObject{{QStringLiteral("error"), error}});
        break;
    case QHttpServerRequest::Method::Delete:
        m_options.faults.clear();
        m_options.throttleRate = 0;
        m_options.errorRate = 0;
        m_options.accountLimit = 0;
        break;
    default: {
        Outgoing out = json(405, QJsonObject{{QStringLiteral("error"), QStringLiteral("use GET, POST or DELETE")}});
        out.headers.emplace_back("Allow", "GET, POST, DELETE");
        return out;
    }
    }
    return json(200, faults::describe(m_options));
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    deliver(socket, json(404, QJsonObject{{QStringLiteral("error_code"), QStringLiteral("APIGW.0101")},
                                          {QStringLiteral("error_msg"),
                                           QStringLiteral("The API does not exist or has not been published in the "
                                                          "environment")}}));
}

int SandboxServer::remainingLatencyMs(int latencyMs, qint64 elapsedNs)
{
    constexpr qint64 nsPerMs = 1000000;
    const qint64 leftNs = qint64(latencyMs) * nsPerMs - elapsedNs;
    return leftNs <= 0 ? 0 : static_cast<int>((leftNs + nsPerMs - 1) / nsPerMs);
}

void SandboxServer::dispatch(QTcpSocket *socket, Outgoing out, int latencyMs, const QElapsedTimer &received)
{
    // A stalled answer never comes: its connection is dropped after kStallMs, however long the answer took to make.
    const int delayMs =
        out.action == Outgoing::Action::Stall ? kStallMs : remainingLatencyMs(latencyMs, received.nsecsElapsed());
    if (delayMs <= 0) {
        deliver(socket, out);
        m_inFlight.end(out.account, out.admitted);
        return;
    }
    // Answer later from the event loop, so other connections are served meanwhile. The client may have gone.
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this, guard, out = std::move(out)] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            deliver(guard.data(), out);
        m_inFlight.end(out.account, out.admitted);
    });
}

void SandboxServer::deliver(QTcpSocket *socket, const Outgoing &out)
{
    if (out.action == Outgoing::Action::Reset || out.action == Outgoing::Action::Stall) {
        socket->abort();
        return;
    }
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(out.status) + ' ' + reasonPhrase(out.status) + "\r\n";
    head += "Content-Type: " + out.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(out.body.size()) + "\r\n";
    for (const auto &[k, v] : out.headers)
        head += k + ": " + v + "\r\n";
    if (out.close)
        head += "Connection: close\r\n";
    head += "\r\n";
    if (out.action == Outgoing::Action::Truncate) {
        // The full length announced, part of the body sent, then the connection closed.
        socket->write(head + out.body.left(out.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + out.body);
    if (out.close)
        socket->disconnectFromHost();
}

} // namespace flowlog::sandbox
