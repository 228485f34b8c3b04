#pragma once

#include "apirequest.h"
#include "form.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// What the Huawei Cloud handlers share: the error envelope, the gateway's codes, ids and times as the APIs write them.
namespace flowlog::sandbox::huawei {

// {"error_code", "error_msg"} with status; the server adds request_id.
[[nodiscard]] Reply error(int status, const QString &code, const QString &message);
// The API gateway's answer for a path or method it does not publish.
[[nodiscard]] Reply noSuchApi();
// Keystone's envelope, which IAM's /v3 APIs use: {"error": {"code", "message", "title"}}.
[[nodiscard]] Reply keystoneError(int status, const QString &message);

// The gateway's codes (the services' own are <SERVICE>.<number>).
inline constexpr auto authFailedCode = "APIGW.0301";    // 401: key, signature, date or security token rejected
inline constexpr auto notAuthorizedCode = "APIGW.0302"; // 403: the caller may not use this API or project

// Codes no public page confirmed: chosen to look like their neighbours, kept here in one place.
// UNCONFIRMED: an expired temporary key is the gateway's 401 APIGW.0301 ("...the security token has expired");
// a denied policy (--deny list-accounts / flowlogs:REGION) the gateway's 403 APIGW.0302.
inline constexpr auto iamInvalidBodyCode = "IAM.0001";    // UNCONFIRMED: 400, malformed securitytokens body
inline constexpr auto iamNotAllowedCode = "IAM.0003";     // UNCONFIRMED: 403, the agency does not trust the caller
inline constexpr auto iamAgencyNotFoundCode = "IAM.0004"; // UNCONFIRMED: 404, no such domain or agency
inline constexpr auto orgInvalidParameterCode = "Organizations.1000"; // UNCONFIRMED: 400, bad limit or marker
inline constexpr auto orgNotManagementCode = "Organizations.1002";    // 401, not the management account (documented)
inline constexpr int agencyTokenStatus = 201; // UNCONFIRMED: what the agency token call answers on success

// One limit/marker page (ER, Organizations): the rows after the one whose "id" is marker (all when marker is
// empty), at most limit; page_info with current_count, and next_marker (the page's last id) when more remain. None
// when marker names no row.
struct MarkerPage
{
    QJsonArray rows;
    QJsonObject pageInfo;
};
[[nodiscard]] std::optional<MarkerPage> markerPage(const QList<QJsonObject> &matching, const QString &marker,
                                                   int limit);
// The integer query parameter name, within [min, max]; defaultValue when absent; none when invalid.
[[nodiscard]] std::optional<int> intQuery(const Pairs &query, const QString &name, int min, int max, int defaultValue);

// A random RFC 4122 version 4 id from rng (deterministic for a seeded rng).
[[nodiscard]] QString uuidLike(QRandomGenerator &rng);
// "2026-01-02T03:04:05Z", or with ".678" milliseconds.
[[nodiscard]] QString isoTime(const QDateTime &t, bool millis);
[[nodiscard]] QDateTime parseIso(const QString &text);

} // namespace flowlog::sandbox::huawei
