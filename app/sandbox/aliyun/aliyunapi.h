#pragma once

#include "aliyun/auth.h"
#include "apirequest.h"
#include "context.h"
#include "dataset.h"

namespace flowlog::sandbox {

// Alibaba Cloud RPC on "/": authenticates like the gateway (aliyun/auth), then finds the operation by Version and
// Action in the products' tables (aliyun/operations.h) and answers in that API's documented shape.
class AliyunApi
{
public:
    AliyunApi(Dataset &dataset, const Options &options);

    [[nodiscard]] Reply handle(const ApiRequest &request);

private:
    aliyun::Authenticator m_auth;
    Context m_context;
};

} // namespace flowlog::sandbox
