#include "aliyun/aliyunapi.h"

#include "aliyun/common.h"
#include "aliyun/operations.h"

namespace flowlog::sandbox {

AliyunApi::AliyunApi(Dataset &dataset, const Options &options)
    : m_auth(dataset)
    , m_context(dataset, options)
{}

Reply AliyunApi::handle(const ApiRequest &request)
{
    aliyun::Caller caller;
    caller.params = decodeForm(request.rawQuery);
    if (request.method == "POST")
        caller.params.append(decodeForm(request.body));

    if (std::optional<Reply> rejected = m_auth.authenticate(request, caller)) {
        rejected->operation = caller.action.isEmpty() ? QStringLiteral("(none)") : caller.action;
        return *rejected;
    }
    const std::optional<aliyun::Operation> operation = aliyun::findOperation(caller.version, caller.action);
    if (!operation) {
        Reply reply = aliyun::error(404, QStringLiteral("InvalidAction.NotFound"),
                                    QStringLiteral("Specified api is not found, please check your url and method."));
        reply.operation = caller.action.isEmpty() ? QStringLiteral("(none)") : caller.action;
        return reply;
    }
    Reply reply = operation->action->handler(m_context, *caller.account, caller.params);
    reply.operation = operation->name();
    return reply;
}

} // namespace flowlog::sandbox
