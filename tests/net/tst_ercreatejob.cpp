// ER CreateFlowLog: the pure request builder (body, X-Client-Token), then real HTTP to flowlog-sandbox: 202, the
// new flow log in the next listing, and a retried create with the same token that never makes a second one.
#include "huaweioperations.h"
#include "jobfactory.h"
#include "sandboxfixture.h"
#include "scriptedserver.h"
#include "seededids.h"
#include "testdata.h"
#include "validation.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

using test::Reply;
using test::ScriptedServer;

// The call a create job's attempts send (every attempt is built from the job's target and draft).
huawei::RestCall callOf(const SourceSpec &target, const FlowLogDraft &draft)
{
    return huawei::restCall(huawei::erCreateFlowLog, target, CreateInput{target, draft});
}

} // namespace

class TestErCreateJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyHasTheDocumentedShape();
    void bodyOmitsAnEmptyDescription();
    void routerComesFromTheDraftElseTheTarget();
    void clientTokenIsFixedOnceAndReusedByEveryAttempt();
    void factoryMakesErJobs();
    void createReturns202AndShowsInNextListing();
    void retriedCreateWithSameTokenDoesNotDuplicate();
    void createdFlowLogTurnsAvailable();
    void invalidDraftIsRejectedWithTheRuleTableCode();
    void wrongSecretIsRejectedWithoutRetry();
    void retryAfterLostAnswerReusesTheToken_data();
    void retryAfterLostAnswerReusesTheToken();

private:
    [[nodiscard]] SourceSpec target() const;
    [[nodiscard]] FlowLogDraft draft(const QString &name) const;
    [[nodiscard]] CreateResult create(const FlowLogDraft &d, const Credentials &credentials);
    [[nodiscard]] QList<FlowLog> listAll();
    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    QString m_attachment; // an attachment of the router target() names: what the drafts watch
};

void TestErCreateJob::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                              QStringLiteral("30")},
                             &error),
             qPrintable(error));
    QVERIFY(!m_sandbox.profiles(Provider::Huawei).isEmpty());
    m_profile = m_sandbox.profiles(Provider::Huawei).first();
    m_attachment = test::SeededIds(m_sandbox.resources(m_profile.name))
                       .erAttachment(m_profile.erIds.value(m_profile.regions.first()).value(0));
    QVERIFY(!m_attachment.isEmpty());
}

// How a caller builds an ER create: the target names profile, region, project and endpoint; the draft names the
// router and the flow log.
SourceSpec TestErCreateJob::target() const
{
    SourceSpec s;
    s.profileId = m_profile.id;
    s.profileName = m_profile.name;
    s.service = Service::Er;
    s.region = m_profile.regions.first();
    s.projectId = m_profile.projectIds.value(s.region);
    s.instanceId = m_profile.erIds.value(s.region).value(0);
    s.endpointOverride = m_profile.endpoint;
    return s;
}

FlowLogDraft TestErCreateJob::draft(const QString &name) const
{
    FlowLogDraft d;
    d.service = Service::Er;
    d.region = m_profile.regions.first();
    d.erId = m_profile.erIds.value(d.region).value(0);
    d.name = name;
    d.description = QStringLiteral("测试 \"quoted\" \\ line\nbreak 😀");
    d.resourceType = QStringLiteral("attachment");
    d.resourceId = m_attachment;
    d.logGroupId = QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497");
    d.logStreamId = QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad");
    return d;
}

