// NetworkPool::preconnect (issue 19 goal 4): connections opened while the secrets load (or the sandbox seeds) are
// the ones the first requests go out on, never more than asked, and only where a request could go. Against the
// scripted server, which counts the connections it accepts; requests through the RequestExecutor, as every
// operation sends them.
#include "aliyunrpc.h"
#include "networkpool.h"
#include "requestexecutor.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace flowlog;

// Every request gets the same Alibaba-style success; what counts here is where it went.
static test::Reply okAnswer()
{
    return test::Reply::json(200, R"({"RequestId":"R","Success":"true"})");
}

// Runs twice (main() below): a direct pool (flowlog-cli) and a threaded one (the console).
class TestNetworkPool : public QObject
{
    Q_OBJECT

public:
    explicit TestNetworkPool(bool threaded)
        : m_threaded(threaded)
    {}

private Q_SLOTS:
    void preconnectedConnectionsCarryTheFirstRequests();
    void aManagersWorthIsNeverMoreThanSix();
    void preconnectOpensNoMoreThanAsked();
    void preconnectFollowsTheEndpointRule();

private:
    [[nodiscard]] std::unique_ptr<NetworkPool> makePool() const;
    // Sends count requests at once through pool to url and waits for every answer; false if one failed.
    [[nodiscard]] static bool sendAtOnce(NetworkPool *pool, const QUrl &url, int count);

    bool m_threaded = false;
};

std::unique_ptr<NetworkPool> TestNetworkPool::makePool() const
{
    auto pool = std::make_unique<NetworkPool>([] { return new QNetworkAccessManager; });
    pool->setThreaded(m_threaded);
    return pool;
}

bool TestNetworkPool::sendAtOnce(NetworkPool *pool, const QUrl &url, int count)
{
    QNetworkAccessManager unused; // the pool chooses; this one must see nothing
    std::vector<std::unique_ptr<RequestExecutor>> executors;
    int done = 0;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        auto executor = std::make_unique<RequestExecutor>(&unused, RetryPolicy{});
        executor->setNetworkPool(pool);
        QObject::connect(executor.get(), &RequestExecutor::finished, executor.get(),
                         [&done, &failed](const ExecutionResult &r) {
                             ++done;
                             failed += r.error.isError() ? 1 : 0;
                         });
        executor->start(
            [url] {
                HttpRequest r;
                r.url = url;
                r.url.setPath(QStringLiteral("/"));
                return r;
            },
            [](const HttpResponse &r) { return aliyun::judgeRpcResponse(r); });
        executors.push_back(std::move(executor));
    }
    return QTest::qWaitFor([&done, count] { return done == count; }, 30000) && failed == 0;
}

void TestNetworkPool::preconnectedConnectionsCarryTheFirstRequests()
{
    test::ScriptedServer server({okAnswer()});
    QVERIFY(server.isListening());
    const std::unique_ptr<NetworkPool> pool = makePool();
    // One: exactly one connection (Qt opens a pre-connect's connection unless one of the manager's is idle, and
    // none is yet).
    pool->preconnect(server.url(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionsAccepted(), 1, 10000);
    QCOMPARE(server.requestCount(), 0); // a pre-connect sends no request
    // The first request goes out on it. Qt keys its connections by whether HTTP/2 is allowed: a pre-connect that
    // allowed it (QNetworkAccessManager::connectToHost's) would sit idle beside a second connection.
    QVERIFY(sendAtOnce(pool.get(), server.url(), 1));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.connectionsAccepted(), 1);
    if (!m_threaded)
        QCOMPARE(pool->managerCount(), 1);
}

void TestNetworkPool::aManagersWorthIsNeverMoreThanSix()
{
    // Six asked: Qt opens up to six (fewer when the first ones are connected and idle before it sees the rest, as on
    // a loaded machine). Six requests at once then use them and open what is missing: six in all, the per-host
    // limit of one manager. Pre-connected connections the requests could not use would make it more.
    test::ScriptedServer server({okAnswer()});
    const std::unique_ptr<NetworkPool> pool = makePool();
    pool->preconnect(server.url(), NetworkPool::connectionsPerHost);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionsAccepted() >= 1, 10000);
    QVERIFY(sendAtOnce(pool.get(), server.url(), NetworkPool::connectionsPerHost));
    QCOMPARE(server.requestCount(), NetworkPool::connectionsPerHost);
    QVERIFY2(server.connectionsAccepted() <= NetworkPool::connectionsPerHost,
             qPrintable(QString::number(server.connectionsAccepted())));
}

void TestNetworkPool::preconnectOpensNoMoreThanAsked()
{
    test::ScriptedServer server({okAnswer()});
    const std::unique_ptr<NetworkPool> pool = makePool();
    // Eight: six asked of the first manager, two of a second (whose HTTP thread starts now, not with the
    // requests): each opens at least one.
    pool->preconnect(server.url(), 8);
    if (!m_threaded)
        QCOMPARE(pool->managerCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionsAccepted() >= 2, 10000);
    // Asked again (the CLI's launcher, then the sweep's refresh): nothing more is asked of Qt, no manager added.
    pool->preconnect(server.url(), 8);
    pool->preconnect(server.url(), 3);
    if (!m_threaded)
        QCOMPARE(pool->managerCount(), 2);
    QVERIFY(sendAtOnce(pool.get(), server.url(), 8));
    QCOMPARE(server.requestCount(), 8);
}

void TestNetworkPool::preconnectFollowsTheEndpointRule()
{
    // Where no request may go (plain http beyond loopback, a name rather than an address), nothing is opened: in
    // a direct pool not even a manager. The scripted server on 127.0.0.1 would count a connection to "localhost".
    test::ScriptedServer server({okAnswer()});
    const std::unique_ptr<NetworkPool> pool = makePool();
    QUrl byName = server.url();
    byName.setHost(QStringLiteral("localhost"));
    pool->preconnect(byName, 6);
    pool->preconnect(QUrl(QStringLiteral("http://192.0.2.1:80")), 6);
    pool->preconnect(server.url(), 0);
    if (!m_threaded)
        QCOMPARE(pool->managerCount(), 0);
    // One request through the pool: had a pre-connect gone to the server, it would have been accepted first.
    QVERIFY(sendAtOnce(pool.get(), server.url(), 1));
    QCOMPARE(server.connectionsAccepted(), 1);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestNetworkPool direct(false);
    TestNetworkPool threaded(true);
    // Both runs, whatever the first gave (the exit code says whether either failed).
    const int directFailed = QTest::qExec(&direct, argc, argv);
    const int threadedFailed = QTest::qExec(&threaded, argc, argv);
    return directFailed | threadedFailed;
}
#include "tst_networkpool.moc"
