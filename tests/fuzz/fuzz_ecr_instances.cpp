// libFuzzer target: the ECR DescribeExpressConnectRouter page parser over arbitrary response bodies.
#include "aliyundiscovery.h"
#include "fuzzresources.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowlog::fuzz::fuzzResources(data, size, flowlog::aliyun::parseEcrInstancesPage);
    return 0;
}
