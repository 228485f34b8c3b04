#include "aliyunlifecycle.h"

#include "aliyunparsers.h"
#include "jsonread.h"

namespace flowlog::aliyun {

namespace {

using namespace Qt::StringLiterals;

// --- the codes (API notes, section 2) --------------------------------------------------------------------------
// VPC: the ActiveFlowLog error table and Terraform's alicloud_vpc_flow_log retry set. Delete: not found is done.
constexpr QLatin1StringView vpcBusy[] = {"IncorrectStatus.flowlog"_L1,
                                         "IncorrectStatus"_L1,
                                         "IncorrectBusinessStatus.FlowLog"_L1,
                                         "InvalidStatus"_L1,
                                         "TaskConflict"_L1,
                                         "OperationConflict"_L1,
                                         "LastTokenProcessing"_L1,
                                         "OperationFailed.LastTokenProcessing"_L1,
                                         "SystemBusy"_L1,
                                         "ServiceUnavailable"_L1};
constexpr QLatin1StringView vpcGone[] = {"InvalidInstanceId.NotFound"_L1};
// CEN: Terraform's alicloud_cen_flowlog retry set (IncorrectStatus.flowlog is its modify code). Delete: not found is
// done; Terraform also counts ProjectOrLogstoreNotExist and SourceProjectNotExist as done, which say nothing about
// the flow log itself, so they stay errors here.
constexpr QLatin1StringView cenBusy[] = {"IncorrectStatus.TrFlowlog"_L1, "IncorrectStatus.flowlog"_L1,
                                         "Operation.Blocking"_L1, "LOCK_ERROR"_L1};
constexpr QLatin1StringView cenGone[] = {"InvalidFlowlogId.NotFound"_L1};
// ECR: UNCONFIRMED (no public error table, no Terraform resource): the IncorrectStatus family of ECR's codes, and its
// ResourceNotFound family for a flow log. A passed DryRun is done.
constexpr QLatin1StringView ecrBusy[] = {"IncorrectStatus.FlowLog"_L1, "IncorrectStatus"_L1, "OperationConflict"_L1};
constexpr QLatin1StringView ecrDone[] = {"DryRunOperation"_L1};
constexpr QLatin1StringView ecrGone[] = {"ResourceNotFound.FlowLogId"_L1, "DryRunOperation"_L1};

// --- requests ---------------------------------------------------------------------------------------------------

void appendChange(Params &params, const FlowLogChange &change, QLatin1StringView intervalKey, int unitSeconds)
{
    if (change.name)
        params.append({u"FlowLogName"_s, *change.name});
    if (change.description)
        params.append({u"Description"_s, *change.description});
    if (change.intervalSeconds > 0)
        params.append({QString(intervalKey), QString::number(change.intervalSeconds / unitSeconds)});
}

// Where the flow log is and which one: every call and read of a service starts with these.
Params inRegion(const LifecycleInput &in, const Cursor & = {})
{
    return {{u"RegionId"_s, in.target.region}, {u"FlowLogId"_s, in.flowLog.id}};
}

Params inEcr(const LifecycleInput &in, const Cursor & = {})
{
    return {{u"EcrId"_s, in.target.instanceId}, {u"FlowLogId"_s, in.flowLog.id}};
}

Params vpcRequest(const LifecycleInput &in, const Cursor &)
{
    Params p = inRegion(in);
    if (in.action == LifecycleAction::Modify)
        appendChange(p, in.change, "AggregationInterval"_L1, 60); // VPC counts minutes
    return p;
}

Params cenRequest(const LifecycleInput &in, const Cursor &)
{
    Params p = inRegion(in);
    // Optional in the metadata, required by older pages: sending it is safe.
    const QString cenId = in.flowLog.raw().value("CenId"_L1).toString();
    if (!cenId.isEmpty())
        p.append({u"CenId"_s, cenId});
    if (in.action == LifecycleAction::Modify)
        appendChange(p, in.change, "Interval"_L1, 1);
    if (!in.clientToken.isEmpty())
        p.append({u"ClientToken"_s, in.clientToken});
    return p;
}

Params ecrRequest(const LifecycleInput &in, const Cursor &)
{
    Params p = inEcr(in);
    if (in.action == LifecycleAction::Modify)
        appendChange(p, in.change, "Interval"_L1, 1);
    if (!in.clientToken.isEmpty())
        p.append({u"ClientToken"_s, in.clientToken});
    if (in.dryRun)
        p.append({u"DryRun"_s, u"true"_s});
    return p;
}

// --- mappers ----------------------------------------------------------------------------------------------------

StepAnswer callAnswer(const HttpResponse &response, const LifecycleInput &)
{
    StepAnswer out;
    QJsonObject root;
    if (json::readObject(response.body, root, out.error))
        out.requestId = json::str(root, "RequestId"_L1);
    out.error = {}; // the protocol judged it a success: an unreadable body does not undo the call
    return out;
}

// A read: the service's list page parser, filtered to the flow log's id. The parser is named explicitly: a
// function pointer does not carry the page parsers' default argument.
template<auto Parse> StepAnswer readAnswer(const HttpResponse &response, const LifecycleInput &in)
{
    return readFromPage(Parse(response.body, in.target.rowContext(), JsonParser::Simdjson), in);
}

// --- rows -------------------------------------------------------------------------------------------------------

// A service's own spellings of its actions (ModifyFlowLogAttribute is the same at all three).
struct Actions
{
    QLatin1StringView activate;
    QLatin1StringView deactivate;
    QLatin1StringView remove;
    QLatin1StringView read;
    QByteArrayView readMethod; // ECR takes POST only
};

// The five rows of one service: its changes share the request builder and the rules (a delete's also say which
// codes mean gone) and answer alike; its read lists the flow log by id.
struct ServiceRows
{
    LifecycleOperation activate;
    LifecycleOperation deactivate;
    LifecycleOperation modify;
    LifecycleOperation remove;
    LifecycleOperation read;
};

using Request = Params (*)(const LifecycleInput &in, const Cursor &cursor);
using Mapper = StepAnswer (*)(const HttpResponse &response, const LifecycleInput &in);

ServiceRows serviceRows(const ApiProduct &product, const Actions &actions, const OperationRules &call,
                        const OperationRules &remove, Request request, Request readRequest, Mapper read)
{
    // A read changes nothing: repeat at will.
    const OperationRules reads = OperationRules::lifecycle({}, {}, Idempotency::ClientToken);
    return {{&product, actions.activate, "POST", call, request, callAnswer},
            {&product, actions.deactivate, "POST", call, request, callAnswer},
            {&product, "ModifyFlowLogAttribute"_L1, "POST", call, request, callAnswer},
            {&product, actions.remove, "POST", remove, request, callAnswer},
            {&product, actions.read, actions.readMethod, reads, readRequest, read}};
}

const ServiceRows vpc = serviceRows(
    products::vpc, {"ActiveFlowLog"_L1, "DeactiveFlowLog"_L1, "DeleteFlowLog"_L1, "DescribeFlowLogs"_L1, "GET"},
    OperationRules::lifecycle(vpcBusy, {}, Idempotency::None),
    OperationRules::lifecycle(vpcBusy, vpcGone, Idempotency::None), vpcRequest, inRegion,
    readAnswer<parseVpcFlowLogsPage>);
const ServiceRows cen = serviceRows(
    products::cbn, {"ActiveFlowLog"_L1, "DeactiveFlowLog"_L1, "DeleteFlowlog"_L1, "DescribeFlowlogs"_L1, "GET"},
    OperationRules::lifecycle(cenBusy, {}, Idempotency::ClientToken),
    OperationRules::lifecycle(cenBusy, cenGone, Idempotency::ClientToken), cenRequest, inRegion,
    readAnswer<parseCenFlowLogsPage>);
const ServiceRows ecr = serviceRows(
    products::ecr, {"ActivateFlowLog"_L1, "DeactivateFlowLog"_L1, "DeleteFlowlog"_L1, "DescribeFlowLogs"_L1, "POST"},
    OperationRules::lifecycle(ecrBusy, ecrDone, Idempotency::ClientToken),
    OperationRules::lifecycle(ecrBusy, ecrGone, Idempotency::ClientToken), ecrRequest, inEcr,
    readAnswer<parseEcrFlowLogsPage>);

// constexpr: the rows only refer to the operations, so other files may use them from their own static initialisers.
constexpr LifecycleRows rowsOf(const ServiceRows &s)
{
    return {{&s.activate, &s.deactivate, &s.modify, &s.remove}, s.read};
}

} // namespace

const LifecycleRows vpcLifecycle = rowsOf(vpc);
const LifecycleRows cenLifecycle = rowsOf(cen);
const LifecycleRows ecrLifecycle = rowsOf(ecr);

} // namespace flowlog::aliyun
