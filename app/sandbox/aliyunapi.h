#pragma once

#include "apirequest.h"
#include "dataset.h"

#include <QSet>

namespace flowlog::sandbox {

// Alibaba Cloud RPC on "/": Action + Version select VPC (2016-04-28), CEN/Cbn (2017-09-12) and ECR (2023-09-01).
// Authenticates like the service (its own canonicalisation), then answers in each API's documented shape.
class AliyunApi
{
public:
    explicit AliyunApi(Dataset &dataset);

    [[nodiscard]] Reply handle(const ApiRequest &request);

    // Seeds the Alibaba flow logs of an account (called by Dataset for every Alibaba account).
    static void seed(Dataset &dataset, Account &account, quint32 seed, int perSource);

private:
    Reply error(int status, const QString &code, const QString &message) const;
    Reply describeVpcFlowLogs(const Account &account, const Pairs &params);

    Dataset &m_dataset;
    QSet<QString> m_nonces;
};

} // namespace flowlog::sandbox
