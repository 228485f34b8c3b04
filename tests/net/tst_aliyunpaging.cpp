// Loop protection of the CEN (PageNumber) and ECR (NextToken) list jobs against a scripted server that
// misbehaves in ways the sandbox does not: repeated tokens, tokens past TotalCount, empty pages, wrong pages.
// And the fan-out of PageNumber listings through a RequestGate: pages answered in any order, one failing page,
// slots released on every path.
#include "cenlistjob.h"
#include "ecrlistjob.h"
#include "requestslots.h"

#include <QRegularExpression>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace flowlog;

namespace {

// Answers the n-th request with the n-th body (HTTP 200, JSON), or, by page number, the request for PageNumber=k
// with the k-th body; the last body repeats. A body starting with "HTTP/1.1" is sent as the whole response; an
// empty body is never answered. After hold(), answers wait until the test lets them go, newest first.
class PageServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageServer)

public:
    enum class Mode
    {
        Sequence,
        ByPageNumber,
    };

    explicit PageServer(QList<QByteArray> bodies, Mode mode = Mode::Sequence, QObject *parent = nullptr)
        : QObject(parent)
        , m_bodies(std::move(bodies))
        , m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    ++m_disconnects;
                    s->deleteLater();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }
    [[nodiscard]] int disconnects() const { return m_disconnects; }
    // Most requests received and not yet answered at once.
    [[nodiscard]] int peakPending() const { return m_peakPending; }
    void hold() { m_holding = true; }
    [[nodiscard]] int held() const { return static_cast<int>(m_held.size()); }
    // Sends the answer to the most recent held request.
    void answerNewest()
    {
        const auto [socket, response] = m_held.takeLast();
        if (socket)
            socket->write(response);
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray line = buf.left(buf.indexOf("\r\n"));
        m_requests.append(line);
        buf.remove(0, end + 4); // GET requests: no body
        qsizetype index = m_requests.size() - 1;
        if (m_mode == Mode::ByPageNumber) {
            static const QRegularExpression number(QStringLiteral("[?&]PageNumber=(\\d+)"));
            index = number.match(QString::fromLatin1(line)).captured(1).toInt() - 1;
        }
        const QByteArray body = m_bodies.at(std::clamp<qsizetype>(index, 0, m_bodies.size() - 1));
        if (body.isEmpty()) {
            m_peakPending = std::max(m_peakPending, ++m_silent + static_cast<int>(m_held.size()));
            return;
        }
        const QByteArray response = body.startsWith("HTTP/1.1")
                                        ? body
                                        : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                              QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_held.append({QPointer<QTcpSocket>(s), response});
        m_peakPending = std::max(m_peakPending, m_silent + static_cast<int>(m_held.size()));
        if (!m_holding)
            answerNewest();
    }

    QTcpServer m_server;
    QList<QByteArray> m_bodies;
    Mode m_mode;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<std::pair<QPointer<QTcpSocket>, QByteArray>> m_held;
    bool m_holding = false;
    int m_silent = 0;
    int m_disconnects = 0;
    int m_peakPending = 0;
};

QByteArray ecrPage(int firstId, int rows, const QString &token, int total)
{
    QByteArray logs;
    for (int i = 0; i < rows; ++i)
        logs += (i ? "," : "") + QByteArray(R"({"FlowLogId":"ecr-flog-)") + QByteArray::number(firstId + i) + "\"}";
    return R"({"Success":true,"TotalCount":)" + QByteArray::number(total) + R"(,"NextToken":")" + token.toUtf8() +
           R"(","FlowLogs":[)" + logs + "]}";
}

QByteArray cenError(const QByteArray &requestId)
{
    const QByteArray body = R"({"RequestId":")" + requestId +
                            R"(","Code":"InvalidParameter","Message":"The specified parameter is invalid."})";
    return "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray cenPage(int pageNumber, int firstId, int rows, int total);

// flowlog-1..11 at 2 per page.
QList<QByteArray> elevenRowsInSixPages()
{
    QList<QByteArray> bodies;
    for (int page = 1; page <= 6; ++page)
        bodies << cenPage(page, 2 * page - 1, page < 6 ? 2 : 1, 11);
    return bodies;
}

