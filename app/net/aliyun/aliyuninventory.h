#pragma once

#include "aliyunnetworks.h"
#include "aliyunoperations.h"

namespace flowlog::aliyun {

// The Alibaba Cloud networks flow logs watch (issue 18, docs/coverage.md), one row each; every row lists Resources
// (bind it with bindResourceListJob). The region is SourceSpec::region, further filters SourceSpec::filters.

// VPC DescribeVSwitches (2016-04-28): PageNumber/PageSize (50), page after page. Each a Resource: id VSwitchId,
// name VSwitchName, status Status, parentId VpcId, attribute ZoneId.
extern const ResourceList vpcDescribeVSwitches;

// CEN ListTransitRouters (Cbn 2017-09-12): PageNumber/PageSize (50), page after page; the flat TransitRouters
// array. Each a Resource: id TransitRouterId, name TransitRouterName, status Status, parentId CenId.
extern const ResourceList cenListTransitRouters;

// CEN ListTransitRouterVpcAttachments and ListTransitRouterVbrAttachments: NextToken/MaxResults (100: the peer
// variant's documented cap; the others' UNCONFIRMED). Each a Resource: id TransitRouterAttachmentId, name
// TransitRouterAttachmentName, status Status, parentId TransitRouterId, attributes CenId, ResourceType, VpcId / VbrId.
extern const ResourceList cenListTransitRouterVpcAttachments;
extern const ResourceList cenListTransitRouterVbrAttachments;

// ECR DescribeExpressConnectRouterChildInstance (2023-09-01): EcrId is SourceSpec::instanceId, POST form (ECR takes
// nothing else), NextToken/MaxResults (100). Each a Resource: id ChildInstanceId (a VBR), status Status, region
// ChildInstanceRegionId, parentId EcrId, attribute ChildInstanceType.
extern const ResourceList ecrDescribeChildInstances;

// VPC DescribeVpcs: vpcDescribeVpcs in aliyunnetworks.h (header-only rows).

// The mappers, pure (tests call them on bodies).
[[nodiscard]] inline ResourcePage parseVpcsPage(const QByteArray &body, const RowContext &ctx)
{
    return detail::parseVpcsPage(body, ctx);
}
[[nodiscard]] ResourcePage parseVSwitchesPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseTransitRoutersPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseTrAttachmentsPage(const QByteArray &body, const RowContext &ctx);
[[nodiscard]] ResourcePage parseEcrChildInstancesPage(const QByteArray &body, const RowContext &ctx);

} // namespace flowlog::aliyun
