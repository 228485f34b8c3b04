#include "aliyunrpc.h"

#include "jsonscan.h"

#include "acs3signer.h"
#include "retrypolicy.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace flowlog::aliyun {

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

namespace {

HttpRequest buildAcs3Request(const RpcCall &call, const Credentials &credentials, const QDateTime &now,
                             const QString &nonce)
{
    HttpRequest req;
    req.method = call.method;
    QUrl url = call.endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    const bool get = call.method == "GET";
    Params query;
    if (get)
        query = call.params;
    else
        req.body = canonicalQuery(call.params); // the same encoding is a valid form body
    HeaderList headers = acs3Headers(hostHeader(url), call.action, call.version, timestamp(now), nonce, req.body,
                                     credentials.securityToken);
    if (!get)
        headers.emplace_back("content-type", "application/x-www-form-urlencoded");
    const Acs3Signature sig = acs3Sign(call.method, url.path(QUrl::FullyEncoded).toLatin1(), query, headers, req.body,
                                       credentials.accessKeyId, credentials.secret);
    for (const auto &[name, value] : std::as_const(headers)) {
        if (name != "host") // QNetworkAccessManager writes Host itself, with the same value
            req.headers.emplace_back(name, value);
    }
    req.headers.emplace_back("Authorization", sig.authorization);
    req.headers.emplace_back("Accept", "application/json");
    req.headers.emplace_back("User-Agent", "flowlog-console/" FLOWLOG_VERSION);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(canonicalQuery(query)), QUrl::StrictMode);
    req.url = url;
    return req;
}

} // namespace

HttpRequest buildRpcRequest(const RpcCall &call, const Credentials &credentials, const QDateTime &now,
                            const QString &nonce)
{
    if (call.signatureVersion == SignatureVersion::Acs3)
        return buildAcs3Request(call, credentials, now, nonce);
    const Params signedParams =
        rpcSignedParams(call.params, call.action, call.version, credentials, timestamp(now), nonce);
    const QByteArray encoded = signRpc(call.method, signedParams, credentials.secret);
    HttpRequest req;
    req.method = call.method;
    QUrl url = call.endpoint;
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    req.headers.emplace_back("Accept", "application/json");
    req.headers.emplace_back("x-acs-action", call.action.toLatin1());
    req.headers.emplace_back("x-acs-version", call.version.toLatin1());
    req.headers.emplace_back("User-Agent", "flowlog-console/" FLOWLOG_VERSION);
    if (call.method == "GET") {
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    } else {
        req.headers.emplace_back("Content-Type", "application/x-www-form-urlencoded");
        req.body = encoded;
    }
    req.url = url;
    return req;
}

bool isThrottlingCode(const QString &code)
{
    return code.startsWith(QLatin1String("Throttling")) || code == QLatin1String("Rejected.Throttling") ||
           code == QLatin1String("ServiceUnavailable") || code == QLatin1String("RequestThrottled");
}

void readRpcError(const QJsonObject &body, ApiError &err)
{
    const auto str = [&body](const char *key) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isString() ? v.toString() : (v.isDouble() ? QString::number(v.toDouble()) : QString());
    };
    err.code = str("Code");
    err.message = str("Message");
    err.requestId = str("RequestId");
    err.dynamicCode = str("DynamicCode");
    err.dynamicMessage = str("DynamicMessage");
    err.accessDeniedDetail = str("AccessDeniedDetail");
    if (err.requestId.isEmpty())
        err.requestId = str("requestId");
}

