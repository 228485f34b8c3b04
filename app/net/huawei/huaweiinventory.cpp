#include "huaweiinventory.h"

#include "bodymapper.h"
#include "jsonread.h"

namespace flowlog::huawei {

namespace {

using namespace Qt::StringLiterals;

RestRequest attachmentsRequest(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r = markerPagedRequest(source, cursor);
    r.pathValues = {{"project_id"_L1, source.projectId}, {"er_id"_L1, source.instanceId}};
    r.headers = erHeaders(source.projectId);
    return r;
}

} // namespace

// {"attachments": [{"id", "name", "state", "resource_type", "resource_id", ...}], "page_info": {"next_marker"}}
ResourcePage parseAttachmentsPage(const QByteArray &body, const RowContext &ctx)
{
    return json::markerPage<Resource>(
        body, "attachments"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, "id"_L1, "name"_L1, "state"_L1);
            r.attributes = {{u"resource_type"_s, json::str(o, "resource_type"_L1)},
                            {u"resource_id"_s, json::str(o, "resource_id"_L1)}};
            return r;
        },
        ApiErrors::tr("An attachment in the response is not an object."),
        ApiErrors::tr("An attachment in the response has no id."));
}

const ResourceList erListAttachments{&products::er,
                                     "GET",
                                     "/v3/{project_id}/enterprise-router/{er_id}/attachments"_L1,
                                     OperationRules::discovery(PagingStyle::Token, 100),
                                     attachmentsRequest,
                                     mapBody<parseAttachmentsPage>};

} // namespace flowlog::huawei
