#include "lifecycleplan.h"

#include "flowlogtablemodel.h"
#include "profilestore.h"

#include <algorithm>

namespace flowlog {

QList<LifecyclePlanRow> LifecyclePlan::collect(const FlowLogTableModel &table, const ProfileStore &profiles,
                                               const Inventory *inventory, const QList<int> &tableRows)
{
    QList<LifecyclePlanRow> out;
    out.reserve(tableRows.size());
    for (const int row : tableRows) {
        if (row < 0 || row >= table.rowCount())
            continue;
        LifecyclePlanRow r;
        r.flowLog = table.at(row);
        r.sourceId = table.sourceOf(row);
        r.source = LifecycleRunner::sourceFor(profiles, inventory, r.sourceId);
        r.stale = table.isRowStale(row);
        r.lastSeen = table.lastSeenOfRow(row);
        out.append(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const LifecyclePlanRow &a, const LifecyclePlanRow &b) {
        const FlowLog &x = a.flowLog;
        const FlowLog &y = b.flowLog;
        if (x.account != y.account)
            return x.account.localeAwareCompare(y.account) < 0;
        if (x.service != y.service)
            return x.service < y.service;
        return (x.name.isEmpty() ? x.id : x.name).localeAwareCompare(y.name.isEmpty() ? y.id : y.name) < 0;
    });
    return out;
}

void LifecyclePlan::judge(QList<LifecyclePlanRow> &rows, LifecycleAction action, const FlowLogChange &change)
{
    for (LifecyclePlanRow &r : rows) {
        const FlowLog &f = r.flowLog;
        if (!r.source) {
            r.verdict = LifecyclePlanRow::Verdict::Excluded;
            r.note = tr("Its account is no longer configured or is disabled.");
            continue;
        }
        if (r.stale) {
            // Its state may have moved on since it was listed: act on what the provider shows now, not on a guess.
            r.verdict = LifecyclePlanRow::Verdict::Excluded;
            r.note = tr("%1 Refresh before changing it.").arg(FlowLogTableModel::staleNote(r.lastSeen));
            continue;
        }
        if (!(action == LifecycleAction::Modify && change.isEmpty())) {
            if (const QString why = whyNot(action, change, f); !why.isEmpty()) {
                r.verdict = LifecyclePlanRow::Verdict::Excluded;
                r.note = why;
                continue;
            }
        }
        if (action != LifecycleAction::Delete && !(action == LifecycleAction::Modify && change.isEmpty()) &&
            hasReached(action, change, f)) {
            r.verdict = LifecyclePlanRow::Verdict::AlreadyThere;
            r.note = action == LifecycleAction::Modify ? tr("Already so: nothing is sent.")
                                                       : tr("Already %1: nothing is sent.").arg(phaseText(f));
            continue;
        }
        if (phaseOf(f) == FlowLogPhase::Changing) {
            r.verdict = LifecyclePlanRow::Verdict::WaitsToSettle;
            r.note =
                tr("Changing now (%1): waits until it settles, then %2.").arg(f.status, changeText(action, change, f));
            continue;
        }
        r.verdict = LifecyclePlanRow::Verdict::Change;
        r.note = changeText(action, change, f);
    }
}

QList<LifecycleTarget> LifecyclePlan::targets(const QList<LifecyclePlanRow> &rows)
{
    QList<LifecycleTarget> out;
    for (const LifecyclePlanRow &r : rows) {
        if (r.isSent() && r.source)
            out.append({*r.source, r.flowLog});
    }
    return out;
}

int LifecyclePlan::sentCount(const QList<LifecyclePlanRow> &rows)
{
    return static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [](const LifecyclePlanRow &r) { return r.isSent() && r.source; }));
}

QStringList LifecyclePlan::changeErrors(const QList<LifecyclePlanRow> &rows, const FlowLogChange &change)
{
    QStringList out;
    for (const Service s : allServices) {
        const bool present =
            std::any_of(rows.cbegin(), rows.cend(), [s](const LifecyclePlanRow &r) { return r.flowLog.service == s; });
        if (!present)
            continue;
        for (const Violation &v : validateChange(s, change)) {
            if (v.rule == QLatin1String("modify.readOnly"))
                continue;
            const QString line = tr("%1: %2").arg(serviceDisplayName(s), v.message);
            if (!out.contains(line))
                out.append(line);
        }
    }
    return out;
}

QString LifecyclePlan::phaseText(const FlowLog &f)
{
    switch (phaseOf(f)) {
    case FlowLogPhase::Active:
        return tr("Active");
    case FlowLogPhase::Inactive:
        return tr("Inactive");
    case FlowLogPhase::Changing:
    case FlowLogPhase::Failed:
        return f.status;
    }
    return f.status;
}

QString LifecyclePlan::changeText(LifecycleAction action, const FlowLogChange &change, const FlowLog &f)
{
    switch (action) {
    case LifecycleAction::Activate:
        return tr("%1 → Active").arg(phaseText(f));
    case LifecycleAction::Deactivate:
        return tr("%1 → Inactive").arg(phaseText(f));
    case LifecycleAction::Delete:
        return tr("Deleted");
    case LifecycleAction::Modify:
        break;
    }
    QStringList parts;
    if (change.name && *change.name != f.name)
        parts << tr("name “%1” → “%2”").arg(f.name, *change.name);
    if (change.description && *change.description != f.description)
        parts << (change.description->isEmpty() ? tr("description cleared") : tr("new description"));
    if (change.intervalSeconds != 0 && change.intervalSeconds != f.intervalSeconds)
        parts << tr("interval %1 → %2")
                     .arg(FlowLogTableModel::intervalText(f.intervalSeconds),
                          FlowLogTableModel::intervalText(change.intervalSeconds));
    return parts.isEmpty() ? tr("No change") : parts.join(tr(", "));
}

QString LifecyclePlan::groupTitle(const FlowLog &f)
{
    return tr("%1 · %2").arg(f.account, serviceDisplayName(f.service));
}

} // namespace flowlog
