#pragma once

#include "aliyunsigner.h"
#include "credentials.h"
#include "httptypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace flowlog::aliyun {

// How an RPC call is signed: RPC v1 (HMAC-SHA1, signed parameters) or ACS3-HMAC-SHA256 (Authorization header).
enum class SignatureVersion
{
    V1,
    Acs3
};

// One Alibaba RPC call: where to send it and what it says. Pure data; buildRpcRequest signs it.
struct RpcCall
{
    QUrl endpoint; // scheme://host[:port]/
    QByteArray method = "GET";
    QString action;
    QString version;
    Params params;
    SignatureVersion signatureVersion = SignatureVersion::V1;
};

// Builds the signed request. v1: GET puts the signed query on the URL, POST sends it as a form body. ACS3: the
// action's parameters go in the query (GET) or a form body (POST), the signature in the Authorization header.
[[nodiscard]] HttpRequest buildRpcRequest(const RpcCall &call, const Credentials &credentials, const QDateTime &now,
                                          const QString &nonce);

// Classifies an RPC answer: success (2xx with JSON and no error Code), provider error (Code/Message/RequestId,
// ECR's DynamicCode/DynamicMessage/AccessDeniedDetail), throttling (retry with the server's hint), 5xx.
[[nodiscard]] Verdict judgeRpcResponse(const HttpResponse &response);

// Parses an error body into err (code, message, request id, ECR extras); leaves err untouched when not JSON.
void readRpcError(const QJsonObject &body, ApiError &err);

// Adds the translated, actionable hint for well-known codes (e.g. InvalidAccessKeyId.NotFound).
void addRpcHint(ApiError &err, const QString &profileName = {});

[[nodiscard]] bool isThrottlingCode(const QString &code);

// The Host header value QNetworkAccessManager sends for url: host, plus ":port" unless it is the scheme's default.
[[nodiscard]] QByteArray hostHeader(const QUrl &url);

} // namespace flowlog::aliyun
