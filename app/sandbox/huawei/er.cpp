#include "huawei/common.h"
#include "huawei/erattachments.h"
#include "huawei/ercommon.h"
#include "huawei/erlifecycle.h"
#include "huawei/operations.h"
#include "resources.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>

// Enterprise Router v3: the routers of a project (/v3/{project_id}/enterprise-router/instances, limit/marker, id and
// state filters) and their flow logs (/v3/{project_id}/enterprise-router/{er_id}/flow-logs). Flow logs list with
// limit/marker paging, resource_type, resource_id, sort_key and sort_dir; creates follow the core rule table, with
// X-Client-Token idempotency, and answer 202 with a pending flow log that reads as available about 2 s later (a
// Transition).
namespace flowlog::sandbox::huawei::er {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxLimit = 2000;
constexpr qint64 pendingMs = 2000; // a created flow log reads as pending this long

// The project's region: by the host when it names one (er.{region}.myhuaweicloud.com), else by the account's
// projects (the sandbox serves every region on one port). 403 when the project is not the account's.
std::optional<Reply> regionOf(const Call &call, const QString &projectId, QString &region)
{
    static const QRegularExpression regionHost(QStringLiteral("^er\\.([a-z0-9-]+)\\.myhuaweicloud\\.com(:\\d+)?$"));
    const QRegularExpressionMatch m = regionHost.match(call.request.host);
    region = m.hasMatch() ? (call.account.allProjectIds.value(m.captured(1)) == projectId ? m.captured(1) : QString())
                          : call.account.regionOfProject(projectId);
    const QByteArray headerProject = call.request.header("X-Project-Id");
    if (region.isEmpty() || (!headerProject.isEmpty() && headerProject != projectId.toUtf8()))
        return error(
            403, QLatin1String(notAuthorizedCode),
            QStringLiteral("The IAM user is not authorized to access the API: project %1 is not a project of "
                           "this account%2")
                .arg(projectId, m.hasMatch() ? QStringLiteral(" in region %1").arg(m.captured(1)) : QString()));
    return std::nullopt;
}

} // namespace

// The flow logs' router: its project must be the account's, and the router must exist there.
std::optional<Reply> resolve(const Call &call, Target &target)
{
    target.projectId = call.path.value(QStringLiteral("project_id"));
    target.erId = call.path.value(QStringLiteral("er_id"));
    if (std::optional<Reply> rejected = regionOf(call, target.projectId, target.region))
        return rejected;
    if (!call.account.routersIn(target.region).contains(target.erId))
        return error(404, QLatin1String(routerNotFound),
                     QStringLiteral("Enterprise router %1 does not exist").arg(target.erId));
    return std::nullopt;
}

Reply flowLogReply(int status, const QJsonObject &flowLog)
{
    Reply r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("flow_log"), flowLog}};
    return r;
}

namespace {

// 202 {"flow_log": ...}, echoing X-Client-Token.
Reply accepted(const QJsonObject &flowLog, const QList<std::pair<QByteArray, QByteArray>> &echo)
{
    Reply r = flowLogReply(202, flowLog);
    r.headers = echo;
    return r;
}

// An enterprise router as ListEnterpriseRouters describes it, derived from its id.
QJsonObject routerRecord(const Account &account, const QString &projectId, const QString &region, const QString &id,
                         int index)
{
    QRandomGenerator rng(Dataset::seedFrom(id));
    const QString created = isoTime(Dataset::creationTime(rng), true);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("er-%1-%2").arg(region).arg(index + 1)},
                       {QStringLiteral("description"), QStringLiteral("Enterprise router of %1").arg(account.name)},
                       {QStringLiteral("state"), QStringLiteral("available")},
                       {QStringLiteral("tags"), QJsonArray()},
                       {QStringLiteral("charge_mode"), QStringLiteral("postPaid")},
                       {QStringLiteral("created_at"), created},
                       {QStringLiteral("updated_at"), created},
                       {QStringLiteral("enterprise_project_id"), QStringLiteral("0")},
                       {QStringLiteral("project_id"), projectId},
                       {QStringLiteral("asn"), 64512 + index},
                       {QStringLiteral("enable_default_propagation"), true},
                       {QStringLiteral("enable_default_association"), true},
                       {QStringLiteral("default_propagation_route_table_id"), uuidLike(rng)},
                       {QStringLiteral("default_association_route_table_id"), uuidLike(rng)},
                       {QStringLiteral("availability_zone_ids"), QJsonArray{region + QStringLiteral("a")}},
                       {QStringLiteral("auto_accept_shared_attachments"), false}};
}

