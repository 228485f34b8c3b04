#pragma once

#include "aliyunsigner.h"
#include "credentials.h"
#include "httptypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace flowlog::aliyun {

// One Alibaba RPC call: where to send it and what it says. Pure data; buildRpcRequest signs it.
struct RpcCall
{
    QUrl endpoint; // scheme://host[:port]/
    QByteArray method = "GET";
    QString action;
    QString version;
    Params params;
};

// Builds the signed request (v1): GET puts the signed query on the URL, POST sends it as a form body.
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

} // namespace flowlog::aliyun
