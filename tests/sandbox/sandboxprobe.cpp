#include "sandboxprobe.h"

#include "aliyunrpc.h"
#include "aliyunsigner.h"
#include "huaweisigner.h"
#include "testdata.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>

namespace flowlog::test {

namespace {

SignedRequest toSigned(const HttpRequest &http)
{
    SignedRequest out{QNetworkRequest(http.url), http.method, http.body};
    for (const auto &[k, v] : http.headers)
        out.request.setRawHeader(k, v);
    return out;
}

HttpRequest rpcRequest(const QUrl &base, const Credentials &credentials, const QString &action, const QString &version,
                       const Params &params, bool acs3, const QByteArray &method = "GET")
{
    aliyun::RpcCall call;
    call.endpoint = base;
    call.endpoint.setPath(QStringLiteral("/"));
    call.method = method;
    call.action = action;
    call.version = version;
    call.params = params;
    call.signatureVersion = acs3 ? aliyun::SignatureVersion::Acs3 : aliyun::SignatureVersion::V1;
    return aliyun::buildRpcRequest(call, credentials, QDateTime::currentDateTimeUtc(), aliyun::newNonce());
}

} // namespace

QJsonObject Probe::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject Probe::first(const char *listKey) const
{
    return json().value(QLatin1String(listKey)).toArray().first().toObject();
}

QByteArray Probe::header(QByteArrayView name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QNetworkRequest signedRpc(const QUrl &base, const Credentials &credentials, const QString &action,
                          const QString &version, const QList<std::pair<QString, QString>> &params)
{
    return toSigned(rpcRequest(base, credentials, action, version, params, false)).request;
}

SignedRequest signedEr(const QUrl &base, const Credentials &credentials, const QString &projectId, const QString &erId,
                       const QList<std::pair<QString, QString>> &query, const QByteArray &createBody,
                       const QByteArray &clientToken)
{
    huawei::RestCall call;
    call.endpoint = base;
    call.endpoint.setPath({});
    call.path = QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs").arg(projectId, erId);
    call.query = query;
    call.headers = {{"Content-Type", "application/json"}};
    if (!createBody.isEmpty()) {
        call.method = "POST";
        call.body = createBody;
        if (!clientToken.isEmpty())
            call.headers.emplace_back("X-Client-Token", clientToken);
    }
    const HttpRequest http = huawei::signRequest(call, credentials, QDateTime::currentDateTimeUtc());
    return toSigned(http);
}

QNetworkReply *start(QNetworkAccessManager &nam, const SignedRequest &request)
{
    QNetworkReply *reply = nam.sendCustomRequest(request.request, request.method, request.body);
    reply->setProperty("flowlogStartMs", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

Probe send(QNetworkAccessManager &nam, const SignedRequest &request)
{
    return finish(start(nam, request));
}

SignedRequest signedRpcCall(const QUrl &base, const Credentials &credentials, const QString &action,
                            const QString &version, const Params &params, bool acs3, const QByteArray &method)
{
    return toSigned(rpcRequest(base, credentials, action, version, params, acs3, method));
}

Probe rpc(QNetworkAccessManager &nam, const QUrl &base, const Credentials &credentials, const QString &action,
          const QString &version, const Params &params, bool acs3, const QByteArray &method)
{
    return send(nam, signedRpcCall(base, credentials, action, version, params, acs3, method));
}

SignedRequest signedRest(const QUrl &base, const Credentials &credentials, const QByteArray &method,
                         const QString &path, const Params &query, const QByteArray &jsonBody)
{
    huawei::RestCall call;
    call.endpoint = base;
    call.endpoint.setPath({});
    call.method = method;
    call.path = path;
    call.query = query;
    call.headers = {{"Content-Type", "application/json"}};
    call.body = jsonBody;
    return toSigned(huawei::signRequest(call, credentials, QDateTime::currentDateTimeUtc()));
}

Probe rest(QNetworkAccessManager &nam, const QUrl &base, const Credentials &credentials, const QByteArray &method,
           const QString &path, const Params &query, const QByteArray &jsonBody)
{
    return send(nam, signedRest(base, credentials, method, path, query, jsonBody));
}

Probe admin(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method, const QString &path,
            const QByteArray &jsonBody)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return send(nam, SignedRequest{request, method, jsonBody});
}

QNetworkReply *start(QNetworkAccessManager &nam, const QNetworkRequest &request)
{
    QNetworkReply *reply = nam.get(request);
    reply->setProperty("flowlogStartMs", QDateTime::currentMSecsSinceEpoch());
    return reply;
}

Probe finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(90000);
    }
    Probe p;
    p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    p.body = reply->readAll();
    p.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    p.contentLength = length.isValid() ? length.toLongLong() : -1;
    p.error = reply->error();
    p.headers = reply->rawHeaderPairs();
    p.elapsedMs = QDateTime::currentMSecsSinceEpoch() - reply->property("flowlogStartMs").toLongLong();
    reply->deleteLater();
    return p;
}

Probe get(QNetworkAccessManager &nam, QNetworkRequest request, int transferTimeoutMs)
{
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    return finish(start(nam, request));
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start(const QStringList &arguments, QString *error)
{
    m_process.start(binPath(QStringLiteral("flowlog-sandbox")),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-profiles")} +
                        arguments);
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    // The URL line, the profile lines, then "ready".
    while (!out.startsWith("ready\n") && !out.contains("\nready\n") &&
           m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
        out += m_process.readAllStandardOutput();
    out += m_process.readAllStandardOutput();
    const QByteArrayList lines = out.split('\n');
    const QByteArray first = lines.value(0).trimmed();
    if (!first.startsWith("listening ")) {
        if (error)
            *error = QStringLiteral("no URL line from flowlog-sandbox: %1 %2")
                         .arg(QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_baseUrl = QUrl(QString::fromLatin1(first.mid(10)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().startsWith('{'))
            m_profiles.append(QJsonDocument::fromJson(lines.at(i)).object());
    }
    return m_baseUrl.isValid();
}

std::unique_ptr<SandboxProcess> startSandbox(const QStringList &arguments)
{
    auto sandbox = std::make_unique<SandboxProcess>();
    QString error;
    if (!sandbox->start(arguments, &error)) {
        qWarning("flowlog-sandbox %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(error));
        return nullptr;
    }
    return sandbox;
}

QJsonObject SandboxProcess::profile(const QString &name) const
{
    for (const QJsonObject &p : m_profiles) {
        if (p.value(QLatin1String("name")).toString() == name)
            return p;
    }
    return {};
}

Credentials SandboxProcess::credentials(const QString &name) const
{
    const QJsonObject p = profile(name);
    return Credentials{
        p.value(QLatin1String("accessKeyId")).toString(), p.value(QLatin1String("secret")).toString(), {}};
}

qint64 SandboxProcess::residentBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) // "VmRSS:     12345 kB"
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace flowlog::test
