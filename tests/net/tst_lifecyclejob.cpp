// LifecycleJob (issue 17) against a scripted server, where each answer can be lost on purpose: a call without a
// client token (VPC, ER) is never sent again before the flow log has been read, and only when the read shows it was
// not done; "already so" is done without a second call; a flow log changing state is waited for; every CEN attempt
// carries the same token; done is only said when the provider shows it; a flow log that never settles times out.
#include "jobfactory.h"
#include "lifecyclejob.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace flowlog;
using test::Reply;
using test::ScriptedServer;

namespace {

// The RPC action of a request (query for GET, form body for POST).
QString actionOf(const test::ReceivedRequest &r)
{
    const QUrlQuery form(QString::fromUtf8(r.body));
    const QString inBody = form.queryItemValue(QStringLiteral("Action"));
    return inBody.isEmpty() ? r.query().queryItemValue(QStringLiteral("Action")) : inBody;
}

QString paramOf(const test::ReceivedRequest &r, const QString &key)
{
    const QUrlQuery form(QString::fromUtf8(r.body));
    const QString inBody = form.queryItemValue(key);
    return inBody.isEmpty() ? r.query().queryItemValue(key) : inBody;
}

Reply vpcPage(const QString &status)
{
    const QByteArray rows = status.isEmpty()
                                ? QByteArray()
                                : "{\"FlowLogId\":\"fl-1\",\"FlowLogName\":\"one\",\"Status\":\"" + status.toUtf8() +
                                      "\",\"RegionId\":\"cn-hangzhou\",\"AggregationInterval\":\"10\"}";
    return Reply::json(200, "{\"RequestId\":\"R-READ\",\"TotalCount\":\"" + QByteArray(status.isEmpty() ? "0" : "1") +
                                "\",\"PageNumber\":\"1\",\"PageSize\":\"50\",\"Success\":\"true\",\"FlowLogs\":{"
                                "\"FlowLog\":[" +
                                rows + "]}}");
}

Reply ok()
{
    return Reply::json(200, "{\"RequestId\":\"R-CALL\",\"Success\":\"true\"}");
}

Reply aliyunError(const char *code)
{
    return Reply::json(400, "{\"RequestId\":\"R-ERR\",\"Code\":\"" + QByteArray(code) + "\",\"Message\":\"no\"}");
}

} // namespace

class TestLifecycleJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vpcLostAnswerIsReadNotResent();
    void vpcLostAnswerBeforeItActedIsSentAgain();
    void alreadyThereIsDoneWithoutASecondCall();
    void changingStateIsWaitedForThenCalledAgain();
    void cenAttemptsShareOneClientToken();
    void tokenAttemptsShareOneClientToken_data();
    void tokenAttemptsShareOneClientToken();
    void erDeleteIsDoneWhenTheFlowLogIsGone();
    void neverSettlingTimesOut();
    void callWithoutTokenWhoseConnectionClosesIsSentOnce_data();
    void callWithoutTokenWhoseConnectionClosesIsSentOnce();

private:
    static LifecycleInput inputFor(const ScriptedServer &server, Service service, LifecycleAction action);
    LifecycleOutcome runJob(ScriptedServer &server, Service service, LifecycleAction action,
                            LifecycleJob::Limits limits = {});
    static int count(const ScriptedServer &server, const QString &action);
    // The ClientToken values of every request of action (one empty string for requests without one).
    static QSet<QString> tokensOf(const ScriptedServer &server, const QString &action);
    // Requests of action that came after the job's first read (a resend the job decided on).
    static int countAfterFirstRead(const ScriptedServer &server, const QString &action);
    QNetworkAccessManager m_nam;
};

LifecycleInput TestLifecycleJob::inputFor(const ScriptedServer &server, Service service, LifecycleAction action)
{
    LifecycleInput input;
    input.target.profileName = QStringLiteral("acct");
    input.target.profileId = QStringLiteral("p1");
    input.target.service = service;
    input.target.region = QStringLiteral("cn-hangzhou");
    input.target.instanceId = QStringLiteral("er-1");
    input.target.projectId = QStringLiteral("proj-1");
    input.target.endpointOverride = server.url();
    input.flowLog.id = QStringLiteral("fl-1");
    input.flowLog.service = service;
    input.flowLog.provider = providerOf(service);
    input.action = action;
    return input;
}

