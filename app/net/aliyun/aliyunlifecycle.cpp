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

Params vpcRequest(const LifecycleInput &in, const Cursor &)
{
    Params p{{u"RegionId"_s, in.target.region}, {u"FlowLogId"_s, in.flowLog.id}};
    if (in.action == LifecycleAction::Modify)
        appendChange(p, in.change, "AggregationInterval"_L1, 60); // VPC counts minutes
    return p;
}

Params cenRequest(const LifecycleInput &in, const Cursor &)
{
    Params p{{u"RegionId"_s, in.target.region}, {u"FlowLogId"_s, in.flowLog.id}};
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
    Params p{{u"EcrId"_s, in.target.instanceId}, {u"FlowLogId"_s, in.flowLog.id}};
    if (in.action == LifecycleAction::Modify)
        appendChange(p, in.change, "Interval"_L1, 1);
    if (!in.clientToken.isEmpty())
        p.append({u"ClientToken"_s, in.clientToken});
    if (in.dryRun)
        p.append({u"DryRun"_s, u"true"_s});
    return p;
}

Params vpcReadRequest(const LifecycleInput &in, const Cursor &)
{
    return {{u"RegionId"_s, in.target.region}, {u"FlowLogId"_s, in.flowLog.id}};
}

Params cenReadRequest(const LifecycleInput &in, const Cursor &)
{
    return {{u"RegionId"_s, in.target.region}, {u"FlowLogId"_s, in.flowLog.id}};
}

Params ecrReadRequest(const LifecycleInput &in, const Cursor &)
{
    return {{u"EcrId"_s, in.target.instanceId}, {u"FlowLogId"_s, in.flowLog.id}};
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

StepAnswer vpcRead(const HttpResponse &response, const LifecycleInput &in)
{
    return readFromPage(parseVpcFlowLogsPage(response.body, in.target.rowContext()), in);
}

StepAnswer cenRead(const HttpResponse &response, const LifecycleInput &in)
{
    return readFromPage(parseCenFlowLogsPage(response.body, in.target.rowContext()), in);
}

StepAnswer ecrRead(const HttpResponse &response, const LifecycleInput &in)
{
    return readFromPage(parseEcrFlowLogsPage(response.body, in.target.rowContext()), in);
}

const OperationRules vpcCall = OperationRules::lifecycle(vpcBusy, {}, Idempotency::None);
const OperationRules vpcDelete = OperationRules::lifecycle(vpcBusy, vpcGone, Idempotency::None);
const OperationRules cenCall = OperationRules::lifecycle(cenBusy, {}, Idempotency::ClientToken);
const OperationRules cenDelete = OperationRules::lifecycle(cenBusy, cenGone, Idempotency::ClientToken);
const OperationRules ecrCall = OperationRules::lifecycle(ecrBusy, ecrDone, Idempotency::ClientToken);
const OperationRules ecrDelete = OperationRules::lifecycle(ecrBusy, ecrGone, Idempotency::ClientToken);
const OperationRules reads =
    OperationRules::lifecycle({}, {}, Idempotency::ClientToken); // a read changes nothing: repeat at will

const LifecycleOperation vpcActive{&products::vpc, "ActiveFlowLog"_L1, "POST", vpcCall, vpcRequest, callAnswer};
const LifecycleOperation vpcDeactive{&products::vpc, "DeactiveFlowLog"_L1, "POST", vpcCall, vpcRequest, callAnswer};
const LifecycleOperation vpcModify{&products::vpc, "ModifyFlowLogAttribute"_L1, "POST", vpcCall, vpcRequest,
                                   callAnswer};
const LifecycleOperation vpcDeleteRow{&products::vpc, "DeleteFlowLog"_L1, "POST", vpcDelete, vpcRequest, callAnswer};
const LifecycleOperation vpcReadRow{&products::vpc, "DescribeFlowLogs"_L1, "GET", reads, vpcReadRequest, vpcRead};

const LifecycleOperation cenActive{&products::cbn, "ActiveFlowLog"_L1, "POST", cenCall, cenRequest, callAnswer};
const LifecycleOperation cenDeactive{&products::cbn, "DeactiveFlowLog"_L1, "POST", cenCall, cenRequest, callAnswer};
const LifecycleOperation cenModify{&products::cbn, "ModifyFlowLogAttribute"_L1, "POST", cenCall, cenRequest,
                                   callAnswer};
const LifecycleOperation cenDeleteRow{&products::cbn, "DeleteFlowlog"_L1, "POST", cenDelete, cenRequest, callAnswer};
const LifecycleOperation cenReadRow{&products::cbn, "DescribeFlowlogs"_L1, "GET", reads, cenReadRequest, cenRead};

const LifecycleOperation ecrActivate{&products::ecr, "ActivateFlowLog"_L1, "POST", ecrCall, ecrRequest, callAnswer};
const LifecycleOperation ecrDeactivate{&products::ecr, "DeactivateFlowLog"_L1, "POST", ecrCall, ecrRequest, callAnswer};
const LifecycleOperation ecrModify{&products::ecr, "ModifyFlowLogAttribute"_L1, "POST", ecrCall, ecrRequest,
                                   callAnswer};
const LifecycleOperation ecrDeleteRow{&products::ecr, "DeleteFlowlog"_L1, "POST", ecrDelete, ecrRequest, callAnswer};
const LifecycleOperation ecrReadRow{&products::ecr, "DescribeFlowLogs"_L1, "POST", reads, ecrReadRequest, ecrRead};

} // namespace

const LifecycleRows vpcLifecycle{vpcActive, vpcDeactive, vpcModify, vpcDeleteRow, vpcReadRow};
const LifecycleRows cenLifecycle{cenActive, cenDeactive, cenModify, cenDeleteRow, cenReadRow};
const LifecycleRows ecrLifecycle{ecrActivate, ecrDeactivate, ecrModify, ecrDeleteRow, ecrReadRow};

} // namespace flowlog::aliyun
