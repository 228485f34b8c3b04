#pragma once

#include "coveragesweep.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace flowlog {

// The records of coverage (issue 18) as `flowlog-cli coverage` prints them and the Coverage view exports them: one
// JSON object per resource (account, accountId, provider, service, region, resourceType, resourceId, name, state,
// flowLogIds) or per orphaned flow log (account, accountId, provider, service, region, flowLogId, name, status,
// resourceType, resourceId). Only what the providers list: never credentials.
[[nodiscard]] QJsonObject coverageRecordJson(const CoverageRecord &record);
[[nodiscard]] QJsonObject coverageOrphanJson(const CoverageOrphan &orphan);
// The members of those objects, in order: the CSV columns.
[[nodiscard]] const QStringList &coverageRecordKeys();
[[nodiscard]] const QStringList &coverageOrphanKeys();
// One CSV line (CRLF) of the objects' values under keys (arrays joined by spaces), cells through csvField().
[[nodiscard]] QStringList coverageCells(const QJsonObject &object, const QStringList &keys);
[[nodiscard]] QByteArray coverageCsvLine(const QStringList &cells);
// A header line and one line per object.
[[nodiscard]] QByteArray coverageCsv(const QList<QJsonObject> &objects, const QStringList &keys);
// Writes the objects to path as a JSON array when it ends in .json, else as CSV: atomically, 0600, in a directory
// the user chose. False with the reason on failure.
[[nodiscard]] bool saveCoverageExport(const QString &path, const QList<QJsonObject> &objects, const QStringList &keys,
                                      QString *error = nullptr);

} // namespace flowlog
