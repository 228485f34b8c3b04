#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QDateTime>

namespace flowlog::json {

// A row's JSON written straight into a byte array, byte for byte what QJsonDocument writes for FlowLog::toJson()
// (keys in QJsonObject's order, Qt's escapes and indentation; the raw object re-indented from its compact text)
// without building a QJsonObject: export and `flowlog-cli list --format json|ndjson` (issue 19 goal 4: ~20 us a
// row through QJsonObject). tst_flowlogjson compares both paths.
struct Freshness
{
    bool marked = false; // write "stale" (and "lastSeen" when stale)
    bool stale = false;
    QDateTime lastSeen;
};

// Appends the row as a member of an array at depth `depth` (Indented: the object's lines indented 4 x depth + 4;
// compact when depth < 0). False, with out unchanged, when the row holds what only Qt's writer renders the same
// (a lone surrogate in a string, a raw JSON text that is not Qt's compact form): the caller writes that row the
// slow way.
[[nodiscard]] bool appendRow(QByteArray &out, const FlowLog &row, int depth, const Freshness &freshness = {});

// Appends UTF-8 text as a JSON string the way QJsonDocument writes it: quoted, with ", \ and the C0 controls
// escaped (\b \f \n \r \t, else \u00xx in lower-case hex), every other byte as it is. The row writer and the
// simdjson page reader (which writes each row's raw JSON as QJsonDocument would) share it.
void appendQuoted(QByteArray &out, QByteArrayView utf8);

// The same through QJsonDocument: Indented at depth (re-indented), or Compact when depth < 0.
void appendRowSlowly(QByteArray &out, const QJsonObject &object, int depth);

} // namespace flowlog::json
