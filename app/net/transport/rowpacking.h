#pragma once

#include "flowlog.h"

namespace flowlog {

// A row mapped on its own (a create's answer, one object), not as part of a page: its raw JSON packed in a block of
// its own, with its service's dictionary (a page's rows pack theirs together: PackedJson::packTogether).
[[nodiscard]] inline FlowLog packedAlone(FlowLog f)
{
    f.rawJson = PackedJson(f.rawJson.json(), f.service);
    return f;
}

} // namespace flowlog
