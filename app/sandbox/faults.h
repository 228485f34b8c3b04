#pragma once

#include "apirequest.h"
#include "sandboxoptions.h"

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

// The run-time admin call (POST /__sandbox/faults): body {"kind": KIND, "rate": P} with P in [0, 1] (default 1)
// sets KIND to P with the semantics of --fault KIND:P; setting a kind again replaces its rate, and rate 0 removes
// it. Returns an error message for the client (and leaves faults unchanged), or an empty string.
[[nodiscard]] QString setFromJson(QList<Fault> &faults, const QByteArray &body);

// {"faults": [{"kind", "rate"}...], "throttleRate", "errorRate", "accountLimit"}: what GET/POST/DELETE
// /__sandbox/faults answer.
[[nodiscard]] QJsonObject describe(const Options &options);

} // namespace flowlog::sandbox::faults
