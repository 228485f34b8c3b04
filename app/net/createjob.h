#pragma once

#include "credentials.h"
#include "flowlogdraft.h"
#include "requestexecutor.h"
#include "source.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace flowlog {

struct CreateResult
{
    ApiError error;       // kind None on success; maybeCommitted when the outcome is unknown
    QString flowLogId;
    QString requestId;
    bool dryRun = false;  // the draft was only checked by the service
    bool hasFlowLog = false;
    FlowLog flowLog;      // when the API returns the created object (Huawei ER)
};

// Creates one flow log. The draft's client token is fixed before the first attempt and reused by every retry,
// so a retried create can never make a second flow log. finished() fires exactly once after start().
class CreateJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateJob)

public:
    CreateJob(SourceSpec target, FlowLogDraft draft, Credentials credentials, QNetworkAccessManager *nam,
              RetryPolicy policy, QObject *parent = nullptr);
    ~CreateJob() override;

    [[nodiscard]] const FlowLogDraft &draft() const { return m_draft; }
    [[nodiscard]] const SourceSpec &target() const { return m_target; }
    void start();
    void abort();

Q_SIGNALS:
    void finished(const flowlog::CreateResult &result);
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);

protected:
    [[nodiscard]] virtual HttpRequest buildRequest() const = 0;
    [[nodiscard]] virtual Verdict judge(const HttpResponse &response) const = 0;
    [[nodiscard]] virtual CreateResult parse(const HttpResponse &response) const = 0;
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }

private:
    void onFinished(const ExecutionResult &result);

    SourceSpec m_target;
    FlowLogDraft m_draft;
    Credentials m_credentials;
    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    QPointer<RequestExecutor> m_executor;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::CreateResult)
