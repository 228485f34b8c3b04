#pragma once

#include "flowlog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace flowlog {

class FlowLogTableModel;

// The last results on disk, so the window has something to show before the first refresh completes (CacheLoader
// applies them). Holds flow log records, their source ids, when each source was last seen and when the file was
// saved: never credentials.
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
    [[nodiscard]] static QJsonObject toJson(const FlowLog &f);
    [[nodiscard]] static FlowLog fromJson(const QJsonObject &o);
};

} // namespace flowlog
