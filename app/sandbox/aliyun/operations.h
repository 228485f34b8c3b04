#pragma once

#include "apirequest.h"
#include "context.h"

#include <QLatin1StringView>

#include <optional>
#include <span>

namespace flowlog::sandbox::aliyun {

// One API operation's answer for an authenticated account.
using HandlerFunction = Reply(Context &context, const Account &account, const Pairs &params);
using Handler = HandlerFunction *;

// One action of a product: its name on the wire (the service's own spelling: CEN's "Flowlog", ECR's "FlowLog") and
// its handler.
struct Action
{
    QLatin1StringView name;
    Handler handler;
};

// One product's operation tables, owned by the product's file (aliyun/vpc.cpp holds VPC's handlers and their table):
// the real endpoints tell products apart by Action + Version, and so does the sandbox. A new operation of a product
// is a handler plus a row in that file's table, nothing else; a new product is a file with its table plus its line
// in the list of products (aliyun/operations.cpp).
struct Product
{
    QLatin1StringView name; // the stats prefix: "vpc" -> "vpc.DescribeFlowLogs"
    QLatin1StringView version;
    std::span<const Action> actions;
    // The flow-log lifecycle's actions (lifecycleActions, aliyun/lifecycle.h), spelled once, in its rules table.
    std::span<const Action> lifecycle = {};
};

// A request's operation: the product's row and the action's.
struct Operation
{
    const Product *product = nullptr;
    const Action *action = nullptr;

    [[nodiscard]] QString name() const { return product->name + QLatin1Char('.') + action->name; }
};

// The operation for version and action, or nothing (InvalidAction.NotFound).
[[nodiscard]] std::optional<Operation> findOperation(QStringView version, QStringView action);

// The products' tables, one file each.
namespace vpc {
extern const Product product;
}
namespace cen {
extern const Product product;
}
namespace ecr {
extern const Product product;
}
namespace sts {
extern const Product product;
}
namespace resourcemanager {
extern const Product product;
}

} // namespace flowlog::sandbox::aliyun