QByteArray cenPage(int pageNumber, int firstId, int rows, int total)
{
    QByteArray logs;
    for (int i = 0; i < rows; ++i)
        logs += (i ? "," : "") + QByteArray(R"({"FlowLogId":"flowlog-)") + QByteArray::number(firstId + i) + "\"}";
    return R"({"Success":"true","PageNumber":")" + QByteArray::number(pageNumber) +
           R"(","PageSize":"2","TotalCount":")" + QByteArray::number(total) + R"(","FlowLogs":{"FlowLog":[)" + logs +
           "]}}";
}

} // namespace

class TestAliyunPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecrFollowsTokensToTheEnd();
    void ecrRepeatedTokenStopsWithAnError();
    void ecrStopsOnceTotalCountRowsArrived();
    void ecrEmptyPageWithTokenStopsWithAnError();
    void cenFollowsPageNumbersToTotalCount();
    void cenEmptyPageEndsTheListingWhateverTotalCountSays();
    void cenWrongPageNumberIsAnError();
    void cenFanOutIsCompleteWhateverOrderPagesArriveIn();
    void cenFailedFannedPageFailsTheSourceAndAbortsTheOthers();
    void gateLimitsFannedOutPagesInFlight();
    void gateSlotsAreReleasedOnEveryPath_data();
    void gateSlotsAreReleasedOnEveryPath();
    void destroyedJobGivesItsSlotsBack();
    void pagesParsedOnAPoolArriveCompleteAndMayOutliveTheJob();

private:
    ListResult run(ListJob &job, int *rowCount, QStringList *ids = nullptr);
    SourceSpec source(Service service, const QUrl &url) const;
    QNetworkAccessManager m_nam;
};

SourceSpec TestAliyunPaging::source(Service service, const QUrl &url) const
{
    SourceSpec s;
    s.service = service;
    s.region = QStringLiteral("cn-hangzhou");
    s.instanceId = service == Service::Ecr ? QStringLiteral("ecr-1") : QString();
    s.endpointOverride = url;
    s.pageSize = 2;
    return s;
}

ListResult TestAliyunPaging::run(ListJob &job, int *rowCount, QStringList *ids)
{
    QSignalSpy pages(&job, &ListJob::pageReceived);
    QSignalSpy finished(&job, &ListJob::finished);
    job.start();
    if (!finished.wait(10000))
        return {};
    *rowCount = 0;
    for (const auto &args : pages) {
        const auto rows = args.first().value<QList<FlowLog>>();
        *rowCount += static_cast<int>(rows.size());
        for (const FlowLog &f : rows) {
            if (ids)
                ids->append(f.id);
        }
    }
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<ListResult>();
}

void TestAliyunPaging::ecrFollowsTokensToTheEnd()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("t+/=1"), 5), ecrPage(3, 2, QStringLiteral("t+/=2"), 5),
                       ecrPage(5, 1, QString(), 5)});
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.pages, 3);
    QCOMPARE(rows, 5);
    QVERIFY(!server.requests().at(0).contains("NextToken"));
    QVERIFY(server.requests().at(1).contains("NextToken=t%2B%2F%3D1"));
}

void TestAliyunPaging::ecrRepeatedTokenStopsWithAnError()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("same"), 100)}); // every page hands back the same token
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(r.pages, 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestAliyunPaging::ecrStopsOnceTotalCountRowsArrived()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("a"), 4), ecrPage(3, 2, QStringLiteral("b"), 4)});
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY(!r.error.isError());
    QCOMPARE(rows, 4);
    QCOMPARE(server.requests().size(), 2); // the token after the last row is not followed
}

void TestAliyunPaging::ecrEmptyPageWithTokenStopsWithAnError()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("a"), -1), ecrPage(0, 0, QStringLiteral("b"), -1),
                       ecrPage(0, 0, QStringLiteral("c"), -1)});
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(rows, 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestAliyunPaging::cenFollowsPageNumbersToTotalCount()
{
    PageServer server({cenPage(1, 1, 2, 5), cenPage(2, 3, 2, 5), cenPage(3, 5, 1, 5), cenPage(4, 6, 2, 5)},
                      PageServer::Mode::ByPageNumber);
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(rows, 5);
    QCOMPARE(server.requests().size(), 3); // never asks for a page beyond TotalCount
    QCOMPARE(std::count_if(server.requests().cbegin(), server.requests().cend(),
                           [](const QByteArray &r) { return r.contains("PageNumber=3"); }),
             1);
}

void TestAliyunPaging::cenEmptyPageEndsTheListingWhateverTotalCountSays()
{
    PageServer server({cenPage(1, 1, 2, 100), cenPage(2, 0, 0, 100)});
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    // One request at a time. The slot page 2 frees goes to page 3 before page 2 is read; once page 2 is seen
    // empty, nothing further (47 pages by TotalCount) is asked.
    RequestSlots gate(1, 1);
    job.setRequestGate(&gate);
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY(!r.error.isError());
    QCOMPARE(rows, 2);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(gate.waiting(), 0);
}

void TestAliyunPaging::cenWrongPageNumberIsAnError()
{
    PageServer server({cenPage(1, 1, 2, 10)}); // always page 1
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    RequestSlots gate(1, 1);
    job.setRequestGate(&gate);
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Protocol);
    QVERIFY(!r.error.requestId.isEmpty() || r.error.message.contains(QLatin1String("page 2")));
    // Page 3 may have gone out while page 2 was read (its slot was free); it is aborted, nothing follows.
    QVERIFY(server.requests().size() >= 2 && server.requests().size() <= 3);
    QCOMPARE(gate.inFlight(), 0);
}

