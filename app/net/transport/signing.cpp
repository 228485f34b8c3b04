#include "signing.h"

#include <algorithm>

namespace flowlog {

QByteArray percentEncode(QStringView text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved) {
            out.append(c);
        } else {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 0x0F]);
        }
    }
    return out;
}

QByteArray encodeParams(const Params &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(key));
        out.append('=');
        out.append(percentEncode(value));
    }
    return out;
}

CanonicalHeaders canonicalHeaders(const HeaderPairs &headers, bool (*include)(const QByteArray &lowerName))
{
    HeaderPairs lower;
    lower.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        QByteArray lowerName = name.toLower();
        if (!include || include(lowerName))
            lower.append({std::move(lowerName), value.trimmed()});
    }
    std::stable_sort(lower.begin(), lower.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    CanonicalHeaders out;
    for (const auto &[name, value] : std::as_const(lower)) {
        out.block += name + ':' + value + '\n';
        if (!out.signedNames.isEmpty())
            out.signedNames += ';';
        out.signedNames += name;
    }
    return out;
}

} // namespace flowlog
