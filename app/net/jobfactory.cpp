#include "jobfactory.h"

namespace flowlog {

// Defined next to each provider's jobs (aliyunjobs.cpp, huaweijobs.cpp).
ListJob *makeAliyunListJob(const SourceSpec &, const Credentials &, QNetworkAccessManager *, const RetryPolicy &, QObject *);
CreateJob *makeAliyunCreateJob(const SourceSpec &, const FlowLogDraft &, const Credentials &, QNetworkAccessManager *,
                               const RetryPolicy &, QObject *);
ListJob *makeHuaweiListJob(const SourceSpec &, const Credentials &, QNetworkAccessManager *, const RetryPolicy &, QObject *);
CreateJob *makeHuaweiCreateJob(const SourceSpec &, const FlowLogDraft &, const Credentials &, QNetworkAccessManager *,
                               const RetryPolicy &, QObject *);

ListJob *makeListJob(const SourceSpec &source, const Credentials &credentials, QNetworkAccessManager *nam,
                     const RetryPolicy &policy, QObject *parent)
{
    return source.provider() == Provider::Aliyun ? makeAliyunListJob(source, credentials, nam, policy, parent)
                                                 : makeHuaweiListJob(source, credentials, nam, policy, parent);
}

CreateJob *makeCreateJob(const SourceSpec &target, const FlowLogDraft &draft, const Credentials &credentials,
                         QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent)
{
    return target.provider() == Provider::Aliyun
               ? makeAliyunCreateJob(target, draft, credentials, nam, policy, parent)
               : makeHuaweiCreateJob(target, draft, credentials, nam, policy, parent);
}

} // namespace flowlog
