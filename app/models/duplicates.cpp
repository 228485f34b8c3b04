#include "duplicates.h"

#include "flowlogtablemodel.h"

namespace flowlog {

QList<Duplicate> findDuplicates(const FlowLogTableModel &table, const FlowLog &candidate)
{
    QList<Duplicate> out;
    if (candidate.resourceId.isEmpty())
        return out;
    for (int i = 0; i < table.rowCount(); ++i) {
        const FlowLog &f = table.at(i);
        if (f.resourceId != candidate.resourceId || f.service != candidate.service ||
            f.profileId != candidate.profileId)
            continue;
        if (!f.region.isEmpty() && !candidate.region.isEmpty() && f.region != candidate.region)
            continue;
        const bool sameStorage = !candidate.storageProject.isEmpty() && f.storageProject == candidate.storageProject &&
                                 f.storageStore == candidate.storageStore;
        if (sameStorage)
            out.append({f, Duplicate::Reason::SameTargetAndStorage});
        else if (!candidate.name.isEmpty() && f.name == candidate.name)
            out.append({f, Duplicate::Reason::SameNameOnTarget});
    }
    return out;
}

} // namespace flowlog
