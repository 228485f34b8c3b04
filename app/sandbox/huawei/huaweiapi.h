#pragma once

#include "apirequest.h"
#include "dataset.h"
#include "huawei/operations.h"

namespace flowlog::sandbox {

// Huawei Cloud REST: finds the route by method and path (each service's routes, huawei/operations.h), authenticates
// like the API gateway (huawei/auth), then lets the route's handler answer. An unknown path under a route's root is the
// gateway's 404 APIGW.0101, before authentication, as the real gateway answers it.
class HuaweiApi
{
public:
    HuaweiApi(Dataset &dataset, const Options &options)
        : m_context(dataset, options)
    {}

    // Whether this module answers path (the server's routing).
    [[nodiscard]] static bool handles(QStringView path) { return huawei::isApiPath(path); }
    [[nodiscard]] Reply handle(const ApiRequest &request);

private:
    Context m_context;
};

} // namespace flowlog::sandbox
