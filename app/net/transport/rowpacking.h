#pragma once

#include "flowlog.h"
#include "jsonread.h"

namespace flowlog {

// A row mapped on its own (a create's answer, one object), not as part of a page: o's compact JSON packed as the
// row's raw JSON, in a block of its own with its service's dictionary.
[[nodiscard]] inline FlowLog packedAlone(FlowLog f, const QJsonObject &o)
{
    f.rawJson = PackedJson(json::compact(o), f.service);
    return f;
}

// A page's rows take their raw JSON from packed, row i value i (a page parser appended each row's compact JSON to
// packed as it mapped it): packed as one block, with no buffer a row.
inline void setRawJson(QList<FlowLog> &rows, PackedPage &packed)
{
    packed.pack();
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].rawJson = packed.value(i);
}

} // namespace flowlog
