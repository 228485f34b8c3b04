#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QList>

namespace flowlog {

// Export of flow logs (GUI Export and flowlog-cli --format). Carries only flow log data: never credentials.
[[nodiscard]] QByteArray exportJson(const QList<FlowLog> &rows); // array of FlowLog::toJson()
[[nodiscard]] QByteArray exportCsv(const QList<FlowLog> &rows);  // header + one row each, CRLF, RFC 4180
[[nodiscard]] QString csvField(const QString &value);

} // namespace flowlog
