#pragma once

#include "huawei/operations.h"

// Enterprise Router flow-log lifecycle: /v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}: GET (show),
// PUT (update name and description; the body is NOT wrapped, unlike create's), POST .../enable and .../disable (202),
// DELETE (202, no body). Each change is a state change on the sandbox's clock (Transitions): modifying or deleting,
// then available again or gone (404).
namespace flowlog::sandbox::huawei::er {

Reply showFlowLog(Context &context, const Call &call);
Reply updateFlowLog(Context &context, const Call &call);
Reply enableFlowLog(Context &context, const Call &call);
Reply disableFlowLog(Context &context, const Call &call);
Reply deleteFlowLog(Context &context, const Call &call);

} // namespace flowlog::sandbox::huawei::er
