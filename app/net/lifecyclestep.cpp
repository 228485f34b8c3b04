#include "lifecyclestep.h"

namespace flowlog {

LifecycleStep::~LifecycleStep() = default;

void LifecycleStep::completed(const ExecutionResult &result)
{
    StepAnswer out;
    if (result.error.isError()) {
        out.error = result.error;
        out.requestId = result.error.requestId;
    } else {
        out = mapped(result);
        out.doneCode = result.doneCode;
    }
    Q_EMIT finished(out);
}

StepAnswer readFromPage(const ListPage &page, const LifecycleInput &input)
{
    StepAnswer out;
    out.requestId = page.requestId;
    out.error = page.error;
    for (const FlowLog &f : page.rows) {
        if (f.id == input.flowLog.id) {
            out.found = true;
            out.flowLog = f;
        }
    }
    return out;
}

} // namespace flowlog
