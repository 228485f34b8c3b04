#include "aliyundiscovery.h"

#include "bodymapper.h"
#include "jsonread.h"

namespace flowlog::aliyun {

namespace {

using namespace Qt::StringLiterals;

Params ecrInstancesRequest(const SourceSpec &source, const Cursor &cursor)
{
    Params params{{QStringLiteral("MaxResults"), QString::number(cursor.pageSize)}};
    if (!cursor.token.isEmpty())
        params.append({QStringLiteral("NextToken"), cursor.token});
    params.append(source.filters);
    return params;
}

Params rdAccountsRequest(const SourceSpec &source, const Cursor &cursor)
{
    Params params{{QStringLiteral("PageNumber"), QString::number(cursor.pageNumber)},
                  {QStringLiteral("PageSize"), QString::number(cursor.pageSize)}};
    params.append(source.filters);
    return params;
}

void addAttributes(Resource &r, const QJsonObject &o, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QString value = json::str(o, key);
        if (!value.isEmpty())
            r.attributes.append({QString(key), value});
    }
}

} // namespace

// {"RequestId", "NextToken", "TotalCount", "EcrList": [{"EcrId", "Name", "Status", "OwnerId", ...}]}
ResourcePage parseEcrInstancesPage(const QByteArray &body, const RowContext &ctx)
{
    ResourcePage page;
    QJsonObject root;
    if (!json::readObject(body, root, page.error))
        return page;
    page.requestId = json::str(root, "RequestId"_L1);
    const QJsonArray list = json::array(root, "EcrList"_L1);
    if (!json::mapRows(
            list, page,
            [&ctx](const QJsonObject &o) {
                Resource r = ctx.newResource(json::compact(o));
                r.id = json::str(o, "EcrId"_L1);
                r.name = json::str(o, "Name"_L1);
                r.status = json::str(o, "Status"_L1);
                addAttributes(r, o, {"OwnerId"_L1, "AlibabaSideAsn"_L1, "BizStatus"_L1});
                return r;
            },
            ApiErrors::tr("An ECR instance in the response is not an object."),
            ApiErrors::tr("An ECR instance in the response has no EcrId.")))
        return page;
    page.pageSize = static_cast<int>(list.size());
    page.nextToken = json::str(root, "NextToken"_L1);
    page.totalCount = json::integer(root, "TotalCount"_L1);
    return page;
}

// {"RequestId", "TotalCount", "PageNumber", "PageSize", "Accounts": {"Account": [{"AccountId", "DisplayName", ...}]}}
ResourcePage parseRdAccountsPage(const QByteArray &body, const RowContext &ctx)
{
    return json::numberedPage<Resource>(
        body, "Accounts"_L1, "Account"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = ctx.newResource(json::compact(o));
            r.id = json::str(o, "AccountId"_L1);
            r.name = json::str(o, "DisplayName"_L1);
            r.status = json::str(o, "Status"_L1);
            addAttributes(r, o, {"Type"_L1, "JoinMethod"_L1, "AccountName"_L1, "FolderId"_L1});
            return r;
        },
        ApiErrors::tr("An account in the response is not an object."),
        ApiErrors::tr("An account in the response has no AccountId."));
}

// {"RequestId", "AccountId", "Arn", "IdentityType", "UserId" | "RoleId", "PrincipalId"}
ResourcePage parseCallerIdentity(const QByteArray &body, const RowContext &ctx)
{
    ResourcePage page;
    QJsonObject root;
    if (!json::readObject(body, root, page.error))
        return page;
    page.requestId = json::str(root, "RequestId"_L1);
    Resource r = ctx.newResource(json::compact(root));
    r.id = json::str(root, "AccountId"_L1);
    r.name = json::str(root, "Arn"_L1);
    r.status = json::str(root, "IdentityType"_L1);
    if (r.id.isEmpty())
        json::setParseError(page.error, page.requestId, ApiErrors::tr("The answer does not name the account."));
    else
        page.rows.append(r);
    return page;
}

const ResourceList stsGetCallerIdentity{&products::sts,
                                        "GetCallerIdentity"_L1,
                                        "POST",
                                        OperationRules::discovery(PagingStyle::None, 0),
                                        [](const SourceSpec &source, const Cursor &) { return source.filters; },
                                        mapBody<parseCallerIdentity>};
const ResourceList ecrDescribeExpressConnectRouter{
    &products::ecr,      "DescribeExpressConnectRouter"_L1, "POST", OperationRules::discovery(PagingStyle::Token, 100),
    ecrInstancesRequest, mapBody<parseEcrInstancesPage>};
const ResourceList rdListAccounts{&products::resourceManager,
                                  "ListAccounts"_L1,
                                  "GET",
                                  OperationRules::discovery(PagingStyle::PageNumberFanOut, 100),
                                  rdAccountsRequest,
                                  mapBody<parseRdAccountsPage>};

} // namespace flowlog::aliyun
