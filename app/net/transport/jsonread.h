#pragma once

#include "apierror.h"
#include "flowlog.h"
#include "listpage.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>

namespace flowlog::json {

// Tolerant readers shared by every provider's mappers: numbers sent as strings, booleans as strings, missing
// optional fields, single elements sent without their array.
[[nodiscard]] QString str(const QJsonObject &o, QLatin1StringView key);
[[nodiscard]] qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 fallback = -1);
[[nodiscard]] QJsonArray array(const QJsonObject &o, QLatin1StringView key, QLatin1StringView nested = {});
[[nodiscard]] QList<Tag> tags(const QJsonObject &o); // Tags:[...] or Tags:{Tag:[...]}

// Reads a body that must be a JSON object; on failure sets error (kind Parse, a message that says why) and returns
// false.
[[nodiscard]] bool readObject(const QByteArray &body, QJsonObject &root, ApiError &error);

// The object as compact JSON (the raw JSON a row keeps).
[[nodiscard]] QByteArray compact(const QJsonObject &o);

// What a provider calls the fields every flow log has besides its id and status (those are named in the service's
// catalogue row).
struct FlowLogFieldNames
{
    QLatin1StringView name;
    QLatin1StringView description;
    QLatin1StringView storageProject;
    QLatin1StringView storageStore;
    QLatin1StringView created;
};
// Reads id, status (trimmed), name, description, storage and creation time of o into f (its service set).
void readFlowLogFields(FlowLog &f, const QJsonObject &o, const FlowLogFieldNames &names);

// Marks error as a Parse error of an answer with that request id.
void setParseError(ApiError &error, const QString &requestId, const QString &message);

// Maps every element of an array of objects with rowFn into page.rows. An element that is not an object, or a row
// without an id (when noIdMessage is given), fails the page with its message and leaves no rows: adding it would
// invent a row (e.g. {"FlowLog":{"Item":[...]}} read as one element, found by the type-drift fault matrix).
template<typename Row, typename RowFn>
bool mapRows(const QJsonArray &array, Page<Row> &page, RowFn rowFn, const QString &notObjectMessage,
             const QString &noIdMessage = {})
{
    page.rows.reserve(array.size());
    for (const QJsonValue &v : array) {
        const bool object = v.isObject();
        if (object)
            page.rows.append(rowFn(v.toObject()));
        if (!object || (!noIdMessage.isEmpty() && page.rows.constLast().id.isEmpty())) {
            page.rows.clear();
            setParseError(page.error, page.requestId, object ? noIdMessage : notObjectMessage);
            return false;
        }
    }
    return true;
}

// The whole of an Alibaba list answer, PageNumber or NextToken paged: {"RequestId", "TotalCount", "PageNumber",
// "PageSize" | "NextToken", "<outer>": {"<inner>": [...]}} (inner empty: the array is outer itself), each element
// mapped by rowFn as mapRows does. A token-paged answer's page size is its row count. A body that is not a JSON
// object, or an element mapRows refuses, fails the page.
template<typename Row, typename RowFn>
Page<Row> numberedPage(const QByteArray &body, QLatin1StringView outer, QLatin1StringView inner, RowFn rowFn,
                       const QString &notObjectMessage, const QString &noIdMessage)
{
    Page<Row> page;
    QJsonObject root;
    if (!readObject(body, root, page.error))
        return page;
    page.requestId = str(root, QLatin1StringView("RequestId"));
    const QJsonArray list = array(root, outer, inner);
    if (!mapRows(list, page, rowFn, notObjectMessage, noIdMessage))
        return page;
    page.totalCount = integer(root, QLatin1StringView("TotalCount"));
    page.pageNumber = static_cast<int>(integer(root, QLatin1StringView("PageNumber"), 0));
    page.pageSize = static_cast<int>(integer(root, QLatin1StringView("PageSize"), 0));
    page.nextToken = str(root, QLatin1StringView("NextToken"));
    if (page.pageSize == 0 && !root.contains(QLatin1StringView("PageNumber")))
        page.pageSize = static_cast<int>(list.size());
    return page;
}

// The whole of a Huawei marker-paged answer: {"request_id", "<listKey>": [...], "page_info": {"next_marker"}},
// each element mapped by rowFn as mapRows does.
template<typename Row, typename RowFn>
Page<Row> markerPage(const QByteArray &body, QLatin1StringView listKey, RowFn rowFn, const QString &notObjectMessage,
                     const QString &noIdMessage)
{
    Page<Row> page;
    QJsonObject root;
    if (!readObject(body, root, page.error))
        return page;
    page.requestId = str(root, QLatin1StringView("request_id"));
    const QJsonArray list = array(root, listKey);
    if (!mapRows(list, page, rowFn, notObjectMessage, noIdMessage))
        return page;
    page.pageSize = static_cast<int>(list.size());
    page.nextToken = str(root.value(QLatin1StringView("page_info")).toObject(), QLatin1StringView("next_marker"));
    return page;
}

// A discovered resource: its raw JSON, and id, name and status read under the API's own names (an empty name
// leaves the field empty).
[[nodiscard]] Resource resourceRow(const RowContext &ctx, const QJsonObject &o, QLatin1StringView id,
                                   QLatin1StringView name, QLatin1StringView status);

// Appends o's non-empty values under keys to r's attributes (booleans as "true" / "false").
void addAttributes(Resource &r, const QJsonObject &o, std::initializer_list<QLatin1StringView> keys);

} // namespace flowlog::json
