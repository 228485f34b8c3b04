// libFuzzer target: PackedJson. The first byte picks the dictionary (service), the rest is packed and must come
// back unchanged; the whole input is also read as a packed blob (damaged, truncated, a lying size), which must
// never crash and must give back exactly the stored bytes when it says "stored".
#include "fuzzcheck.h"
#include "packedjson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (input.isEmpty())
        return 0;
    const auto service = static_cast<flowlog::Service>(static_cast<unsigned char>(input.at(0)) % 4);
    const QByteArray payload = input.sliced(1);
    const flowlog::PackedJson packed(payload, service);
    FUZZ_CHECK(packed.isEmpty() == payload.isEmpty());
    FUZZ_CHECK(packed.packedSize() <= payload.size() + 1);
    FUZZ_CHECK(packed.json() == payload);

    const QByteArray asBlob = flowlog::PackedJson::fromPacked(input).json();
    if (input.at(0) == 0)
        FUZZ_CHECK(asBlob == payload);
    return 0;
}
