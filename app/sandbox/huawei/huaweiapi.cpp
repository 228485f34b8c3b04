#include "huawei/huaweiapi.h"

#include "huawei/auth.h"
#include "huawei/common.h"

namespace flowlog::sandbox {

Reply HuaweiApi::handle(const ApiRequest &request)
{
    QHash<QString, QString> pathValues;
    const huawei::Route *route = huawei::findRoute(request.method, request.path, pathValues);
    if (!route) {
        Reply r = huawei::noSuchApi();
        r.operation = QStringLiteral("huawei.unknown");
        return r;
    }
    const Account *account = nullptr;
    std::optional<Reply> rejected = huawei::authenticate(m_context.dataset(), request, account);
    Reply reply = rejected ? *rejected
                           : route->handler(m_context, huawei::Call{request, *account, std::move(pathValues),
                                                                    decodeForm(request.rawQuery)});
    reply.operation = route->operation;
    return reply;
}

} // namespace flowlog::sandbox
