#include "jobfactory.h"

#include "aliyunoperations.h"
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

} // namespace flowlog
