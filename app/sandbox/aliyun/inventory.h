#pragma once

#include "apirequest.h"
#include "context.h"

// The networks flow logs watch, as the products list them (aliyun/inventory.cpp): VPC DescribeVpcs and
// DescribeVSwitches (PageNumber; DescribeVpcs refuses a page jumped to), CEN DescribeCens and ListTransitRouters
// (PageNumber) and the transit routers' VPC and VBR attachments (NextToken). ECR's child VBRs are in aliyun/ecr.cpp.
namespace flowlog::sandbox::aliyun {

namespace vpc {
Reply describeVpcs(Context &context, const Account &account, const Pairs &params);
Reply describeVSwitches(Context &context, const Account &account, const Pairs &params);
} // namespace vpc

namespace cen {
Reply describeCens(Context &context, const Account &account, const Pairs &params);
Reply listTransitRouters(Context &context, const Account &account, const Pairs &params);
Reply listTransitRouterVpcAttachments(Context &context, const Account &account, const Pairs &params);
Reply listTransitRouterVbrAttachments(Context &context, const Account &account, const Pairs &params);
} // namespace cen

} // namespace flowlog::sandbox::aliyun
