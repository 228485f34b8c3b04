#include "servicetraits.h"

#include <QtGlobal>

#include <algorithm>
#include <iterator>

namespace flowlog {

QUrl EndpointRule::url(const QString &region) const
{
    QString host;
    if (regionalHost.isEmpty())
        host = centralHost;
    else if (!centralHost.isEmpty() && (region.isEmpty() || std::find(centralRegions.begin(), centralRegions.end(),
                                                                      region) != centralRegions.end()))
        host = centralHost;
    else
        host = QString(regionalHost).replace(QLatin1StringView("{region}"), region);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/"));
    return url;
}

namespace {

using namespace Qt::StringLiterals;

// VPC: these regions share the central endpoint; every other region has its own host.
constexpr QLatin1StringView vpcCentralRegions[] = {"cn-qingdao"_L1,     "cn-beijing"_L1,  "cn-hangzhou"_L1,
                                                   "cn-shanghai"_L1,    "cn-shenzhen"_L1, "cn-hongkong"_L1,
                                                   "ap-southeast-1"_L1, "us-west-1"_L1,   "us-east-1"_L1};

// The paging cap of one flow-log source (issue 15: a TotalCount of 1e9 must not draw thousands of requests). The
// providers' default quotas are tens of flow logs per region or instance; 10,000 is far above any account we know
// of and still bounds a runaway listing to 10,000 / page size requests. Raise it here if a real account needs more.
constexpr int flowLogsPerSource = 10000;

} // namespace

namespace products {
const ApiProduct vpc{Provider::Aliyun, "Vpc"_L1, "2016-04-28"_L1,
                     EndpointRule{"vpc.aliyuncs.com"_L1, "vpc.{region}.aliyuncs.com"_L1, vpcCentralRegions}};
const ApiProduct cbn{Provider::Aliyun, "Cbn"_L1, "2017-09-12"_L1, EndpointRule{"cbn.aliyuncs.com"_L1, {}, {}}};
const ApiProduct ecr{Provider::Aliyun, "ExpressConnectRouter"_L1, "2023-09-01"_L1,
                     EndpointRule{"expressconnectrouter.cn-shanghai.aliyuncs.com"_L1, {}, {}}};
const ApiProduct er{Provider::Huawei, "ER"_L1, "v3"_L1, EndpointRule{{}, "er.{region}.myhuaweicloud.com"_L1, {}}};
const ApiProduct iam{Provider::Huawei, "IAM"_L1, "v3"_L1, EndpointRule{"iam.myhuaweicloud.com"_L1, {}, {}}};
// Calls without a region (AssumeRole) go to the central host.
const ApiProduct sts{Provider::Aliyun, "Sts"_L1, "2015-04-01"_L1,
                     EndpointRule{"sts.aliyuncs.com"_L1, "sts.{region}.aliyuncs.com"_L1, {}}};
const ApiProduct resourceManager{Provider::Aliyun, "ResourceManager"_L1, "2020-03-31"_L1,
                                 EndpointRule{"resourcemanager.aliyuncs.com"_L1, {}, {}}};
const ApiProduct organizations{Provider::Huawei, "Organizations"_L1, "v1"_L1,
                               EndpointRule{"organizations.myhuaweicloud.com"_L1, {}, {}}};
} // namespace products

namespace {

// One row per service, in the order of the enum.
constexpr ServiceTraits rows[] = {
    {Service::Vpc,
     Provider::Aliyun,
     &products::vpc,
     "vpc"_L1,
     QT_TRANSLATE_NOOP("Catalog", "VPC"),
     {},
     Scope::PerRegion,
     PagingStyle::PageNumberFanOut,
     50,
     flowLogsPerSource,
     "DescribeFlowLogs"_L1,
     "CreateFlowLog"_L1,
     "FlowLogId"_L1,
     "Status"_L1,
     {}},
    // The Cbn API spells its list and create actions with a lower-case "l".
    {Service::Cen,
     Provider::Aliyun,
     &products::cbn,
     "cen"_L1,
     QT_TRANSLATE_NOOP("Catalog", "CEN"),
     {},
     Scope::PerRegion,
     PagingStyle::PageNumberFanOut,
     50,
     flowLogsPerSource,
     "DescribeFlowlogs"_L1,
     "CreateFlowlog"_L1,
     "FlowLogId"_L1,
     "Status"_L1,
     {}},
    // ECR is global: one endpoint, one home region, one source per ECR instance. MaxResults has no documented cap.
    {Service::Ecr, Provider::Aliyun, &products::ecr, "ecr"_L1, QT_TRANSLATE_NOOP("Catalog", "ECR"), "cn-shanghai"_L1,
     Scope::Global, PagingStyle::Token, 0, flowLogsPerSource, "DescribeFlowLogs"_L1, "CreateFlowLog"_L1, "FlowLogId"_L1,
     "Status"_L1, "EcrId"_L1},
    {Service::Er,
     Provider::Huawei,
     &products::er,
     "er"_L1,
     QT_TRANSLATE_NOOP("Catalog", "ER"),
     {},
     Scope::PerInstance,
     PagingStyle::Token,
     2000,
     flowLogsPerSource,
     "GET /v3/{project_id}/enterprise-router/{er_id}/flow-logs"_L1,
     "POST /v3/{project_id}/enterprise-router/{er_id}/flow-logs"_L1,
     "id"_L1,
     "state"_L1,
     "er_id"_L1},
};
static_assert(std::size(rows) == std::size(allServices), "one row per service");
static_assert(
    [] {
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            if (rows[i].service != allServices[i] || static_cast<std::size_t>(rows[i].service) != i)
                return false;
        }
        return true;
    }(),
    "rows in the order of the enum");

} // namespace

const ServiceTraits &traits(Service s)
{
    // No default: a service added to the enum without a row here is a -Wswitch error.
    switch (s) {
    case Service::Vpc:
    case Service::Cen:
    case Service::Ecr:
    case Service::Er: {
        return rows[static_cast<int>(s)];
    }
    }
    Q_UNREACHABLE();
}

} // namespace flowlog
