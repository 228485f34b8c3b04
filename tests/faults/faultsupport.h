#pragma once

#include "sweeprunner.h"

#include <QString>

namespace flowlog::test {

// Identity of a row that does not depend on profile ids (two sandboxes with the same seed serve the same data
// under their own ids): account | service | region | flow log id.
[[nodiscard]] QString rowIdentity(const FlowLog &row, const QString &stripPrefix = {});

// identity -> raw provider JSON, for comparing two sweeps of the same data.
[[nodiscard]] QMap<QString, QByteArray> rowsByIdentity(const SweepOutcome &outcome, const QString &stripPrefix = {});

// The profiles of a sandbox under other names and ids ("PREFIXname"), so two sandboxes can share one sweep.
[[nodiscard]] QList<Profile> renamedProfiles(const QList<Profile> &profiles, const QString &prefix);

} // namespace flowlog::test
