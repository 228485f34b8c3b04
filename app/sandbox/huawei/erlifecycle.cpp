#include "huawei/erlifecycle.h"

#include "huawei/common.h"
#include "huawei/ercommon.h"
#include "validation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

namespace flowlog::sandbox::huawei::er {

namespace {

using namespace Qt::StringLiterals;

// The codes the sandbox answers for these operations. UNCONFIRMED (no public source quotes ER's flow-log codes):
// chosen in the ER.<HTTP status><number> family the service uses, beside its "400 ER.04001003 The enterprise router
// is unavailable or is being operated". A call asking for the state the flow log already has (enable on an enabled
// one) gets the same 400 as a flow log that is changing state.
constexpr auto flowLogNotFound = "ER.04040002"; // 404
constexpr auto flowLogBusy = "ER.04001004";     // 400

// The flow log a path names: its list (Dataset::key) and the record there.
struct Found
{
    QString listKey;
    QJsonObject *record = nullptr;
};

std::optional<Reply> find(Context &context, const Call &call, Found &found)
{
    Target target;
    if (std::optional<Reply> rejected = resolve(call, target))
        return rejected;
    found.listKey = Dataset::key(Service::Er, call.account, target.projectId, target.erId);
    const QString id = call.path.value(u"flow_log_id"_s);
    for (QJsonObject &o : context.dataset().flowLogs(found.listKey)) {
        if (o.value("id"_L1).toString() == id) {
            found.record = &o;
            return std::nullopt;
        }
    }
    return error(404, QLatin1String(flowLogNotFound), u"Flow log %1 does not exist"_s.arg(id));
}

Reply busy(const QJsonObject &o, const QString &why)
{
    return error(400, QLatin1String(flowLogBusy),
                 u"The flow log %1 is unavailable or is being operated: %2"_s.arg(o.value("id"_L1).toString(), why));
}

Reply notNow(const QJsonObject &o, QLatin1StringView verb)
{
    return busy(o, u"it is %1 and cannot be %2 now"_s.arg(o.value("state"_L1).toString(), verb));
}

// Starts a state change: changes applied now, the state during the change, then available again (or, removes, gone)
// after the sandbox's transition time.
void begin(Context &context, const Found &found, const QJsonObject &changes, QLatin1StringView during, bool removes)
{
    QJsonObject &o = *found.record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime settles = now.addMSecs(context.dataset().transitions().durationMs());
    for (auto it = changes.begin(); it != changes.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(u"state"_s, QString(during));
    o.insert(u"updated_at"_s, isoTime(now, true));
    Transition t{found.listKey, u"id"_s, o.value("id"_L1).toString(), settles.toMSecsSinceEpoch(), {}, removes};
    if (!removes)
        t.settled = QJsonObject{{u"state"_s, u"available"_s}, {u"updated_at"_s, isoTime(settles, true)}};
    context.dataset().transitions().start(std::move(t));
}

// The update body ({"name", "description"} at the top level) as record members, judged by the core rule table like
// create's; the rejection otherwise.
std::optional<Reply> readUpdate(const QByteArray &body, QJsonObject &changes)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QLatin1String(invalidBody),
                     u"Invalid request body: expected {\"name\": ..., \"description\": ...}"_s);
    static const std::pair<QLatin1StringView, QString FlowLogDraft::*> members[] = {
        {"name"_L1, &FlowLogDraft::name}, {"description"_L1, &FlowLogDraft::description}};
    FlowLogDraft draft;
    draft.service = Service::Er;
    QSet<QString> changed;
    const QJsonObject in = doc.object();
    for (auto it = in.begin(); it != in.end(); ++it) {
        const auto member =
            std::find_if(std::begin(members), std::end(members), [&it](const auto &m) { return m.first == it.key(); });
        if (member == std::end(members))
            return error(400, QLatin1String(invalidBody),
                         u"Invalid request body: unknown member %1 (the update body is {\"name\", \"description\"}, "
                         "not wrapped)"_s.arg(it.key()));
        if (!it.value().isString())
            return error(400, QLatin1String(invalidBody), u"Invalid request body: %1 must be a string"_s.arg(it.key()));
        draft.*member->second = it.value().toString();
        changed.insert(it.key());
        changes.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return error(400, QLatin1String(invalidBody), u"Invalid request body: give name, description or both"_s);
    for (const Violation &v : validateDraft(draft)) {
        if (changed.contains(v.field)) // the draft's field names are the body's member names
            return error(400, v.providerCode, v.message);
    }
    return std::nullopt;
}

Reply setEnabled(Context &context, const Call &call, bool enabled)
{
    Found found;
    if (std::optional<Reply> r = find(context, call, found))
        return *r;
    const QJsonObject &o = *found.record;
    const QLatin1StringView verb = enabled ? "enabled"_L1 : "disabled"_L1;
    if (o.value("state"_L1).toString() != "available"_L1)
        return notNow(o, verb);
    if (o.value("enabled"_L1).toBool() == enabled)
        return busy(o, u"it is already %1"_s.arg(verb));
    begin(context, found, QJsonObject{{u"enabled"_s, enabled}}, "modifying"_L1, false);
    return flowLogReply(202, o);
}

} // namespace

Reply showFlowLog(Context &context, const Call &call)
{
    Found found;
    if (std::optional<Reply> r = find(context, call, found))
        return *r;
    return flowLogReply(200, *found.record);
}

Reply updateFlowLog(Context &context, const Call &call)
{
    Found found;
    if (std::optional<Reply> r = find(context, call, found))
        return *r;
    QJsonObject changes;
    if (std::optional<Reply> r = readUpdate(call.request.body, changes))
        return *r;
    if (found.record->value("state"_L1).toString() != "available"_L1)
        return notNow(*found.record, "updated"_L1);
    begin(context, found, changes, "modifying"_L1, false);
    return flowLogReply(200, *found.record);
}

Reply enableFlowLog(Context &context, const Call &call)
{
    return setEnabled(context, call, true);
}

Reply disableFlowLog(Context &context, const Call &call)
{
    return setEnabled(context, call, false);
}

Reply deleteFlowLog(Context &context, const Call &call)
{
    Found found;
    if (std::optional<Reply> r = find(context, call, found))
        return *r;
    // Documented: a flow log can be deleted when it is available, failed or already deleting (that delete goes on).
    const QString state = found.record->value("state"_L1).toString();
    if (state == "available"_L1 || state == "failed"_L1)
        begin(context, found, {}, "deleting"_L1, true);
    else if (state != "deleting"_L1)
        return notNow(*found.record, "deleted"_L1);
    Reply r;
    r.status = 202;
    r.emptyBody = true;
    return r;
}

} // namespace flowlog::sandbox::huawei::er
