#include "lifecycle.h"

#include "enumtable.h"
#include "flowlogstatus.h"

#include <QJsonObject>

#include <algorithm>

namespace flowlog {

using namespace Qt::StringLiterals;

namespace {

bool containsField(const QList<QLatin1StringView> &fields, const QString &field)
{
    return std::any_of(fields.cbegin(), fields.cend(), [&field](QLatin1StringView f) { return field == f; });
}

// Each action's key (the CLI's command, JSON) and display name, in LifecycleAction's order.
constexpr EnumTable<LifecycleAction::Delete, QLatin1StringView> actionKeys{"activate"_L1, "deactivate"_L1, "modify"_L1,
                                                                           "delete"_L1};
constexpr EnumTable<LifecycleAction::Delete, const char *> actionNames{
    QT_TRANSLATE_NOOP("Lifecycle", "Activate"), QT_TRANSLATE_NOOP("Lifecycle", "Deactivate"),
    QT_TRANSLATE_NOOP("Lifecycle", "Edit"), QT_TRANSLATE_NOOP("Lifecycle", "Delete")};
static_assert(actionKeys.count == std::size(allLifecycleActions));

} // namespace

QLatin1StringView actionKey(LifecycleAction action)
{
    return actionKeys[action];
}

QString actionDisplayName(LifecycleAction action)
{
    return Lifecycle::tr(actionNames[action]);
}

QList<QLatin1StringView> FlowLogChange::fields() const
{
    QList<QLatin1StringView> out;
    if (name)
        out << fields::Name;
    if (description)
        out << fields::Description;
    if (intervalSeconds != 0)
        out << fields::Interval;
    return out;
}

bool FlowLogChange::heldBy(const FlowLog &f) const
{
    return (!name || *name == f.name) && (!description || *description == f.description) &&
           (intervalSeconds == 0 || intervalSeconds == f.intervalSeconds);
}

QList<QLatin1StringView> modifiableFields(Service service)
{
    // The modify operations' parameters (API notes, section 2): ER's update body has only name and description.
    switch (service) {
    case Service::Vpc:
    case Service::Cen:
    case Service::Ecr:
        return {fields::Name, fields::Description, fields::Interval};
    case Service::Er:
        return {fields::Name, fields::Description};
    }
    return {};
}

QList<Violation> validateChange(Service service, const FlowLogChange &change)
{
    FlowLogDraft draft;
    draft.service = service;
    draft.name = change.name.value_or(QString());
    draft.description = change.description.value_or(QString());
    draft.intervalSeconds = change.intervalSeconds;
    const QList<QLatin1StringView> changed = change.fields();
    const QList<QLatin1StringView> allowed = modifiableFields(service);
    QList<Violation> out;
    for (const QLatin1StringView field : changed) {
        if (!allowed.contains(field))
            out.append({QString(field), u"modify.readOnly"_s, QString(),
                        Lifecycle::tr("%1 flow logs cannot change their %2 after they are created.")
                            .arg(serviceDisplayName(service), QString(field))});
    }
    // Only what the change sets is judged: the rest of the draft is empty on purpose.
    for (const Violation &v : validateDraft(draft)) {
        if (containsField(changed, v.field) && containsField(allowed, v.field))
            out.append(v);
    }
    return out;
}

FlowLogPhase phaseOf(const FlowLog &f)
{
    switch (f.provider) {
    case Provider::Aliyun:
        if (f.status == "Active"_L1)
            return FlowLogPhase::Active;
        if (f.status == "Inactive"_L1)
            return FlowLogPhase::Inactive;
        return f.status.compare("failed"_L1, Qt::CaseInsensitive) == 0 ? FlowLogPhase::Failed : FlowLogPhase::Changing;
    case Provider::Huawei:
        if (f.status == "available"_L1)
            return isEnabled(f) ? FlowLogPhase::Active : FlowLogPhase::Inactive;
        return f.status == "failed"_L1 ? FlowLogPhase::Failed : FlowLogPhase::Changing;
    }
    return FlowLogPhase::Changing;
}

bool hasReached(LifecycleAction action, const FlowLogChange &change, const FlowLog &f)
{
    const FlowLogPhase phase = phaseOf(f);
    switch (action) {
    case LifecycleAction::Activate:
        return phase == FlowLogPhase::Active;
    case LifecycleAction::Deactivate:
        return phase == FlowLogPhase::Inactive;
    case LifecycleAction::Modify:
        return (phase == FlowLogPhase::Active || phase == FlowLogPhase::Inactive) && change.heldBy(f);
    case LifecycleAction::Delete:
        return false;
    }
    return false;
}

QString whyNot(LifecycleAction action, const FlowLogChange &change, const FlowLog &f)
{
    if (action == LifecycleAction::Modify) {
        for (const Violation &v : validateChange(f.service, change))
            return v.message;
    }
    switch (phaseOf(f)) {
    case FlowLogPhase::Changing:
        // The job waits for it to settle: not a reason to skip, but worth showing.
        return {};
    case FlowLogPhase::Failed:
        if (action != LifecycleAction::Delete)
            return Lifecycle::tr("The flow log failed (%1): only Delete applies.").arg(f.status);
        return {};
    case FlowLogPhase::Active:
    case FlowLogPhase::Inactive:
        return {};
    }
    return {};
}

} // namespace flowlog
