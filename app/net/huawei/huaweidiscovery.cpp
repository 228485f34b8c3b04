#include "huaweidiscovery.h"

#include "bodymapper.h"
#include "jsonread.h"

namespace flowlog::huawei {

namespace {

using namespace Qt::StringLiterals;

RestRequest projectsRequest(const SourceSpec &source, const Cursor &)
{
    RestRequest r;
    r.query = source.filters;
    r.headers = jsonHeaders();
    return r;
}

RestRequest routersRequest(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r = markerPagedRequest(source, cursor);
    r.pathValues = {{"project_id"_L1, source.projectId}};
    r.headers = erHeaders(source.projectId);
    return r;
}

} // namespace

// {"projects": [{"id", "name", "domain_id", "parent_id", "enabled", ...}], "links": {...}}
ResourcePage parseProjectsPage(const QByteArray &body, const RowContext &ctx)
{
    ResourcePage page;
    QJsonObject root;
    if (!json::readObject(body, root, page.error))
        return page;
    json::mapRows(
        json::array(root, "projects"_L1), page,
        [&ctx](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, "id"_L1, "name"_L1, {});
            r.parentId = json::str(o, "parent_id"_L1);
            const QString enabled = json::str(o, "enabled"_L1);
            r.status = enabled.compare("false"_L1, Qt::CaseInsensitive) == 0 ? QStringLiteral("disabled")
                                                                             : QStringLiteral("enabled");
            r.attributes.append({QStringLiteral("domain_id"), json::str(o, "domain_id"_L1)});
            return r;
        },
        ApiErrors::tr("A project in the response is not an object."),
        ApiErrors::tr("A project in the response has no id."));
    return page;
}

// {"instances": [{"id", "name", "state", ...}], "page_info": {"next_marker", "current_count"}, "request_id"}
ResourcePage parseRoutersPage(const QByteArray &body, const RowContext &ctx)
{
    return json::markerPage<Resource>(
        body, "instances"_L1,
        [&ctx](const QJsonObject &o) { return json::resourceRow(ctx, o, "id"_L1, "name"_L1, "state"_L1); },
        ApiErrors::tr("An enterprise router in the response is not an object."),
        ApiErrors::tr("An enterprise router in the response has no id."));
}

// {"accounts": [{"id", "name", "status", "join_method", "urn", ...}], "page_info": {"next_marker", ...}}
ResourcePage parseOrgAccountsPage(const QByteArray &body, const RowContext &ctx)
{
    return json::markerPage<Resource>(
        body, "accounts"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, "id"_L1, "name"_L1, "status"_L1);
            r.attributes.append({QStringLiteral("join_method"), json::str(o, "join_method"_L1)});
            r.attributes.append({QStringLiteral("urn"), json::str(o, "urn"_L1)});
            return r;
        },
        ApiErrors::tr("An account in the response is not an object."),
        ApiErrors::tr("An account in the response has no id."));
}

const ResourceList iamListProjects{&products::iam,    "GET",
                                   "/v3/projects"_L1, OperationRules::discovery(PagingStyle::None, 0),
                                   projectsRequest,   mapBody<parseProjectsPage>};
const ResourceList erListEnterpriseRouters{&products::er,
                                           "GET",
                                           "/v3/{project_id}/enterprise-router/instances"_L1,
                                           OperationRules::discovery(PagingStyle::Token, 100),
                                           routersRequest,
                                           mapBody<parseRoutersPage>};
const ResourceList orgListAccounts{&products::organizations,
                                   "GET",
                                   "/v1/organizations/accounts"_L1,
                                   OperationRules::discovery(PagingStyle::Token, 1000),
                                   markerPagedRequest,
                                   mapBody<parseOrgAccountsPage>};

} // namespace flowlog::huawei
