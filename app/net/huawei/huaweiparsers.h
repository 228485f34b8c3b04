#pragma once

#include "createjob.h"
#include "httptypes.h"
#include "jsonparser.h"
#include "listpage.h"

#include <QByteArray>
#include <QJsonObject>

namespace flowlog::huawei {

// One ER flow log object (list page entry or create answer) into the provider-neutral record.
// storageProject = log_group_id, storageStore = log_stream_id, status = state, created from created_at with or
// without milliseconds; rawJson keeps the object as received.
[[nodiscard]] FlowLog erFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);

// {"flow_logs":[...], "request_id", "page_info":{"next_marker", "current_count"}}. nextToken is next_marker
// (empty on the last page); pageSize is the number of entries the service sent; totalCount when it sends one.
[[nodiscard]] ListPage parseErFlowLogsPage(const QByteArray &body, const RowContext &ctx,
                                           JsonParser parser = JsonParser::Simdjson);

// The 202 answer of a create: {"flow_log": {...}, "request_id"}.
struct CreatedFlowLog
{
    FlowLog flowLog;
    QString requestId;
    ApiError error; // Parse error when the body is not the documented shape
};
[[nodiscard]] CreatedFlowLog parseErCreateResponse(const QByteArray &body, const RowContext &ctx);
// The same answer as a create's result: the new flow log, the request id (body, else X-Request-Id); an unreadable
// 2xx is a Parse error that may have created the flow log.
[[nodiscard]] CreateResult createResult(const HttpResponse &response, const RowContext &ctx);

// The code Huawei's API gateway answers an expired temporary key with (401). UNCONFIRMED: no public page names a
// code of its own for it; the gateway's authentication failure is the one the SDKs document.
inline constexpr auto expiredTokenCode = "APIGW.0301";

// {"error_code","error_msg"} (also the gateway's {"error":{"code","message"}}) into err.
void readError(const QJsonObject &body, ApiError &err);

// Classifies a Huawei answer: 2xx with a JSON object is success; 429 throttled (Retry-After honoured); 5xx
// transient; anything else the provider's error with error_code, error_msg and the request id (body or
// X-Request-Id). Adds an actionable hint naming the profile (e.g. APIGW.0301: check its AK/SK).
[[nodiscard]] Verdict judgeResponse(const HttpResponse &response, const QString &profileName);

// The translated hint for well-known codes; empty when there is nothing useful to add.
[[nodiscard]] QString hintFor(const ApiError &err, const QString &profileName);

} // namespace flowlog::huawei
