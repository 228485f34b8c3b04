#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QList>

namespace flowlog {

// Export of flow logs (GUI Export and flowlog-cli --format). Carries only flow log data: never credentials.
// JSON text has the characters that could drive a terminal written as \u escapes (the same values).
[[nodiscard]] QByteArray exportJson(const QList<FlowLog> &rows);   // array of FlowLog::toJson()
[[nodiscard]] QByteArray exportNdjson(const QList<FlowLog> &rows); // one FlowLog::toJson() object a line
[[nodiscard]] QByteArray exportCsv(const QList<FlowLog> &rows, bool withHeader = true); // CRLF, RFC 4180

// A CSV cell a spreadsheet will not evaluate: a value beginning with = + - @, a tab or a carriage return (or
// their full-width forms U+FF1D U+FF0B U+FF0D U+FF20) gets a leading apostrophe (OWASP's advice), then RFC 4180
// quoting. Every CSV cell we write goes through it.
[[nodiscard]] QString csvField(const QString &value);

// Writes the rows to path as JSON when it ends in .json, else CSV: atomically, 0600 (flow logs describe a
// network), in a directory the user chose (left as it is). False with the reason on failure.
[[nodiscard]] bool saveExport(const QString &path, const QList<FlowLog> &rows, QString *error = nullptr);

} // namespace flowlog
