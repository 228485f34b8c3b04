#pragma once

#include "createjob.h"
#include "listpage.h"
#include "restoperation.h"

namespace flowlog::huawei {

// The Huawei Cloud operations, one row each (huaweioperations.cpp). Bind a row with jobbinding.h; check its
// request with restCall().
using FlowLogList = RestOperation<SourceSpec, ListPage>;
using FlowLogCreate = RestOperation<CreateInput, CreateResult>;

// ER ListFlowLogs: GET /v3/{project_id}/enterprise-router/{er_id}/flow-logs with limit (1..2000, default 100)
// and marker, following page_info.next_marker until it is absent or empty. SourceSpec: instanceId = er_id,
// projectId = the region's project id. Server-side filters from SourceSpec::filters: resource_type, resource_id
// (repeatable), sort_key, sort_dir; the API has none for state, log_group_id and log_stream_id, so those keys
// filter the rows here (applyClientFilters) and paging goes by what the service sent.
extern const FlowLogList erListFlowLogs;
// ER CreateFlowLog: POST the same path with {"flow_log": {...}} and X-Client-Token = the draft's client token, the
// same on every retry. 202 Accepted is success; the returned flow_log becomes CreateResult::flowLog. er_id from
// the draft (erId), else the target's instanceId.
extern const FlowLogCreate erCreateFlowLog;

// The rows that pass the client-side filters (state, log_group_id, log_stream_id) of the source.
[[nodiscard]] QList<FlowLog> applyClientFilters(const SourceSpec &source, QList<FlowLog> rows);
// {"flow_log":{"name","description","resource_type","resource_id","log_store_type","log_group_id",
// "log_stream_id"}} in the SDK's key order, UTF-8, compact; description only when given.
[[nodiscard]] QByteArray createBody(const FlowLogDraft &draft);

} // namespace flowlog::huawei
