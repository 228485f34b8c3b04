#include "huawei/operations.h"

#include "huawei/erattachments.h"
#include "huawei/erlifecycle.h"

namespace flowlog::sandbox::huawei {

namespace {

using namespace Qt::StringLiterals;

constexpr auto erFlowLogs = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs"_L1;
constexpr auto erFlowLog = "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}"_L1;

// The real hosts differ (iam., er.<region>., organizations.myhuaweicloud.com); the paths alone tell them apart.
constexpr Route routes[] = {
    {"GET"_L1, erFlowLogs, "er.ListFlowLogs"_L1, &er::listFlowLogs},
    {"POST"_L1, erFlowLogs, "er.CreateFlowLog"_L1, &er::createFlowLog},
    {"GET"_L1, "/v3/{project_id}/enterprise-router/instances"_L1, "er.ListEnterpriseRouters"_L1,
     &er::listEnterpriseRouters},
    {"GET"_L1, "/v3/projects"_L1, "iam.KeystoneListProjects"_L1, &iam::listProjects},
    {"POST"_L1, "/v3.0/OS-CREDENTIAL/securitytokens"_L1, "iam.CreateTemporaryAccessKeyByAgency"_L1,
     &iam::createTemporaryAccessKeyByAgency},
    {"GET"_L1, "/v1/organizations/accounts"_L1, "organizations.ListAccounts"_L1, &organizations::listAccounts},
    // Lifecycle (huawei/erlifecycle.cpp)
    {"GET"_L1, erFlowLog, "er.ShowFlowLog"_L1, &er::showFlowLog},
    {"PUT"_L1, erFlowLog, "er.UpdateFlowLog"_L1, &er::updateFlowLog},
    {"DELETE"_L1, erFlowLog, "er.DeleteFlowLog"_L1, &er::deleteFlowLog},
    {"POST"_L1, "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}/enable"_L1, "er.EnableFlowLog"_L1,
     &er::enableFlowLog},
    {"POST"_L1, "/v3/{project_id}/enterprise-router/{er_id}/flow-logs/{flow_log_id}/disable"_L1, "er.DisableFlowLog"_L1,
     &er::disableFlowLog},
    // The router's attachments, the resources ER flow logs watch (huawei/erattachments.cpp)
    {"GET"_L1, "/v3/{project_id}/enterprise-router/{er_id}/attachments"_L1, "er.ListAttachments"_L1,
     &er::listAttachments},
};

bool matches(QLatin1StringView pattern, QStringView path, QHash<QString, QString> &values)
{
    if (path.endsWith(QLatin1Char('/')) && path.size() > 1)
        path.chop(1);
    const auto want = QLatin1StringView(pattern).tokenize(QLatin1Char('/'));
    const auto have = path.tokenize(QLatin1Char('/'));
    auto w = want.begin();
    auto h = have.begin();
    QHash<QString, QString> found;
    for (; w != want.end() && h != have.end(); ++w, ++h) {
        const QLatin1StringView segment = *w;
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'))) {
            if ((*h).isEmpty())
                return false;
            found.insert(QString(segment.sliced(1, segment.size() - 2)), (*h).toString());
        } else if (segment != *h) {
            return false;
        }
    }
    if (w != want.end() || h != have.end())
        return false;
    values = std::move(found);
    return true;
}

} // namespace

const Route *findRoute(QByteArrayView method, QStringView path, QHash<QString, QString> &pathValues)
{
    for (const Route &route : routes) {
        if (route.method == QLatin1StringView(method) && matches(route.pattern, path, pathValues))
            return &route;
    }
    return nullptr;
}

bool isApiPath(QStringView path)
{
    for (const Route &route : routes) {
        const qsizetype second = route.pattern.indexOf(QLatin1Char('/'), 1);
        if (path.startsWith(route.pattern.first(second + 1)))
            return true;
    }
    return false;
}

} // namespace flowlog::sandbox::huawei
