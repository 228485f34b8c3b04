#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace flowlog {

// Text that came from a provider (names, descriptions, error messages) is shown, printed and exported through
// these functions, so a hostile value can neither drive a terminal, reorder what a reader sees, nor run as a
// spreadsheet formula.

// True for the characters escapeForDisplay() escapes: C0 and C1 controls, DEL, the bidi marks, embeddings,
// overrides and isolates (U+061C, U+200E, U+200F, U+202A-202E, U+2066-2069) and the line/paragraph separators
// (U+2028, U+2029).
[[nodiscard]] bool isUnsafeForDisplay(char16_t c);

// The text with every unsafe character written as a visible escape: \n, \r, \t, \xHH (other controls) and \uHHHH
// (the rest). Text without one is returned as it is (no copy), so this is cheap enough for every table cell.
[[nodiscard]] QString escapeForDisplay(const QString &text);

// A tooltip that Qt shows as the literal text. Qt renders a tooltip that looks like HTML as rich text, so provider
// text is HTML-escaped inside a pre-wrap paragraph (line breaks kept) after escapeForDisplay().
[[nodiscard]] QString plainTextToolTip(const QString &text);

// UTF-8 JSON text with the unsafe characters (Qt's writer leaves all but C0 raw) replaced by \uXXXX escapes: the
// same JSON value, safe to print on a terminal. They can only stand inside strings, so the replacement is exact.
[[nodiscard]] QByteArray terminalSafeJson(QByteArray json);

// The length (1 to 3) of the UTF-8 of an unsafe character at s, with the character in *c; 0 when s does not start
// one. terminalSafeJson() and the JSON row writer (flowlogjson.cpp) find them with it.
[[nodiscard]] int unsafeUtf8At(const unsigned char *s, qsizetype left, char16_t *c);

// Writes \uXXXX (upper-case hex, as terminalSafeJson() writes an unsafe character) at p; returns the end.
char *writeUnicodeEscape(char *p, char16_t c);

// Copies UTF-8 JSON text to p as terminalSafeJson() would return it, with room for 6 x utf8.size() (or exactly as
// much as it writes); returns the end.
char *writeTerminalSafe(char *p, QByteArrayView utf8);

} // namespace flowlog
