#pragma once

#include "flowlogdraft.h"
#include "profile.h"
#include "source.h"

namespace flowlog {

class PendingCreates;
class ProfileStore;

// Where a call for the profile's own account goes before a service, region or instance is chosen: its id, name and
// endpoint override.
[[nodiscard]] SourceSpec profileSource(const Profile &profile);

// Where a create goes: the profile's endpoint override, a global service's home region (ECR), the instance the
// draft names (ECR, ER) and the region's project (Huawei). Shared by the create dialog and flowlog-cli create.
[[nodiscard]] SourceSpec createTarget(const Profile &profile, const FlowLogDraft &draft);

// The regions a flow log can be created in for an account, the only ones the create dialog offers: today the
// profile's regions; discovery adds the regions it finds here.
[[nodiscard]] QStringList createRegions(const Profile &profile);

// The pending creates of the console's dialogs: those of the user's profiles live in the state file (across dialogs,
// restarts and flowlog-cli runs), those of a sandbox session's made-up profiles in memory, for the life of the process.
[[nodiscard]] PendingCreates &consolePendingCreates(const ProfileStore *profiles);

} // namespace flowlog
