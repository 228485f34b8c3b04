#pragma once

#include "lifecyclestep.h"
#include "restoperation.h"

namespace flowlog::huawei {

// The Enterprise Router flow-log lifecycle, one row per operation (huaweilifecycle.cpp), on
// /v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}: update (PUT, the body NOT wrapped), enable and
// disable (POST .../enable, .../disable), delete (DELETE, 202 without a body) and show (GET), which follows a flow
// log until it settles (404 ER.04040002: gone). None takes a client token. The rows' codes are the one table of the
// choices for ER (UNCONFIRMED: no public source quotes ER's flow-log codes).
using LifecycleOperation = RestOperation<LifecycleInput, StepAnswer>;

using ErLifecycleRows = LifecycleRows<LifecycleOperation>;

extern const ErLifecycleRows erLifecycle;

// {"name": ..., "description": ...} with the members the change sets, compact.
[[nodiscard]] QByteArray updateBody(const FlowLogChange &change);

} // namespace flowlog::huawei
