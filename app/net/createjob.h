#pragma once

#include "calljob.h"
#include "credentials.h"
#include "flowlogdraft.h"
#include "source.h"

#include <QMetaType>

namespace flowlog {

struct CreateResult
{
    ApiError error; // kind None on success; maybeCommitted when the outcome is unknown
    QString flowLogId;
    QString requestId;
    bool dryRun = false; // the draft was only checked by the service
    bool hasFlowLog = false;
    FlowLog flowLog; // when the API returns the created object (Huawei ER)
};

// What a create operation's request builder and mapper read: where the flow log goes and what it is.
struct CreateInput
{
    SourceSpec target;
    FlowLogDraft draft;
};

// Creates one flow log: a typed call job over the generic CallEngine, running a create operation of any provider
// (aliyunoperations.h, huaweioperations.h). The draft's client token is fixed before the first attempt and reused
// by every retry, so a retried create can never make a second flow log. finished() fires exactly once after
// start(). Made by makeCreateJob (jobfactory.h).
class CreateJob final : public TypedCallJob<CreateInput, CreateResult>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateJob)

public:
    // Binds an operation to the job's input once its client token is set.
    using Binder = std::function<RequestPlan(const CreateInput &input)>;

    CreateJob(CreateInput input, const Binder &bind, Mapper map, QNetworkAccessManager *nam, RetryPolicy policy,
              QObject *parent = nullptr);
    ~CreateJob() override;

    [[nodiscard]] const FlowLogDraft &draft() const { return m_input.draft; }
    [[nodiscard]] const SourceSpec &target() const { return m_input.target; }

Q_SIGNALS:
    void finished(const flowlog::CreateResult &result);

private:
    void completed(const ExecutionResult &result) override;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::CreateResult)
