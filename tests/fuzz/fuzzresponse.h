#pragma once

#include "httptypes.h"

#include <cstddef>
#include <cstdint>

namespace flowlog::fuzz {

// The answer a fuzz input describes, in the format the seed files are written in (readable by hand):
// "STATUS\nName: value\n...\n\nBODY".
inline HttpResponse responseFromInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    HttpResponse response;
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
    return response;
}

} // namespace flowlog::fuzz
