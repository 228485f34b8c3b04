#pragma once

#include "lifecycle.h"
#include "lifecyclerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace flowlog {

class FlowLogTableModel;
class ProfileStore;

// One selected table row as the preview judges it before anything is sent (issue 17).
struct LifecyclePlanRow
{
    enum class Verdict
    {
        Change,        // sent
        AlreadyThere,  // sent; the job sees it done and makes no call
        WaitsToSettle, // sent; the flow log is changing state now, the job waits for it first
        Excluded       // not sent: see note
    };
    FlowLog flowLog;
    QString sourceId;
    std::optional<SourceSpec> source; // nullopt: the row's account is gone or disabled
    bool stale = false;               // the row's source was not confirmed by its last listing
    QDateTime lastSeen;
    Verdict verdict = Verdict::Change;
    QString note; // why it is excluded, or what happens to it

    [[nodiscard]] bool isSent() const { return verdict != Verdict::Excluded; }
};

// Judges selected rows for a lifecycle action: the rule table (core/lifecycle) plus what only the console knows
// (a stale row, a row whose account is gone). Shared by the preview dialog and its tests.
class LifecyclePlan
{
    Q_DECLARE_TR_FUNCTIONS(LifecyclePlan)

public:
    // The table rows (source-model row numbers) as they are now, in account, service, name order.
    // inventory (may be null) tells the sources discovery found (LifecycleRunner::sourceFor).
    [[nodiscard]] static QList<LifecyclePlanRow> collect(const FlowLogTableModel &table, const ProfileStore &profiles,
                                                         const Inventory *inventory, const QList<int> &tableRows);
    // Sets every row's verdict and note for action (and change, for Edit).
    static void judge(QList<LifecyclePlanRow> &rows, LifecycleAction action, const FlowLogChange &change);
    // The rows to send, in order.
    [[nodiscard]] static QList<LifecycleTarget> targets(const QList<LifecyclePlanRow> &rows);
    [[nodiscard]] static int sentCount(const QList<LifecyclePlanRow> &rows);
    // The rule table's complaints about change for the services among rows ("VPC: ..."), without the read-only
    // fields (those mark the rows of that service instead). Empty: the change may be sent.
    [[nodiscard]] static QStringList changeErrors(const QList<LifecyclePlanRow> &rows, const FlowLogChange &change);
    // What the action does to f, for the preview ("Active → Inactive", "name “a” → “b”", "Deleted").
    [[nodiscard]] static QString changeText(LifecycleAction action, const FlowLogChange &change, const FlowLog &f);
    // "Active", "Inactive", or the provider's status while it changes or failed.
    [[nodiscard]] static QString phaseText(const FlowLog &f);
    // "ali-prod · VPC": the group a row is listed under.
    [[nodiscard]] static QString groupTitle(const FlowLog &f);
};

} // namespace flowlog
