#include "apiprobe.h"

#include "aliyunrpc.h"
#include "huaweisigner.h"
#include "sandboxprobe.h"

namespace flowlog::test {

namespace {

ApiAnswer sendSigned(QNetworkAccessManager &nam, const HttpRequest &http)
{
    SignedRequest request{QNetworkRequest(http.url), http.method, http.body};
    for (const auto &[k, v] : http.headers)
        request.request.setRawHeader(k, v);
    const Probe p = send(nam, request);
    QByteArray id = p.header("x-acs-request-id");
    if (id.isEmpty())
        id = p.header("X-Request-Id");
    return {p.status, p.json(), p.body, id};
}

} // namespace

QString ApiAnswer::code() const
{
    const QJsonValue aliyun = body.value(QLatin1String("Code"));
    return aliyun.isUndefined() ? body.value(QLatin1String("error_code")).toString() : aliyun.toString();
}

ApiAnswer callRpc(QNetworkAccessManager &nam, const Profile &profile, const Credentials &credentials,
                  const QString &action, const QString &version, const QList<std::pair<QString, QString>> &params,
                  const QByteArray &method)
{
    aliyun::RpcCall call;
    call.endpoint = profile.endpoint;
    call.endpoint.setPath(QStringLiteral("/"));
    call.method = method;
    call.action = action;
    call.version = version;
    call.params = params;
    return sendSigned(nam,
                      aliyun::buildRpcRequest(call, credentials, QDateTime::currentDateTimeUtc(), aliyun::newNonce()));
}

ApiAnswer callRest(QNetworkAccessManager &nam, const Profile &profile, const Credentials &credentials,
                   const QByteArray &method, const QString &path, const QList<std::pair<QString, QString>> &query,
                   const QByteArray &body)
{
    huawei::RestCall call;
    call.endpoint = profile.endpoint;
    call.endpoint.setPath({});
    call.method = method;
    call.path = path;
    call.query = query;
    call.headers = {{"Content-Type", "application/json"}};
    call.body = body;
    return sendSigned(nam, huawei::signRequest(call, credentials, QDateTime::currentDateTimeUtc()));
}

} // namespace flowlog::test
