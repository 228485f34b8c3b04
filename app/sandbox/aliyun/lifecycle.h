#pragma once

#include "aliyun/operations.h"
#include "apirequest.h"
#include "context.h"

#include <span>

// The flow-log lifecycle of VPC, CEN and ECR: activate, deactivate, modify and delete, each an asynchronous state
// change on the sandbox's clock (Transitions), judged by one engine from a table of each service's rules
// (aliyun/lifecycle.cpp). The spellings are the services' own (section 0 of the API notes): VPC "Active"/"Deactive",
// ECR "Activate"/"Deactivate", CEN and ECR "DeleteFlowlog".
namespace flowlog::sandbox::aliyun {

// A flow log's changes; the order of each service's spellings and transitional statuses in the rules table.
enum class Change
{
    Activate,
    Deactivate,
    Modify,
    Delete
};

// One lifecycle call to service (VPC, CEN or ECR), judged by that service's rules.
[[nodiscard]] Reply lifecycleCall(Service service, Change change, Context &context, const Account &account,
                                  const Pairs &params);

// lifecycleCall as a handler of a product's table of actions: &lifecycle<Service::Cen, Change::Delete>.
template<Service service, Change change> Reply lifecycle(Context &context, const Account &account, const Pairs &params)
{
    return lifecycleCall(service, change, context, account, params);
}

// The service's four lifecycle actions in its own spellings, each handled by lifecycle<service, change>: its
// product's lifecycle table (Product::lifecycle).
[[nodiscard]] std::span<const Action> lifecycleActions(Service service);

} // namespace flowlog::sandbox::aliyun
