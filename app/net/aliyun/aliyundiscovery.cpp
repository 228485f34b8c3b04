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

} // namespace

// {"RequestId", "NextToken", "TotalCount", "EcrList": [{"EcrId", "Name", "Status", "OwnerId", ...}]}
ResourcePage parseEcrInstancesPage(const QByteArray &body, const RowContext &ctx)
{
    return json::numberedPage<Resource>(
        body, "EcrList"_L1, {},
        [&ctx](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, "EcrId"_L1, "Name"_L1, "Status"_L1);
            json::addAttributes(r, o, {"OwnerId"_L1, "AlibabaSideAsn"_L1, "BizStatus"_L1});
            return r;
        },
        ApiErrors::tr("An ECR instance in the response is not an object."),
        ApiErrors::tr("An ECR instance in the response has no EcrId."));
}

// {"RequestId", "TotalCount", "PageNumber", "PageSize", "Accounts": {"Account": [{"AccountId", "DisplayName", ...}]}}
ResourcePage parseRdAccountsPage(const QByteArray &body, const RowContext &ctx)
{
    return json::numberedPage<Resource>(
        body, "Accounts"_L1, "Account"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, "AccountId"_L1, "DisplayName"_L1, "Status"_L1);
            json::addAttributes(r, o, {"Type"_L1, "JoinMethod"_L1, "AccountName"_L1, "FolderId"_L1});
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
    const Resource r = json::resourceRow(ctx, root, "AccountId"_L1, "Arn"_L1, "IdentityType"_L1);
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