Reply badLimit()
{
    return error(400, QLatin1String(invalidParameter),
                 QStringLiteral("Invalid parameter: limit must be an integer from 1 to %1").arg(maxLimit));
}

// One limit/marker page under listKey; the marker is the id of the last row of the previous page.
Reply pageReply(const QList<QJsonObject> &matching, const Pairs &query, int limit, const QString &listKey)
{
    const QString marker = value(query, QStringLiteral("marker"));
    const std::optional<MarkerPage> page = markerPage(matching, marker, limit);
    if (!page)
        return error(400, QLatin1String(invalidMarker),
                     QStringLiteral("Invalid parameter: marker %1 does not exist").arg(marker));
    Reply r;
    r.body = QJsonObject{{listKey, page->rows}, {QStringLiteral("page_info"), page->pageInfo}};
    return r;
}

} // namespace

Reply listPage(const QList<QJsonObject> &all, const Pairs &query, const QString &arrayName, const QStringList &filters)
{
    const std::optional<int> limit = intQuery(query, QStringLiteral("limit"), 1, maxLimit, maxLimit);
    if (!limit)
        return badLimit();
    const QString sortKey = value(query, QStringLiteral("sort_key"));
    static const QStringList sortKeys = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("state")};
    if (hasKey(query, QStringLiteral("sort_key")) && !sortKeys.contains(sortKey))
        return error(400, QLatin1String(invalidParameter),
                     QStringLiteral("Invalid parameter: sort_key must be id, name or state"));
    const QString sortDir = value(query, QStringLiteral("sort_dir"));
    if (hasKey(query, QStringLiteral("sort_dir")) && sortDir != QLatin1String("asc") &&
        sortDir != QLatin1String("desc"))
        return error(400, QLatin1String(invalidParameter),
                     QStringLiteral("Invalid parameter: sort_dir must be asc or desc"));
    // Each filter may repeat; a row matches one of its values, for every filter given.
    QList<std::pair<QString, QStringList>> wanted;
    for (const QString &f : filters) {
        if (const QStringList v = values(query, f); !v.isEmpty())
            wanted.append({f, v});
    }
    QList<QJsonObject> matching;
    for (const QJsonObject &o : all) {
        if (std::all_of(wanted.cbegin(), wanted.cend(),
                        [&o](const auto &w) { return w.second.contains(o.value(w.first).toString()); }))
            matching.append(o);
    }
    if (!sortKey.isEmpty()) {
        const bool desc = sortDir == QLatin1String("desc");
        std::stable_sort(matching.begin(), matching.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QString ka = a.value(sortKey).toString();
            const QString kb = b.value(sortKey).toString();
            if (ka != kb)
                return desc ? kb < ka : ka < kb;
            return a.value(QLatin1String("id")).toString() < b.value(QLatin1String("id")).toString();
        });
    }
    return pageReply(matching, query, *limit, arrayName);
}

