#pragma once

#include "flowlog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace flowlog {

class FlowLogTableModel;

// The last results on disk, so the window has something to show before the first refresh completes. Holds
// flow log records, their source ids and the time they were saved: never credentials.
class ResultsCache
{
public:
    struct Source
    {
        QString id;
        QDateTime seenAt; // UTC: when the source last listed successfully (invalid in older caches: savedAt)
        QList<FlowLog> rows;
    };
    struct Contents
    {
        QDateTime savedAt; // UTC
        QList<Source> sources;
        [[nodiscard]] int rowCount() const;
    };

    // <CacheLocation>/results.json (or results-<session>.json for a separate session such as the sandbox).
    [[nodiscard]] static QString defaultPath(const QString &session = {});

    // Writes every row of the table atomically; false with a reason when the file cannot be written.
    static bool save(const QString &path, const FlowLogTableModel &table, QString *error = nullptr);
    // An empty Contents (invalid savedAt) when there is no usable cache.
    [[nodiscard]] static Contents load(const QString &path);
    // Appends the cached rows of the sources accepted by keep (all when keep is empty) and marks them stale, each
    // source with the time it was last seen.
    static int apply(const Contents &contents, FlowLogTableModel &table,
                     const std::function<bool(const QString &sourceId)> &keep = {});

    [[nodiscard]] static QJsonObject toJson(const FlowLog &f);
    [[nodiscard]] static FlowLog fromJson(const QJsonObject &o);
};

} // namespace flowlog
