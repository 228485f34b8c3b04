#pragma once

#include "dataset.h"

namespace flowlog::sandbox::aliyun {

// Seeds an Alibaba account's flow logs (VPC and CEN per region, ECR per instance), deterministic from seed: the same
// seed gives the same records, byte for byte.
void seedAccount(Dataset &dataset, Account &account, quint32 seed, int perSource);
// Seeds the account's networks (aliyun/seedresources.cpp) and points its seeded flow logs at them: some networks
// watched fully, some partly, some not, a few flow logs on networks that no longer exist. After seedAccount.
void seedResources(Dataset &dataset, const Account &account, quint32 seed, int perSource);

} // namespace flowlog::sandbox::aliyun
