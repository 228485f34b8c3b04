#pragma once

#include "lifecyclestep.h"
#include "rpcoperation.h"

namespace flowlog::aliyun {

// The flow-log lifecycle of VPC, CEN and ECR, one row per operation (aliyunlifecycle.cpp), with the services' own
// spellings (VPC "Active"/"Deactive", ECR "Activate"/"Deactivate", CEN and ECR "DeleteFlowlog"). Each row's rules
// carry the codes that mean "the flow log is changing state, read it and try again" (retryCodes) and those that
// mean "already so" (doneCodes), and whether a client token makes a repeat safe: the one table of these choices.
using LifecycleOperation = RpcOperation<LifecycleInput, StepAnswer>;

using LifecycleRows = flowlog::LifecycleRows<LifecycleOperation>;

// VPC 2016-04-28: RegionId, FlowLogId; modify FlowLogName, Description, AggregationInterval (minutes). No token.
extern const LifecycleRows vpcLifecycle;
// CEN 2017-09-12: RegionId, FlowLogId, CenId (from the flow log), ClientToken; modify FlowLogName, Description,
// Interval (seconds).
extern const LifecycleRows cenLifecycle;
// ECR 2023-09-01 (POST form): EcrId, FlowLogId, ClientToken, DryRun; modify FlowLogName, Description, Interval.
extern const LifecycleRows ecrLifecycle;

} // namespace flowlog::aliyun
