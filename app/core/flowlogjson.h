#pragma once

#include "flowlog.h"
#include "jsonstrings.h"

#include <QByteArray>
#include <QDateTime>

namespace flowlog::json {

// A row's JSON written straight into a byte array, byte for byte what terminalSafeJson() makes of QJsonDocument's text
// for FlowLog::toJson() (keys in QJsonObject's order, Qt's escapes and indentation, the raw object re-indented from
// its compact text; the characters that could drive a terminal as \uXXXX) without building a QJsonObject and in one
// pass: export and `flowlog-cli list --format json|ndjson` (issue 19 goal 4). tst_flowlogjson compares both paths.
struct Freshness
{
    bool marked = false; // write "stale" (and "lastSeen" when stale)
    bool stale = false;
    QDateTime lastSeen;
};

// Appends the row as a member of an array at depth `depth` (Indented: the object's lines indented 4 x depth + 4;
// compact when depth < 0). False, with out unchanged, when the row's raw JSON text is not Qt's compact form (only
// Qt's reading of it then gives the same text): the caller writes that row the slow way.
[[nodiscard]] bool appendRow(QByteArray &out, const FlowLog &row, int depth, const Freshness &freshness = {});

// The same through QJsonDocument (and terminalSafeJson()): Indented at depth (re-indented), or Compact when
// depth < 0.
void appendRowSlowly(QByteArray &out, const QJsonObject &object, int depth);

} // namespace flowlog::json
