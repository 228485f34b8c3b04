#pragma once

#include "dataset.h"

namespace flowlog::sandbox::huawei {

// Seeds a Huawei account's ER flow logs: one list per region and router, deterministic from seed.
void seedAccount(Dataset &dataset, Account &account, quint32 seed, int perSource);
// Seeds each router's attachments (huawei/seedresources.cpp) and points the seeded flow logs at them. After
// seedAccount.
void seedResources(Dataset &dataset, const Account &account, quint32 seed, int perSource);

} // namespace flowlog::sandbox::huawei
