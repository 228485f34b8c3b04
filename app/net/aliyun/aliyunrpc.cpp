#include "aliyunrpc.h"

#include "acs3signer.h"
#include "jsonread.h"
#include "jsonscan.h"
#include "retrypolicy.h"
#include "rpcoperation.h"

#include <QCoreApplication>

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
    req.signedWith = credentials.accessKeyId;
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
    req.signedWith = credentials.accessKeyId;
    return req;
}

bool isThrottlingCode(const QString &code)
{
    return code.startsWith(QLatin1String("Throttling")) || code == QLatin1String("Rejected.Throttling") ||
           code == QLatin1String("ServiceUnavailable") || code == QLatin1String("RequestThrottled");
}

void readRpcError(const QJsonObject &body, ApiError &err)
{
    err.code = json::str(body, QLatin1StringView("Code"));
    err.requestId = json::str(body, QLatin1StringView("RequestId"));
    if (err.requestId.isEmpty())
        err.requestId = json::str(body, QLatin1StringView("requestId"));
    err.dynamicCode = json::str(body, QLatin1StringView("DynamicCode"));
    // The message may quote the string to sign, SecurityToken included (SignatureDoesNotMatch): redacted.
    err.setProviderText(json::str(body, QLatin1StringView("Message")),
                        json::str(body, QLatin1StringView("DynamicMessage")),
                        json::str(body, QLatin1StringView("AccessDeniedDetail")));
}

namespace {

// A well-known code (or code prefix) and what the user should do about it; "%1" names the profile.
struct Hint
{
    std::initializer_list<const char *> codes;
    std::initializer_list<const char *> prefixes;
    const char *text;
};

const Hint hints[] = {
    {{"InvalidAccessKeyId.NotFound", "InvalidAccessKeyId"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "Check the AccessKey ID of profile %1.")},
    {{"SignatureDoesNotMatch", "IncompleteSignature"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "Check the AccessKey secret of profile %1.")},
    {{"InvalidTimeStamp.Expired", "InvalidTimeStamp.Format"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "Check this computer's clock: it must be within 15 minutes of the real time.")},
    {{"InvalidSecurityToken.Expired", "InvalidSecurityToken.Malformed"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "The STS token of profile %1 has expired: enter a fresh one.")},
    {{"Forbidden.RAM", "Unauthorized", "NoPermission"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "Grant the RAM user of profile %1 permission for this operation.")},
    {{"Rejected.Throttling", "ServiceUnavailable", "RequestThrottled"},
     {"Throttling"},
     QT_TRANSLATE_NOOP("ApiErrors", "The service is throttling requests; try again later or lower the concurrency.")},
    {{"SignatureNonceUsed"}, {}, QT_TRANSLATE_NOOP("ApiErrors", "A request was replayed; retry.")},
    {{"ResourceNotFound.EcrId", "IllegalParamFormat.EcrId"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "Check the Express Connect Router instance IDs of profile %1.")},
    {{"InvalidRegionId.NotFound", "UnsupportedRegion", "OperationUnsupported.action"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "The service is not available in this region for profile %1.")},
    {{"MissingParameter"},
     {"MissingParam."},
     QT_TRANSLATE_NOOP("ApiErrors", "Fill in the required field the message names.")},
    {{"InvalidName", "InvalidDescription", "INVALID_PARAMETER", "ParameterInvalid"},
     {"InvalidParameter", "IllegalParam"},
     QT_TRANSLATE_NOOP("ApiErrors", "Correct the value the message names; the create form checks the same rules.")},
    {{"ProjectOrLogstoreNotExist", "SourceProjectNotExist"},
     {},
     QT_TRANSLATE_NOOP("ApiErrors", "Create the Log Service project and Logstore first, in the same region.")},
};

bool matches(const Hint &hint, const QString &code)
{
    for (const char *c : hint.codes) {
        if (code == QLatin1StringView(c))
            return true;
    }
    for (const char *prefix : hint.prefixes) {
        if (code.startsWith(QLatin1StringView(prefix)))
            return true;
    }
    return false;
}

} // namespace

void addRpcHint(ApiError &err, const QString &profileName)
{
    for (const Hint &hint : hints) {
        if (!matches(hint, err.code))
            continue;
        QString text = QCoreApplication::translate("ApiErrors", hint.text);
        if (text.contains(QLatin1StringView("%1")))
            text = text.arg(profileName.isEmpty() ? ApiErrors::tr("the profile") : profileName);
        err.hint = text;
        return;
    }
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
    } else {
        setUnreadableAnswer(v.error, response.status);
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
    } else if (v.error.code == QLatin1String("InvalidSecurityToken.Expired")) {
        v.credentialsExpired = true; // temporary credentials: renewed and retried once where they can be
    } else if (v.error.code == QLatin1String("SignatureNonceUsed")) {
        // Nonces are random per attempt, so this is our own request replayed: QNetworkAccessManager re-sends the
        // same bytes when a connection drops before the answer. The original was served; a new attempt (fresh
        // nonce, same ClientToken for a create) gets its answer. The original may have acted.
        v.retry = Verdict::Retry::Transient;
        v.error.maybeCommitted = true;
    }
    addRpcHint(v.error);
    return v;
}

Verdict judgeOperation(const HttpResponse &response, const OperationRules &rules, const QString &profileName)
{
    Verdict v = judgeRpcResponse(response);
    if (v.error.isError())
        addRpcHint(v.error, profileName);
    return rules.apply(v);
}

} // namespace flowlog::aliyun