namespace {

Reply listIn(Context &context, const Call &call, const Target &target)
{
    if (isDenied(context.options(), u"flowlogs", target.region))
        return error(403, QLatin1String(notAuthorizedCode),
                     QStringLiteral("The IAM user is not authorized to access the API: policy doesn't allow "
                                    "er:flowLogs:list to be performed."));
    return listPage(context.dataset().flowLogs(Dataset::key(Service::Er, call.account, target.projectId, target.erId)),
                    call.query, QStringLiteral("flow_logs"),
                    {QStringLiteral("resource_type"), QStringLiteral("resource_id")});
}

Reply createIn(Context &context, const Call &call, const Target &target)
{
    const QString token = QString::fromUtf8(call.request.header("X-Client-Token"));
    if (token.size() > 64)
        return error(400, QLatin1String(invalidParameter),
                     QStringLiteral("Invalid parameter: X-Client-Token is longer than 64 characters"));
    const QString key = Dataset::key(Service::Er, call.account, target.projectId, target.erId);
    const QString tokenKey = call.account.accountId + QLatin1Char('|') + token;
    QList<std::pair<QByteArray, QByteArray>> echo;
    if (!token.isEmpty())
        echo.emplace_back("X-Client-Token", token.toUtf8());

    // The same token from the same account answers with the flow log it made, never a second one.
    if (const QString made = token.isEmpty() ? QString() : context.madeFor(tokenKey); !made.isEmpty()) {
        const QString madeKey = made.section(QLatin1Char('\n'), 0, 0);
        const QString madeId = made.section(QLatin1Char('\n'), 1);
        for (const QJsonObject &o : context.dataset().flowLogs(madeKey)) {
            if (o.value(QLatin1String("id")).toString() == madeId)
                return accepted(o, echo);
        }
    }

    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &pe);
    const QJsonValue flowLogValue = doc.object().value(QLatin1String("flow_log"));
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || !flowLogValue.isObject())
        return error(400, QLatin1String(invalidBody),
                     QStringLiteral("Invalid request body: expected {\"flow_log\": {...}}"));
    const QJsonObject in = flowLogValue.toObject();
    // The body's string fields and where the draft keeps them; the store's type and name are only checked.
    static const std::pair<const char *, QString FlowLogDraft::*> fields[] = {
        {"name", &FlowLogDraft::name},
        {"description", &FlowLogDraft::description},
        {"resource_type", &FlowLogDraft::resourceType},
        {"resource_id", &FlowLogDraft::resourceId},
        {"log_group_id", &FlowLogDraft::logGroupId},
        {"log_stream_id", &FlowLogDraft::logStreamId}};
    static const char *const checked[] = {"log_store_type", "log_store_name"};
    FlowLogDraft draft;
    draft.service = Service::Er;
    draft.region = target.region;
    draft.erId = target.erId;
    for (qsizetype k = 0; k < qsizetype(std::size(fields) + std::size(checked)); ++k) {
        const bool kept = k < qsizetype(std::size(fields));
        const char *field = kept ? fields[k].first : checked[k - std::size(fields)];
        const QJsonValue v = in.value(QLatin1String(field));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return error(400, QLatin1String(invalidBody),
                         QStringLiteral("Invalid request body: %1 must be a string").arg(QLatin1String(field)));
        if (kept)
            draft.*fields[k].second = v.toString();
    }
    draft.clientToken = token;
    const QList<Violation> violations = validateDraft(draft);
    if (!violations.isEmpty())
        return error(400, violations.first().providerCode, violations.first().message);
    // Wire facts of this API beyond the draft: the only resource type and the only store.
    if (draft.resourceType != QLatin1String("attachment"))
        return error(400, QLatin1String(invalidParameter),
                     QStringLiteral("Invalid parameter: resource_type must be attachment"));
    if (in.value(QLatin1String("log_store_type")).toString() != QLatin1String("LTS"))
        return error(400, QLatin1String(invalidParameter),
                     QStringLiteral("Invalid parameter: log_store_type must be LTS"));
    // The attachment watched must be one of this router's, as the service checks it.
    if (!context.dataset().resources().find(
            Resources::key(ResourceKind::ErAttachment, call.account, target.projectId, target.erId), "id"_L1,
            draft.resourceId))
        return error(
            404, QLatin1String(attachmentNotFound),
            QStringLiteral("Attachment %1 does not exist in enterprise router %2").arg(draft.resourceId, target.erId));

    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    const QString now = isoTime(createdAt, true);
    QJsonObject o{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), draft.name},
        {QStringLiteral("description"), draft.description},
        {QStringLiteral("project_id"), target.projectId},
        {QStringLiteral("resource_type"), draft.resourceType},
        {QStringLiteral("resource_id"), draft.resourceId},
        {QStringLiteral("log_group_id"), draft.logGroupId},
        {QStringLiteral("log_stream_id"), draft.logStreamId},
        {QStringLiteral("log_store_type"), QStringLiteral("LTS")},
        {QStringLiteral("log_aggregation_interval"), 600},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("enabled"), true},
    };
    context.dataset().flowLogs(key).append(o);
    context.dataset().transitions().start(
        {key, QStringLiteral("id"), o.value(QLatin1String("id")).toString(), createdAt.toMSecsSinceEpoch() + pendingMs,
         QJsonObject{{QStringLiteral("state"), QStringLiteral("available")},
                     {QStringLiteral("updated_at"), isoTime(createdAt.addMSecs(pendingMs), true)}}});
    if (!token.isEmpty())
        context.remember(tokenKey, key + QLatin1Char('\n') + o.value(QLatin1String("id")).toString());
    Reply r = accepted(o, echo);
    r.created = true;
    return r;
}

