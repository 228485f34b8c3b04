#pragma once

#include "huaweidiscovery.h"

namespace flowlog::huawei {

// ER ListAttachments (issue 18): GET /v3/{project_id}/enterprise-router/{er_id}/attachments (SourceSpec::projectId
// and instanceId), limit (100) / marker, following page_info.next_marker. Each a Resource: id, name, status state,
// parentId the router, attributes resource_type, resource_id.
extern const ResourceList erListAttachments;

// The mapper, pure (tests call it on bodies).
[[nodiscard]] ResourcePage parseAttachmentsPage(const QByteArray &body, const RowContext &ctx);

} // namespace flowlog::huawei
