#pragma once

#include "apirequest.h"
#include "dataset.h"

#include <optional>

namespace flowlog::sandbox::huawei {

// The API gateway's AK/SK check (SDK-HMAC-SHA256): a known Huawei access key, X-Sdk-Date within 15 minutes, host and
// x-sdk-date signed, the signature recomputed here. The 401 APIGW.0301 rejection, or nothing with account set.
[[nodiscard]] std::optional<Reply> authenticate(const Dataset &dataset, const ApiRequest &request,
                                                const Account *&account);

} // namespace flowlog::sandbox::huawei
