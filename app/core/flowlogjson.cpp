#include "flowlogjson.h"

#include "flowlogstatus.h"

#include <QJsonDocument>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <QJsonObject>

namespace flowlog::json {

namespace {

// The escape after a backslash for the bytes that have a short one; 'u' for the other controls (\u00xx); 0 for the
// bytes written as they are.
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

} // namespace

void appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Nearly every string needs no escape: written with one resize and one copy (three appends, each with its
    // checks, were a tenth of a page's parsing).
    if (std::none_of(utf8.begin(), utf8.end(),
                     [](char c) { return static_cast<uchar>(c) < 0x80 && kEscapes[static_cast<uchar>(c)] != 0; })) {
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
        const auto c = static_cast<uchar>(utf8[i]);
        const char e = c < 0x80 ? kEscapes[c] : 0;
        if (e == 0)
            continue;
        out.append(utf8.data() + run, i - run);
        run = i + 1;
        out.append('\\');
        out.append(e);
        if (e == 'u') {
            out.append("00", 2);
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    out.append(utf8.data() + run, utf8.size() - run);
    out.append('"');
}

namespace {

// Qt's JSON writer (qjsonwriter.cpp, Qt 6.4): "key": value with ", " between members in Indented, 4 spaces a
// level, "[\n" / "{\n" opening a container, its closing bracket on a line of its own at the container's level,
// escapes \" \\ \b \f \n \r \t and \u00xx (lower-case hex) for the other controls, UTF-8 for the rest.
class Writer
{
public:
    Writer(QByteArray &out, int depth)
        : m_out(out)
        , m_compact(depth < 0)
        , m_depth(depth < 0 ? 0 : depth)
    {}

    [[nodiscard]] bool compact() const { return m_compact; }
    [[nodiscard]] int depth() const { return m_depth; }

    void open(char bracket)
    {
        m_out += bracket;
        if (!m_compact)
            m_out += '\n';
        ++m_depth;
        m_first = true;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_compact) {
            if (!m_first)
                m_out += '\n';
            indent();
        }
        m_out += bracket;
        m_first = false;
    }
    // Before an array element or an object member.
    void next()
    {
        if (!m_first)
            m_out += m_compact ? "," : ",\n";
        m_first = false;
        if (!m_compact)
            indent();
    }
    void key(QLatin1StringView name)
    {
        next();
        m_out += '"';
        m_out += name;
        m_out += m_compact ? "\":" : "\": ";
    }
    // False for a string Qt writes otherwise (a lone surrogate).
    [[nodiscard]] bool string(const QString &s)
    {
        // Most values are plain ASCII with nothing to escape: one pass writing straight into the buffer.
        const qsizetype at = m_out.size();
        m_out.resize(at + s.size() + 2);
        char *p = m_out.data() + at;
        *p++ = '"';
        const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *const end = src + s.size();
        for (; src != end; ++src) {
            const char16_t c = *src;
            if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
                break;
            *p++ = char(c);
        }
        if (src == end) {
            *p = '"';
            return true;
        }
        m_out.truncate(at);
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (c.isSurrogate())
                return false;
        }
        appendQuoted(m_out, s.toUtf8());
        return true;
    }
    void raw(QByteArrayView text) { m_out += text; }
    void indent() { m_out.append(4 * m_depth, ' '); }
    void setFirst(bool first) { m_first = first; }

private:
    QByteArray &m_out;
    bool m_compact;
    int m_depth;
    bool m_first = true;
};

// A string token of Qt's compact form at text[i] (the opening quote): only the escapes Qt writes, no raw control
// character, well-formed UTF-8 without encoded surrogates. Its end (after the closing quote), or -1.
qsizetype canonicalString(QByteArrayView text, qsizetype i, bool *ascii)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    *ascii = true;
    const auto byte = [&text](qsizetype k) { return static_cast<uchar>(text.at(k)); };
    for (++i; i < text.size();) {
        const uchar c = byte(i);
        if (c == '"')
            return i + 1;
        if (c < 0x20)
            return -1;
        if (c == '\\') {
            *ascii = false;
            if (i + 1 >= text.size())
                return -1;
            const char e = text.at(i + 1);
            if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i += 2;
                continue;
            }
            // \u00xx for the controls Qt has no short form for, lower-case hex.
            if (e != 'u' || i + 5 >= text.size() || text.at(i + 2) != '0' || text.at(i + 3) != '0')
                return -1;
            const char *hi = std::strchr(hexDigits, text.at(i + 4));
            const char *lo = std::strchr(hexDigits, text.at(i + 5));
            if (!hi || !lo || !*hi || !*lo)
                return -1;
            const int v = int(hi - hexDigits) * 16 + int(lo - hexDigits);
            if (v >= 0x20 || v == 0x8 || v == 0x9 || v == 0xa || v == 0xc || v == 0xd)
                return -1;
            i += 6;
            continue;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        *ascii = false;
        // UTF-8: 2 to 4 bytes, shortest form, no surrogates, at most U+10FFFF.
        const int length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
        if (length == 0 || c > 0xf4 || i + length > text.size())
            return -1;
        for (int k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xc0) != 0x80)
                return -1;
        }
        const uchar second = byte(i + 1);
        if ((c == 0xe0 && second < 0xa0) || (c == 0xed && second >= 0xa0) || (c == 0xf0 && second < 0x90) ||
            (c == 0xf4 && second >= 0x90))
            return -1;
        i += length;
    }
    return -1;
}

