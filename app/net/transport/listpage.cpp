#include "listpage.h"

namespace flowlog {

FlowLog RowContext::newFlowLog(Service service) const
{
    FlowLog f;
    f.account = account;
    f.profileId = profileId;
    f.provider = providerOf(service);
    f.service = service;
    f.region = region;
    return f;
}

QString Resource::attribute(QStringView key) const
{
    for (const auto &[name, value] : attributes) {
        if (name == key)
            return value;
    }
    return {};
}

} // namespace flowlog