void addRpcHint(ApiError &err, const QString &profileName)
{
    const QString who = profileName.isEmpty() ? ApiErrors::tr("the profile") : profileName;
    const QString &c = err.code;
    if (c == QLatin1String("InvalidAccessKeyId.NotFound") || c == QLatin1String("InvalidAccessKeyId"))
        err.hint = ApiErrors::tr("Check the AccessKey ID of profile %1.").arg(who);
    else if (c == QLatin1String("SignatureDoesNotMatch") || c == QLatin1String("IncompleteSignature"))
        err.hint = ApiErrors::tr("Check the AccessKey secret of profile %1.").arg(who);
    else if (c == QLatin1String("InvalidTimeStamp.Expired") || c == QLatin1String("InvalidTimeStamp.Format"))
        err.hint = ApiErrors::tr("Check this computer's clock: it must be within 15 minutes of the real time.");
    else if (c == QLatin1String("InvalidSecurityToken.Expired") || c == QLatin1String("InvalidSecurityToken.Malformed"))
        err.hint = ApiErrors::tr("The STS token of profile %1 has expired: enter a fresh one.").arg(who);
    else if (c == QLatin1String("Forbidden.RAM") || c == QLatin1String("Unauthorized") ||
             c == QLatin1String("NoPermission"))
        err.hint = ApiErrors::tr("Grant the RAM user of profile %1 permission for this operation.").arg(who);
    else if (isThrottlingCode(c))
        err.hint = ApiErrors::tr("The service is throttling requests; try again later or lower the concurrency.");
    else if (c == QLatin1String("SignatureNonceUsed"))
        err.hint = ApiErrors::tr("A request was replayed; retry.");
    else if (c == QLatin1String("ResourceNotFound.EcrId") || c == QLatin1String("IllegalParamFormat.EcrId"))
        err.hint = ApiErrors::tr("Check the Express Connect Router instance IDs of profile %1.").arg(who);
    else if (c == QLatin1String("InvalidRegionId.NotFound") || c == QLatin1String("UnsupportedRegion") ||
             c == QLatin1String("OperationUnsupported.action"))
        err.hint = ApiErrors::tr("The service is not available in this region for profile %1.").arg(who);
    else if (c == QLatin1String("MissingParameter") || c.startsWith(QLatin1String("MissingParam.")))
        err.hint = ApiErrors::tr("Fill in the required field the message names.");
    else if (c.startsWith(QLatin1String("InvalidParameter")) || c.startsWith(QLatin1String("IllegalParam")) ||
             c == QLatin1String("InvalidName") || c == QLatin1String("InvalidDescription") ||
             c == QLatin1String("INVALID_PARAMETER") || c == QLatin1String("ParameterInvalid"))
        err.hint = ApiErrors::tr("Correct the value the message names; the create form checks the same rules.");
    else if (c == QLatin1String("ProjectOrLogstoreNotExist") || c == QLatin1String("SourceProjectNotExist"))
        err.hint = ApiErrors::tr("Create the Log Service project and Logstore first, in the same region.");
}

Verdict judgeRpcResponse(const HttpResponse &response)
{
    Verdict v;
    const bool httpOk = response.status >= 200 && response.status < 300;
    if (httpOk) {
        // The usual answer, a whole object without Success=false, needs no document: the page parser reads it.
        const JsonScan scan = scanJsonObject(response.body);
        if (scan.balancedObject && (!scan.successKey || scan.successTrue))
            return v;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject body = doc.object();

    if (httpOk && isJson) {
        // Some APIs answer 200 with Success=false and a Code (ECR); treat that as the provider's error.
        const QJsonValue success = body.value(QLatin1String("Success"));
        const bool explicitFailure =
            (success.isBool() && !success.toBool()) ||
            (success.isString() && success.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0);
        if (!explicitFailure)
            return v;
    }

    v.error.httpStatus = response.status;
    if (isJson) {
        v.error.kind = ApiError::Kind::Provider;
        readRpcError(body, v.error);
    } else if (httpOk) {
        v.error.kind = ApiError::Kind::Parse;
        v.error.message = ApiErrors::tr("The service answered with something that is not JSON.");
    } else {
        v.error.kind = ApiError::Kind::Http;
        v.error.message = ApiErrors::tr("The service answered HTTP %1 without a readable error.").arg(response.status);
    }
    if (v.error.requestId.isEmpty())
        v.error.requestId = QString::fromLatin1(response.header("x-acs-request-id"));
    // ECR repeats the real status in the body when the transport said 200 (Success=false).
    if (httpOk && isJson && body.value(QLatin1String("HttpStatusCode")).toInt() >= 400)
        v.error.httpStatus = body.value(QLatin1String("HttpStatusCode")).toInt();

    if (response.status == 429 || isThrottlingCode(v.error.code)) {
        v.retry = Verdict::Retry::Throttled;
        v.retryAfterMs =
            retryAfterFromHeaders(response.header("x-acs-retry-after"), response.header("x-ratelimit-user-api"),
                                  response.header("x-ratelimit-user"), response.header("Retry-After"));
    } else if (response.status >= 500) {
        v.retry = Verdict::Retry::Transient;
    } else if (v.error.code == QLatin1String("SignatureNonceUsed")) {
        // Nonces are random per attempt, so this is our own request replayed: QNetworkAccessManager re-sends the
        // same bytes when a connection drops before the answer. The original was served; a new attempt (fresh
        // nonce, same ClientToken for a create) gets its answer.
        v.retry = Verdict::Retry::Transient;
    }
    addRpcHint(v.error);
    return v;
}

} // namespace flowlog::aliyun