LifecycleOutcome TestLifecycleJob::runJob(ScriptedServer &server, Service service, LifecycleAction action,
                                          LifecycleJob::Limits limits)
{
    const LifecycleInput input = inputFor(server, service, action);
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 50;
    limits.firstPollMs = 10;
    limits.maxPollMs = 50;
    LifecycleJob job(input, Credentials{QStringLiteral("AK"), QStringLiteral("secret"), {}}, &m_nam, policy);
    job.setLimits(limits);
    QSignalSpy finished(&job, &LifecycleJob::finished);
    job.start();
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<LifecycleOutcome>();
}

int TestLifecycleJob::count(const ScriptedServer &server, const QString &action)
{
    int n = 0;
    for (const test::ReceivedRequest &r : server.requests())
        n += actionOf(r) == action ? 1 : 0;
    return n;
}

QSet<QString> TestLifecycleJob::tokensOf(const ScriptedServer &server, const QString &action)
{
    QSet<QString> tokens;
    for (const test::ReceivedRequest &r : server.requests()) {
        if (actionOf(r) == action)
            tokens.insert(paramOf(r, QStringLiteral("ClientToken")));
    }
    return tokens;
}

int TestLifecycleJob::countAfterFirstRead(const ScriptedServer &server, const QString &action)
{
    int n = 0;
    bool read = false;
    for (const test::ReceivedRequest &r : server.requests()) {
        read = read || actionOf(r) == QLatin1String("DescribeFlowLogs");
        n += read && actionOf(r) == action ? 1 : 0;
    }
    return n;
}

void TestLifecycleJob::vpcLostAnswerIsReadNotResent()
{
    // The deactivate acted, its answer was lost: the read shows it Deactivating, then Inactive.
    int reads = 0;
    ScriptedServer server([&reads](const test::ReceivedRequest &r, int) {
        if (actionOf(r) == QLatin1String("DeactiveFlowLog"))
            return Reply::drop();
        return vpcPage(++reads < 2 ? QStringLiteral("Deactivating") : QStringLiteral("Inactive"));
    });
    const LifecycleOutcome o = runJob(server, Service::Vpc, LifecycleAction::Deactivate);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    // Nobody repeats it: one call, and no call after the read that showed it acting; not even QNetworkAccessManager,
    // which by itself sends a request again when the connection closes before any answer (RetryPolicy::sendOnce).
    QCOMPARE(o.calls, 1);
    QCOMPARE(countAfterFirstRead(server, QStringLiteral("DeactiveFlowLog")), 0);
    QCOMPARE(count(server, QStringLiteral("DeactiveFlowLog")), 1);
    QCOMPARE(o.flowLog.status, QStringLiteral("Inactive"));
    QVERIFY(!o.alreadyThere);
}

void TestLifecycleJob::vpcLostAnswerBeforeItActedIsSentAgain()
{
    // Every call is lost before it acts until the job has read the flow log, which still shows Active: the job calls
    // once more, and that call is answered.
    bool readSeen = false;
    bool accepted = false;
    ScriptedServer server([&](const test::ReceivedRequest &r, int) {
        if (actionOf(r) == QLatin1String("DeactiveFlowLog")) {
            if (!readSeen)
                return Reply::drop();
            accepted = true;
            return ok();
        }
        readSeen = true;
        return vpcPage(accepted ? QStringLiteral("Inactive") : QStringLiteral("Active"));
    });
    const LifecycleOutcome o = runJob(server, Service::Vpc, LifecycleAction::Deactivate);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    QCOMPARE(o.calls, 2);
    QCOMPARE(countAfterFirstRead(server, QStringLiteral("DeactiveFlowLog")), 1);
    QCOMPARE(o.requestId, QStringLiteral("R-CALL"));
}

void TestLifecycleJob::alreadyThereIsDoneWithoutASecondCall()
{
    ScriptedServer server([](const test::ReceivedRequest &r, int) {
        if (actionOf(r) == QLatin1String("ActiveFlowLog"))
            return aliyunError("IncorrectStatus.flowlog");
        return vpcPage(QStringLiteral("Active"));
    });
    const LifecycleOutcome o = runJob(server, Service::Vpc, LifecycleAction::Activate);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    QVERIFY(o.alreadyThere);
    QCOMPARE(count(server, QStringLiteral("ActiveFlowLog")), 1);
}