CreateResult TestErCreateJob::create(const FlowLogDraft &d, const Credentials &credentials)
{
    const std::unique_ptr<CreateJob> job(makeCreateJob(target(), d, credentials, &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy finished(job.get(), &CreateJob::finished);
    job->start();
    if (!finished.wait(15000) || finished.size() != 1)
        return {};
    return finished.first().first().value<CreateResult>();
}

QList<FlowLog> TestErCreateJob::listAll()
{
    const std::unique_ptr<ListJob> job(
        makeListJob(target(), m_sandbox.credentials(m_profile), &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy pages(job.get(), &ListJob::pageReceived);
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    QList<FlowLog> rows;
    if (!finished.wait(15000))
        return rows;
    for (const auto &args : pages)
        rows.append(args.first().value<QList<FlowLog>>());
    return rows;
}

void TestErCreateJob::bodyHasTheDocumentedShape()
{
    FlowLogDraft d = draft(QStringLiteral("flow-log"));
    const QByteArray body = huawei::createBody(d);
    QJsonParseError pe{};
    const QJsonObject root = QJsonDocument::fromJson(body, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(root.size(), 1);
    const QJsonObject fl = root.value(QLatin1String("flow_log")).toObject();
    QCOMPARE(fl.value(QLatin1String("name")).toString(), d.name);
    QCOMPARE(fl.value(QLatin1String("description")).toString(), d.description); // round-trips unicode and escapes
    QCOMPARE(fl.value(QLatin1String("resource_type")).toString(), QStringLiteral("attachment"));
    QCOMPARE(fl.value(QLatin1String("resource_id")).toString(), d.resourceId);
    QCOMPARE(fl.value(QLatin1String("log_group_id")).toString(), d.logGroupId);
    QCOMPARE(fl.value(QLatin1String("log_stream_id")).toString(), d.logStreamId);
    QCOMPARE(fl.value(QLatin1String("log_store_type")).toString(), QStringLiteral("LTS"));
    QCOMPARE(fl.size(), 7);
    QVERIFY(body.contains("😀")); // raw UTF-8, as the SDK sends it
}

void TestErCreateJob::bodyOmitsAnEmptyDescription()
{
    FlowLogDraft d = draft(QStringLiteral("n"));
    d.description.clear();
    d.resourceType.clear(); // attachment is the only type the API knows
    const QJsonObject fl =
        QJsonDocument::fromJson(huawei::createBody(d)).object().value(QLatin1String("flow_log")).toObject();
    QVERIFY(!fl.contains(QLatin1String("description")));
    QCOMPARE(fl.value(QLatin1String("resource_type")).toString(), QStringLiteral("attachment"));
}

void TestErCreateJob::routerComesFromTheDraftElseTheTarget()
{
    SourceSpec t;
    t.service = Service::Er;
    t.region = QStringLiteral("cn-north-4");
    t.projectId = QStringLiteral("p1");
    t.instanceId = QStringLiteral("er-target");
    FlowLogDraft d;
    d.erId = QStringLiteral("er-draft");
    d.clientToken = QStringLiteral("tok");
    huawei::RestCall call = callOf(t, d);
    QCOMPARE(call.method, QByteArray("POST"));
    QCOMPARE(call.path, QStringLiteral("/v3/p1/enterprise-router/er-draft/flow-logs"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("er.cn-north-4.myhuaweicloud.com"));
    QCOMPARE(headerValue(call.headers, "X-Client-Token"), QByteArray("tok"));
    QCOMPARE(headerValue(call.headers, "X-Project-Id"), QByteArray("p1"));
    QCOMPARE(headerValue(call.headers, "Content-Type"), QByteArray("application/json"));
    QVERIFY(call.query.isEmpty());
    d.erId.clear();
    call = callOf(t, d);
    QCOMPARE(call.path, QStringLiteral("/v3/p1/enterprise-router/er-target/flow-logs"));
}

void TestErCreateJob::clientTokenIsFixedOnceAndReusedByEveryAttempt()
{
    const std::unique_ptr<CreateJob> job(makeCreateJob(
        target(), draft(QStringLiteral("n")), m_sandbox.credentials(m_profile), &m_nam, RetryPolicy{}, nullptr));
    const QString token = job->draft().clientToken;
    QVERIFY(!token.isEmpty());
    QVERIFY(token.size() <= 64);
    // Every attempt is built from the job's draft: same token, same body, a fresh X-Sdk-Date only.
    const huawei::RestCall a = callOf(job->target(), job->draft());
    const huawei::RestCall b = callOf(job->target(), job->draft());
    QCOMPARE(headerValue(a.headers, "X-Client-Token"), token.toUtf8());
    QCOMPARE(headerValue(b.headers, "X-Client-Token"), token.toUtf8());
    QCOMPARE(a.body, b.body);
    // A draft that already has a token keeps it.
    FlowLogDraft d = draft(QStringLiteral("n"));
    d.clientToken = QStringLiteral("mine");
    const std::unique_ptr<CreateJob> kept(
        makeCreateJob(target(), d, m_sandbox.credentials(m_profile), &m_nam, RetryPolicy{}, nullptr));
    QCOMPARE(kept->draft().clientToken, QStringLiteral("mine"));
}

void TestErCreateJob::factoryMakesErJobs()
{
    // The factory's jobs for an ER target speak ER's REST API: the flow-logs path of the router, signed for the
    // project, the create with its client token.
    ScriptedServer server({Reply::json(200, R"({"flow_logs":[],"page_info":{"current_count":0},"request_id":"r"})"),
                           Reply::json(400, R"({"error_code":"ER.0001","error_msg":"scripted"})")});
    SourceSpec t = target();
    t.endpointOverride = server.url();
    QObject parent;
    ListJob *list = makeListJob(t, m_sandbox.credentials(m_profile), &m_nam, RetryPolicy{}, &parent);
    QVERIFY(list);
    QSignalSpy listed(list, &ListJob::finished);
    list->start();
    QVERIFY(listed.wait(10000));
    const QString path = QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs").arg(t.projectId, t.instanceId);
    QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
    QVERIFY(server.requests().at(0).target.startsWith(path.toUtf8() + "?limit="));
    QCOMPARE(server.requests().at(0).header("X-Project-Id"), t.projectId.toUtf8());
    CreateJob *create =
        makeCreateJob(t, draft(QStringLiteral("n")), m_sandbox.credentials(m_profile), &m_nam, RetryPolicy{}, &parent);
    QVERIFY(create);
    QSignalSpy created(create, &CreateJob::finished);
    create->start();
    QVERIFY(created.wait(10000));
    QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
    QCOMPARE(server.requests().at(1).target, path.toUtf8());
    QCOMPARE(server.requests().at(1).header("X-Client-Token"), create->draft().clientToken.toUtf8());
}

void TestErCreateJob::createReturns202AndShowsInNextListing()
{
    m_sandbox.resetStats();
    const CreateResult result = create(draft(QStringLiteral("fl-created-once")), m_sandbox.credentials(m_profile));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QVERIFY(result.hasFlowLog);
    QVERIFY(!result.flowLogId.isEmpty());
    QCOMPARE(result.flowLog.id, result.flowLogId);
    QVERIFY(!result.requestId.isEmpty());
    QCOMPARE(result.flowLog.name, QStringLiteral("fl-created-once"));
    QCOMPARE(result.flowLog.description, draft({}).description);
    QCOMPARE(result.flowLog.status, QStringLiteral("pending"));
    QCOMPARE(result.flowLog.account, m_profile.name);
    QCOMPARE(result.flowLog.service, Service::Er);
    QCOMPARE(result.flowLog.region, m_profile.regions.first());
    QCOMPARE(result.flowLog.storageProject, draft({}).logGroupId);
    QVERIFY(result.flowLog.created.isValid());
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 1);

    const QList<FlowLog> rows = listAll();
    QCOMPARE(rows.size(), 31);
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&](const FlowLog &f) { return f.id == result.flowLogId; }));
}

void TestErCreateJob::retriedCreateWithSameTokenDoesNotDuplicate()
{
    m_sandbox.resetStats();
    const int before = static_cast<int>(listAll().size());
    FlowLogDraft d = draft(QStringLiteral("fl-retried"));
    d.ensureClientToken();
    const CreateResult first = create(d, m_sandbox.credentials(m_profile));
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toDisplayString()));
    // The same draft sent again (what a retry after a lost answer does): the same flow log comes back.
    const CreateResult again = create(d, m_sandbox.credentials(m_profile));
    QVERIFY2(!again.error.isError(), qPrintable(again.error.toDisplayString()));
    QCOMPARE(again.flowLogId, first.flowLogId);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 1);
    const QList<FlowLog> rows = listAll();
    QCOMPARE(rows.size(), before + 1);
    QCOMPARE(int(std::count_if(rows.cbegin(), rows.cend(),
                               [](const FlowLog &f) { return f.name == QLatin1String("fl-retried"); })),
             1);

    // A new draft (new token) is a new flow log.
    const CreateResult other = create(draft(QStringLiteral("fl-retried")), m_sandbox.credentials(m_profile));
    QVERIFY(!other.error.isError());
    QVERIFY(other.flowLogId != first.flowLogId);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 2);
}