void TestAliyunPaging::cenFanOutIsCompleteWhateverOrderPagesArriveIn()
{
    // 11 rows at 2 per page: pages 2..6 are asked at once and answered last page first.
    const QList<QByteArray> bodies = elevenRowsInSixPages();
    PageServer server(bodies, PageServer::Mode::ByPageNumber);
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    connect(
        &job, &ListJob::pageReceived, this, [&server] { server.hold(); }, Qt::SingleShotConnection);
    QSignalSpy pages(&job, &ListJob::pageReceived);
    QSignalSpy finished(&job, &ListJob::finished);
    job.start();
    QTRY_COMPARE(server.held(), 5); // pages 2..6 asked at once
    for (int answered = 1; answered <= 5; ++answered) {
        server.answerNewest();
        QTRY_COMPARE(pages.size(), 1 + answered);
    }
    QTRY_COMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<ListResult>();
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.pages, 6);
    QCOMPARE(r.rows, 11);
    QCOMPARE(server.requests().size(), 6);
    QStringList ids;
    for (const auto &args : pages) {
        for (const FlowLog &f : args.first().value<QList<FlowLog>>())
            ids << f.id;
    }
    QCOMPARE(ids.at(2), QStringLiteral("flowlog-11")); // page 6 arrived right after page 1
    QStringList want;
    for (int i = 1; i <= 11; ++i)
        want << QStringLiteral("flowlog-%1").arg(i);
    ids.sort();
    want.sort();
    QCOMPARE(ids, want); // every row exactly once
}

void TestAliyunPaging::cenFailedFannedPageFailsTheSourceAndAbortsTheOthers()
{
    // Page 3 is refused; pages 2, 4 and 5 are never answered: only aborting them lets their connections go.
    PageServer server({cenPage(1, 1, 2, 10), QByteArray(), cenError("REQ-PAGE-3"), QByteArray(), QByteArray()},
                      PageServer::Mode::ByPageNumber);
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    RequestSlots gate(8, 8);
    job.setRequestGate(&gate);
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Provider);
    QCOMPARE(r.error.code, QStringLiteral("InvalidParameter"));
    QCOMPARE(r.error.requestId, QStringLiteral("REQ-PAGE-3"));
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(rows, 2); // page 1 only
    QCOMPARE(gate.inFlight(), 0);
    QCOMPARE(gate.waiting(), 0);
    QTRY_VERIFY(server.disconnects() >= 3);
    QVERIFY(!job.isRunning());
}

void TestAliyunPaging::gateLimitsFannedOutPagesInFlight()
{
    QList<QByteArray> bodies;
    for (int page = 1; page <= 10; ++page)
        bodies << cenPage(page, 2 * page - 1, 2, 20);
    PageServer server(bodies, PageServer::Mode::ByPageNumber);
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    RequestSlots gate(5, 3); // the group limit (the profile) is the tighter one
    job.setRequestGate(&gate);
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(rows, 20);
    QCOMPARE(server.requests().size(), 10);
    QCOMPARE(gate.peakInFlight(), 3);
    QCOMPARE(gate.peakInFlightPerGroup(), 3);
    QVERIFY(server.peakPending() <= 3);
    QCOMPARE(gate.inFlight(), 0);
}

