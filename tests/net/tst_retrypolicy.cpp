// The executor's retry policy: capped jittered backoff, server hints, the throttle budget and the transient retry
// limit, against the scripted server (cases the sandbox cannot time precisely).
#include "aliyunrpc.h"
#include "requestexecutor.h"
#include "retrypolicy.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

using test::Reply;
using test::ScriptedServer;

const Reply ok = Reply::json(200, R"({"RequestId":"R","Success":"true"})");
const Reply unavailable = Reply::json(503, R"({"Code":"InternalError","Message":"x","RequestId":"R5"})");
const Reply throttled =
    Reply::json(400, R"({"Code":"Throttling.User","Message":"x","RequestId":"RT"})", "x-acs-retry-after: 30\r\n");

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsAndIsCapped_data();
    void backoffGrowsAndIsCapped();
    void jitterStaysWithinHalfToFullCeiling();
    void serverHintWinsWhenLonger();
    void retryAfterHeadersAreRead_data();
    void retryAfterHeadersAreRead();
    void transientErrorsAreRetriedThreeTimesThenReported();
    void transientErrorThenSuccessSucceeds();
    void droppedConnectionIsRetried();
    void throttlingKeepsRetryingWithinTheBudgetOnly();
    void stalledAttemptTimesOutAndIsRetried();
    void providerErrorIsNotRetried();

private:
    ExecutionResult run(ScriptedServer &server, const RetryPolicy &policy, QList<int> *delays = nullptr);
    QNetworkAccessManager m_nam;
};

void TestRetryPolicy::backoffGrowsAndIsCapped_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("expected"); // with random = 1 (the ceiling)
    QTest::newRow("1") << 1 << 200;
    QTest::newRow("2") << 2 << 400;
    QTest::newRow("3") << 3 << 800;
    QTest::newRow("6") << 6 << 6400;
    QTest::newRow("7 capped") << 7 << 10000;
    QTest::newRow("40 capped") << 40 << 10000;
}

void TestRetryPolicy::backoffGrowsAndIsCapped()
{
    QFETCH(int, retry);
    QFETCH(int, expected);
    const RetryPolicy p;
    QCOMPARE(p.backoffMs(retry, -1, [] { return 1.0; }), expected);
}

void TestRetryPolicy::jitterStaysWithinHalfToFullCeiling()
{
    const RetryPolicy p;
    QCOMPARE(p.backoffMs(3, -1, [] { return 0.0; }), 400); // half of 800
    QCOMPARE(p.backoffMs(3, -1, [] { return 0.5; }), 600);
    QSet<int> seen;
    double r = 0;
    for (int i = 0; i < 20; ++i) {
        r = std::fmod(r + 0.37, 1.0);
        const int d = p.backoffMs(3, -1, [r] { return r; });
        QVERIFY(d >= 400 && d <= 800);
        seen.insert(d);
    }
    QVERIFY(seen.size() > 5); // actually jittered
}

void TestRetryPolicy::serverHintWinsWhenLonger()
{
    const RetryPolicy p;
    QCOMPARE(p.backoffMs(1, 5000, [] { return 0.0; }), 5000);
    QCOMPARE(p.backoffMs(5, 10, [] { return 1.0; }), 3200); // a shorter hint does not shorten the backoff
    QCOMPARE(p.backoffMs(1, 600000, [] { return 0.0; }), p.throttleBudgetMs); // nor can a bogus one park us
}

void TestRetryPolicy::retryAfterHeadersAreRead_data()
{
    QTest::addColumn<QByteArray>("acs");
    QTest::addColumn<QByteArray>("userApi");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expected");
    QTest::newRow("x-acs-retry-after ms") << QByteArray("1500") << QByteArray() << QByteArray() << QByteArray() << 1500;
    QTest::newRow("user-api TimeLeft") << QByteArray() << QByteArray("Limit:10,Remain:0,TimeLeft:800,Reset:1")
                                       << QByteArray() << QByteArray() << 800;
    QTest::newRow("larger of both TimeLefts")
        << QByteArray() << QByteArray("Limit:10,Remain:0,TimeLeft:800")
        << QByteArray("Limit:100, Remain:0, TimeLeft:2300") << QByteArray() << 2300;
    QTest::newRow("Retry-After seconds") << QByteArray() << QByteArray() << QByteArray() << QByteArray("3") << 3000;
    QTest::newRow("garbage") << QByteArray("soon") << QByteArray("Limit:x") << QByteArray() << QByteArray() << -1;
    QTest::newRow("none") << QByteArray() << QByteArray() << QByteArray() << QByteArray() << -1;
}

