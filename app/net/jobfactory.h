#pragma once

#include "createjob.h"
#include "listjob.h"

namespace flowlog {

// The one place that maps a service to its job classes. Returns nullptr for a service without a job.
[[nodiscard]] ListJob *makeListJob(const SourceSpec &source, const Credentials &credentials,
                                   QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent);
[[nodiscard]] CreateJob *makeCreateJob(const SourceSpec &target, const FlowLogDraft &draft,
                                       const Credentials &credentials, QNetworkAccessManager *nam,
                                       const RetryPolicy &policy, QObject *parent);

} // namespace flowlog
