#pragma once

#include "flowlogdraft.h"
#include "profile.h"
#include "source.h"

namespace flowlog {

// Where a create goes: the profile's endpoint override, ECR's central region, ER's project of the region.
// Shared by the create dialog and flowlog-cli create.
[[nodiscard]] SourceSpec createTarget(const Profile &profile, const FlowLogDraft &draft);

} // namespace flowlog
