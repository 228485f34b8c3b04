#pragma once

#include "credentials.h"
#include "credentialsource.h"
#include "huaweiparsers.h"
#include "huaweisigner.h"
#include "operation.h"
#include "source.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QLatin1StringView>

namespace flowlog::huawei {

// What a REST request builder fills for one attempt; the binder adds endpoint, method and path.
struct RestRequest
{
    QList<std::pair<QLatin1StringView, QString>> pathValues; // {name} in the operation's path -> value
    Query query;                                             // wire order; repeated keys allowed
    Headers headers;                                         // signed as sent (Content-Type, X-Project-Id...)
    QByteArray body;
};

// One Huawei Cloud REST operation as data: what the Go SDK's HttpRequestDef says (method, path with {fields},
// query, headers, body), plus the rules we add (paging, retry and done codes, idempotency), a pure request builder
// and a pure answer mapper. The generic jobs run every such row through plan() below.
template<typename Input, typename Output> struct RestOperation
{
    const ApiProduct *product; // endpoint rule (regional or global)
    QByteArrayView method;     // GET, POST, PUT, DELETE
    QLatin1StringView path;    // "/v3/{project_id}/enterprise-router/{er_id}/flow-logs"
    OperationRules rules;
    RestRequest (*request)(const Input &input, const Cursor &cursor);
    Output (*map)(const HttpResponse &response, const Input &input); // pure: may run on the parse pool
};

// The path with every {name} replaced by its value (the path stays decoded: the signer encodes it).
[[nodiscard]] QString expandPath(QLatin1StringView pathTemplate,
                                 const QList<std::pair<QLatin1StringView, QString>> &values);

// The JSON content type the SDK declares for every call, GET included.
[[nodiscard]] Headers jsonHeaders();
// An ER call's headers: JSON, and the project id the SDK signs every ER call with.
[[nodiscard]] Headers erHeaders(const QString &projectId);
// The paging of a marker-paged list (ER, Organizations): limit, then marker once a page named the next.
[[nodiscard]] Query markerPaging(int limit, const Cursor &cursor);
// A marker-paged list request: the cursor's page size as limit, its marker, the source's filters, JSON headers.
[[nodiscard]] RestRequest markerPagedRequest(const SourceSpec &source, const Cursor &cursor);

// Pure: the call one attempt sends for an input (tests check it without a network).
template<typename Input, typename Output>
[[nodiscard]] RestCall restCall(const RestOperation<Input, Output> &op, const SourceSpec &target, const Input &input,
                                const Cursor &cursor = {})
{
    RestRequest request = op.request(input, cursor);
    RestCall call;
    call.endpoint = target.endpoint(*op.product);
    call.endpoint.setPath({});
    call.method = op.method.toByteArray();
    call.path = expandPath(op.path, request.pathValues);
    call.query = std::move(request.query);
    call.headers = std::move(request.headers);
    call.body = std::move(request.body);
    return call;
}

// Binds an operation to a target, an input and a credential source: what the generic jobs run. Every attempt gets
// a fresh X-Sdk-Date and the credentials current at that attempt; body and headers (an X-Client-Token included)
// never change between attempts.
template<typename Input, typename Output>
[[nodiscard]] RequestPlan plan(const RestOperation<Input, Output> &op, const SourceSpec &target, const Input &input,
                               const CredentialRef &credentials)
{
    RequestPlan p;
    p.request = [op, target, input, credentials](const Cursor &cursor, Signing) {
        return signRequest(restCall(op, target, input, cursor), credentials.current(), QDateTime::currentDateTimeUtc());
    };
    p.judge = [rules = op.rules, profile = target.profileName](const HttpResponse &response) {
        return rules.apply(judgeResponse(response, profile));
    };
    p.renew = renewerOf(credentials);
    p.peek = PeekFormat::Huawei;
    return p;
}

} // namespace flowlog::huawei
