#include "flowlogjson.h"

#include "flowlogstatus.h"
#include "jsonstrings.h"
#include "textsafety.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace flowlog::json {

namespace {

// Qt's JSON writer (qjsonwriter.cpp, Qt 6.4): "key": value with ", " between members in Indented, 4 spaces a
// level, "[\n" / "{\n" opening a container, its closing bracket on a line of its own at the container's level,
// escapes \" \\ \b \f \n \r \t and \u00xx (lower-case hex) for the other controls, UTF-8 for the rest; here also
// terminal-safe (jsonstrings.h). Written through a cursor into the array's spare room, each token after one check
// that the room holds its longest form: appending a piece at a time (QByteArray::append's checks, a space at a time
// for the indentation) was most of a row's time.
class Writer
{
public:
    Writer(QByteArray &out, int depth)
        : m_out(out)
        , m_compact(depth < 0)
        , m_depth(depth < 0 ? 0 : depth)
    {}

    [[nodiscard]] bool compact() const { return m_compact; }

    // The output is then what was written.
    void finish()
    {
        Q_ASSERT(m_p <= m_end);
        m_out.resize(written());
    }

    void open(char bracket)
    {
        room(2);
        *m_p++ = bracket;
        if (!m_compact)
            *m_p++ = '\n';
        ++m_depth;
        m_first = true;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_compact) {
            if (!m_first)
                byte('\n');
            indent();
        }
        byte(bracket);
        m_first = false;
    }
    // Before an array element or an object member.
    void next()
    {
        if (!m_first) {
            room(2);
            *m_p++ = ',';
            if (!m_compact)
                *m_p++ = '\n';
        }
        m_first = false;
        if (!m_compact)
            indent();
    }
    void key(QLatin1StringView name)
    {
        next();
        room(name.size() + 4);
        *m_p++ = '"';
        std::memcpy(m_p, name.data(), size_t(name.size()));
        m_p += name.size();
        *m_p++ = '"';
        *m_p++ = ':';
        if (!m_compact)
            *m_p++ = ' ';
    }
    void string(QStringView s)
    {
        room(maxStringBytes(s.size()));
        m_p = writeString(m_p, s);
    }
    // A string token of a raw text (scanString()), terminal-safe.
    void stringToken(QByteArrayView token, bool unsafe)
    {
        if (!unsafe) {
            raw(token);
            return;
        }
        room(6 * token.size());
        m_p = writeTerminalSafe(m_p, token);
    }
    void raw(QByteArrayView text)
    {
        if (text.isEmpty())
            return; // no memcpy from the null data() of an empty view
        room(text.size());
        std::memcpy(m_p, text.data(), size_t(text.size()));
        m_p += text.size();
    }
    void byte(char c)
    {
        room(1);
        *m_p++ = c;
    }
    void number(int v)
    {
        room(16);
        m_p = std::to_chars(m_p, m_p + 16, v).ptr;
    }
    // Qt::ISODate of the time in UTC ("2026-11-01T08:00:00Z"), the text FlowLog::toJson() has (QDateTime::toString
    // took a third of a row's time), by Qt's hand outside the years 1000-9999.
    void time(const QDateTime &t);

private:
    static constexpr qsizetype kStep = 16384; // the room grown at a time: a row is 1-2 KB

    [[nodiscard]] qsizetype written() const { return m_p ? m_p - m_out.constData() : m_out.size(); }
    void room(qsizetype n)
    {
        if (m_end - m_p < n)
            grow(n);
    }
    void grow(qsizetype n)
    {
        // resize() keeps the capacity an export reserved, else grows it geometrically; the bytes past what is
        // written are left uninitialised until finish() cuts them off.
        const qsizetype used = written();
        m_out.resize(used + std::max(n, kStep));
        m_p = m_out.data() + used;
        m_end = m_out.data() + m_out.size();
    }
    // A line's indentation, 8 spaces a store (room() leaves space for the last store's overshoot).
    void indent()
    {
        const qsizetype n = 4 * qsizetype(m_depth);
        room(n + 8);
        for (qsizetype k = 0; k < n; k += 8)
            std::memcpy(m_p + k, "        ", 8);
        m_p += n;
    }

