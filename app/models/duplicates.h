#pragma once

#include "flowlog.h"

#include <QList>

namespace flowlog {

class FlowLogTableModel;

// A flow log in the table that a new one would duplicate.
struct Duplicate
{
    enum class Reason
    {
        SameTargetAndStorage, // same account, service, region, resource and the same storage
        SameNameOnTarget      // same account, service, region and resource, and the same name
    };
    FlowLog existing;
    Reason reason = Reason::SameTargetAndStorage;
};

// The rows of table that candidate (the record a create would add) duplicates: same account, service and region
// (when both have one), same resource id, and either the same storage (project and store, or ER log group and
// stream) or the same non-empty name. Ids and names compare exactly, as the providers do.
[[nodiscard]] QList<Duplicate> findDuplicates(const FlowLogTableModel &table, const FlowLog &candidate);

} // namespace flowlog
