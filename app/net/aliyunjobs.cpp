// The Alibaba Cloud jobs behind the factory.
#include "jobfactory.h"
#include "vpclistjob.h"

namespace flowlog {

ListJob *makeAliyunListJob(const SourceSpec &source, const Credentials &credentials, QNetworkAccessManager *nam,
                           const RetryPolicy &policy, QObject *parent)
{
    switch (source.service) {
    case Service::Vpc: return new VpcListJob(source, credentials, nam, policy, parent);
    default: return nullptr;
    }
}

CreateJob *makeAliyunCreateJob(const SourceSpec &target, const FlowLogDraft &draft, const Credentials &credentials,
                               QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    Q_UNUSED(target);
    Q_UNUSED(draft);
    Q_UNUSED(credentials);
    Q_UNUSED(nam);
    Q_UNUSED(policy);
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace flowlog
