#include "jsonstrings.h"

#include "textsafety.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace flowlog::json {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

// The escape after a backslash for the ASCII characters Qt escapes: the short ones, 'u' for the other controls
// (\u00xx); 0 for those written as they are.
constexpr std::array<char, 0x80> kEscapes = [] {
    std::array<char, 0x80> t{};
    for (int c = 0; c < 0x20; ++c)
        t[std::size_t(c)] = 'u';
    t['"'] = '"';
    t['\\'] = '\\';
    t['\b'] = 'b';
    t['\f'] = 'f';
    t['\n'] = 'n';
    t['\r'] = 'r';
    t['\t'] = 't';
    return t;
}();

char *writeEscape(char *p, char16_t c, char escape)
{
    *p++ = '\\';
    *p++ = escape;
    if (escape == 'u') {
        *p++ = '0';
        *p++ = '0';
        *p++ = kLowerHex[c >> 4];
        *p++ = kLowerHex[c & 0xf];
    }
    return p;
}

// What a byte of a compact JSON string token is to scanString().
enum class ByteClass : unsigned char
{
    Plain, // printable ASCII but " and backslash: copied as it is
    Quote,
    Backslash,
    Control, // C0: Qt would have escaped it
    Delete,  // DEL: Qt writes it raw, terminal-safe text escapes it
    NonAscii,
};

constexpr std::array<ByteClass, 0x100> kByteClasses = [] {
    std::array<ByteClass, 0x100> t{};
    for (int c = 0; c < 0x100; ++c)
        t[std::size_t(c)] = c < 0x20    ? ByteClass::Control
                            : c < 0x7F  ? ByteClass::Plain
                            : c == 0x7F ? ByteClass::Delete
                                        : ByteClass::NonAscii;
    t['"'] = ByteClass::Quote;
    t['\\'] = ByteClass::Backslash;
    return t;
}();

// The length of the well-formed UTF-8 character at s[i] (shortest form, no surrogate, at most U+10FFFF), 0 if it is
// not one.
int utf8Length(const unsigned char *s, qsizetype i, qsizetype n)
{
    const unsigned char c = s[i];
    const int length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
    if (length == 0 || c > 0xf4 || i + length > n)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((s[i + k] & 0xc0) != 0x80)
            return 0;
    }
    const unsigned char second = s[i + 1];
    if ((c == 0xe0 && second < 0xa0) || (c == 0xed && second >= 0xa0) || (c == 0xf0 && second < 0x90) ||
        (c == 0xf4 && second >= 0x90))
        return 0;
    return length;
}

int lowerHexDigit(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The length of an escape Qt writes at s[i] (its backslash), 0 for any other: \u00xx only for the controls without
// a short form, lower-case hex.
int escapeLength(const unsigned char *s, qsizetype i, qsizetype n)
{
    if (i + 1 >= n)
        return 0;
    const unsigned char e = s[i + 1];
    if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't')
        return 2;
    if (e != 'u' || i + 5 >= n || s[i + 2] != '0' || s[i + 3] != '0')
        return 0;
    const int hi = lowerHexDigit(s[i + 4]);
    const int lo = lowerHexDigit(s[i + 5]);
    if (hi < 0 || lo < 0)
        return 0;
    const int v = hi * 16 + lo;
    return v < 0x20 && kEscapes[std::size_t(v)] == 'u' ? 6 : 0;
}

} // namespace

void appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    // Nearly every string needs no escape: written with one resize and one copy (three appends, each with its
    // checks, were a tenth of a page's parsing).
    if (std::none_of(utf8.begin(), utf8.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x80 && kEscapes[static_cast<unsigned char>(c)] != 0;
        })) {
        const qsizetype at = out.size();
        out.resize(at + utf8.size() + 2);
        char *p = out.data() + at;
        *p = '"';
        if (!utf8.isEmpty()) // an empty view's data() may be null
            std::memcpy(p + 1, utf8.data(), std::size_t(utf8.size()));
        p[utf8.size() + 1] = '"';
        return;
    }
    out.append('"');
    qsizetype run = 0; // start of the bytes not yet copied
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const char e = c < 0x80 ? kEscapes[c] : 0;
        if (e == 0)
            continue;
        out.append(utf8.data() + run, i - run);
        run = i + 1;
        char escape[6];
        out.append(escape, writeEscape(escape, c, e) - escape);
    }
    out.append(utf8.data() + run, utf8.size() - run);
    out.append('"');
}

char *writeString(char *p, QStringView s)
{
    *p++ = '"';
    const char16_t *src = s.utf16();
    const char16_t *const end = src + s.size();
    while (src != end) {
        const char16_t c = *src++;
        if (c < 0x7F) {
            const char e = kEscapes[c];
            if (e == 0)
                *p++ = char(c);
            else
                p = writeEscape(p, c, e);
            continue;
        }
        if (isUnsafeForDisplay(c)) {
            p = writeUnicodeEscape(p, c);
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (!QChar::isSurrogate(c)) {
            *p++ = char(0xe0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t u = QChar::surrogateToUcs4(c, *src++);
            *p++ = char(0xf0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3f));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else {
            // A lone surrogate: Qt's writer escapes it in lower-case hex (and reads it back).
            *p++ = '\\';
            *p++ = 'u';
            *p++ = kLowerHex[c >> 12];
            *p++ = kLowerHex[(c >> 8) & 0xf];
            *p++ = kLowerHex[(c >> 4) & 0xf];
            *p++ = kLowerHex[c & 0xf];
        }
    }
    *p++ = '"';
    return p;
}

StringToken scanString(QByteArrayView text, qsizetype i)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype n = text.size();
    StringToken token;
    for (++i; i < n;) {
        switch (kByteClasses[s[i]]) {
        case ByteClass::Plain:
            ++i;
            while (i < n && kByteClasses[s[i]] == ByteClass::Plain)
                ++i;
            continue;
        case ByteClass::Quote:
            token.end = i + 1;
            return token;
        case ByteClass::Control:
            return {};
        case ByteClass::Delete:
            token.unsafe = true;
            ++i;
            continue;
        case ByteClass::Backslash: {
            const int length = escapeLength(s, i, n);
            if (length == 0)
                return {};
            token.plain = false;
            i += length;
            continue;
        }
        case ByteClass::NonAscii: {
            const int length = utf8Length(s, i, n);
            if (length == 0)
                return {};
            char16_t c = 0;
            token.unsafe = token.unsafe || unsafeUtf8At(s + i, n - i, &c) != 0;
            token.plain = false;
            i += length;
            continue;
        }
        }
    }
    return {};
}

} // namespace flowlog::json