// true, false, null, or a number as Qt writes it (an integer in full, else the shortest round-trip form).
bool canonicalLiteral(QByteArrayView token)
{
    if (token == "true" || token == "false" || token == "null")
        return true;
    const bool negative = token.startsWith('-');
    const QByteArrayView digits = negative ? token.sliced(1) : token;
    if (digits.isEmpty())
        return false;
    const bool integer = std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (integer && digits.size() <= 18)
        return (digits.size() == 1 || digits.front() != '0') && !(negative && digits == "0");
    bool ok = false;
    const double d = token.toByteArray().toDouble(&ok);
    return ok && QByteArray::number(d, 'g', QLocale::FloatingPointShortest) == token;
}

// Copies a compact JSON object as Qt writes it at the writer's depth: what QJsonDocument::fromJson(text).object()
// gives back written by QJsonDocument. False when the text is not exactly Qt's Compact form of an object (whitespace
// between tokens, keys out of QJsonObject's order or not plain ASCII, escapes or numbers Qt writes otherwise, cut
// short): the caller then goes the slow way, which gives Qt's reading of it.
bool reindent(Writer &w, QByteArrayView text)
{
    if (text.isEmpty()) {
        w.open('{'); // QJsonDocument::fromJson of nothing: an empty object
        w.close('}');
        return true;
    }
    if (text.front() != '{')
        return false;
    struct Level
    {
        bool object;
        QByteArrayView lastKey; // its content, without the quotes
    };
    enum class Expect
    {
        Value,
        Key,
        Colon,
        Next
    };
    QVarLengthArray<Level, 16> levels;
    Expect expect = Expect::Value;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        switch (c) {
        case '{':
        case '[': {
            if (expect != Expect::Value)
                return false;
            w.open(c);
            levels.append({c == '{', {}});
            ++i;
            if (i < text.size() && text.at(i) == (c == '{' ? '}' : ']')) {
                expect = Expect::Next; // empty: closed next with nothing between
                continue;
            }
            w.next();
            expect = c == '{' ? Expect::Key : Expect::Value;
            continue;
        }
        case '}':
        case ']':
            if (expect != Expect::Next || levels.isEmpty() || levels.last().object != (c == '}'))
                return false;
            w.close(c);
            levels.removeLast();
            ++i;
            if (levels.isEmpty())
                return i == text.size();
            continue;
        case ',':
            if (expect != Expect::Next)
                return false;
            w.next();
            expect = levels.last().object ? Expect::Key : Expect::Value;
            ++i;
            continue;
        case ':':
            if (expect != Expect::Colon)
                return false;
            w.raw(w.compact() ? QByteArrayView(":") : QByteArrayView(": "));
            expect = Expect::Value;
            ++i;
            continue;
        case '"': {
            bool ascii = true;
            const qsizetype end = canonicalString(text, i, &ascii);
            if (end < 0 || (expect != Expect::Key && expect != Expect::Value))
                return false;
            const QByteArrayView token = text.sliced(i, end - i);
            if (expect == Expect::Key) {
                // QJsonObject keeps its keys sorted (and once); plain ASCII keys sort as their bytes.
                Level &level = levels.last();
                const QByteArrayView key = token.sliced(1, token.size() - 2);
                if (!ascii || (!level.lastKey.isNull() && !(level.lastKey < key)))
                    return false;
                level.lastKey = key.isNull() ? QByteArrayView("", 0) : key;
                expect = Expect::Colon;
            } else {
                expect = Expect::Next;
            }
            w.raw(token);
            i = end;
            continue;
        }
        default:
            break;
        }
        if (expect != Expect::Value)
            return false;
        const qsizetype start = i;
        while (i < text.size() && text.at(i) != ',' && text.at(i) != '}' && text.at(i) != ']')
            ++i;
        const QByteArrayView token = text.sliced(start, i - start);
        if (!canonicalLiteral(token))
            return false;
        w.raw(token);
        expect = Expect::Next;
    }
    return false;
}

