#pragma once

#include "huaweioperations.h"

namespace flowlog::huawei {

// The Huawei Cloud discovery operations of a sweep (issue 16), one row each: what an account holds before its flow
// logs are listed. Every row lists Resources; bind it with bindResourceListJob (jobbinding.h).
using ResourceList = RestOperation<SourceSpec, ResourcePage>;

// IAM KeystoneListProjects: GET /v3/projects on the global IAM endpoint, AK/SK signed, one answer (no page and
// per_page: Keystone then answers every project). Each a Resource: id the project id, name the project name (a
// region id, "MOS", or "<region>_<sub-project>"), parentId parent_id, status "enabled" or "disabled".
extern const ResourceList iamListProjects;

// ER ListEnterpriseRouters: GET /v3/{project_id}/enterprise-router/instances (SourceSpec::projectId), limit (100) /
// marker, following page_info.next_marker. Each a Resource: id, name, status state, region the source's.
extern const ResourceList erListEnterpriseRouters;

// Organizations ListAccounts: GET /v1/organizations/accounts on the global endpoint, limit (1000, the API's
// default and largest) / marker. Each a Resource: id the account id, name, status, attributes join_method, urn.
extern const ResourceList orgListAccounts;

// The mappers, pure (tests and fuzz targets call them on bodies).
[[nodiscard]] ResourcePage parseProjectsPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseRoutersPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseOrgAccountsPage(const QByteArray &body, const RowContext &ctx);

} // namespace flowlog::huawei
