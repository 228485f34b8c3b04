#include "textsafety.h"

#include <QStringList>

#include <algorithm>

namespace flowlog {

namespace {

QString hex(char16_t c, int digits)
{
    return QString::number(c, 16).toUpper().rightJustified(digits, QLatin1Char('0'));
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

QByteArray terminalSafeJson(QByteArray json)
{
    // Code points and their UTF-8 forms: DEL 7F; C1 C2 80-9F; U+061C D8 9C; U+200E/F E2 80 8E/8F;
    // U+2028-202E E2 80 A8-AE; U+2066-2069 E2 81 A6-A9.
    QByteArray out;
    qsizetype copied = 0;
    const auto replace = [&](qsizetype at, qsizetype length, char16_t c) {
        if (out.isEmpty())
            out.reserve(json.size() + 32);
        out.append(json.constData() + copied, at - copied);
        out.append("\\u");
        out.append(hex(c, 4).toLatin1());
        copied = at + length;
    };
    const auto byte = [&json](qsizetype i) { return static_cast<unsigned char>(json.at(i)); };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char b = byte(i);
        if (b == 0x7F) {
            replace(i, 1, 0x7F);
        } else if (b == 0xC2 && i + 1 < n && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) {
            replace(i, 2, byte(i + 1));
            ++i;
        } else if (b == 0xD8 && i + 1 < n && byte(i + 1) == 0x9C) {
            replace(i, 2, 0x061C);
            ++i;
        } else if (b == 0xE2 && i + 2 < n) {
            const char16_t c =
                static_cast<char16_t>(((b & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F));
            if ((byte(i + 1) == 0x80 || byte(i + 1) == 0x81) && isUnsafeForDisplay(c)) {
                replace(i, 3, c);
                i += 2;
            }
        }
    }
    if (copied == 0)
        return json;
    out.append(json.constData() + copied, n - copied);
    return out;
}

} // namespace flowlog
