#pragma once

#include "apirequest.h"
#include "context.h"

#include <QLatin1StringView>

namespace flowlog::sandbox::aliyun {

// One API operation's answer for an authenticated account.
using Handler = Reply (*)(Context &context, const Account &account, const Pairs &params);

// One row of the operation table: the real endpoints tell products apart by Action + Version, and so does the
// sandbox. A new operation is a handler plus a row in operations.cpp.
struct Operation
{
    QLatin1StringView product; // the stats prefix: "vpc" -> "vpc.DescribeFlowLogs"
    QLatin1StringView version;
    QLatin1StringView action;
    Handler handler;

    [[nodiscard]] QString name() const { return product + QLatin1Char('.') + action; }
};

// The row for version and action, or null (InvalidAction.NotFound).
[[nodiscard]] const Operation *findOperation(QStringView version, QStringView action);

// The handlers, one file per product.
namespace vpc {
Reply describeFlowLogs(Context &context, const Account &account, const Pairs &params);
Reply createFlowLog(Context &context, const Account &account, const Pairs &params);
Reply describeRegions(Context &context, const Account &account, const Pairs &params);
} // namespace vpc
namespace cen {
Reply describeFlowlogs(Context &context, const Account &account, const Pairs &params);
Reply createFlowlog(Context &context, const Account &account, const Pairs &params);
} // namespace cen
namespace ecr {
Reply describeFlowLogs(Context &context, const Account &account, const Pairs &params);
Reply createFlowLog(Context &context, const Account &account, const Pairs &params);
} // namespace ecr

} // namespace flowlog::sandbox::aliyun
