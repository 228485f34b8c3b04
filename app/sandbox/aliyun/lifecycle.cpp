#include "aliyun/lifecycle.h"

#include "aliyun/common.h"
#include "aliyun/targets.h"
#include "validation.h"

#include <QDateTime>
#include <QSet>

#include <array>
#include <optional>

namespace flowlog::sandbox::aliyun {

namespace {

using namespace Qt::StringLiterals;

// One error answer: HTTP status, code, message (ECR fills a "%s" in through DynamicMessage).
struct Failure
{
    int status;
    QLatin1StringView code;
    QLatin1StringView message;
};

// How one service runs its flow logs' lifecycle: one row per service below. The cells no public source confirms are
// the sandbox's choices (docs/sandbox.md lists them), kept in these rows so that changing one is one edit.
struct Rules
{
    Service service;
    QLatin1StringView scope; // the parameter naming where the flow log lives: RegionId (VPC, CEN) or EcrId (ECR)
    // By Change: the service's spelling of each action, and the Status a flow log shows while it runs.
    std::array<QLatin1StringView, 4> actions;
    std::array<QLatin1StringView, 4> during;
    Failure notFound;        // no flow log with this FlowLogId there (CEN: or not in the CenId given)
    Failure incorrectStatus; // it is changing state now, or already is in the state asked for
    bool clientToken;        // the same ClientToken answers the first result again, without doing it twice
    bool ecr;                // ECR: DryRun, MissingParam.X and ECR's error envelope
};

// VPC: the statuses of the ActiveFlowLog / DeactiveFlowLog / ModifyFlowLogAttribute / DeleteFlowLog pages, the codes
// of their error tables (IncorrectStatus.flowlog, InvalidInstanceId.NotFound, 400). A call asking for the state the
// flow log already has (ActiveFlowLog on an Active log) is UNCONFIRMED: answered as a wrong state, as Alibaba's ECS
// answers StartInstance on a running instance.
constexpr Rules vpcRules{Service::Vpc,
                         "RegionId"_L1,
                         {"ActiveFlowLog"_L1, "DeactiveFlowLog"_L1, "ModifyFlowLogAttribute"_L1, "DeleteFlowLog"_L1},
                         {"Activating"_L1, "Deactivating"_L1, "Modifying"_L1, "Deleting"_L1},
                         {400, "InvalidInstanceId.NotFound"_L1, "The specified instance does not exist."_L1},
                         {400, "IncorrectStatus.flowlog"_L1, "Invalid flowlog status."_L1},
                         false,
                         false};
// CEN: Modifying while activating, deactivating or modifying, Deleting while deleting (the CEN pages); the codes
// from Terraform's retry and done sets for CEN flow logs; their HTTP status (400) UNCONFIRMED.
constexpr Rules cenRules{Service::Cen,
                         "RegionId"_L1,
                         {"ActiveFlowLog"_L1, "DeactiveFlowLog"_L1, "ModifyFlowLogAttribute"_L1, "DeleteFlowlog"_L1},
                         {"Modifying"_L1, "Modifying"_L1, "Modifying"_L1, "Deleting"_L1},
                         {400, "InvalidFlowlogId.NotFound"_L1, "The specified flowlog does not exist."_L1},
                         {400, "IncorrectStatus.TrFlowlog"_L1, "The status of the flowlog is incorrect."_L1},
                         true,
                         false};
// ECR: states and codes UNCONFIRMED (no public source, no Terraform resource): CEN's state machine, and codes of
// ECR's own families (ResourceNotFound.EcrId, IncorrectStatus.Ecr).
constexpr Rules ecrRules{
    Service::Ecr,
    "EcrId"_L1,
    {"ActivateFlowLog"_L1, "DeactivateFlowLog"_L1, "ModifyFlowLogAttribute"_L1, "DeleteFlowlog"_L1},
    {"Modifying"_L1, "Modifying"_L1, "Modifying"_L1, "Deleting"_L1},
    {400, "ResourceNotFound.FlowLogId"_L1, "The specified resource %s is not found."_L1},
    {400, "IncorrectStatus.FlowLog"_L1, "FlowLog Status does not allow current operation."_L1},
    true,
    true};

// A service's rules, and the rows of its product's table they spell.
struct ServiceLifecycle
{
    const Rules &rules;
    std::array<Action, 4> actions;
};

template<Service service> constexpr ServiceLifecycle lifecycleOf(const Rules &rules)
{
    return {rules,
            {Action{rules.actions[0], &lifecycle<service, Change::Activate>},
             Action{rules.actions[1], &lifecycle<service, Change::Deactivate>},
             Action{rules.actions[2], &lifecycle<service, Change::Modify>},
             Action{rules.actions[3], &lifecycle<service, Change::Delete>}}};
}

constexpr ServiceLifecycle vpcLifecycle = lifecycleOf<Service::Vpc>(vpcRules);
constexpr ServiceLifecycle cenLifecycle = lifecycleOf<Service::Cen>(cenRules);
constexpr ServiceLifecycle ecrLifecycle = lifecycleOf<Service::Ecr>(ecrRules);

const ServiceLifecycle &lifecycleFor(Service service)
{
    switch (service) {
    case Service::Vpc:
        return vpcLifecycle;
    case Service::Cen:
        return cenLifecycle;
    case Service::Ecr:
    case Service::Er: // not an Alibaba product: the operation table never routes it here
        break;
    }
    return ecrLifecycle;
}

// Alibaba's answer to a client token reused for a different request (the VPC, ECS and ROS idempotence pages).
constexpr Failure idempotenceMismatch{
    400, "IdempotentParameterMismatch"_L1,
    "Request uses a client token in a previous request but is not identical to that request."_L1};

// What a modify may change: the wire parameter, the rule table's field, the services that take it, and how many
// seconds one unit is (0: a string, kept in the draft member).
struct Attribute
{
    QLatin1StringView param;
    QLatin1StringView field;
    int services;
    int secondsPerUnit;
    QString FlowLogDraft::*text;
};
constexpr int vpc = 1 << int(Service::Vpc);
constexpr int cen = 1 << int(Service::Cen);
constexpr int ecr = 1 << int(Service::Ecr);
const Attribute attributes[] = {
    {"FlowLogName"_L1, fields::Name, vpc | cen | ecr, 0, &FlowLogDraft::name},
    {"Description"_L1, fields::Description, vpc | cen | ecr, 0, &FlowLogDraft::description},
    {"AggregationInterval"_L1, fields::Interval, vpc, 60, nullptr}, // minutes on the wire
    {"Interval"_L1, fields::Interval, cen | ecr, 1, nullptr},
    {"SamplingRate"_L1, fields::SamplingRate, ecr, 0, &FlowLogDraft::samplingRate},
};

Reply fail(const Rules &rules, const Failure &failure, const QString &subject = {})
{
    const QString message = failure.message;
    if (!rules.ecr)
        return error(failure.status, failure.code, message);
    const QString dynamic = message.contains("%s"_L1) ? QString(message).replace("%s"_L1, subject) : QString();
    return ecrError(failure.status, failure.code, message, dynamic);
}

std::optional<Reply> missingParameter(const Rules &rules, const Pairs &params)
{
    for (const QLatin1StringView name : {rules.scope, "FlowLogId"_L1}) {
        if (!value(params, name).isEmpty())
            continue;
        if (!rules.ecr)
            return missing(name);
        return ecrError(400, u"MissingParam."_s + name, u"The parameter %s is missing."_s,
                        u"The parameter %1 is missing."_s.arg(name));
    }
    return std::nullopt;
}

// Whether a change may start from status. Only the settled states allow one; every other status (Activating,
// Creating, Modifying, Deleting, ...) means the flow log is changing state now.
bool allowedFrom(Change change, QStringView status)
{
    const bool active = status == u"Active";
    const bool inactive = status == u"Inactive";
    switch (change) {
    case Change::Activate:
        return inactive;
    case Change::Deactivate:
        return active;
    case Change::Modify:
    case Change::Delete:
        return active || inactive;
    }
    return false;
}

// The first rule-table violation among the attributes params changes (the create rules, codes and messages), or
// nothing with the changed record members in changes.
std::optional<Reply> invalidChange(const Rules &rules, const Pairs &params, QJsonObject &changes)
{
    FlowLogDraft draft;
    draft.service = rules.service;
    QSet<QString> changed;
    for (const Attribute &a : attributes) {
        if (!(a.services & (1 << int(rules.service))) || !hasKey(params, a.param))
            continue;
        const QString v = value(params, a.param);
        changed.insert(a.field);
        if (a.text) {
            draft.*a.text = v;
            changes.insert(a.param, v);
            continue;
        }
        bool ok = false;
        const int units = v.toInt(&ok);
        draft.intervalSeconds = ok && units > 0 ? units * a.secondsPerUnit : -1;
        changes.insert(a.param, units);
    }
    for (const Violation &v : validateDraft(draft)) {
        if (changed.contains(v.field))
            return rules.ecr ? ecrError(400, v.providerCode, v.message) : error(400, v.providerCode, v.message);
    }
    return std::nullopt;
}

// Where the flow log a call names is: its list and its index there.
struct Location
{
    QString listKey;
    qsizetype index = -1;
};

std::optional<Reply> locate(Context &context, const Account &account, const Pairs &params, const Rules &rules,
                            Location &where)
{
    const QString scope = value(params, rules.scope);
    const QString id = value(params, u"FlowLogId"_s);
    if (rules.ecr && !account.allEcrIds().contains(scope))
        return ecrError(400, u"ResourceNotFound.EcrId"_s, u"The specified resource %s is not found."_s,
                        u"The specified resource EcrId %1 is not found."_s.arg(scope));
    // A CenId the account does not have is refused as CEN refuses it on create.
    if (rules.service == Service::Cen) {
        if (std::optional<Reply> unknown = unknownCenInstance(context.dataset(), account, value(params, u"CenId"_s)))
            return unknown;
    }
    // A region the account has no flow logs in holds none with this id either.
    if (rules.ecr || account.regions.contains(scope)) {
        where.listKey = Dataset::key(rules.service, account, scope);
        const QList<QJsonObject> &list = context.dataset().flowLogs(where.listKey);
        const QString cenId = rules.service == Service::Cen ? value(params, u"CenId"_s) : QString();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).value("FlowLogId"_L1).toString() != id)
                continue;
            if (!cenId.isEmpty() && list.at(i).value("CenId"_L1).toString() != cenId)
                break;
            where.index = i;
            return std::nullopt;
        }
    }
    return fail(rules, rules.notFound, u"FlowLogId %1"_s.arg(id));
}

