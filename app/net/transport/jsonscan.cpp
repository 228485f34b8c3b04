#include "jsonscan.h"

namespace flowlog {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonScan scanJsonObject(QByteArrayView body)
{
    JsonScan scan;
    const char *p = body.data();
    const char *end = p + body.size();
    while (p != end && isSpace(*p))
        ++p;
    if (p == end || *p != '{')
        return scan;
    int depth = 0;
    const char *keyStart = nullptr; // the last string closed at depth 1, while it may still be a key
    const char *keyEnd = nullptr;
    for (; p != end; ++p) {
        const char c = *p;
        if (c == '"') {
            const char *start = ++p;
            while (p != end && *p != '"') {
                if (*p == '\\' && ++p == end)
                    return scan;
                ++p;
            }
            if (p == end)
                return scan; // unterminated string: truncated
            if (depth == 1) {
                keyStart = start;
                keyEnd = p;
            }
            continue;
        }
        if (c == ':' && depth == 1 && keyStart) {
            if (QByteArrayView(keyStart, keyEnd - keyStart) == QByteArrayView("Success")) {
                scan.successKey = true;
                const char *v = p + 1;
                while (v != end && isSpace(*v))
                    ++v;
                const QByteArrayView rest(v, end - v);
                scan.successTrue = rest.startsWith("true") || rest.startsWith("\"true\"");
            }
            keyStart = nullptr;
            continue;
        }
        if (c == ',')
            keyStart = nullptr;
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return scan;
            if (depth == 0) {
                ++p;
                while (p != end && isSpace(*p))
                    ++p;
                scan.balancedObject = p == end;
                return scan;
            }
        }
    }
    return scan; // never closed: truncated
}

} // namespace flowlog
