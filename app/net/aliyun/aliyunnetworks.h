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

} // namespace detail

} // namespace flowlog::aliyun
