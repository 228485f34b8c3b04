#pragma once

#include "aliyunoperations.h"
#include "bodymapper.h"
#include "jsonread.h"

// The networks Alibaba flow logs watch (coverage, issue 18): what an account holds per region, listed as Resources
// (VPCs, vSwitches; transit routers and their attachments; ECR child instances). Bind a row with
// bindResourceListJob (jobbinding.h); check its request with rpcCall().
//
// This group is header-only: each row is defined where it is declared, with its request builder and its mapper
// (inline, in namespace detail), so adding an operation touches this file alone on the client side.
namespace flowlog::aliyun {

namespace detail {

using namespace Qt::StringLiterals;

inline Params describeVpcsRequest(const SourceSpec &source, const Cursor &cursor)
{
    Params params{{QStringLiteral("RegionId"), source.region},
                  {QStringLiteral("PageNumber"), QString::number(cursor.pageNumber)},
                  {QStringLiteral("PageSize"), QString::number(cursor.pageSize)}};
    params.append(source.filters);
    return params;
}

// {"RequestId", "TotalCount", "PageNumber", "PageSize", "Vpcs": {"Vpc": [{"VpcId", "VpcName", "Status", "RegionId",
// "CidrBlock", "IsDefault", "ResourceGroupId", ...}]}}
inline ResourcePage parseVpcsPage(const QByteArray &body, const RowContext &ctx)
{
    return json::numberedPage<Resource>(
        body, "Vpcs"_L1, "Vpc"_L1,
        [&ctx](const QJsonObject &o) {
            Resource r = json::resourceRow(ctx, o, "VpcId"_L1, "VpcName"_L1, "Status"_L1);
            if (const QString region = json::str(o, "RegionId"_L1); !region.isEmpty())
                r.region = region;
            json::addAttributes(r, o, {"CidrBlock"_L1, "IsDefault"_L1, "ResourceGroupId"_L1});
            // The VPC's vSwitches, from its own object (VSwitchIds.VSwitchId[]): coverage judges a VPC by them.
            QStringList members;
            for (const QJsonValue &v : json::array(o, "VSwitchIds"_L1, "VSwitchId"_L1))
                members.append(v.toString());
            r.attributes.append({u"VSwitchIds"_s, members.join(QLatin1Char(','))});
            return r;
        },
        ApiErrors::tr("A VPC in the response is not an object."), ApiErrors::tr("A VPC in the response has no VpcId."));
}

} // namespace detail

// VPC DescribeVpcs (2016-04-28): the account's VPCs in SourceSpec::region, PageNumber/PageSize (50, the API's
// largest page) one page after the other (the API punishes page jumps with Throttling.DeepPageSkip); VpcId, VpcName,
// IsDefault, ResourceGroupId, Tag.N... via SourceSpec::filters. Each a Resource: id VpcId, name VpcName, status
// Status, region RegionId, attributes CidrBlock, IsDefault, ResourceGroupId.
inline const ResourceList vpcDescribeVpcs{&products::vpc,
                                          QLatin1StringView("DescribeVpcs"),
                                          "GET",
                                          OperationRules::discovery(PagingStyle::PageNumber, 50),
                                          detail::describeVpcsRequest,
                                          mapBody<detail::parseVpcsPage>};

} // namespace flowlog::aliyun
