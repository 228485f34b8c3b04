#pragma once

#include "createjob.h"
#include "listengine.h"

class QNetworkAccessManager;

namespace flowlog {

// The one place that maps a flow-log service to its operations (the rows in aliyunoperations.h and
// huaweioperations.h). Each returns a new job owned by parent.
[[nodiscard]] ListJob *makeListJob(const SourceSpec &source, const CredentialRef &credentials,
                                   QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent);
[[nodiscard]] CreateJob *makeCreateJob(const SourceSpec &target, const FlowLogDraft &draft,
                                       const CredentialRef &credentials, QNetworkAccessManager *nam,
                                       const RetryPolicy &policy, QObject *parent);

} // namespace flowlog
