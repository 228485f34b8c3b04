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

Resource RowContext::newResource(QByteArray rawJson) const
{
    Resource r;
    r.account = account;
    r.profileId = profileId;
    r.region = region;
    r.rawJson = std::move(rawJson);
    return r;
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
