#pragma once

#include "flowlogdraft.h"
#include "profile.h"
#include "source.h"

namespace flowlog {

// Where a create goes: the profile's endpoint override, a global service's home region (ECR), the instance the
// draft names (ECR, ER) and the region's project (Huawei). Shared by the create dialog and flowlog-cli create.
[[nodiscard]] SourceSpec createTarget(const Profile &profile, const FlowLogDraft &draft);

} // namespace flowlog
