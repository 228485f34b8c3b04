#pragma once

#include "apirequest.h"
#include "context.h"

#include <QLatin1StringView>

namespace flowlog::sandbox::aliyun {

// One API operation's answer for an authenticated account.
using HandlerFunction = Reply(Context &context, const Account &account, const Pairs &params);
using Handler = HandlerFunction *;

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
HandlerFunction describeFlowLogs, createFlowLog, describeRegions;
}
namespace cen {
HandlerFunction describeFlowlogs, createFlowlog;
}
namespace ecr {
HandlerFunction describeFlowLogs, createFlowLog, describeExpressConnectRouter;
// Its child VBRs, the resources ECR flow logs watch (NextToken paging, EcrId required).
HandlerFunction describeExpressConnectRouterChildInstance;
} // namespace ecr
namespace sts {
HandlerFunction assumeRole, getCallerIdentity;
}
namespace resourcemanager {
HandlerFunction listAccounts;
}

} // namespace flowlog::sandbox::aliyun
