// libFuzzer target: the Huawei side of an answer: huawei::judgeResponse (error bodies, 429 + Retry-After, 5xx)
// and, for a 2xx, parseErCreateResponse. Input format as fuzz_rpc_response: "STATUS\nName: value\n...\n\nBODY".
#include "fuzzcheck.h"
#include "huaweiparsers.h"

#include <QJsonDocument>

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
