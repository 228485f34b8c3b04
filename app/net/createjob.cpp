#include "createjob.h"

namespace flowlog {

CreateJob::CreateJob(SourceSpec target, FlowLogDraft draft, Credentials credentials, QNetworkAccessManager *nam,
                     RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_draft(std::move(draft))
    , m_credentials(std::move(credentials))
    , m_nam(nam)
    , m_policy(policy)
{
    m_draft.ensureClientToken();
}

CreateJob::~CreateJob() = default;

void CreateJob::start()
{
    m_executor = new RequestExecutor(m_nam, m_policy, this);
    connect(m_executor, &RequestExecutor::finished, this, &CreateJob::onFinished);
    connect(m_executor, &RequestExecutor::retrying, this, &CreateJob::retrying);
    m_executor->start([this] { return buildRequest(); }, [this](const HttpResponse &r) { return judge(r); });
}

void CreateJob::abort()
{
    if (m_executor)
        m_executor->abort();
}

void CreateJob::onFinished(const ExecutionResult &result)
{
    CreateResult out;
    if (result.error.isError()) {
        out.error = result.error;
        // Lost in transit after sending: the service may have made it. The same token makes a retry safe.
        const bool unknownOutcome = out.error.kind == ApiError::Kind::Network ||
                                    out.error.kind == ApiError::Kind::Timeout ||
                                    (out.error.kind == ApiError::Kind::Parse && result.response.requestSent) ||
                                    out.error.maybeCommitted;
        if (unknownOutcome) {
            out.error.maybeCommitted = true;
            out.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it. "
                                           "Retrying this draft is safe and will not create it twice.");
        }
    } else {
        out = parse(result.response);
    }
    out.dryRun = out.dryRun || m_draft.dryRun;
    Q_EMIT finished(out);
}

} // namespace flowlog
