// libFuzzer target: parsePendingCreates (the pending-create state file every flowlog-cli and console run reads).
// Checks the documented contract: it never throws, keeps only entries with a key and a client token, and what it
// keeps survives serializePendingCreates and a second parse unchanged.
#include "fuzzcheck.h"
#include "pendingcreates.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    bool ok = false;
    const QList<flowlog::PendingCreate> entries = flowlog::parsePendingCreates(bytes, &ok);
    if (!ok)
        FUZZ_CHECK(entries.isEmpty());
    for (const flowlog::PendingCreate &p : entries)
        FUZZ_CHECK(!p.key.isEmpty() && !p.clientToken.isEmpty());
    bool again = false;
    const QList<flowlog::PendingCreate> reparsed =
        flowlog::parsePendingCreates(flowlog::serializePendingCreates(entries), &again);
    FUZZ_CHECK(again);
    FUZZ_CHECK(reparsed.size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        FUZZ_CHECK(reparsed.at(i).key == entries.at(i).key);
        FUZZ_CHECK(reparsed.at(i).clientToken == entries.at(i).clientToken);
        FUZZ_CHECK(reparsed.at(i).name == entries.at(i).name);
    }
    return 0;
}