void TestAliyunPaging::gateSlotsAreReleasedOnEveryPath_data()
{
    QTest::addColumn<QList<QByteArray>>("bodies");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<bool>("abortWhileInFlight");
    QTest::addColumn<int>("errorKind");
    QTest::newRow("success") << QList<QByteArray>{cenPage(1, 1, 2, 6), cenPage(2, 3, 2, 6), cenPage(3, 5, 2, 6)}
                             << 10000 << false << int(ApiError::Kind::None);
    QTest::newRow("provider error") << QList<QByteArray>{cenPage(1, 1, 2, 6), cenError("R2"), cenPage(3, 5, 2, 6)}
                                    << 10000 << false << int(ApiError::Kind::Provider);
    QTest::newRow("unparsable page") << QList<QByteArray>{cenPage(1, 1, 2, 6), QByteArray(R"({"TotalCount":"6",)"),
                                                          cenPage(3, 5, 2, 6)}
                                     << 10000 << false << int(ApiError::Kind::Parse);
    QTest::newRow("abort") << QList<QByteArray>{cenPage(1, 1, 2, 6), QByteArray()} << 10000 << true
                           << int(ApiError::Kind::Aborted);
    QTest::newRow("timeout") << QList<QByteArray>{cenPage(1, 1, 2, 6), QByteArray()} << 300 << false
                             << int(ApiError::Kind::Timeout);
}

void TestAliyunPaging::gateSlotsAreReleasedOnEveryPath()
{
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(int, timeoutMs);
    QFETCH(bool, abortWhileInFlight);
    QFETCH(int, errorKind);
    PageServer server(bodies, PageServer::Mode::ByPageNumber);
    RetryPolicy policy;
    policy.requestTimeoutMs = timeoutMs;
    policy.maxTransientRetries = 0;
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   policy);
    RequestSlots gate(2, 2); // page 3 waits for a slot while page 2 is in flight
    job.setRequestGate(&gate);
    QSignalSpy finished(&job, &ListJob::finished);
    job.start();
    if (abortWhileInFlight) {
        QTRY_COMPARE(gate.inFlight(), 2); // pages 2 and 3, never answered
        job.abort();
    }
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<ListResult>();
    QCOMPARE(int(r.error.kind), errorKind);
    QCOMPARE(gate.inFlight(), 0);
    QCOMPARE(gate.waiting(), 0);
    QVERIFY(gate.peakInFlight() <= 2);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1); // exactly one finished, even with pages that were still in flight
}

void TestAliyunPaging::destroyedJobGivesItsSlotsBack()
{
    PageServer server({cenPage(1, 1, 2, 40), QByteArray()}, PageServer::Mode::ByPageNumber);
    RequestSlots gate(3, 3);
    auto job = std::make_unique<CenListJob>(source(Service::Cen, server.url()),
                                            Credentials{QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                                            RetryPolicy{});
    job->setRequestGate(&gate);
    job->start();
    QTRY_COMPARE(gate.inFlight(), 3); // pages 2..4 in flight, the rest of the fan-out waiting
    QVERIFY(gate.waiting() > 0);
    job.reset();
    QCOMPARE(gate.inFlight(), 0);
    QCOMPARE(gate.waiting(), 0);
}

void TestAliyunPaging::pagesParsedOnAPoolArriveCompleteAndMayOutliveTheJob()
{
    // The console parses pages on a pool, off the GUI thread: every row still arrives once, in the job's thread.
    QThreadPool pool;
    const QList<QByteArray> bodies = elevenRowsInSixPages();
    PageServer server(bodies, PageServer::Mode::ByPageNumber);
    {
        CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                       RetryPolicy{});
        job.setParsePool(&pool);
        bool inJobThread = true;
        connect(&job, &ListJob::pageReceived, this,
                [&inJobThread, &job] { inJobThread = inJobThread && QThread::currentThread() == job.thread(); });
        int rows = 0;
        QStringList ids;
        const ListResult r = run(job, &rows, &ids);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
        QCOMPARE(r.pages, 6);
        QCOMPARE(rows, 11);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 11);
        QVERIFY(inJobThread);
    }
    // A job destroyed while its pages are on the pool: the parsers hold copies, so nothing dangles (ASan).
    PageServer again(bodies, PageServer::Mode::ByPageNumber);
    auto job = std::make_unique<CenListJob>(source(Service::Cen, again.url()),
                                            Credentials{QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                                            RetryPolicy{});
    job->setParsePool(&pool);
    job->start();
    QTRY_VERIFY(again.requests().size() >= 2); // page 1 parsed, the fan-out asked
    job.reset();
    QVERIFY(pool.waitForDone(5000));
}

QTEST_GUILESS_MAIN(TestAliyunPaging)
#include "tst_aliyunpaging.moc"
