// The sandbox refuses a request body over its limit (1 MiB) when the headers arrive, with 413 and without reading
// the body: the request framer's rules, then the real binary over raw sockets, watching its resident memory.
#include "requestframer.h"
#include "sandboxprobe.h"
#include "sanitizers.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace flowlog;
using namespace flowlog::sandbox;
using namespace flowlog::test;

namespace {

constexpr qint64 kLimit = 1024 * 1024;

QByteArray postHead(qint64 contentLength, const QByteArray &path = "/")
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
           "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
}

// The status line's code of what arrived on socket within timeoutMs, or 0.
int readStatus(QTcpSocket &socket, int timeoutMs)
{
    QByteArray got = socket.readAll();
    QElapsedTimer clock;
    clock.start();
    while (!got.contains("\r\n") && clock.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(100))
            got += socket.readAll();
        else if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    if (!got.startsWith("HTTP/1.1 "))
        return 0;
    return got.mid(9, 3).toInt();
}

} // namespace

class TestSandboxLimits final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;

    [[nodiscard]] bool connectRaw(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_sandbox.baseUrl().port()));
        return socket.waitForConnected(5000);
    }

private slots:
    void initTestCase()
    {
#if defined(FLOWLOG_UNDER_ASAN)
        // ASan keeps freed memory in a quarantine (256 MB by default) instead of reusing it, so a sandbox that reads
        // and drops 64 MiB grows by 64 MiB under ASan although it holds none of it. A small quarantine keeps
        // use-after-free detection in the sandbox and makes its resident size mean what the memory test checks.
        qputenv("ASAN_OPTIONS", qgetenv("ASAN_OPTIONS") + ":quarantine_size_mb=4");
#endif
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    }

    void framerJudgesAtHeaderTime_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("completed");
        using V = RequestFramer::Verdict;
        const QByteArray get = "GET /__sandbox/stats HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("get") << get << int(V::Fine) << 1;
        QTest::newRow("body at the limit") << postHead(kLimit) + QByteArray(kLimit, 'a') << int(V::Fine) << 1;
        QTest::newRow("one byte over, no body sent") << postHead(kLimit + 1) << int(V::BodyTooLarge) << 0;
        QTest::newRow("1 GiB announced") << postHead(1LL << 30) << int(V::BodyTooLarge) << 0;
        QTest::newRow("lower-case header, LF only")
            << QByteArray("POST / HTTP/1.1\ncontent-length:  2000000\n\n") << int(V::BodyTooLarge) << 0;
        QTest::newRow("keep-alive: second request too large")
            << get + postHead(5) + "a=b&c" + postHead(kLimit * 2) << int(V::BodyTooLarge) << 2;
        QTest::newRow("blank lines between requests") << "\r\n" + get + "\r\n\r\n" + get << int(V::Fine) << 2;
        QTest::newRow("body bytes are not headers")
            << postHead(6) + "\r\n\r\n\r\n" + get << int(V::Fine) << 2; // a body of CRLFs does not end anything
        QTest::newRow("chunked within the limit")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\n\r\n") + get
            << int(V::Fine) << 2;
        QTest::newRow("chunked over the limit")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n80000\r\n") + QByteArray(0x80000, 'x') +
                   "\r\n80001\r\n"
            << int(V::BodyTooLarge) << 0;
        QTest::newRow("chunk size not hex")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << int(V::Malformed) << 0;
        QTest::newRow("headers over 64 KiB")
            << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70000, 'h') << int(V::HeadersTooLarge) << 0;
        QTest::newRow("Content-Length with chunked: chunked wins")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << int(V::Fine) << 1;
    }
    void framerJudgesAtHeaderTime()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, verdict);
        QFETCH(int, completed);
        // Whole, and in awkward pieces: the verdict must not depend on how the bytes arrive.
        for (const qsizetype piece : {stream.size(), qsizetype(1), qsizetype(7), qsizetype(4096)}) {
            RequestFramer framer(kLimit);
            RequestFramer::Verdict last = RequestFramer::Verdict::Fine;
            for (qsizetype at = 0; at < stream.size(); at += piece)
                last = framer.feed(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
            QCOMPARE(int(last), verdict);
            QCOMPARE(framer.completedRequests(), qint64(completed));
        }
    }

    void hugeUploadIsRefusedWithoutBeingRead()
    {
        const qint64 before = m_sandbox.residentBytes();
        QVERIFY(before > 0);

        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        // An unsigned 1 GiB POST: the answer must come before (almost) any of the body is sent.
        socket.write(postHead(1LL << 30) + QByteArray(64 * 1024, 'a'));
        QCOMPARE(readStatus(socket, 10000), 413);

        // Keep uploading as a careless client would: the sandbox reads and drops it, then closes.
        constexpr qint64 kSent = 64LL * 1024 * 1024;
        const QByteArray block(1024 * 1024, 'a');
        qint64 sent = 0;
        while (sent < kSent && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(block);
            if (!socket.waitForBytesWritten(5000))
                break;
            sent += block.size();
        }
        socket.abort();
        const qint64 after = m_sandbox.residentBytes();
        QVERIFY2(after - before < 16 * 1024 * 1024,
                 qPrintable(QStringLiteral("resident memory grew from %1 to %2 bytes after %3 bytes were sent")
                                .arg(before)
                                .arg(after)
                                .arg(sent)));

        // Still serving.
        QCOMPARE(admin(m_nam, m_sandbox.baseUrl(), "GET", QStringLiteral("/__sandbox/stats")).status, 200);
    }

    void bodyAtTheLimitIsServedOneByteMoreIsNot()
    {
        const QByteArray json = R"({"kind":"throttle","rate":0})";
        const QByteArray atLimit = json + QByteArray(kLimit - json.size(), ' '); // JSON allows trailing blanks
        const Probe fits = admin(m_nam, m_sandbox.baseUrl(), "POST", QStringLiteral("/__sandbox/faults"), atLimit);
        QCOMPARE(fits.status, 200);
        QVERIFY(fits.json().contains(QLatin1String("faults")));
        const Probe over =
            admin(m_nam, m_sandbox.baseUrl(), "POST", QStringLiteral("/__sandbox/faults"), atLimit + ' ');
        QCOMPARE(over.status, 413);
        QVERIFY2(over.body.contains("413 Request Entity Too Large"), over.body.constData());
    }

    void keepAliveConnectionIsFramedAcrossRequests()
    {
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        // A small request with a body, answered; then an oversized one on the same connection.
        const QByteArray body = R"({"kind":"html","rate":0})";
        socket.write(postHead(body.size(), "/__sandbox/faults") + body);
        QCOMPARE(readStatus(socket, 10000), 200);
        QByteArray rest;
        while (socket.waitForReadyRead(200))
            rest += socket.readAll();
        socket.write(postHead(kLimit * 3, "/__sandbox/faults"));
        QCOMPARE(readStatus(socket, 10000), 413);
    }

    void chunkedUploadOverTheLimitIsRefused()
    {
        QTcpSocket socket;
        QVERIFY(connectRaw(socket));
        socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n40000000\r\n" +
                     QByteArray(4096, 'c'));
        QCOMPARE(readStatus(socket, 10000), 413);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
