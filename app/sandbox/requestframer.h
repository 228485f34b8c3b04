#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace flowlog::sandbox {

// Follows the requests on one connection as bytes arrive, reading only request lines, headers and chunk sizes, so
// an oversized body is refused when its size is announced, before it is read. It frames requests the way Qt
// HttpServer 6.4 does (leading blank lines skipped, "\n\n" or "\r\n\r\n" ends the headers, Content-Length unless
// Transfer-Encoding names chunked), so both agree on where each request ends.
class RequestFramer
{
public:
    enum class Verdict
    {
        Fine,            // nothing over a limit so far
        BodyTooLarge,    // 413: Content-Length, or the chunks announced so far, exceed the body limit
        HeadersTooLarge, // 431: the request line and headers exceed the header limit
        Malformed        // a chunk size that is not hexadecimal: the stream cannot be framed any further
    };

    explicit RequestFramer(qint64 maxBodyBytes, qint64 maxHeaderBytes = 64 * 1024);

    // Feeds the next bytes of the stream. The first verdict other than Fine is final: later calls return it.
    Verdict feed(QByteArrayView bytes);

    // Requests whose last byte has been fed.
    [[nodiscard]] qint64 completedRequests() const { return m_completed; }
    [[nodiscard]] qint64 maxBodyBytes() const { return m_maxBody; }

private:
    enum class State
    {
        Start,     // before a request line (blank lines skipped)
        Head,      // request line and headers
        Body,      // m_remaining bytes of a Content-Length body
        ChunkSize, // a chunk-size line
        ChunkData, // m_remaining bytes of chunk data and its CRLF
        LastChunk  // the CRLF after the last (zero) chunk
    };

    void endOfHead(QByteArrayView head);
    void endOfRequest();
    [[nodiscard]] Verdict chunkSizeLine();

    qint64 m_maxBody;
    qint64 m_maxHeader;
    State m_state = State::Start;
    Verdict m_verdict = Verdict::Fine;
    QByteArray m_line; // the head, a chunk-size line, or the CRLF after the last chunk, as far as it arrived
    qint64 m_remaining = 0;
    qint64 m_chunked = 0; // chunk bytes announced for this request
    qint64 m_completed = 0;
};

} // namespace flowlog::sandbox
