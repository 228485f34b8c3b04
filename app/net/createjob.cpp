#include "createjob.h"

namespace flowlog {

CreateJob::CreateJob(CreateInput input, const Binder &bind, Mapper map, QNetworkAccessManager *nam, RetryPolicy policy,
                     QObject *parent)
    : TypedCallJob(std::move(input), {}, std::move(map), nam, policy, parent)
{
    m_input.draft.ensureClientToken();
    if (m_input.target.region.isEmpty())
        m_input.target.region = m_input.draft.region;
    setPlan(bind(m_input));
}

CreateJob::~CreateJob() = default;

void CreateJob::completed(const ExecutionResult &result)
{
    CreateResult out;
    if (result.error.isError()) {
        out.error = result.error;
        if (out.error.maybeCommitted)
            out.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it. "
                                           "Retrying this draft is safe and will not create it twice.");
    } else {
        out = mapped(result);
    }
    out.dryRun = out.dryRun || m_input.draft.dryRun;
    Q_EMIT finished(out);
}

} // namespace flowlog
