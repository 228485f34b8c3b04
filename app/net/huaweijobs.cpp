// The Huawei Cloud jobs behind the factory.
#include "jobfactory.h"

namespace flowlog {

ListJob *makeHuaweiListJob(const SourceSpec &source, const Credentials &credentials, QNetworkAccessManager *nam,
                           const RetryPolicy &policy, QObject *parent)
{
    Q_UNUSED(source);
    Q_UNUSED(credentials);
    Q_UNUSED(nam);
    Q_UNUSED(policy);
    Q_UNUSED(parent);
    return nullptr;
}

CreateJob *makeHuaweiCreateJob(const SourceSpec &target, const FlowLogDraft &draft, const Credentials &credentials,
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
