#include "textsafety.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace flowlog {

namespace {

QString hex(char16_t c, int digits)
{
    return QString::number(c, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

// The index of the first byte at or after i that may start an unsafe character (DEL or any non-ASCII byte), n when
// none: plain ASCII is skipped 8 bytes at a time.
qsizetype nextNonPlainAscii(const unsigned char *s, qsizetype i, qsizetype n)
{
    // A word has a byte >= 0x7F when a byte has its top bit set or becomes 0x80 once each byte's low 7 bits get 1
    // added (only 0x7F does; no carry crosses a byte).
    constexpr quint64 top = 0x8080808080808080ull;
    constexpr quint64 low = 0x7F7F7F7F7F7F7F7Full;
    constexpr quint64 ones = 0x0101010101010101ull;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, s + i, 8);
        if (((w | ((w & low) + ones)) & top) != 0)
            break;
    }
    while (i < n && s[i] < 0x7F)
        ++i;
    return i;
}

// Calls f(at, length, c) for each unsafe character of the UTF-8 text.
template<typename F> void forEachUnsafe(QByteArrayView utf8, F &&f)
{
    const auto *s = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = nextNonPlainAscii(s, 0, n); i < n; i = nextNonPlainAscii(s, i, n)) {
        char16_t c = 0;
        const int length = unsafeUtf8At(s + i, n - i, &c);
        if (length == 0) {
            ++i;
            continue;
        }
        f(i, length, c);
        i += length;
    }
}

} // namespace

bool isUnsafeForDisplay(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString escapeForDisplay(const QString &text)
{
    const auto first =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return isUnsafeForDisplay(c.unicode()); });
    if (first == text.cend())
        return text;
    QString out;
    out.reserve(text.size() + 16);
    out.append(QStringView(text.cbegin(), first));
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!isUnsafeForDisplay(c)) {
            out.append(*it);
            continue;
        }
        switch (c) {
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        case u'\r':
            out.append(QLatin1String("\\r"));
            break;
        case u'\t':
            out.append(QLatin1String("\\t"));
            break;
        default:
            if (c <= 0xFF)
                out.append(QLatin1String("\\x") + hex(c, 2));
            else
                out.append(QLatin1String("\\u") + hex(c, 4));
            break;
        }
    }
    return out;
}

QString plainTextToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Line breaks that we put between parts of a tooltip stay line breaks; those inside provider text were escaped
    // by the caller's escapeForDisplay() of each part.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escapeForDisplay(line).toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QStringLiteral("<br/>")) +
           QStringLiteral("</p>");
}

int unsafeUtf8At(const unsigned char *s, qsizetype left, char16_t *c)
{
    // Code points and their UTF-8 forms: DEL 7F; C1 C2 80-9F; U+061C D8 9C; U+200E/F E2 80 8E/8F;
    // U+2028-202E E2 80 A8-AE; U+2066-2069 E2 81 A6-A9.
    const unsigned char b = s[0];
    if (b == 0x7F) {
        *c = 0x7F;
        return 1;
    }
    if (left < 2)
        return 0;
    if (b == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F) {
        *c = s[1];
        return 2;
    }
    if (b == 0xD8 && s[1] == 0x9C) {
        *c = 0x061C;
        return 2;
    }
    if (b == 0xE2 && left >= 3 && (s[1] == 0x80 || s[1] == 0x81)) {
        const auto u = static_cast<char16_t>(((b & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
        if (isUnsafeForDisplay(u)) {
            *c = u;
            return 3;
        }
    }
    return 0;
}

char *writeUnicodeEscape(char *p, char16_t c)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    *p++ = '\\';
    *p++ = 'u';
    *p++ = digits[(c >> 12) & 0xF];
    *p++ = digits[(c >> 8) & 0xF];
    *p++ = digits[(c >> 4) & 0xF];
    *p++ = digits[c & 0xF];
    return p;
}

char *writeTerminalSafe(char *p, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return p; // no memcpy from the null data() of an empty view
    qsizetype copied = 0;
    forEachUnsafe(utf8, [&](qsizetype at, int length, char16_t c) {
        std::memcpy(p, utf8.data() + copied, size_t(at - copied));
        p = writeUnicodeEscape(p + (at - copied), c);
        copied = at + length;
    });
    std::memcpy(p, utf8.data() + copied, size_t(utf8.size() - copied));
    return p + (utf8.size() - copied);
}

QByteArray terminalSafeJson(QByteArray json)
{
    // One scan when nothing needs escaping (the usual case: the text is returned as it is); else a second writes it.
    qsizetype grows = 0;
    forEachUnsafe(json, [&grows](qsizetype, int length, char16_t) { grows += 6 - length; });
    if (grows == 0)
        return json;
    QByteArray out(json.size() + grows, Qt::Uninitialized);
    writeTerminalSafe(out.data(), json);
    return out;
}

} // namespace flowlog
