#pragma once

#include "bodymapper.h"
#include "huaweioperations.h"
#include "jsonread.h"

// The Huawei Cloud discovery operations of a sweep (issue 16), one row each: what an account holds before its flow
// logs are listed. Every row lists Resources; bind it with bindResourceListJob (jobbinding.h).
//
// This group is header-only: each row is defined where it is declared, with its request builder and its mapper
// (inline, in namespace detail).
namespace flowlog::huawei {

using ResourceList = RestOperation<SourceSpec, ResourcePage>;
using ResourceRequest = RestRequest (*)(const SourceSpec &source, const Cursor &cursor);

// The row of a marker-paged GET listing (ER routers and attachments, Organizations accounts), written once: limit
// pageSize / marker, following page_info.next_marker, under the discovery rules; each page's body mapped by Parse.
template<auto Parse>
[[nodiscard]] ResourceList markerListing(const ApiProduct &product, QLatin1StringView path, int pageSize,
                                         ResourceRequest request = markerPagedRequest)
{
    return {&product, "GET", path, OperationRules::discovery(PagingStyle::Token, pageSize), request, mapBody<Parse>};
}

namespace detail {

using namespace Qt::StringLiterals;

inline RestRequest projectsRequest(const SourceSpec &source, const Cursor &)
{
    RestRequest r;
    r.query = source.filters;
    r.headers = jsonHeaders();
    return r;
}

inline RestRequest routersRequest(const SourceSpec &source, const Cursor &cursor)
{
    RestRequest r = markerPagedRequest(source, cursor);
    r.pathValues = {{"project_id"_L1, source.projectId}};
    r.headers = erHeaders(source.projectId);
    return r;
}

// {"projects": [{"id", "name", "domain_id", "parent_id", "enabled", ...}], "links": {...}}
inline ResourcePage parseProjectsPage(const QByteArray &body, const RowContext &ctx)
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
inline ResourcePage parseRoutersPage(const QByteArray &body, const RowContext &ctx)
{
    return json::markerPage<Resource>(
        body, "instances"_L1,
        [&ctx](const QJsonObject &o) { return json::resourceRow(ctx, o, "id"_L1, "name"_L1, "state"_L1); },
        ApiErrors::tr("An enterprise router in the response is not an object."),
        ApiErrors::tr("An enterprise router in the response has no id."));
}

// {"accounts": [{"id", "name", "status", "join_method", "urn", ...}], "page_info": {"next_marker", ...}}
inline ResourcePage parseOrgAccountsPage(const QByteArray &body, const RowContext &ctx)
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

} // namespace detail

// The mappers, pure (tests and fuzz targets call them on bodies).
using detail::parseOrgAccountsPage;
using detail::parseProjectsPage;
using detail::parseRoutersPage;

// IAM KeystoneListProjects: GET /v3/projects on the global IAM endpoint, AK/SK signed, one answer (no page and
// per_page: Keystone then answers every project). Each a Resource: id the project id, name the project name (a
// region id, "MOS", or "<region>_<sub-project>"), parentId parent_id, status "enabled" or "disabled".
inline const ResourceList iamListProjects{&products::iam,
                                          "GET",
                                          QLatin1StringView("/v3/projects"),
                                          OperationRules::discovery(PagingStyle::None, 0),
                                          detail::projectsRequest,
                                          mapBody<detail::parseProjectsPage>};

// ER ListEnterpriseRouters: GET /v3/{project_id}/enterprise-router/instances (SourceSpec::projectId), limit (100) /
// marker, following page_info.next_marker. Each a Resource: id, name, status state, region the source's.
inline const ResourceList erListEnterpriseRouters = markerListing<detail::parseRoutersPage>(
    products::er, QLatin1StringView("/v3/{project_id}/enterprise-router/instances"), 100, detail::routersRequest);

// Organizations ListAccounts: GET /v1/organizations/accounts on the global endpoint, limit (1000, the API's
// default and largest) / marker. Each a Resource: id the account id, name, status, attributes join_method, urn.
inline const ResourceList orgListAccounts = markerListing<detail::parseOrgAccountsPage>(
    products::organizations, QLatin1StringView("/v1/organizations/accounts"), 1000);

} // namespace flowlog::huawei
