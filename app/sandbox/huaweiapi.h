#pragma once

#include "apirequest.h"
#include "dataset.h"

namespace flowlog::sandbox {

// Huawei Cloud Enterprise Router v3 REST under /v3/{project_id}/enterprise-router/{er_id}/flow-logs.
class HuaweiApi
{
public:
    explicit HuaweiApi(Dataset &dataset);

    [[nodiscard]] bool handles(const ApiRequest &request) const;
    [[nodiscard]] Reply handle(const ApiRequest &request);

    // Seeds the ER flow logs of a Huawei account.
    static void seed(Dataset &dataset, Account &account, quint32 seed, int perSource);

private:
    Dataset &m_dataset;
};

} // namespace flowlog::sandbox