void TestRetryPolicy::retryAfterHeadersAreRead()
{
    QFETCH(QByteArray, acs);
    QFETCH(QByteArray, userApi);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expected);
    QCOMPARE(retryAfterFromHeaders(acs, userApi, user, retryAfter), expected);
}

ExecutionResult TestRetryPolicy::run(ScriptedServer &server, const RetryPolicy &policy, QList<int> *delays)
{
    RequestExecutor executor(&m_nam, policy);
    executor.setRandomSource([] { return 0.0; });
    QSignalSpy finished(&executor, &RequestExecutor::finished);
    QSignalSpy retrying(&executor, &RequestExecutor::retrying);
    QUrl url = server.url();
    url.setPath(QStringLiteral("/"));
    executor.start(
        [url] {
            HttpRequest r;
            r.method = "POST";
            r.url = url;
            r.body = "a=b";
            r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
            return r;
        },
        [](const HttpResponse &r) { return aliyun::judgeRpcResponse(r); });
    if (!finished.wait(15000))
        return {};
    if (delays) {
        for (const auto &args : retrying)
            delays->append(args.at(1).toInt());
    }
    [&] { QCOMPARE(finished.size(), 1); }();
    return finished.first().first().value<ExecutionResult>();
}

void TestRetryPolicy::transientErrorsAreRetriedThreeTimesThenReported()
{
    ScriptedServer server({unavailable});
    RetryPolicy p;
    p.baseDelayMs = 10;
    QList<int> delays;
    const ExecutionResult r = run(server, p, &delays);
    QCOMPARE(r.attempts, 4);
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(r.error.httpStatus, 503);
    QCOMPARE(r.error.requestId, QStringLiteral("R5"));
    QCOMPARE(delays, (QList<int>{5, 10, 20})); // random 0: half of 10, 20, 40
}

void TestRetryPolicy::transientErrorThenSuccessSucceeds()
{
    ScriptedServer server({unavailable, unavailable, ok});
    RetryPolicy p;
    p.baseDelayMs = 5;
    const ExecutionResult r = run(server, p);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.response.status, 200);
}

void TestRetryPolicy::droppedConnectionIsRetried()
{
    ScriptedServer server({Reply::drop(), ok});
    RetryPolicy p;
    p.baseDelayMs = 5;
    const ExecutionResult r = run(server, p);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QVERIFY(server.requestCount() >= 2);
}

void TestRetryPolicy::throttlingKeepsRetryingWithinTheBudgetOnly()
{
    ScriptedServer server({throttled});
    RetryPolicy p;
    p.baseDelayMs = 5;
    p.maxDelayMs = 40;
    p.throttleBudgetMs = 400;
    QElapsedTimer clock;
    clock.start();
    QList<int> delays;
    const ExecutionResult r = run(server, p, &delays);
    QCOMPARE(r.error.code, QStringLiteral("Throttling.User"));
    QVERIFY(r.attempts > p.maxTransientRetries + 1); // throttling is not limited to 3 retries...
    QVERIFY(clock.elapsed() >= p.throttleBudgetMs);  // ...but by the time budget
    QVERIFY(clock.elapsed() < p.throttleBudgetMs + 5000);
    for (const int d : std::as_const(delays))
        QVERIFY2(d >= 1 && d <= 40, qPrintable(QString::number(d))); // the hint (30 ms) and the cap hold
    QVERIFY(delays.contains(30));
}

void TestRetryPolicy::stalledAttemptTimesOutAndIsRetried()
{
    ScriptedServer server({Reply::hang(), ok});
    RetryPolicy p;
    p.baseDelayMs = 5;
    p.requestTimeoutMs = 300;
    const ExecutionResult r = run(server, p);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.attempts, 2);

    ScriptedServer never({Reply::hang()});
    p.maxTransientRetries = 1;
    const ExecutionResult t = run(never, p);
    QCOMPARE(t.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(t.attempts, 2);
}

void TestRetryPolicy::providerErrorIsNotRetried()
{
    ScriptedServer server({Reply::json(400, R"({"Code":"InvalidParameter","Message":"m","RequestId":"R"})")});
    const ExecutionResult r = run(server, RetryPolicy{});
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.error.code, QStringLiteral("InvalidParameter"));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
