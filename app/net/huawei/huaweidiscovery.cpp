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
    r.headers = {{"Content-Type", "application/json"}};
    return r;
}

RestRequest markerQuery(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r;
    r.query.append({QStringLiteral("limit"), QString::number(cursor.pageSize)});
    if (!cursor.token.isEmpty())
        r.query.append({QStringLiteral("marker"), cursor.token});
    r.query.append(source.filters);
    r.headers = {{"Content-Type", "application/json"}};
    return r;
}

RestRequest routersRequest(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r = markerQuery(source, cursor);
    r.pathValues = {{"project_id"_L1, source.projectId}};
    r.headers.emplace_back("X-Project-Id", source.projectId.toUtf8());
    return r;
}

Resource newResource(const RowContext &ctx, const QJsonObject &o)
{
    Resource r = ctx.newResource(json::compact(o));
    r.id = json::str(o, "id"_L1);
    r.name = json::str(o, "name"_L1);
    return r;
}

// A list of objects under listKey with ids, and page_info.next_marker (ER, Organizations).
template<typename RowFn>
ResourcePage markerPage(const QByteArray &body, QLatin1StringView listKey, RowFn rowFn, const QString &notObject,
                        const QString &noId)
{
    ResourcePage page;
    QJsonObject root;
    if (!json::readObject(body, root, page.error))
        return page;
    page.requestId = json::str(root, "request_id"_L1);
    const QJsonArray list = json::array(root, listKey);
    if (!json::mapRows(list, page, rowFn, notObject, noId))
        return page;
    page.pageSize = static_cast<int>(list.size());
    const QJsonObject info = root.value("page_info"_L1).toObject();
    page.nextToken = json::str(info, "next_marker"_L1);
    return page;
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
            Resource r = newResource(ctx, o);
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
    return markerPage(
        body, "instances"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = newResource(ctx, o);
            r.status = json::str(o, "state"_L1);
            return r;
        },
        ApiErrors::tr("An enterprise router in the response is not an object."),
        ApiErrors::tr("An enterprise router in the response has no id."));
}

// {"accounts": [{"id", "name", "status", "join_method", "urn", ...}], "page_info": {"next_marker", ...}}
ResourcePage parseOrgAccountsPage(const QByteArray &body, const RowContext &ctx)
{
    return markerPage(
        body, "accounts"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = newResource(ctx, o);
            r.status = json::str(o, "status"_L1);
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
                                   markerQuery,
                                   mapBody<parseOrgAccountsPage>};

} // namespace flowlog::huawei
