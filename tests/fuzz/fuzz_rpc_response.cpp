// libFuzzer target: judgeRpcResponse (Alibaba error bodies, throttling headers, Success=false) over arbitrary
// answers. Input format, readable in the seed files: "STATUS\nName: value\n...\n\nBODY".
#include "aliyunrpc.h"
#include "fuzzcheck.h"
#include "fuzzresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const flowlog::HttpResponse response = flowlog::fuzz::responseFromInput(data, size);

    const flowlog::Verdict v = flowlog::aliyun::judgeRpcResponse(response);
    const bool ok = response.status >= 200 && response.status < 300;
    if (!ok)
        FUZZ_CHECK(v.error.isError()); // a non-2xx answer is never a success
    if (v.error.isError())
        (void)v.error.toDisplayString();
    else
        FUZZ_CHECK(v.retry == flowlog::Verdict::Retry::No);
    FUZZ_CHECK(v.retryAfterMs >= -1);
    return 0;
}
