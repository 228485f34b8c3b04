#pragma once

#include "flowlog.h"

#include <QString>

namespace flowlog {

// Whether the flow log is switched on: Huawei ER's "enabled" (a boolean, or its text after type drift), read from
// the row's provider JSON; true when absent (the API's default) and for every other service, whose Status says it.
[[nodiscard]] bool isEnabled(const FlowLog &f);

// The status as the table, the facets, exports and `flowlog-cli list [--status]` show it: the provider's value,
// except that an ER flow log in state "available" reads Active when enabled and Inactive when disabled (its state
// stays "available" either way), so every service says Active / Inactive alike.
[[nodiscard]] QString shownStatus(const FlowLog &f);

} // namespace flowlog
