// The Alibaba Cloud jobs behind the factory.
#include "cencreatejob.h"
#include "cenlistjob.h"
#include "ecrcreatejob.h"
#include "ecrlistjob.h"
#include "jobfactory.h"
#include "vpccreatejob.h"
#include "vpclistjob.h"

namespace flowlog {

ListJob *makeAliyunListJob(const SourceSpec &source, const Credentials &credentials, QNetworkAccessManager *nam,
                           const RetryPolicy &policy, QObject *parent)
{
    switch (source.service) {
    case Service::Vpc:
        return new VpcListJob(source, credentials, nam, policy, parent);
    case Service::Cen:
        return new CenListJob(source, credentials, nam, policy, parent);
    case Service::Ecr:
        return new EcrListJob(source, credentials, nam, policy, parent);
    default:
        return nullptr;
    }
}

CreateJob *makeAliyunCreateJob(const SourceSpec &target, const FlowLogDraft &draft, const Credentials &credentials,
                               QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    switch (target.service) {
    case Service::Vpc:
        return new VpcCreateJob(target, draft, credentials, nam, policy, parent);
    case Service::Cen:
        return new CenCreateJob(target, draft, credentials, nam, policy, parent);
    case Service::Ecr:
        return new EcrCreateJob(target, draft, credentials, nam, policy, parent);
    default:
        return nullptr;
    }
}

} // namespace flowlog
