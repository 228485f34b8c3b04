#pragma once

#include "aliyunrpc.h"
#include "credentials.h"
#include "credentialsource.h"
#include "operation.h"
#include "source.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QLatin1StringView>

namespace flowlog::aliyun {

// One Alibaba Cloud RPC operation as data: what the Tea SDKs' Params{Action, Version, Method, ...} say, plus the
// rules we add (paging, retry and done codes, idempotency), a pure request builder and a pure answer mapper. The
// generic jobs run every such row through this protocol's binder (plan() below): adding an operation is a row.
//   Input  what the builder and the mapper read: SourceSpec for a list, CreateInput for a create...
//   Output what the mapper makes: a Page<Row> for a list, a CreateResult for a create...
template<typename Input, typename Output> struct RpcOperation
{
    const ApiProduct *product; // provider, API version, endpoint rule
    QLatin1StringView action;
    QByteArrayView method; // "GET" (query) or "POST" (form body)
    OperationRules rules;
    // The action's parameters for one attempt (the paging parameters from the cursor included).
    Params (*request)(const Input &input, const Cursor &cursor);
    // An answer the protocol judged a success into the output. May run on the parse pool: pure.
    Output (*map)(const HttpResponse &response, const Input &input);
};

// Pure: the call one attempt sends for an input (tests check it without a network). The endpoint is the
// product's for the target's region, with the profile's override.
template<typename Input, typename Output>
[[nodiscard]] RpcCall rpcCall(const RpcOperation<Input, Output> &op, const SourceSpec &target, const Input &input,
                              const Cursor &cursor = {})
{
    RpcCall call;
    call.endpoint = target.endpoint(*op.product);
    call.method = op.method.toByteArray();
    call.action = op.action;
    call.version = op.product->version;
    call.params = op.request(input, cursor);
    return call;
}

// The verdict on an answer to one of these operations: the RPC protocol's rules (judgeRpcResponse), the hint
// naming the profile, then the operation's retry and done codes.
[[nodiscard]] Verdict judgeOperation(const HttpResponse &response, const OperationRules &rules,
                                     const QString &profileName);

// Binds an operation to a target, an input and a credential source: what the generic jobs run. Every attempt is
// signed afresh (new nonce and timestamp) with the credentials current at that attempt; the parameters, a
// create's ClientToken included, never change.
template<typename Input, typename Output>
[[nodiscard]] RequestPlan plan(const RpcOperation<Input, Output> &op, const SourceSpec &target, const Input &input,
                               const CredentialRef &credentials)
{
    RequestPlan p;
    p.request = [op, target, input, credentials](const Cursor &cursor, Signing signing) {
        RpcCall call = rpcCall(op, target, input, cursor);
        call.signatureVersion = signing == Signing::Acs3 ? SignatureVersion::Acs3 : SignatureVersion::V1;
        return buildRpcRequest(call, credentials.current(), QDateTime::currentDateTimeUtc(), newNonce());
    };
    p.judge = [rules = op.rules, profile = target.profileName](const HttpResponse &response) {
        return judgeOperation(response, rules, profile);
    };
    p.renew = renewerOf(credentials);
    p.peek = PeekFormat::Aliyun;
    return p;
}

} // namespace flowlog::aliyun
