#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

// JSON strings as Qt's writer (qjsonwriter.cpp, Qt 6.4) writes them, for the row writer (flowlogjson.cpp) and the
// simdjson page reader: quoted, with \" \\ \b \f \n \r \t, \u00xx (lower-case hex) for the other C0 controls, every
// other character as UTF-8. The row writer's text is also terminal-safe: the characters terminalSafeJson() escapes
// (DEL, C1, bidi controls, line and paragraph separators) are written as its \uXXXX (upper-case hex), so an export
// needs no second pass over its text.
namespace flowlog::json {

// Appends UTF-8 text as a JSON string the way QJsonDocument writes it (not terminal-safe: the raw JSON a page
// reader keeps).
void appendQuoted(QByteArray &out, QByteArrayView utf8);

// The most bytes writeString() writes for a string of `units` UTF-16 code units: each as a \uXXXX, and the quotes.
constexpr qsizetype maxStringBytes(qsizetype units)
{
    return 6 * units + 2;
}

// Writes s at p, quoted, as Qt writes it, terminal-safe (a lone surrogate as Qt's \uxxxx, lower-case hex), with room
// for maxStringBytes(s.size()); returns the end. UTF-8 straight from the UTF-16 (no QString::toUtf8() copy); a plain
// ASCII code unit costs one table look-up.
char *writeString(char *p, QStringView s);

// A string token of Qt's compact form, found by scanString().
struct StringToken
{
    qsizetype end = -1;  // after the closing quote; -1: not Qt's form (a raw control, an escape Qt writes
                         // otherwise, UTF-8 that is not well-formed or encodes a surrogate, cut short)
    bool plain = true;   // no escape and nothing but ASCII (a key QJsonObject orders as its bytes)
    bool unsafe = false; // holds a character terminalSafeJson() escapes: copy it with writeTerminalSafe()
};

// Scans the string token whose opening quote is text[i].
[[nodiscard]] StringToken scanString(QByteArrayView text, qsizetype i);

} // namespace flowlog::json
