#include "aliyun/operations.h"

#include "aliyun/inventory.h"
#include "aliyun/lifecycle.h"

#include <iterator>

namespace flowlog::sandbox::aliyun {

namespace {

using namespace Qt::StringLiterals;

constexpr auto vpcVersion = "2016-04-28"_L1;
constexpr auto cenVersion = "2017-09-12"_L1;
constexpr auto ecrVersion = "2023-09-01"_L1;
constexpr auto stsVersion = "2015-04-01"_L1;
constexpr auto resourceManagerVersion = "2020-03-31"_L1;

// Spellings are the services' own: CEN's "Flowlog", ECR's "FlowLog".
constexpr Operation operations[] = {
    {"vpc"_L1, vpcVersion, "DescribeFlowLogs"_L1, &vpc::describeFlowLogs},
    {"vpc"_L1, vpcVersion, "CreateFlowLog"_L1, &vpc::createFlowLog},
    {"vpc"_L1, vpcVersion, "DescribeRegions"_L1, &vpc::describeRegions},
    {"cen"_L1, cenVersion, "DescribeFlowlogs"_L1, &cen::describeFlowlogs},
    {"cen"_L1, cenVersion, "CreateFlowlog"_L1, &cen::createFlowlog},
    {"ecr"_L1, ecrVersion, "DescribeFlowLogs"_L1, &ecr::describeFlowLogs},
    {"ecr"_L1, ecrVersion, "CreateFlowLog"_L1, &ecr::createFlowLog},
    {"ecr"_L1, ecrVersion, "DescribeExpressConnectRouter"_L1, &ecr::describeExpressConnectRouter},
    {"sts"_L1, stsVersion, "AssumeRole"_L1, &sts::assumeRole},
    {"sts"_L1, stsVersion, "GetCallerIdentity"_L1, &sts::getCallerIdentity},
    {"resourcemanager"_L1, resourceManagerVersion, "ListAccounts"_L1, &resourcemanager::listAccounts},
    // Lifecycle (aliyun/lifecycle.cpp)
    {"vpc"_L1, vpcVersion, "ActiveFlowLog"_L1, &lifecycle<Service::Vpc, Change::Activate>},
    {"vpc"_L1, vpcVersion, "DeactiveFlowLog"_L1, &lifecycle<Service::Vpc, Change::Deactivate>},
    {"vpc"_L1, vpcVersion, "ModifyFlowLogAttribute"_L1, &lifecycle<Service::Vpc, Change::Modify>},
    {"vpc"_L1, vpcVersion, "DeleteFlowLog"_L1, &lifecycle<Service::Vpc, Change::Delete>},
    {"cen"_L1, cenVersion, "ActiveFlowLog"_L1, &lifecycle<Service::Cen, Change::Activate>},
    {"cen"_L1, cenVersion, "DeactiveFlowLog"_L1, &lifecycle<Service::Cen, Change::Deactivate>},
    {"cen"_L1, cenVersion, "ModifyFlowLogAttribute"_L1, &lifecycle<Service::Cen, Change::Modify>},
    {"cen"_L1, cenVersion, "DeleteFlowlog"_L1, &lifecycle<Service::Cen, Change::Delete>},
    {"ecr"_L1, ecrVersion, "ActivateFlowLog"_L1, &lifecycle<Service::Ecr, Change::Activate>},
    {"ecr"_L1, ecrVersion, "DeactivateFlowLog"_L1, &lifecycle<Service::Ecr, Change::Deactivate>},
    {"ecr"_L1, ecrVersion, "ModifyFlowLogAttribute"_L1, &lifecycle<Service::Ecr, Change::Modify>},
    {"ecr"_L1, ecrVersion, "DeleteFlowlog"_L1, &lifecycle<Service::Ecr, Change::Delete>},
    // The networks flow logs watch (aliyun/inventory.cpp)
    {"vpc"_L1, vpcVersion, "DescribeVpcs"_L1, &vpc::describeVpcs},
    {"vpc"_L1, vpcVersion, "DescribeVSwitches"_L1, &vpc::describeVSwitches},
    {"cen"_L1, cenVersion, "DescribeCens"_L1, &cen::describeCens},
    {"cen"_L1, cenVersion, "ListTransitRouters"_L1, &cen::listTransitRouters},
    {"cen"_L1, cenVersion, "ListTransitRouterVpcAttachments"_L1, &cen::listTransitRouterVpcAttachments},
    {"cen"_L1, cenVersion, "ListTransitRouterVbrAttachments"_L1, &cen::listTransitRouterVbrAttachments},
    {"ecr"_L1, ecrVersion, "DescribeExpressConnectRouterChildInstance"_L1,
     &ecr::describeExpressConnectRouterChildInstance},
};

} // namespace

const Operation *findOperation(QStringView version, QStringView action)
{
    for (const Operation &op : operations) {
        if (op.version == version && op.action == action)
            return &op;
    }
    return nullptr;
}

} // namespace flowlog::sandbox::aliyun