Reply listFlowLogs(Context &context, const Call &call)
{
    Target target;
    if (std::optional<Reply> rejected = resolve(call, target))
        return *rejected;
    return listIn(context, call, target);
}

Reply listEnterpriseRouters(Context & /*context*/, const Call &call)
{
    const QString projectId = call.path.value(QStringLiteral("project_id"));
    QString region;
    if (std::optional<Reply> rejected = regionOf(call, projectId, region))
        return *rejected;
    const std::optional<int> limit = intQuery(call.query, QStringLiteral("limit"), 1, maxLimit, maxLimit);
    if (!limit)
        return badLimit();
    const QStringList ids = values(call.query, QStringLiteral("id"));
    const QStringList states = values(call.query, QStringLiteral("state"));
    QList<QJsonObject> matching;
    const QStringList routers = call.account.routersIn(region);
    for (qsizetype i = 0; i < routers.size(); ++i) {
        const QJsonObject router = routerRecord(call.account, projectId, region, routers.at(i), static_cast<int>(i));
        if ((ids.isEmpty() || ids.contains(routers.at(i))) &&
            (states.isEmpty() || states.contains(router.value(QLatin1String("state")).toString())))
            matching.append(router);
    }
    return pageReply(matching, call.query, *limit, QStringLiteral("instances"));
}

Reply createFlowLog(Context &context, const Call &call)
{
    Target target;
    if (std::optional<Reply> rejected = resolve(call, target))
        return *rejected;
    return createIn(context, call, target);
}

constexpr auto flowLogsPath = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs"_L1;
constexpr auto flowLogPath = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}"_L1;

constexpr Route table[] = {
    {"GET"_L1, flowLogsPath, "er.ListFlowLogs"_L1, &listFlowLogs},
    {"POST"_L1, flowLogsPath, "er.CreateFlowLog"_L1, &createFlowLog},
    {"GET"_L1, "/v3/{project_id}/enterprise-router/instances"_L1, "er.ListEnterpriseRouters"_L1,
     &listEnterpriseRouters},
    // Lifecycle (huawei/erlifecycle.cpp)
    {"GET"_L1, flowLogPath, "er.ShowFlowLog"_L1, &showFlowLog},
    {"PUT"_L1, flowLogPath, "er.UpdateFlowLog"_L1, &updateFlowLog},
    {"DELETE"_L1, flowLogPath, "er.DeleteFlowLog"_L1, &deleteFlowLog},
    {"POST"_L1, "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}/enable"_L1, "er.EnableFlowLog"_L1,
     &enableFlowLog},
    {"POST"_L1, "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}/disable"_L1, "er.DisableFlowLog"_L1,
     &disableFlowLog},
    // The router's attachments, the resources ER flow logs watch (huawei/erattachments.cpp)
    {"GET"_L1, "/v3/{project_id}/enterprise-router/{er_id}/attachments"_L1, "er.ListAttachments"_L1,
     &er::listAttachments},
};

} // namespace

const Routes routes{table};

} // namespace flowlog::sandbox::huawei::er