// Qt::ISODate of the time in UTC ("2026-11-01T08:00:00Z"), the text FlowLog::toJson() has; written by hand for the
// common case (QDateTime::toString is a third of a row's time), by Qt otherwise.
QString isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime time = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return utc.toString(Qt::ISODate);
    char text[21];
    const auto two = [&text](int at, int v) {
        text[at] = char('0' + v / 10);
        text[at + 1] = char('0' + v % 10);
    };
    two(0, d.year() / 100);
    two(2, d.year() % 100);
    text[4] = '-';
    two(5, d.month());
    text[7] = '-';
    two(8, d.day());
    text[10] = 'T';
    two(11, time.hour());
    text[13] = ':';
    two(14, time.minute());
    text[16] = ':';
    two(17, time.second());
    text[19] = 'Z';
    text[20] = 0;
    return QString::fromLatin1(text, 20);
}

} // namespace

bool appendRow(QByteArray &out, const FlowLog &f, int depth, const Freshness &freshness)
{
    const qsizetype rollback = out.size();
    Writer w(out, depth);
    bool ok = true;
    const auto text = [&](QLatin1StringView key, const QString &value) {
        w.key(key);
        ok = w.string(value) && ok;
    };
    // QJsonObject's order: the keys sorted.
    w.open('{');
    text(QLatin1StringView("account"), f.account);
    text(QLatin1StringView("cloud"), providerKey(f.provider));
    text(QLatin1StringView("created"), isoTime(f.created));
    if (!f.deliverMessage.isEmpty())
        text(QLatin1StringView("deliverMessage"), f.deliverMessage);
    if (!f.deliverStatus.isEmpty())
        text(QLatin1StringView("deliverStatus"), f.deliverStatus);
    text(QLatin1StringView("description"), f.description);
    text(QLatin1StringView("id"), f.id);
    w.key(QLatin1StringView("intervalSeconds"));
    w.raw(QByteArray::number(f.intervalSeconds));
    if (freshness.marked && freshness.stale)
        text(QLatin1StringView("lastSeen"), isoTime(freshness.lastSeen));
    text(QLatin1StringView("name"), f.name);
    w.key(QLatin1StringView("raw"));
    ok = reindent(w, f.rawJson.json()) && ok;
    text(QLatin1StringView("region"), f.region);
    text(QLatin1StringView("resourceId"), f.resourceId);
    text(QLatin1StringView("resourceType"), f.resourceType);
    text(QLatin1StringView("samplingRate"), f.samplingRate);
    text(QLatin1StringView("service"), serviceKey(f.service));
    if (freshness.marked) {
        w.key(QLatin1StringView("stale"));
        w.raw(freshness.stale ? QByteArrayView("true") : QByteArrayView("false"));
    }
    text(QLatin1StringView("status"), shownStatus(f));
    text(QLatin1StringView("storageProject"), f.storageProject);
    text(QLatin1StringView("storageStore"), f.storageStore);
    w.key(QLatin1StringView("tags"));
    w.open('[');
    for (const Tag &tag : f.tags) {
        w.next();
        w.open('{');
        text(QLatin1StringView("key"), tag.key);
        text(QLatin1StringView("value"), tag.value);
        w.close('}');
    }
    w.close(']');
    text(QLatin1StringView("trafficType"), f.trafficType);
    w.close('}');
    if (!ok)
        out.truncate(rollback);
    return ok;
}

void appendRowSlowly(QByteArray &out, const QJsonObject &object, int depth)
{
    if (depth < 0) {
        out += QJsonDocument(object).toJson(QJsonDocument::Compact);
        return;
    }
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1); // the document's last newline
    text.replace("\n", QByteArray("\n") + QByteArray(4 * depth, ' '));
    out += text;
}

} // namespace flowlog::json
