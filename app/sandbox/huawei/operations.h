#pragma once

#include "apirequest.h"
#include "context.h"
#include "dataset.h"
#include "form.h"

#include <QHash>
#include <QLatin1StringView>

#include <span>

namespace flowlog::sandbox::huawei {

// One authenticated request as a handler sees it: the path's {placeholders} filled in, the query decoded.
struct Call
{
    const ApiRequest &request;
    const Account &account;
    QHash<QString, QString> path; // "project_id" -> "0605767a..."
    Pairs query;
};

using HandlerFunction = Reply(Context &context, const Call &call);
using Handler = HandlerFunction *;

// One row of a service's route table: the real endpoints tell products apart by host and path; the sandbox, serving
// every product on one port, by method and path.
struct Route
{
    QLatin1StringView method;
    QLatin1StringView pattern;   // "/v3/{project_id}/enterprise-router/{er_id}/flow-logs"
    QLatin1StringView operation; // the stats name, "er.ListFlowLogs"
    Handler handler;
};

// A service's route table, owned by the service's file (huawei/er.cpp holds ER's handlers and their routes): a new
// operation of a service is a handler plus a row in that file's table, nothing else; a new service is a file with its
// table plus its line in the list of services (huawei/operations.cpp).
using Routes = std::span<const Route>;

// The route for method and path (a trailing '/' is accepted) with its placeholders in path, or null.
[[nodiscard]] const Route *findRoute(QByteArrayView method, QStringView path, QHash<QString, QString> &pathValues);
// Whether path is under one of the routes' roots ("/v3/"), so a miss there is the gateway's 404, not the server's.
[[nodiscard]] bool isApiPath(QStringView path);

// The services' tables, one file each.
namespace er {
extern const Routes routes;
}
namespace iam {
extern const Routes routes;
}
namespace organizations {
extern const Routes routes;
}

} // namespace flowlog::sandbox::huawei
