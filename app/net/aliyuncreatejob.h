#pragma once

#include "aliyunrpc.h"
#include "createjob.h"

namespace flowlog {

// What the three Alibaba creates share: a POST form call built by the subclass's pure buildCall(), the RPC
// error mapping, and the answer {RequestId, Success, FlowLogId}. A DryRun answered with DryRunOperation is a
// success without an id.
class AliyunCreateJob : public CreateJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliyunCreateJob)

public:
    using CreateJob::CreateJob;

    void setSignatureVersion(aliyun::SignatureVersion version) { m_signatureVersion = version; }

    // Tag.1.Key, Tag.1.Value, ... in the draft's order (1-based), as every Alibaba create expects.
    static void appendTags(aliyun::Params &params, const QList<Tag> &tags,
                           const QString &prefix = QStringLiteral("Tag"));
    // Adds key=value only when value is not empty (optional parameters are omitted, not sent empty).
    static void appendIfSet(aliyun::Params &params, const QString &key, const QString &value);

    // Parses a create answer (success or DryRunOperation); public for parser tests.
    [[nodiscard]] static CreateResult parseCreateAnswer(const HttpResponse &response);

protected:
    [[nodiscard]] virtual aliyun::RpcCall call() const = 0;
    [[nodiscard]] HttpRequest buildRequest() const final;
    [[nodiscard]] Verdict judge(const HttpResponse &response) const final;
    [[nodiscard]] CreateResult parse(const HttpResponse &response) const final;

private:
    aliyun::SignatureVersion m_signatureVersion = aliyun::SignatureVersion::V1;
};

} // namespace flowlog
