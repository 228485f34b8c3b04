// libFuzzer target: the Huawei side of an answer: huawei::judgeResponse (error bodies, 429 + Retry-After, 5xx)
// and, for a 2xx, parseErCreateResponse. Input format as fuzz_rpc_response: "STATUS\nName: value\n...\n\nBODY".
#include "fuzzcheck.h"
#include "fuzzresponse.h"
#include "huaweiparsers.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const flowlog::HttpResponse response = flowlog::fuzz::responseFromInput(data, size);

    const flowlog::Verdict v = flowlog::huawei::judgeResponse(response, QStringLiteral("fuzz-profile"));
    if (response.status < 200 || response.status >= 300)
        FUZZ_CHECK(v.error.isError());
    FUZZ_CHECK(v.retryAfterMs >= -1);
    if (v.error.isError()) {
        (void)v.error.toDisplayString();
    } else {
        const flowlog::RowContext ctx{QStringLiteral("fuzz"), QStringLiteral("p-fuzz"), QStringLiteral("cn-north-4")};
        const flowlog::huawei::CreatedFlowLog created = flowlog::huawei::parseErCreateResponse(response.body, ctx);
        if (!created.error.isError()) {
            FUZZ_CHECK(QJsonDocument::fromJson(created.flowLog.rawJson.json()).isObject());
            (void)created.flowLog.toJson();
        }
    }
    return 0;
}
