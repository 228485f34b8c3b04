#include "huaweilifecycle.h"

#include "huaweiparsers.h"
#include "jsonread.h"

#include <QJsonDocument>

namespace flowlog::huawei {

namespace {

using namespace Qt::StringLiterals;

constexpr QLatin1StringView flowLogPath = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}"_L1;
constexpr QLatin1StringView enablePath = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}/enable"_L1;
constexpr QLatin1StringView disablePath =
    "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}/disable"_L1;

// UNCONFIRMED: "the flow log is being operated" (beside ER's documented ER.04001003 for a busy router), and the
// flow log's 404. A delete that finds it gone is done; so is a show, which then reports it gone.
constexpr QLatin1StringView busy[] = {"ER.04001004"_L1, "ER.04001003"_L1};
constexpr QLatin1StringView gone[] = {"ER.04040002"_L1};

RestRequest itemRequest(const LifecycleInput &in, const Cursor &)
{
    RestRequest r;
    r.pathValues = {
        {"project_id"_L1, in.target.projectId}, {"er_id"_L1, in.target.instanceId}, {"flow_log_id"_L1, in.flowLog.id}};
    r.headers = erHeaders(in.target.projectId);
    if (in.action == LifecycleAction::Modify)
        r.body = updateBody(in.change);
    return r;
}

RestRequest showRequest(const LifecycleInput &in, const Cursor &cursor)
{
    LifecycleInput read = in;
    read.action = LifecycleAction::Activate; // no body
    return itemRequest(read, cursor);
}

QString requestIdOf(const HttpResponse &response, const QJsonObject &root)
{
    const QString inBody = json::str(root, "request_id"_L1);
    return inBody.isEmpty() ? QString::fromLatin1(response.header("X-Request-Id")) : inBody;
}

StepAnswer callAnswer(const HttpResponse &response, const LifecycleInput &)
{
    StepAnswer out;
    QJsonObject root;
    ApiError ignored; // DELETE answers 202 without a body: nothing to read is no error
    if (!response.body.isEmpty())
        (void)json::readObject(response.body, root, ignored);
    out.requestId = requestIdOf(response, root);
    return out;
}

StepAnswer showAnswer(const HttpResponse &response, const LifecycleInput &in)
{
    StepAnswer out;
    if (response.status == 404) { // ER.04040002, a done code of the show row
        out.requestId = QString::fromLatin1(response.header("X-Request-Id"));
        return out;
    }
    QJsonObject root;
    if (!json::readObject(response.body, root, out.error))
        return out;
    out.requestId = requestIdOf(response, root);
    const QJsonValue flowLog = root.value("flow_log"_L1);
    if (!flowLog.isObject()) {
        json::setParseError(out.error, out.requestId, ApiErrors::tr("The response has no flow_log object."));
        return out;
    }
    out.found = true;
    out.flowLog = erFlowLogFromJson(flowLog.toObject(), in.target.rowContext());
    return out;
}

const OperationRules changeRules = OperationRules::lifecycle(busy, {}, Idempotency::None);
const OperationRules deleteRules = OperationRules::lifecycle(busy, gone, Idempotency::None);
const OperationRules showRules =
    OperationRules::lifecycle({}, gone, Idempotency::ClientToken); // a read: repeat at will

const LifecycleOperation enableRow{&products::er, "POST", enablePath, changeRules, itemRequest, callAnswer};
const LifecycleOperation disableRow{&products::er, "POST", disablePath, changeRules, itemRequest, callAnswer};
const LifecycleOperation updateRow{&products::er, "PUT", flowLogPath, changeRules, itemRequest, callAnswer};
const LifecycleOperation deleteRow{&products::er, "DELETE", flowLogPath, deleteRules, itemRequest, callAnswer};
const LifecycleOperation showRow{&products::er, "GET", flowLogPath, showRules, showRequest, showAnswer};

} // namespace

QByteArray updateBody(const FlowLogChange &change)
{
    QJsonObject body;
    if (change.name)
        body.insert(u"name"_s, *change.name);
    if (change.description)
        body.insert(u"description"_s, *change.description);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

const ErLifecycleRows erLifecycle{enableRow, disableRow, updateRow, deleteRow, showRow};

} // namespace flowlog::huawei
