#pragma once

#include "huawei/operations.h"

namespace flowlog::sandbox::huawei::er {

// GET /v3/{project_id}/enterprise-router/{er_id}/attachments: the router's attachments (VPC, virtual gateway,
// peering), limit/marker paging, state, resource_type and resource_id filters (repeatable), sort_key and sort_dir.
Reply listAttachments(Context &context, const Call &call);

} // namespace flowlog::sandbox::huawei::er