void TestLifecycleJob::changingStateIsWaitedForThenCalledAgain()
{
    // Refused while Modifying; the job waits until it settles (Active), then deactivates it.
    int reads = 0;
    bool accepted = false;
    ScriptedServer server([&](const test::ReceivedRequest &r, int) {
        if (actionOf(r) == QLatin1String("DeactiveFlowLog")) {
            if (reads < 3)
                return aliyunError("IncorrectStatus.flowlog");
            accepted = true;
            return ok();
        }
        ++reads;
        return vpcPage(accepted ? QStringLiteral("Inactive")
                                : (reads < 3 ? QStringLiteral("Modifying") : QStringLiteral("Active")));
    });
    const LifecycleOutcome o = runJob(server, Service::Vpc, LifecycleAction::Deactivate);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    QCOMPARE(count(server, QStringLiteral("DeactiveFlowLog")), 2);
    QCOMPARE(o.flowLog.status, QStringLiteral("Inactive"));
}

void TestLifecycleJob::cenAttemptsShareOneClientToken()
{
    // A 503 and a lost answer: the executor repeats the call, every time with the same ClientToken.
    ScriptedServer server([](const test::ReceivedRequest &r, int index) {
        if (actionOf(r) == QLatin1String("DeleteFlowlog")) {
            if (index == 0)
                return Reply::json(503, "{\"RequestId\":\"R-5\",\"Code\":\"ServiceUnavailable\",\"Message\":\"x\"}");
            return index == 1 ? Reply::drop() : ok();
        }
        return Reply::json(200, "{\"RequestId\":\"R-READ\",\"TotalCount\":0,\"PageNumber\":1,\"PageSize\":50,"
                                "\"FlowLogs\":{\"FlowLog\":[]}}");
    });
    const LifecycleOutcome o = runJob(server, Service::Cen, LifecycleAction::Delete);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    QVERIFY(o.gone);
    const QSet<QString> tokens = tokensOf(server, QStringLiteral("DeleteFlowlog"));
    QCOMPARE(count(server, QStringLiteral("DeleteFlowlog")), 3);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!tokens.values().first().isEmpty());
    QCOMPARE(o.calls, 1); // one call, retried by the executor
}

void TestLifecycleJob::tokenAttemptsShareOneClientToken_data()
{
    QTest::addColumn<Service>("service");
    QTest::newRow("cen") << Service::Cen;
    QTest::newRow("ecr") << Service::Ecr;
}

void TestLifecycleJob::tokenAttemptsShareOneClientToken()
{
    QFETCH(Service, service);
    // A 503, then the service's busy code: the executor repeats the call until its retries run out, the
    // job reads the flow log, finds it settled and untouched and calls again; every attempt of both calls carries
    // the same ClientToken (CEN and ECR spell delete alike). (The lost answer is cenAttemptsShareOneClientToken's.)
    const QByteArray busy = service == Service::Cen ? "IncorrectStatus.TrFlowlog" : "IncorrectStatus.FlowLog";
    int reads = 0;
    int callsAfterRead = 0;
    ScriptedServer server([busy, &reads, &callsAfterRead](const test::ReceivedRequest &r, int index) {
        if (actionOf(r) == QLatin1String("DeleteFlowlog")) {
            callsAfterRead += reads > 0 ? 1 : 0;
            if (index == 0)
                return Reply::json(503, "{\"RequestId\":\"R-5\",\"Code\":\"ServiceUnavailable\",\"Message\":\"x\"}");
            if (reads == 0) // busy until the job has read the flow log
                return Reply::json(400, "{\"RequestId\":\"R-B\",\"Code\":\"" + busy + "\",\"Message\":\"busy\"}");
            return ok();
        }
        // The first read finds it still there and Active (so the job calls again), later ones find it gone.
        if (++reads == 1)
            return Reply::json(200, "{\"RequestId\":\"R-READ\",\"TotalCount\":1,\"PageNumber\":1,\"PageSize\":50,"
                                    "\"FlowLogs\":{\"FlowLog\":[{\"FlowLogId\":\"fl-1\",\"Status\":\"Active\"}]}}");
        return Reply::json(200, "{\"RequestId\":\"R-READ\",\"TotalCount\":0,\"PageNumber\":1,\"PageSize\":50,"
                                "\"FlowLogs\":{\"FlowLog\":[]}}");
    });
    const LifecycleOutcome o = runJob(server, service, LifecycleAction::Delete);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    QVERIFY(o.gone);
    const QSet<QString> tokens = tokensOf(server, QStringLiteral("DeleteFlowlog"));
    QVERIFY(count(server, QStringLiteral("DeleteFlowlog")) >= 3);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!tokens.values().first().isEmpty());
    QCOMPARE(o.calls, 2); // two calls of the job, the first repeated by the executor
    QCOMPARE(callsAfterRead, 1);
}

