#pragma once

#include "apirequest.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

// What the Huawei Cloud handlers share: the error envelope, the gateway's codes, ids and times as the APIs write them.
namespace flowlog::sandbox::huawei {

// {"error_code", "error_msg"} with status; the server adds request_id.
[[nodiscard]] Reply error(int status, const QString &code, const QString &message);
// The API gateway's answer for a path or method it does not publish.
[[nodiscard]] Reply noSuchApi();

// The gateway's codes (the services' own are <SERVICE>.<number>).
inline constexpr auto authFailedCode = "APIGW.0301";    // 401: key, signature or date rejected
inline constexpr auto notAuthorizedCode = "APIGW.0302"; // 403: the caller may not use this API or project

// A random RFC 4122 version 4 id from rng (deterministic for a seeded rng).
[[nodiscard]] QString uuidLike(QRandomGenerator &rng);
// "2026-01-02T03:04:05Z", or with ".678" milliseconds.
[[nodiscard]] QString isoTime(const QDateTime &t, bool millis);
[[nodiscard]] QDateTime parseIso(const QString &text);

} // namespace flowlog::sandbox::huawei
