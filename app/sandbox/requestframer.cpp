#include "requestframer.h"

#include <utility>

namespace flowlog::sandbox {

namespace {

bool isLeadingBlank(char c)
{
    return c == '\v' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
}

// One past the '\n' that ends a head starting at from ("\n\n" or "\n\r\n", as Qt reads it), or -1 when bytes
// hold no end of head; longer than the header limit counts as none (the slow path then refuses it).
qsizetype headEnd(QByteArrayView bytes, qsizetype from, qsizetype limit)
{
    for (qsizetype nl = bytes.indexOf('\n', from); nl >= 0 && nl - from < limit; nl = bytes.indexOf('\n', nl + 1)) {
        if (nl + 1 < bytes.size() && bytes.at(nl + 1) == '\n')
            return nl + 2;
        if (nl + 2 < bytes.size() && bytes.at(nl + 1) == '\r' && bytes.at(nl + 2) == '\n')
            return nl + 3;
    }
    return -1;
}

// A chunk-size line never needs more than a size and a short extension.
constexpr qsizetype kMaxChunkLine = 4096;

} // namespace

RequestFramer::RequestFramer(qint64 maxBodyBytes, qint64 maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{}

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n && m_verdict == Verdict::Fine) {
        switch (m_state) {
        case State::Start:
            if (isLeadingBlank(bytes.at(i))) {
                ++i;
                break;
            }
            m_line.clear();
            m_state = State::Head;
            break;
        case State::Head:
            if (m_line.isEmpty()) {
                // The usual case, a whole head in one read: judged where it lies, without copying it.
                const qsizetype end = headEnd(bytes, i, m_maxHeader);
                if (end > 0) {
                    endOfHead(bytes.sliced(i, end - i));
                    i = end;
                    break;
                }
            }
            [[fallthrough]];
        case State::ChunkSize: {
            const qsizetype newline = bytes.indexOf('\n', i);
            const qsizetype end = newline < 0 ? n : newline + 1;
            m_line.append(bytes.sliced(i, end - i));
            i = end;
            const bool head = m_state == State::Head;
            if (m_line.size() > (head ? m_maxHeader : kMaxChunkLine)) {
                m_verdict = head ? Verdict::HeadersTooLarge : Verdict::Malformed;
                break;
            }
            if (newline < 0)
                break;
            if (!head) {
                m_verdict = chunkSizeLine();
            } else if (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n")) {
                const QByteArray whole = std::exchange(m_line, {});
                endOfHead(whole);
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, n - i);
            i += take;
            m_remaining -= take;
            if (m_remaining > 0)
                break;
            if (m_state == State::Body)
                endOfRequest();
            else
                m_state = State::ChunkSize;
            break;
        }
        case State::LastChunk:
            // Qt reads the two bytes after the last chunk ("\r\n", or a lone "\n") and ends the request there.
            m_line += bytes.at(i++);
            if (m_line == "\n" || m_line.size() == 2)
                endOfRequest();
            break;
        }
    }
    return m_verdict;
}

void RequestFramer::endOfHead(QByteArrayView head)
{
    QByteArrayView contentLength;
    bool seenLength = false;
    bool chunked = false;
    qsizetype at = head.indexOf('\n') + 1; // after the request line
    while (at < head.size()) {
        const qsizetype newline = head.indexOf('\n', at);
        const QByteArrayView line = head.sliced(at, (newline < 0 ? head.size() : newline) - at);
        at = newline < 0 ? head.size() : newline + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        if (!seenLength && name.compare("content-length", Qt::CaseInsensitive) == 0) {
            contentLength = line.sliced(colon + 1).trimmed();
            seenLength = true;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 &&
                   line.sliced(colon + 1).toByteArray().toLower().contains("chunked")) {
            chunked = true;
        }
    }
    if (chunked) {
        m_chunked = 0;
        m_state = State::ChunkSize;
        return;
    }
    bool ok = false;
    const qulonglong length = contentLength.toULongLong(&ok);
    if (ok && length > static_cast<qulonglong>(m_maxBody)) {
        m_verdict = Verdict::BodyTooLarge;
        return;
    }
    if (ok && length > 0) {
        m_remaining = static_cast<qint64>(length);
        m_state = State::Body;
        return;
    }
    endOfRequest();
}

RequestFramer::Verdict RequestFramer::chunkSizeLine()
{
    const qsizetype semicolon = m_line.indexOf(';');
    const QByteArray size = (semicolon < 0 ? m_line : m_line.first(semicolon)).trimmed();
    m_line.clear();
    if (size.isEmpty()) // a blank line before the size: Qt skips it too
        return Verdict::Fine;
    bool ok = false;
    const qint64 chunk = size.toLongLong(&ok, 16);
    if (!ok || chunk < 0)
        return Verdict::Malformed;
    if (chunk > m_maxBody - m_chunked)
        return Verdict::BodyTooLarge;
    m_chunked += chunk;
    if (chunk == 0) {
        m_state = State::LastChunk;
    } else {
        m_remaining = chunk + 2; // the data and its CRLF
        m_state = State::ChunkData;
    }
    return Verdict::Fine;
}

void RequestFramer::endOfRequest()
{
    ++m_completed;
    m_line.clear();
    m_state = State::Start;
}

} // namespace flowlog::sandbox
