#include "lifecyclestep.h"

namespace flowlog {

LifecycleStep::LifecycleStep(LifecycleInput input, RequestPlan plan, Mapper map, QNetworkAccessManager *nam,
                             RetryPolicy policy, QObject *parent)
    : CallEngine(nam, policy, parent)
    , m_input(std::move(input))
    , m_map(std::move(map))
{
    setPlan(std::move(plan));
}

LifecycleStep::~LifecycleStep() = default;

void LifecycleStep::completed(const ExecutionResult &result)
{
    StepAnswer out;
    if (result.error.isError()) {
        out.error = result.error;
        out.requestId = result.error.requestId;
    } else {
        out = m_map(result.response, m_input);
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