void TestLifecycleJob::erDeleteIsDoneWhenTheFlowLogIsGone()
{
    int gets = 0;
    ScriptedServer server([&gets](const test::ReceivedRequest &r, int) {
        if (r.method == "DELETE")
            return Reply::raw("HTTP/1.1 202 Accepted\r\nX-Request-Id: R-DEL\r\nContent-Length: 0\r\n\r\n");
        if (++gets < 2)
            return Reply::json(200, "{\"flow_log\":{\"id\":\"fl-1\",\"name\":\"one\",\"state\":\"deleting\"},"
                                    "\"request_id\":\"R-GET\"}");
        return Reply::json(404, "{\"error_code\":\"ER.04040002\",\"error_msg\":\"Flow log fl-1 does not exist\"}");
    });
    const LifecycleOutcome o = runJob(server, Service::Er, LifecycleAction::Delete);
    QVERIFY2(o.done, qPrintable(o.error.toDisplayString()));
    QVERIFY(o.gone);
    QCOMPARE(o.requestId, QStringLiteral("R-DEL"));
    QCOMPARE(server.requests().first().target, QByteArray("/v3/proj-1/enterprise-router/er-1/flow-logs/fl-1"));
}

void TestLifecycleJob::neverSettlingTimesOut()
{
    ScriptedServer server([](const test::ReceivedRequest &r, int) {
        if (actionOf(r) == QLatin1String("ActiveFlowLog"))
            return ok();
        return vpcPage(QStringLiteral("Activating"));
    });
    LifecycleJob::Limits limits;
    limits.settleTimeoutMs = 400;
    const LifecycleOutcome o = runJob(server, Service::Vpc, LifecycleAction::Activate, limits);
    QVERIFY(!o.done);
    QCOMPARE(o.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(o.error.message.contains(QStringLiteral("Activating")), qPrintable(o.error.message));
    QCOMPARE(o.requestId, QStringLiteral("R-CALL"));
}

void TestLifecycleJob::callWithoutTokenWhoseConnectionClosesIsSentOnce_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<LifecycleAction>("action");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("VPC DeactiveFlowLog (POST form)")
        << Service::Vpc << LifecycleAction::Deactivate << QByteArray("POST");
    QTest::newRow("VPC DeleteFlowLog (POST form)") << Service::Vpc << LifecycleAction::Delete << QByteArray("POST");
    QTest::newRow("ER disable (POST, no body)") << Service::Er << LifecycleAction::Deactivate << QByteArray("POST");
    QTest::newRow("ER delete (DELETE, no body)") << Service::Er << LifecycleAction::Delete << QByteArray("DELETE");
}

void TestLifecycleJob::callWithoutTokenWhoseConnectionClosesIsSentOnce()
{
    // The server reads the call and closes the connection without answering (it may have acted); a second copy
    // would be answered. The step, with the caller's ordinary policy, sends the call once and ends with an unknown
    // outcome; what happened is for the job to read, not for the transport to guess by sending it again.
    QFETCH(Service, service);
    QFETCH(LifecycleAction, action);
    QFETCH(QByteArray, method);
    ScriptedServer server({Reply::drop(), ok()});
    const LifecycleInput input = inputFor(server, service, action);
    QCOMPARE(lifecycleRules(service, action).idempotency, Idempotency::None);
    RetryPolicy policy; // maxTransientRetries 3, sendOnce false: the factory decides from the row
    policy.baseDelayMs = 5;
    const std::unique_ptr<LifecycleStep> step(makeLifecycleStep(
        input, false, Credentials{QStringLiteral("AK"), QStringLiteral("secret"), {}}, &m_nam, policy, nullptr));
    QSignalSpy finished(step.get(), &LifecycleStep::finished);
    step->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    const StepAnswer answer = finished.first().first().value<StepAnswer>();
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().method, method);
    QVERIFY(answer.error.isError());
    QVERIFY(answer.error.maybeCommitted); // unknown outcome, not a failure that says nothing happened
    QCOMPARE(answer.error.kind, ApiError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestLifecycleJob)
#include "tst_lifecyclejob.moc"
