#pragma once

#include "listpage.h"

#include <QString>

namespace flowlog::test {

// The first difference between two parsed list pages (paging, error, every field of every row, the raw JSON byte
// for byte), or an empty string when they are the same: what the simdjson parsers must give wherever the
// QJsonDocument reference gives something. Header-only, so the fuzz replays (no QtTest) use it too.
inline QString pageDifference(const ListPage &a, const ListPage &b)
{
    const auto differs = [](const QString &what, const QString &x, const QString &y) {
        return QStringLiteral("%1: \"%2\" vs \"%3\"").arg(what, x, y);
    };
    if (a.requestId != b.requestId)
        return differs(QStringLiteral("requestId"), a.requestId, b.requestId);
    if (a.totalCount != b.totalCount || a.pageNumber != b.pageNumber || a.pageSize != b.pageSize ||
        a.sentRows != b.sentRows)
        return QStringLiteral("paging: %1/%2/%3/%4 vs %5/%6/%7/%8")
            .arg(a.totalCount)
            .arg(a.pageNumber)
            .arg(a.pageSize)
            .arg(a.sentRows)
            .arg(b.totalCount)
            .arg(b.pageNumber)
            .arg(b.pageSize)
            .arg(b.sentRows);
    if (a.nextToken != b.nextToken)
        return differs(QStringLiteral("nextToken"), a.nextToken, b.nextToken);
    if (a.error.kind != b.error.kind || a.error.message != b.error.message || a.error.code != b.error.code ||
        a.error.requestId != b.error.requestId)
        return differs(QStringLiteral("error"), a.error.message, b.error.message);
    if (a.rows.size() != b.rows.size())
        return QStringLiteral("rows: %1 vs %2").arg(a.rows.size()).arg(b.rows.size());
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const FlowLog &x = a.rows.at(i);
        const FlowLog &y = b.rows.at(i);
        const QString row = QStringLiteral("row %1 ").arg(i);
        const std::pair<const QString *, const QString *> texts[] = {
            {&x.account, &y.account},
            {&x.profileId, &y.profileId},
            {&x.region, &y.region},
            {&x.id, &y.id},
            {&x.name, &y.name},
            {&x.description, &y.description},
            {&x.status, &y.status},
            {&x.resourceType, &y.resourceType},
            {&x.resourceId, &y.resourceId},
            {&x.trafficType, &y.trafficType},
            {&x.storageProject, &y.storageProject},
            {&x.storageStore, &y.storageStore},
            {&x.samplingRate, &y.samplingRate},
            {&x.deliverStatus, &y.deliverStatus},
            {&x.deliverMessage, &y.deliverMessage},
        };
        for (const auto &[p, q] : texts) {
            if (*p != *q || p->isNull() != q->isNull())
                return differs(row + QStringLiteral("text field"), *p, *q);
        }
        if (x.provider != y.provider || x.service != y.service || x.intervalSeconds != y.intervalSeconds)
            return row + QStringLiteral("provider, service or interval");
        if (x.created != y.created || x.created.isValid() != y.created.isValid())
            return differs(row + QStringLiteral("created"), x.created.toString(Qt::ISODateWithMs),
                           y.created.toString(Qt::ISODateWithMs));
        if (x.tags != y.tags)
            return differs(row + QStringLiteral("tags"), x.tagsDisplay(), y.tagsDisplay());
        if (x.rawJson.json() != y.rawJson.json())
            return differs(row + QStringLiteral("raw JSON"), QString::fromUtf8(x.rawJson.json()),
                           QString::fromUtf8(y.rawJson.json()));
    }
    return {};
}

} // namespace flowlog::test
