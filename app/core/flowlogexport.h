#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace flowlog {

// Whether an exported row is current: a stale row was kept from an earlier listing of a source whose last refresh
// did not complete (or from the cache), lastSeen says when that listing was (UTC, invalid: unknown).
struct RowFreshness
{
    bool stale = false;
    QDateTime lastSeen;
};

// Export of flow logs (GUI Export and flowlog-cli --format). Carries only flow log data: never credentials.
// JSON text has the characters that could drive a terminal written as \u escapes (the same values).
// freshness, when given (one entry per row), adds the `stale` field (JSON: "stale" true/false and "lastSeen" on
// stale rows; CSV: the last two columns stale,lastSeen): the console's export, whose rows may be stale. Without it
// (flowlog-cli, whose rows are always from this run) the output is unchanged.
[[nodiscard]] QByteArray exportJson(const QList<FlowLog> &rows, const QList<RowFreshness> &freshness = {});
// exportJson()'s text (without freshness) handed to write in pieces of about 256 KB as it is written: flowlog-cli
// list --format json prints thousands of rows without holding, or first touching fresh memory for, their whole text
// (issue 19 goal 4: page faults on a 28 MB text were most of its time).
void writeJson(const QList<FlowLog> &rows, const std::function<void(QByteArrayView)> &write);
[[nodiscard]] QByteArray exportNdjson(const QList<FlowLog> &rows); // one FlowLog::toJson() object a line
[[nodiscard]] QByteArray exportCsv(const QList<FlowLog> &rows, bool withHeader = true,
                                   const QList<RowFreshness> &freshness = {}); // CRLF, RFC 4180

// A CSV cell a spreadsheet will not evaluate: a value beginning with = + - @, a tab or a carriage return (or
// their full-width forms U+FF1D U+FF0B U+FF0D U+FF20) gets a leading apostrophe (OWASP's advice), then RFC 4180
// quoting. Every CSV cell we write goes through it.
[[nodiscard]] QString csvField(const QString &value);

// Writes the rows to path as JSON when it ends in .json, else CSV: atomically, 0600 (flow logs describe a
// network), in a directory the user chose (left as it is). False with the reason on failure.
[[nodiscard]] bool saveExport(const QString &path, const QList<FlowLog> &rows, QString *error = nullptr,
                              const QList<RowFreshness> &freshness = {});

} // namespace flowlog