// One lifecycle call: checked in the order the services check (parameters, client token, values, the flow log, its
// state), then the flow log shows its transitional status and settles after the sandbox's transition time.
Reply run(Context &context, const Account &account, const Pairs &params, const Rules &rules, Change change)
{
    if (std::optional<Reply> r = missingParameter(rules, params))
        return *r;
    const QString token = rules.clientToken ? value(params, u"ClientToken"_s) : QString();
    const QString scopedToken =
        token.isEmpty() ? QString() : Dataset::key(rules.service, account, QString(u"lifecycle|"_s + token));
    // The request a client token stands for: the action and its own parameters, the token aside.
    const QString request =
        requestFingerprint(rules.actions.at(static_cast<std::size_t>(change)), params, {u"ClientToken"_s});
    if (!scopedToken.isEmpty()) {
        if (const Context::Answer *earlier = context.answerFor(scopedToken))
            return earlier->request == request ? earlier->reply : fail(rules, idempotenceMismatch);
    }
    QJsonObject changes;
    if (change == Change::Modify) {
        if (std::optional<Reply> r = invalidChange(rules, params, changes))
            return *r;
    }
    Location where;
    if (std::optional<Reply> r = locate(context, account, params, rules, where))
        return *r;
    QJsonObject &record = context.dataset().flowLogs(where.listKey)[where.index];
    const QString status = record.value("Status"_L1).toString();
    if (!allowedFrom(change, status))
        return fail(rules, rules.incorrectStatus);
    if (rules.ecr && value(params, u"DryRun"_s).compare("true"_L1, Qt::CaseInsensitive) == 0)
        return ecrDryRunPassed();

    Transition transition{where.listKey,
                          u"FlowLogId"_s,
                          record.value("FlowLogId"_L1).toString(),
                          QDateTime::currentMSecsSinceEpoch() + context.dataset().transitions().durationMs(),
                          {},
                          false};
    switch (change) {
    case Change::Activate:
        transition.settled.insert(u"Status"_s, u"Active"_s);
        break;
    case Change::Deactivate:
        transition.settled.insert(u"Status"_s, u"Inactive"_s);
        break;
    case Change::Modify:
        transition.settled.insert(u"Status"_s, status);
        break;
    case Change::Delete:
        transition.removes = true;
        break;
    }
    for (auto it = changes.begin(); it != changes.end(); ++it)
        record.insert(it.key(), it.value());
    record.insert(u"Status"_s, rules.during.at(static_cast<std::size_t>(change)));
    context.dataset().transitions().start(std::move(transition));

    Reply reply;
    reply.body = rules.ecr ? ecrSuccess() : QJsonObject{{u"Success"_s, u"true"_s}};
    if (!scopedToken.isEmpty())
        context.rememberAnswer(scopedToken, {request, reply});
    return reply;
}

} // namespace

Reply lifecycleCall(Service service, Change change, Context &context, const Account &account, const Pairs &params)
{
    return run(context, account, params, lifecycleFor(service).rules, change);
}

std::span<const Action> lifecycleActions(Service service)
{
    return lifecycleFor(service).actions;
}

} // namespace flowlog::sandbox::aliyun
