// libFuzzer target: the IAM KeystoneListProjects page parser over arbitrary response bodies.
#include "fuzzresources.h"
#include "huaweidiscovery.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowlog::fuzz::fuzzResources(data, size, flowlog::huawei::parseProjectsPage);
    return 0;
}
