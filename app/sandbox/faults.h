#pragma once

#include "apirequest.h"

#include <QJsonObject>

namespace flowlog::sandbox::faults {

// Type drift as real APIs show it: numbers and booleans become strings, numeric and boolean strings become
// numbers and booleans, arrays get wrapped in an object ({"FlowLog": [...]}). Request ids stay as they are.
[[nodiscard]] QJsonObject driftTypes(const QJsonObject &body);

// A paging loop: the answer's next token repeats the request's NextToken / marker; for PageNumber APIs the
// answer names the previous page. Returns false when the answer has no paging field to loop on.
bool loopToken(const ApiRequest &request, QJsonObject &body);

// The body a gateway in front of the API sends when its upstream failed.
[[nodiscard]] QByteArray gatewayHtml();

} // namespace flowlog::sandbox::faults
