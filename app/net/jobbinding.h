#pragma once

#include "createjob.h"
#include "lifecyclestep.h"
#include "listengine.h"

class QNetworkAccessManager;

namespace flowlog {

// The generic jobs over one operation row of either protocol (aliyun::RpcOperation, huawei::RestOperation): the
// row's protocol binds it (plan(), found by argument-dependent lookup), the row's mapper parses the answers.
// Each returns a new job owned by parent. jobfactory.h picks the rows of the flow-log services; anything else
// (discovery, tests choosing a signature) binds a row directly.

template<typename Operation>
[[nodiscard]] ListJob *bindListJob(const Operation &op, const SourceSpec &source, const CredentialRef &credentials,
                                   QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    return new ListJob(
        source, plan(op, source, source, credentials), op.rules,
        [map = op.map, source](const HttpResponse &response) { return map(response, source); }, nam, policy, parent);
}

template<typename Operation>
[[nodiscard]] ResourceListJob *bindResourceListJob(const Operation &op, const SourceSpec &source,
                                                   const CredentialRef &credentials, QNetworkAccessManager *nam,
                                                   const RetryPolicy &policy, QObject *parent)
{
    return new ResourceListJob(
        source, plan(op, source, source, credentials), op.rules,
        [map = op.map, source](const HttpResponse &response) { return map(response, source); }, nam, policy, parent);
}

template<typename Operation>
[[nodiscard]] CreateJob *bindCreateJob(const Operation &op, const SourceSpec &target, const FlowLogDraft &draft,
                                       const CredentialRef &credentials, QNetworkAccessManager *nam,
                                       const RetryPolicy &policy, QObject *parent)
{
    return new CreateJob(
        CreateInput{target, draft},
        [op, credentials](const CreateInput &input) { return plan(op, input.target, input, credentials); }, op.map, nam,
        policy, parent);
}

template<typename Operation>
[[nodiscard]] LifecycleStep *bindLifecycleStep(const Operation &op, const LifecycleInput &input,
                                               const Credentials &credentials, QNetworkAccessManager *nam,
                                               const RetryPolicy &policy, QObject *parent)
{
    return new LifecycleStep(input, plan(op, input.target, input, credentials), op.map, nam, policy, parent);
}

} // namespace flowlog