void TestErCreateJob::createdFlowLogTurnsAvailable()
{
    const CreateResult result = create(draft(QStringLiteral("fl-settles")), m_sandbox.credentials(m_profile));
    QVERIFY(!result.error.isError());
    QCOMPARE(result.flowLog.status, QStringLiteral("pending"));
    const auto stateNow = [&] {
        for (const FlowLog &f : listAll()) {
            if (f.id == result.flowLogId)
                return f.status;
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateNow(), QStringLiteral("available"), 8000);
}

void TestErCreateJob::invalidDraftIsRejectedWithTheRuleTableCode()
{
    FlowLogDraft d = draft(QStringLiteral("fl-invalid"));
    d.logGroupId.clear();
    const QList<Violation> violations = validateDraft(d);
    QVERIFY(!violations.isEmpty());
    m_sandbox.resetStats();
    const CreateResult result = create(d, m_sandbox.credentials(m_profile));
    QCOMPARE(result.error.kind, ApiError::Kind::Provider);
    QCOMPARE(result.error.httpStatus, 400);
    QCOMPARE(result.error.code, violations.first().providerCode);
    QCOMPARE(result.error.message, violations.first().message);
    QVERIFY(!result.error.maybeCommitted);
    QVERIFY(!result.hasFlowLog);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
}

void TestErCreateJob::wrongSecretIsRejectedWithoutRetry()
{
    Credentials bad = m_sandbox.credentials(m_profile);
    bad.secret = QStringLiteral("not-the-secret");
    m_sandbox.resetStats();
    const CreateResult result = create(draft(QStringLiteral("fl-forged")), bad);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QVERIFY(result.error.hint.contains(m_profile.name));
    QCOMPARE(result.error.attempts, 1);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
}

namespace {

// For the unknown-outcome path the sandbox cannot script per attempt: the first answer is lost (the connection
// dropped, or silent), then 202 with the create page's sample and the client token echoed.
ScriptedServer::Responder losingFirstAnswer(bool silent)
{
    return [silent](const test::ReceivedRequest &request, int index) {
        if (index == 0)
            return silent ? Reply::hang() : Reply::drop();
        const QByteArray body = test::readData(QStringLiteral("huawei-er-create-response.json"));
        return Reply::raw("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nX-Client-Token: " +
                          request.header("X-Client-Token") + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\n\r\n" + body);
    };
}

} // namespace

void TestErCreateJob::retryAfterLostAnswerReusesTheToken_data()
{
    QTest::addColumn<bool>("silent");
    QTest::newRow("dropped connection") << false;
    QTest::newRow("timeout") << true;
}

void TestErCreateJob::retryAfterLostAnswerReusesTheToken()
{
    QFETCH(bool, silent);
    ScriptedServer server(losingFirstAnswer(silent));
    QVERIFY(server.isListening());
    SourceSpec t = target();
    t.endpointOverride = server.url();
    RetryPolicy policy;
    policy.requestTimeoutMs = 500;
    policy.baseDelayMs = 10;
    const std::unique_ptr<CreateJob> job(
        makeCreateJob(t, draft(QStringLiteral("fl-lost")), m_sandbox.credentials(m_profile), &m_nam, policy, nullptr));
    QSignalSpy retrying(job.get(), &CreateJob::retrying);
    QSignalSpy finished(job.get(), &CreateJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const CreateResult result = finished.first().first().value<CreateResult>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    // After a drop, Qt may resend the request itself before the executor sees an error; either way the
    // service sees the same token twice. A timeout is always the executor's retry.
    if (silent)
        QCOMPARE(retrying.size(), 1);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(0).header("X-Client-Token"), job->draft().clientToken.toUtf8());
    QCOMPARE(server.requests().at(1).header("X-Client-Token"), server.requests().at(0).header("X-Client-Token"));
    QVERIFY(result.hasFlowLog);
    QCOMPARE(result.flowLogId, QStringLiteral("b216bc1d-5963-41a7-89f9-779a5128c5ac"));
    QCOMPARE(result.requestId, QStringLiteral("915a14a6-867b-4af7-83d1-70efceb146f9"));
}

QTEST_GUILESS_MAIN(TestErCreateJob)
#include "tst_ercreatejob.moc"
