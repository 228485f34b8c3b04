#pragma once

#include "huaweisigner.h"
#include "listjob.h"

namespace flowlog {

// Huawei Cloud ER flow logs: GET /v3/{project_id}/enterprise-router/{er_id}/flow-logs with limit and marker,
// following page_info.next_marker until it is absent or empty (loop-protected by ListJob). SourceSpec:
// instanceId = er_id, projectId = the region's project id. Server-side filters from SourceSpec::filters:
// resource_type, resource_id (repeatable), sort_key, sort_dir; the API has none for state, log_group_id and
// log_stream_id, so those keys filter the rows here.
class ErListJob final : public ListJob
{
    Q_OBJECT

public:
    using ListJob::ListJob;

    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 2000;

    // Pure: the call for one page (tests check it without a network). An empty marker asks for the first page.
    [[nodiscard]] static huawei::RestCall buildCall(const SourceSpec &source, const QString &marker, int limit);
    // The limit a source asks for: its pageSize clamped to 1..2000, or 100.
    [[nodiscard]] static int limitFor(const SourceSpec &source);
    // The rows that pass the client-side filters (state, log_group_id, log_stream_id) of the source.
    [[nodiscard]] static QList<FlowLog> applyClientFilters(const SourceSpec &source, QList<FlowLog> rows);

protected:
    [[nodiscard]] HttpRequest buildRequest(const Cursor &cursor) const override;
    [[nodiscard]] Verdict judge(const HttpResponse &response) const override;
    [[nodiscard]] PageParser pageParser() const override;
    [[nodiscard]] bool advance(const ListPage &page, Cursor &cursor, ApiError &error) override;
};

} // namespace flowlog
