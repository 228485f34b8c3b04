#include "pagepeek.h"

#include <cstring>

namespace flowlog {

namespace {

class Reader
{
public:
    explicit Reader(QByteArrayView body)
        : m_p(body.data())
        , m_end(body.data() + body.size())
    {}

    bool failed = false;

    void space()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    [[nodiscard]] bool atEnd() const { return m_p == m_end; }
    [[nodiscard]] char peek()
    {
        space();
        return m_p == m_end ? '\0' : *m_p;
    }
    bool take(char c)
    {
        space();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // At '"': the raw text between the quotes; escaped when it holds a backslash.
    bool string(QByteArrayView &out, bool &escaped)
    {
        if (m_p == m_end || *m_p != '"')
            return fail();
        const char *start = ++m_p;
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote)
                return fail();
            const char *b = quote;
            while (b > start && b[-1] == '\\')
                --b;
            m_p = quote + 1;
            if (((quote - b) & 1) == 0) {
                out = QByteArrayView(start, quote - start);
                escaped = std::memchr(start, '\\', size_t(quote - start)) != nullptr;
                return true;
            }
        }
    }

    bool skipValue()
    {
        space();
        if (m_p == m_end)
            return fail();
        QByteArrayView ignored;
        bool escaped = false;
        if (*m_p == '"')
            return string(ignored, escaped);
        if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            while (m_p != m_end) {
                const char c = *m_p;
                if (c == '"') {
                    if (!string(ignored, escaped))
                        return false;
                    continue;
                }
                ++m_p;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return true;
                }
            }
            return fail();
        }
        const char *start = m_p;
        while (m_p != m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' &&
               *m_p != '\r' && *m_p != '\t')
            ++m_p;
        return m_p != start || fail();
    }

    // A whole number sent as a number or as a string of digits; null leaves out unchanged.
    bool integer(qint64 &out)
    {
        QByteArrayView text;
        bool escaped = false;
        if (peek() == '"') {
            if (!string(text, escaped) || escaped)
                return fail();
        } else {
            const char *start = m_p;
            if (!skipValue())
                return false;
            text = QByteArrayView(start, m_p - start);
            if (text == "null")
                return true;
        }
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok)
            return fail();
        out = n;
        return true;
    }

    bool token(QByteArray &out)
    {
        if (peek() != '"') {
            out.clear(); // null: no token
            return skipValue();
        }
        QByteArrayView text;
        bool escaped = false;
        if (!string(text, escaped) || escaped)
            return fail();
        out = text.toByteArray();
        return true;
    }

    // At '[': the number of elements.
    bool count(int &out)
    {
        if (!take('['))
            return fail();
        out = 0;
        if (take(']'))
            return true;
        do {
            if (!skipValue())
                return false;
            ++out;
        } while (take(','));
        return take(']') || fail();
    }

    // Calls member(key) for each member of the object at the cursor; member consumes the value.
    template<typename Fn> bool object(Fn member)
    {
        if (!take('{'))
            return fail();
        if (take('}'))
            return true;
        do {
            space();
            QByteArrayView key;
            bool escaped = false;
            if (!string(key, escaped) || !take(':'))
                return fail();
            if (!member(key))
                return false;
        } while (take(','));
        return take('}') || fail();
    }

private:
    bool fail()
    {
        failed = true;
        return false;
    }

    const char *m_p;
    const char *m_end;
};

// Counts the candidates for "the page's list": a top-level array, or an object holding one array and nothing else.
struct ListCount
{
    int candidates = 0;
    int rows = -1;

    bool read(Reader &r)
    {
        const char c = r.peek();
        if (c == '[') {
            ++candidates;
            return r.count(rows);
        }
        if (c != '{')
            return r.skipValue();
        int arrays = 0;
        int others = 0;
        int n = -1;
        const bool read = r.object([&](QByteArrayView) {
            if (r.peek() == '[') {
                ++arrays;
                return r.count(n);
            }
            ++others;
            return r.skipValue();
        });
        if (read && arrays == 1 && others == 0) {
            ++candidates;
            rows = n;
        }
        return read;
    }
    [[nodiscard]] int result() const { return candidates == 1 ? rows : -1; }
};

} // namespace

PagePeek peekPage(QByteArrayView body, PeekFormat format)
{
    PagePeek out;
    Reader r(body);
    ListCount list;
    bool whole = false;
    switch (format) {
    case PeekFormat::None:
        return out;
    case PeekFormat::Aliyun:
        whole = r.object([&](QByteArrayView key) {
            if (key == "TotalCount")
                return r.integer(out.totalCount);
            if (key == "PageNumber") {
                qint64 n = 0;
                const bool read = r.integer(n);
                out.pageNumber = int(n);
                return read;
            }
            if (key == "NextToken")
                return r.token(out.nextToken);
            return list.read(r);
        });
        break;
    case PeekFormat::Huawei:
        whole = r.object([&](QByteArrayView key) {
            if (key == "total_count")
                return r.integer(out.totalCount);
            if (key == "page_info") {
                if (r.peek() != '{')
                    return r.skipValue();
                return r.object([&](QByteArrayView inner) {
                    if (inner == "next_marker")
                        return r.token(out.nextToken);
                    return r.skipValue();
                });
            }
            if (r.peek() == '[')
                return list.read(r);
            return r.skipValue();
        });
        break;
    }
    r.space();
    out.rows = list.result();
    out.ok = whole && !r.failed && r.atEnd();
    return out;
}

} // namespace flowlog
