#include "jobfactory.h"

#include "aliyunlifecycle.h"
#include "aliyunoperations.h"
#include "huaweilifecycle.h"
#include "huaweioperations.h"
#include "jobbinding.h"

namespace flowlog {

namespace {

// Calls bind with the list and the create row of a service: the one switch that names each service's rows.
template<typename Job, typename Bind> Job *withRows(Service service, Bind bind)
{
    // No default: a new service is a -Wswitch error here until its rows are named.
    switch (service) {
    case Service::Vpc:
        return bind(aliyun::vpcDescribeFlowLogs, aliyun::vpcCreateFlowLog);
    case Service::Cen:
        return bind(aliyun::cenDescribeFlowlogs, aliyun::cenCreateFlowlog);
    case Service::Ecr:
        return bind(aliyun::ecrDescribeFlowLogs, aliyun::ecrCreateFlowLog);
    case Service::Er:
        return bind(huawei::erListFlowLogs, huawei::erCreateFlowLog);
    }
    return nullptr;
}

// Calls visit with a service's lifecycle rows (a separate block from the list and create rows above).
template<typename Visit> auto withLifecycleRows(Service service, Visit visit)
{
    switch (service) {
    case Service::Vpc:
        return visit(aliyun::vpcLifecycle);
    case Service::Cen:
        return visit(aliyun::cenLifecycle);
    case Service::Ecr:
        return visit(aliyun::ecrLifecycle);
    case Service::Er:
        return visit(huawei::erLifecycle);
    }
    return visit(aliyun::vpcLifecycle);
}

} // namespace

ListJob *makeListJob(const SourceSpec &source, const CredentialRef &credentials, QNetworkAccessManager *nam,
                     const RetryPolicy &policy, QObject *parent)
{
    return withRows<ListJob>(source.service, [&](const auto &list, const auto &) {
        return bindListJob(list, source, credentials, nam, policy, parent);
    });
}

CreateJob *makeCreateJob(const SourceSpec &target, const FlowLogDraft &draft, const CredentialRef &credentials,
                         QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    return withRows<CreateJob>(target.service, [&](const auto &, const auto &create) {
        return bindCreateJob(create, target, draft, credentials, nam, policy, parent);
    });
}

const OperationRules &lifecycleRules(Service service, LifecycleAction action)
{
    return *withLifecycleRows(service, [action](const auto &rows) { return &rows.change(action).rules; });
}

LifecycleStep *makeLifecycleStep(const LifecycleInput &input, bool read, const Credentials &credentials,
                                 QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    return withLifecycleRows(input.target.service, [&](const auto &rows) {
        const auto &row = read ? rows.read : rows.change(input.action);
        // A change without a client token (VPC, ER) may act twice if repeated: it reaches the service at most once
        // per step, neither the executor nor Qt sends it again (RetryPolicy::sendOnce); the job reads instead.
        RetryPolicy once = policy;
        once.sendOnce = policy.sendOnce || (!read && row.rules.idempotency == Idempotency::None);
        return bindLifecycleStep(row, input, credentials, nam, once, parent);
    });
}

} // namespace flowlog