    QByteArray &m_out;
    char *m_p = nullptr; // the cursor into m_out's spare room
    char *m_end = nullptr;
    bool m_compact;
    int m_depth;
    bool m_first = true;
};

// Year, month, day of the proleptic Gregorian calendar (QDate's) for days since 1970-01-01 (H. Hinnant's
// civil_from_days).
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = unsigned(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned m = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * m + 2) / 5 + 1);
    *month = int(m < 10 ? m + 3 : m - 9);
    *year = int(qint64(yearOfEra) + era * 400 + (*month <= 2 ? 1 : 0));
}

void Writer::time(const QDateTime &t)
{
    if (!t.isValid()) {
        string({});
        return;
    }
    constexpr qint64 msPerDay = 86400000;
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 days = ms / msPerDay - (ms % msPerDay < 0 ? 1 : 0);
    const auto seconds = int((ms - days * msPerDay) / 1000);
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1000 || year > 9999) {
        string(t.toUTC().toString(Qt::ISODate));
        return;
    }
    room(22);
    char *text = m_p;
    const auto two = [&text](int at, int v) {
        text[at] = char('0' + v / 10);
        text[at + 1] = char('0' + v % 10);
    };
    text[0] = '"';
    two(1, year / 100);
    two(3, year % 100);
    text[5] = '-';
    two(6, month);
    text[8] = '-';
    two(9, day);
    text[11] = 'T';
    two(12, seconds / 3600);
    text[14] = ':';
    two(15, seconds / 60 % 60);
    text[17] = ':';
    two(18, seconds % 60);
    text[20] = 'Z';
    text[21] = '"';
    m_p += 22;
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
            const StringToken scanned = scanString(text, i);
            if (scanned.end < 0 || (expect != Expect::Key && expect != Expect::Value))
                return false;
            const QByteArrayView token = text.sliced(i, scanned.end - i);
            if (expect == Expect::Key) {
                // QJsonObject keeps its keys sorted (and once); plain ASCII keys sort as their bytes.
                Level &level = levels.last();
                const QByteArrayView key = token.sliced(1, token.size() - 2);
                if (!scanned.plain || (!level.lastKey.isNull() && !(level.lastKey < key)))
                    return false;
                level.lastKey = key.isNull() ? QByteArrayView("", 0) : key;
                expect = Expect::Colon;
            } else {
                expect = Expect::Next;
            }
            w.stringToken(token, scanned.unsafe);
            i = scanned.end;
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

} // namespace

bool appendRow(QByteArray &out, const FlowLog &f, int depth, const Freshness &freshness)
{
    const qsizetype rollback = out.size();
    Writer w(out, depth);
    const auto text = [&w](QLatin1StringView key, QStringView value) {
        w.key(key);
        w.string(value);
    };
    // QJsonObject's order: the keys sorted.
    w.open('{');
    text(QLatin1StringView("account"), f.account);
    text(QLatin1StringView("cloud"), providerKey(f.provider));
    w.key(QLatin1StringView("created"));
    w.time(f.created);
    if (!f.deliverMessage.isEmpty())
        text(QLatin1StringView("deliverMessage"), f.deliverMessage);
    if (!f.deliverStatus.isEmpty())
        text(QLatin1StringView("deliverStatus"), f.deliverStatus);
    text(QLatin1StringView("description"), f.description);
    text(QLatin1StringView("id"), f.id);
    w.key(QLatin1StringView("intervalSeconds"));
    w.number(f.intervalSeconds);
    if (freshness.marked && freshness.stale) {
        w.key(QLatin1StringView("lastSeen"));
        w.time(freshness.lastSeen);
    }
    text(QLatin1StringView("name"), f.name);
    w.key(QLatin1StringView("raw"));
    if (!reindent(w, f.rawJson.json())) {
        w.finish();
        out.truncate(rollback);
        return false;
    }
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
    w.finish();
    return true;
}

void appendRowSlowly(QByteArray &out, const QJsonObject &object, int depth)
{
    if (depth < 0) {
        out += terminalSafeJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
        return;
    }
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1); // the document's last newline
    text.replace("\n", QByteArray("\n") + QByteArray(4 * depth, ' '));
    out += terminalSafeJson(std::move(text));
}

} // namespace flowlog::json
