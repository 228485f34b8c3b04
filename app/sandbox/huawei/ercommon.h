#pragma once

#include "huawei/operations.h"

#include <optional>

// What the Enterprise Router flow-log handlers share (er.cpp: list and create; erlifecycle.cpp: show, update,
// enable, disable, delete): the service's error codes, the router a path names, the {"flow_log": ...} answer.
namespace flowlog::sandbox::huawei::er {

// Error codes of the ER service.
inline constexpr auto invalidParameter = "ER.04000001";
inline constexpr auto invalidMarker = "ER.04000002";
inline constexpr auto invalidBody = "ER.04000003";
inline constexpr auto routerNotFound = "ER.04040001";
// UNCONFIRMED (no public page lists ER's not-found codes): a create's resource_id that is not an attachment of the
// router, in the family of the router's and the flow log's (ER.04040002, erlifecycle.cpp).
inline constexpr auto attachmentNotFound = "ER.04040003";

// The router a path names, and the region its project is in.
struct Target
{
    QString projectId;
    QString erId;
    QString region;
};

// The project decides the region and must belong to the account; the router must exist there. The rejection (403
// APIGW.0302, 404 ER.04040001), or nothing with target filled in.
[[nodiscard]] std::optional<Reply> resolve(const Call &call, Target &target);

// One page of a list API: all filtered by the query's filters (each repeatable: resource_type, resource_id, ...),
// sorted by sort_key (id, name, state) and sort_dir, from the row after marker, at most limit (1 to 2000) rows, as
// {arrayName: [...], "page_info": {"current_count", "next_marker" while more remain}}.
[[nodiscard]] Reply listPage(const QList<QJsonObject> &all, const Pairs &query, const QString &arrayName,
                             const QStringList &filters);

// status {"flow_log": flowLog}; the server adds request_id.
[[nodiscard]] Reply flowLogReply(int status, const QJsonObject &flowLog);

} // namespace flowlog::sandbox::huawei::er
