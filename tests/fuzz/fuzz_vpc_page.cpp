// libFuzzer target: parseVpcFlowLogsPage over arbitrary response bodies.
#include "fuzzpage.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowlog::fuzz::fuzzPage(data, size, flowlog::parseVpcFlowLogsPage);
    return 0;
}
