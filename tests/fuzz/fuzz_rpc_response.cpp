// libFuzzer target: judgeRpcResponse (Alibaba error bodies, throttling headers, Success=false) over arbitrary
// answers. Input format, readable in the seed files: "STATUS\nName: value\n...\n\nBODY".
#include "aliyunrpc.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    flowlog::HttpResponse response;
    qsizetype pos = input.indexOf('\n');
    response.status = input.left(pos < 0 ? input.size() : pos).trimmed().toInt();
    while (pos >= 0) {
        const qsizetype next = input.indexOf('\n', pos + 1);
        const QByteArray line = input.mid(pos + 1, next < 0 ? -1 : next - pos - 1);
        pos = next;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        response.headers.append({line.left(colon).trimmed(), colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()});
    }
    response.body = pos < 0 ? QByteArray() : input.mid(pos + 1);
    response.requestSent = true;

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
