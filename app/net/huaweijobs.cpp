// The Huawei Cloud jobs behind the factory.
#include "ercreatejob.h"
#include "erlistjob.h"
#include "jobfactory.h"

namespace flowlog {

ListJob *makeHuaweiListJob(const SourceSpec &source, const Credentials &credentials, QNetworkAccessManager *nam,
                           const RetryPolicy &policy, QObject *parent)
{
    switch (source.service) {
    case Service::Er:
        return new ErListJob(source, credentials, nam, policy, parent);
    default:
        return nullptr;
    }
}

CreateJob *makeHuaweiCreateJob(const SourceSpec &target, const FlowLogDraft &draft, const Credentials &credentials,
                               QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    switch (target.service) {
    case Service::Er:
        return new ErCreateJob(target, draft, credentials, nam, policy, parent);
    default:
        return nullptr;
    }
}

} // namespace flowlog
