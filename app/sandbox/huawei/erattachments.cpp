#include "huawei/erattachments.h"

#include "huawei/ercommon.h"
#include "resources.h"

namespace flowlog::sandbox::huawei::er {

using namespace Qt::StringLiterals;

Reply listAttachments(Context &context, const Call &call)
{
    Target target;
    if (std::optional<Reply> rejected = resolve(call, target))
        return *rejected;
    const QList<QJsonObject> all = context.dataset().resources().list(
        Resources::key(ResourceKind::ErAttachment, call.account, target.projectId, target.erId));
    return listPage(all, call.query, u"attachments"_s, {u"state"_s, u"resource_type"_s, u"resource_id"_s});
}

} // namespace flowlog::sandbox::huawei::er
