#pragma once

#include "calljob.h"
#include "lifecycle.h"
#include "source.h"

#include <QMetaType>

#include <functional>

namespace flowlog {

// What a lifecycle operation row's request builder and mapper read: the flow log, where it is, what to do.
struct LifecycleInput
{
    SourceSpec target; // profile, service, region, instance (ECR EcrId, ER er_id), project (ER)
    FlowLog flowLog;   // as last seen: its id (and, for CEN, the CenId in its raw JSON)
    LifecycleAction action = LifecycleAction::Activate;
    FlowLogChange change; // Modify
    QString clientToken;  // CEN, ECR: fixed before the first attempt, the same on every retry
    bool dryRun = false;  // ECR: checked by the service, nothing changes
};

// The answer to one step of a lifecycle job: a call (activate, ...) or a read of the flow log by its id.
struct StepAnswer
{
    ApiError error; // kind None on success (maybeCommitted when a call's outcome is unknown)
    QString requestId;
    QString doneCode;   // success by one of the row's done codes (not found on delete, DryRunOperation)
    bool found = false; // reads: the flow log exists
    FlowLog flowLog;    // reads: the flow log as it is now
};

// One lifecycle call or read: a typed call job over the generic CallEngine (like CreateJob). finished() fires
// exactly once after start(). Made by makeLifecycleStep (jobfactory.h).
class LifecycleStep final : public TypedCallJob<LifecycleInput, StepAnswer>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecycleStep)

public:
    using TypedCallJob::TypedCallJob;
    ~LifecycleStep() override;

Q_SIGNALS:
    void finished(const flowlog::StepAnswer &answer);

private:
    void completed(const ExecutionResult &result) override;
};

// One service's lifecycle rows (aliyunlifecycle.h, huaweilifecycle.h): the four changes and the read by id that
// follows a flow log until it settles.
template<typename Operation> struct LifecycleRows
{
    const Operation &activate;
    const Operation &deactivate;
    const Operation &modify;
    const Operation &remove;
    const Operation &read;

    [[nodiscard]] const Operation &change(LifecycleAction action) const
    {
        switch (action) {
        case LifecycleAction::Activate:
            return activate;
        case LifecycleAction::Deactivate:
            return deactivate;
        case LifecycleAction::Modify:
            return modify;
        case LifecycleAction::Delete:
            return remove;
        }
        return read;
    }
};

// Finds the flow log with input's id in a parsed list page (the reads of the Alibaba services are their list
// operations filtered by FlowLogId).
[[nodiscard]] StepAnswer readFromPage(const ListPage &page, const LifecycleInput &input);

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::StepAnswer)
