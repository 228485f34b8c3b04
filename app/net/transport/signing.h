#pragma once

#include "httptypes.h"

#include <QByteArray>
#include <QStringView>

namespace flowlog {

// What the providers' signatures share (Alibaba RPC v1 and ACS3, Huawei SDK-HMAC-SHA256).

// RFC 3986 encoding of UTF-8: only A-Z a-z 0-9 - _ . ~ stay literal; hex is upper case.
[[nodiscard]] QByteArray percentEncode(QStringView text);

// "k=v&k=v" in the given order, keys and values percent-encoded.
[[nodiscard]] QByteArray encodeParams(const Params &params);

// The canonical header block of a signature: the headers `include` accepts (all when null), names lower-cased,
// values trimmed, sorted by name; "name:value\n" each, and the names joined by ';'.
struct CanonicalHeaders
{
    QByteArray block;
    QByteArray signedNames;
};
[[nodiscard]] CanonicalHeaders canonicalHeaders(const HeaderPairs &headers,
                                                bool (*include)(const QByteArray &lowerName) = nullptr);

} // namespace flowlog
