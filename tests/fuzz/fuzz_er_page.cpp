// libFuzzer target: huawei::parseErFlowLogsPage over arbitrary response bodies.
#include "fuzzpage.h"
#include "huaweiparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowlog::fuzz::fuzzPage(data, size, flowlog::huawei::parseErFlowLogsPage);
    return 0;
}
