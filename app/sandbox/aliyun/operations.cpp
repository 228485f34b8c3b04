#include "aliyun/operations.h"

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
