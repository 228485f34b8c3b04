#pragma once

#include "apierror.h"
#include "flowlog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace flowlog {

// One parsed list page, whatever the paging style of its API.
struct ListPage
{
    QList<FlowLog> rows;
    QString requestId;
    qint64 totalCount = -1; // -1: not sent
    int pageNumber = 0;     // PageNumber APIs
    int pageSize = 0;
    QString nextToken;      // NextToken / next_marker APIs
    ApiError error;         // Parse error when the body is not what the API documents
};

// The context a parser stamps on every row (who and where the rows came from).
struct RowContext
{
    QString account;
    QString profileId;
    QString region; // used when the object has no region of its own
};

// Tolerant readers: numbers sent as strings, booleans as strings, missing optional fields.
namespace json {
[[nodiscard]] QString str(const QJsonObject &o, QLatin1StringView key);
[[nodiscard]] qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 fallback = -1);
[[nodiscard]] QJsonArray array(const QJsonObject &o, QLatin1StringView key, QLatin1StringView nested = {});
[[nodiscard]] QList<Tag> tags(const QJsonObject &o); // Tags:[...] or Tags:{Tag:[...]}
} // namespace json

[[nodiscard]] ListPage parseVpcFlowLogsPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ListPage parseCenFlowLogsPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ListPage parseEcrFlowLogsPage(const QByteArray &body, const RowContext &ctx);

[[nodiscard]] FlowLog vpcFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);
[[nodiscard]] FlowLog cenFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);
[[nodiscard]] FlowLog ecrFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);

} // namespace flowlog
