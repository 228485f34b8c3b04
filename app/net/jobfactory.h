#pragma once

#include "createjob.h"
#include "lifecyclestep.h"
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

// Lifecycle (issue 17): the rules of a service's change call (idempotency, retry and done codes), and one step of a
// lifecycle job: the call of input.action or, with read, the read of the flow log by its id. A call without a client
// token (VPC, ER) is sent once: RetryPolicy::sendOnce, whatever policy says.
[[nodiscard]] const OperationRules &lifecycleRules(Service service, LifecycleAction action);
[[nodiscard]] LifecycleStep *makeLifecycleStep(const LifecycleInput &input, bool read, const Credentials &credentials,
                                               QNetworkAccessManager *nam, const RetryPolicy &policy, QObject *parent);

} // namespace flowlog
