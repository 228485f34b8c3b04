// VPC, CEN and ECR list and create jobs over real HTTP to flowlog-sandbox, signed with RPC v1 and ACS3.
#include "aliyunoperations.h"
#include "jobfactory.h"
#include "sandboxfixture.h"
#include "scriptedserver.h"
#include "seededids.h"
#include "validation.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

constexpr int perSource = 37; // not a multiple of any page size used below

using test::Reply;
using test::ScriptedServer;

// Forwards requests to the sandbox but loses the first `losses` answers (the service did the work, the client never
// heard): closes the client's connection, or keeps it open and silent.
QList<Reply> losingProxy(const QUrl &upstream, int losses, Reply::Loss loss = Reply::Loss::Drop)
{
    QList<Reply> replies(losses, Reply::forward(upstream, loss));
    replies.append(Reply::forward(upstream));
    return replies;
}

Signing signingOf(aliyun::SignatureVersion v)
{
    return v == aliyun::SignatureVersion::Acs3 ? Signing::Acs3 : Signing::Default;
}

} // namespace

class TestAliyunJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void multiPageListingReturnsEveryRow_data();
    void multiPageListingReturnsEveryRow();
    void serverSideFiltersAreHonoured();
    void createAppearsInLaterListing_data();
    void createAppearsInLaterListing();
    void createRetriedAfterLostAnswerMakesOneFlowLog_data();
    void createRetriedAfterLostAnswerMakesOneFlowLog();
    void createTimingOutIsRetriedWithTheSameToken();
    void createWhoseAnswersAreAllLostSaysMaybeCommitted();
    void cenCreateIsCreatingThenActive();
    void ecrDryRunCreatesNothing();
    void validationErrorsComeBackWithProviderCode_data();
    void validationErrorsComeBackWithProviderCode();
    void missingParameterIsReported();
    void badRequestsAreRejectedWithTheRightCode_data();
    void badRequestsAreRejectedWithTheRightCode();
    void unknownEcrIdFailsWithDynamicMessage();

private:
    SourceSpec source(Service service, const QUrl &endpoint = {}) const;
    ListResult list(const SourceSpec &s, aliyun::SignatureVersion v, QList<FlowLog> *rows = nullptr);
    CreateResult create(const SourceSpec &target, const FlowLogDraft &draft, aliyun::SignatureVersion v,
                        const RetryPolicy &policy = RetryPolicy{});
    FlowLogDraft validDraft(Service service) const;

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    test::SeededIds m_seeded; // the profile's networks: what valid drafts name
};

void TestAliyunJobs::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QString::number(perSource)}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.profiles(Provider::Aliyun).isEmpty());
    m_profile = m_sandbox.profiles(Provider::Aliyun).first();
    QVERIFY(!m_profile.ecrIds.isEmpty());
    m_seeded = test::SeededIds(m_sandbox.resources(m_profile.name));
    QVERIFY(!m_seeded.isEmpty());
}

SourceSpec TestAliyunJobs::source(Service service, const QUrl &endpoint) const
{
    SourceSpec s;
    s.profileId = m_profile.id;
    s.profileName = m_profile.name;
    s.service = service;
    s.region = m_profile.regions.first();
    s.endpointOverride = endpoint.isValid() ? endpoint : m_profile.endpoint;
    if (service == Service::Ecr)
        s.instanceId = m_profile.ecrIds.first();
    return s;
}

ListResult TestAliyunJobs::list(const SourceSpec &s, aliyun::SignatureVersion v, QList<FlowLog> *rows)
{
    std::unique_ptr<ListJob> job(makeListJob(s, m_sandbox.credentials(m_profile), &m_nam, RetryPolicy{}, nullptr));
    if (!job)
        return {};
    job->setSigning(signingOf(v));
    QSignalSpy pages(job.get(), &ListJob::pageReceived);
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    if (!finished.wait(15000))
        return {};
    if (rows) {
        for (const auto &args : pages)
            rows->append(args.first().value<QList<FlowLog>>());
    }
    return finished.first().first().value<ListResult>();
}

CreateResult TestAliyunJobs::create(const SourceSpec &target, const FlowLogDraft &draft, aliyun::SignatureVersion v,
                                    const RetryPolicy &policy)
{
    std::unique_ptr<CreateJob> job(
        makeCreateJob(target, draft, m_sandbox.credentials(m_profile), &m_nam, policy, nullptr));
    if (!job)
        return {};
    job->setSigning(signingOf(v));
    QSignalSpy finished(job.get(), &CreateJob::finished);
    job->start();
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<CreateResult>();
}

FlowLogDraft TestAliyunJobs::validDraft(Service service) const
{
    FlowLogDraft d;
    d.service = service;
    d.region = m_profile.regions.first();
    static int counter = 0;
    d.name = QStringLiteral("e2e-%1-%2").arg(serviceKey(service)).arg(++counter);
    d.description = QStringLiteral("Created by the e2e test");
    d.projectName = QStringLiteral("flowlog-e2e");
    d.logStoreName = QStringLiteral("flow_store");
    d.tags = {{QStringLiteral("team"), QStringLiteral("e2e")}, {QStringLiteral("部门"), QStringLiteral("网络 运维")}};
    switch (service) {
    case Service::Vpc:
        d.resourceType = QStringLiteral("VSwitch");
        d.resourceId = m_seeded.vSwitch(d.region);
        d.trafficType = QStringLiteral("All");
        d.intervalSeconds = 300;
        break;
    case Service::Cen:
        d.cenId = m_seeded.cen();
        d.transitRouterId = m_seeded.transitRouter(d.region, d.cenId);
        d.intervalSeconds = 60;
        break;
    case Service::Ecr:
        d.ecrId = m_profile.ecrIds.first();
        d.instanceId = m_seeded.ecrChild(d.ecrId);
        d.samplingRate = QStringLiteral("1:2048");
        d.intervalSeconds = 600;
        break;
    case Service::Er:
        break;
    }
    return d;
}

void TestAliyunJobs::multiPageListingReturnsEveryRow_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("acs3");
    QTest::newRow("vpc v1") << int(Service::Vpc) << 10 << false;
    QTest::newRow("vpc acs3") << int(Service::Vpc) << 50 << true;
    QTest::newRow("cen v1") << int(Service::Cen) << 10 << false;
    QTest::newRow("cen acs3") << int(Service::Cen) << 7 << true;
    QTest::newRow("ecr v1") << int(Service::Ecr) << 10 << false;
    QTest::newRow("ecr acs3") << int(Service::Ecr) << 5 << true;
}

void TestAliyunJobs::multiPageListingReturnsEveryRow()
{
    QFETCH(int, service);
    QFETCH(int, pageSize);
    QFETCH(bool, acs3);
    SourceSpec s = source(static_cast<Service>(service));
    s.pageSize = pageSize;
    QList<FlowLog> rows;
    const ListResult r = list(s, acs3 ? aliyun::SignatureVersion::Acs3 : aliyun::SignatureVersion::V1, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QVERIFY(r.rows >= perSource); // earlier test cases may have created more
    QCOMPARE(r.pages, (r.rows + pageSize - 1) / pageSize);
    QCOMPARE(rows.size(), r.rows);
    QSet<QString> ids;
    for (const FlowLog &f : std::as_const(rows)) {
        QCOMPARE(f.service, static_cast<Service>(service));
        QVERIFY(!f.id.isEmpty());
        QVERIFY(f.created.isValid());
        QVERIFY(!f.status.isEmpty());
        ids.insert(f.id);
    }
    QCOMPARE(ids.size(), rows.size()); // nothing twice, nothing missing
}

void TestAliyunJobs::serverSideFiltersAreHonoured()
{
    QList<FlowLog> all;
    QVERIFY(!list(source(Service::Cen), aliyun::SignatureVersion::V1, &all).error.isError());
    SourceSpec inactive = source(Service::Cen);
    inactive.filters = {{QStringLiteral("Status"), QStringLiteral("Inactive")}};
    QList<FlowLog> rows;
    QVERIFY(!list(inactive, aliyun::SignatureVersion::Acs3, &rows).error.isError());
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < all.size());
    for (const FlowLog &f : std::as_const(rows))
        QCOMPARE(f.status, QStringLiteral("Inactive"));

    SourceSpec byTag = source(Service::Cen);
    byTag.filters = {{QStringLiteral("Tag.1.Key"), QStringLiteral("env")},
                     {QStringLiteral("Tag.1.Value"), QStringLiteral("prod")}};
    rows.clear();
    QVERIFY(!list(byTag, aliyun::SignatureVersion::V1, &rows).error.isError());
    QVERIFY(!rows.isEmpty());
    for (const FlowLog &f : std::as_const(rows))
        QVERIFY(f.tags.contains(Tag{QStringLiteral("env"), QStringLiteral("prod")}));

    QList<FlowLog> ecrAll;
    QVERIFY(!list(source(Service::Ecr), aliyun::SignatureVersion::V1, &ecrAll).error.isError());
    SourceSpec byName = source(Service::Ecr);
    byName.filters = {{QStringLiteral("FlowLogName"), ecrAll.at(3).name}};
    rows.clear();
    QVERIFY(!list(byName, aliyun::SignatureVersion::V1, &rows).error.isError());
    QVERIFY(!rows.isEmpty());
    for (const FlowLog &f : std::as_const(rows))
        QCOMPARE(f.name, ecrAll.at(3).name);

    QList<FlowLog> vpcAll;
    QVERIFY(!list(source(Service::Vpc), aliyun::SignatureVersion::V1, &vpcAll).error.isError());
    SourceSpec byType = source(Service::Vpc);
    byType.filters = {{QStringLiteral("ResourceType"), QStringLiteral("VSwitch")},
                      {QStringLiteral("TrafficType"), QStringLiteral("Drop")}};
    rows.clear();
    QVERIFY(!list(byType, aliyun::SignatureVersion::Acs3, &rows).error.isError());
    QVERIFY(rows.size() < vpcAll.size());
    for (const FlowLog &f : std::as_const(rows)) {
        QCOMPARE(f.resourceType, QStringLiteral("VSwitch"));
        QCOMPARE(f.trafficType, QStringLiteral("Drop"));
    }
}

void TestAliyunJobs::createAppearsInLaterListing_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<bool>("acs3");
    QTest::newRow("vpc v1") << int(Service::Vpc) << false;
    QTest::newRow("cen acs3") << int(Service::Cen) << true;
    QTest::newRow("ecr acs3") << int(Service::Ecr) << true;
}

void TestAliyunJobs::createAppearsInLaterListing()
{
    QFETCH(int, service);
    QFETCH(bool, acs3);
    const auto sig = acs3 ? aliyun::SignatureVersion::Acs3 : aliyun::SignatureVersion::V1;
    const Service svc = static_cast<Service>(service);
    const FlowLogDraft draft = validDraft(svc);
    m_sandbox.resetStats();
    const CreateResult r = create(source(svc), draft, sig);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QVERIFY(!r.flowLogId.isEmpty());
    QVERIFY(!r.requestId.isEmpty());
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 1);
    QList<FlowLog> rows;
    QVERIFY(!list(source(svc), sig, &rows).error.isError());
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const FlowLog &f) { return f.id == r.flowLogId; });
    QVERIFY(it != rows.cend());
    QCOMPARE(it->name, draft.name);
    QCOMPARE(it->storageProject, draft.projectName);
    QCOMPARE(it->intervalSeconds, draft.intervalSeconds); // VPC: seconds -> minutes -> seconds
    QCOMPARE(it->tags, draft.tags);
}

void TestAliyunJobs::createRetriedAfterLostAnswerMakesOneFlowLog_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<bool>("acs3");
    QTest::newRow("vpc v1") << int(Service::Vpc) << false;
    QTest::newRow("cen v1") << int(Service::Cen) << false;
    QTest::newRow("ecr acs3") << int(Service::Ecr) << true;
}

void TestAliyunJobs::createRetriedAfterLostAnswerMakesOneFlowLog()
{
    QFETCH(int, service);
    QFETCH(bool, acs3);
    const auto sig = acs3 ? aliyun::SignatureVersion::Acs3 : aliyun::SignatureVersion::V1;
    const Service svc = static_cast<Service>(service);
    ScriptedServer proxy(losingProxy(m_profile.endpoint, 1));
    FlowLogDraft draft = validDraft(svc);
    draft.ensureClientToken();
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    QList<FlowLog> before;
    QVERIFY(!list(source(svc), sig, &before).error.isError());
    m_sandbox.resetStats();

    const CreateResult r = create(source(svc, proxy.url()), draft, sig, policy);
    QCOMPARE(proxy.lostAnswers(), 1);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QVERIFY(!r.flowLogId.isEmpty());
    const QJsonObject stats = m_sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("created")).toInt(), 1); // two requests, one flow log
    QVERIFY(stats.value(QLatin1String("requests")).toInt() >= 2);

    // The user retries the whole draft later: still the same flow log.
    const CreateResult again = create(source(svc), draft, sig);
    QCOMPARE(again.flowLogId, r.flowLogId);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 1);

    QList<FlowLog> after;
    QVERIFY(!list(source(svc), sig, &after).error.isError());
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(std::count_if(after.cbegin(), after.cend(), [&](const FlowLog &f) { return f.id == r.flowLogId; }), 1);
}

void TestAliyunJobs::createTimingOutIsRetriedWithTheSameToken()
{
    ScriptedServer proxy(losingProxy(m_profile.endpoint, 1, Reply::Loss::Stall));
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.requestTimeoutMs = 700;
    m_sandbox.resetStats();
    const FlowLogDraft draft = validDraft(Service::Cen);
    const CreateResult r = create(source(Service::Cen, proxy.url()), draft, aliyun::SignatureVersion::Acs3, policy);
    QCOMPARE(proxy.lostAnswers(), 1);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QVERIFY(!r.flowLogId.isEmpty());
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 1);
}

void TestAliyunJobs::createWhoseAnswersAreAllLostSaysMaybeCommitted()
{
    ScriptedServer proxy({Reply::forward(m_profile.endpoint, Reply::Loss::Drop)});
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxTransientRetries = 2;
    m_sandbox.resetStats();
    const FlowLogDraft draft = validDraft(Service::Vpc);
    const CreateResult r = create(source(Service::Vpc, proxy.url()), draft, aliyun::SignatureVersion::V1, policy);
    QVERIFY(r.error.isError());
    QVERIFY(r.error.maybeCommitted);
    QVERIFY(!r.error.hint.isEmpty());
    QVERIFY(proxy.lostAnswers() >= 2);
    // It was made, once, and the next listing shows it.
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 1);
    SourceSpec s = source(Service::Vpc);
    s.filters = {{QStringLiteral("FlowLogName"), draft.name}};
    QList<FlowLog> rows;
    QVERIFY(!list(s, aliyun::SignatureVersion::V1, &rows).error.isError());
    QCOMPARE(rows.size(), 1);
}

void TestAliyunJobs::cenCreateIsCreatingThenActive()
{
    const CreateResult r = create(source(Service::Cen), validDraft(Service::Cen), aliyun::SignatureVersion::V1);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    const auto statusOf = [this, &r] {
        QList<FlowLog> rows;
        SourceSpec s = source(Service::Cen);
        s.filters = {{QStringLiteral("FlowLogId"), r.flowLogId}};
        (void)list(s, aliyun::SignatureVersion::V1, &rows);
        return rows.size() == 1 ? rows.first().status : QString();
    };
    QCOMPARE(statusOf(), QStringLiteral("Creating"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Active"), 8000);
}

void TestAliyunJobs::ecrDryRunCreatesNothing()
{
    QList<FlowLog> before;
    QVERIFY(!list(source(Service::Ecr), aliyun::SignatureVersion::V1, &before).error.isError());
    m_sandbox.resetStats();
    FlowLogDraft draft = validDraft(Service::Ecr);
    draft.dryRun = true;
    for (const auto sig : {aliyun::SignatureVersion::V1, aliyun::SignatureVersion::Acs3}) {
        const CreateResult r = create(source(Service::Ecr), draft, sig);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
        QVERIFY(r.dryRun);
        QVERIFY(r.flowLogId.isEmpty());
    }
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
    QList<FlowLog> after;
    QVERIFY(!list(source(Service::Ecr), aliyun::SignatureVersion::V1, &after).error.isError());
    QCOMPARE(after.size(), before.size());

    // A DryRun of an invalid draft still reports the problem.
    draft.intervalSeconds = 120;
    const CreateResult bad = create(source(Service::Ecr), draft, aliyun::SignatureVersion::V1);
    QCOMPARE(bad.error.kind, ApiError::Kind::Provider);
}

void TestAliyunJobs::validationErrorsComeBackWithProviderCode_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("interval");
    QTest::newRow("vpc 2 minutes") << int(Service::Vpc) << 120;
    QTest::newRow("cen 300 s") << int(Service::Cen) << 300;
    QTest::newRow("ecr 30 s") << int(Service::Ecr) << 30;
}

void TestAliyunJobs::validationErrorsComeBackWithProviderCode()
{
    QFETCH(int, service);
    QFETCH(int, interval);
    FlowLogDraft draft = validDraft(static_cast<Service>(service));
    draft.intervalSeconds = interval;
    const QList<Violation> violations = validateDraft(draft);
    QVERIFY(!violations.isEmpty());
    m_sandbox.resetStats();
    const CreateResult r = create(source(draft.service), draft, aliyun::SignatureVersion::Acs3);
    QCOMPARE(r.error.kind, ApiError::Kind::Provider);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, violations.first().providerCode); // the one rule table, on both sides
    QVERIFY(!r.error.requestId.isEmpty());
    QVERIFY(!r.error.maybeCommitted);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
}

void TestAliyunJobs::missingParameterIsReported()
{
    FlowLogDraft draft = validDraft(Service::Vpc);
    draft.logStoreName.clear();
    const CreateResult r = create(source(Service::Vpc), draft, aliyun::SignatureVersion::V1);
    QCOMPARE(r.error.code, QStringLiteral("MissingParameter"));
    QVERIFY(r.error.message.contains(QLatin1String("LogStoreName")));
}

void TestAliyunJobs::badRequestsAreRejectedWithTheRightCode_data()
{
    QTest::addColumn<bool>("acs3");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    for (const bool acs3 : {false, true}) {
        const char *sig = acs3 ? "acs3" : "v1";
        QTest::addRow("%s forged signature", sig)
            << acs3 << QStringLiteral("forged") << 400 << QStringLiteral("SignatureDoesNotMatch");
        QTest::addRow("%s stale timestamp", sig)
            << acs3 << QStringLiteral("stale") << 400 << QStringLiteral("InvalidTimeStamp.Expired");
        QTest::addRow("%s reused nonce", sig)
            << acs3 << QStringLiteral("nonce") << 400 << QStringLiteral("SignatureNonceUsed");
        QTest::addRow("%s unknown key", sig)
            << acs3 << QStringLiteral("unknown") << 404 << QStringLiteral("InvalidAccessKeyId.NotFound");
    }
}

void TestAliyunJobs::badRequestsAreRejectedWithTheRightCode()
{
    QFETCH(bool, acs3);
    QFETCH(QString, what);
    QFETCH(int, status);
    QFETCH(QString, code);
    const SourceSpec cen = source(Service::Cen);
    aliyun::RpcCall call = aliyun::rpcCall(aliyun::cenDescribeFlowlogs, cen, cen, Cursor{1, {}, 0, 5});
    call.signatureVersion = acs3 ? aliyun::SignatureVersion::Acs3 : aliyun::SignatureVersion::V1;
    Credentials creds = m_sandbox.credentials(m_profile);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (what == QLatin1String("forged"))
        creds.secret += QLatin1Char('x');
    else if (what == QLatin1String("stale"))
        now = now.addSecs(-16 * 60);
    else if (what == QLatin1String("unknown"))
        creds.accessKeyId = QStringLiteral("NO-SUCH-KEY-0000000000");
    const QString nonce = aliyun::newNonce();
    const auto send = [&] {
        const HttpRequest req = aliyun::buildRpcRequest(call, creds, now, nonce);
        QNetworkRequest request(req.url);
        for (const auto &[k, v] : req.headers)
            request.setRawHeader(k, v);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, req.method, req.body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        [&] { QVERIFY(done.wait(10000)); }();
        return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         QJsonDocument::fromJson(reply->readAll()).object()};
    };
    auto [firstStatus, firstBody] = send();
    if (what == QLatin1String("nonce")) {
        QCOMPARE(firstStatus, 200); // the first use is fine
        std::tie(firstStatus, firstBody) = send();
    }
    QCOMPARE(firstStatus, status);
    QCOMPARE(firstBody.value(QLatin1String("Code")).toString(), code);
    QVERIFY(!firstBody.value(QLatin1String("RequestId")).toString().isEmpty());
}

void TestAliyunJobs::unknownEcrIdFailsWithDynamicMessage()
{
    SourceSpec s = source(Service::Ecr);
    s.instanceId = QStringLiteral("ecr-doesnotexist000000");
    const ListResult r = list(s, aliyun::SignatureVersion::V1);
    QCOMPARE(r.error.kind, ApiError::Kind::Provider);
    QCOMPARE(r.error.code, QStringLiteral("ResourceNotFound.EcrId"));
    QVERIFY(r.error.dynamicMessage.contains(s.instanceId));
    QVERIFY(r.error.toDisplayString().contains(s.instanceId));
}

QTEST_GUILESS_MAIN(TestAliyunJobs)
#include "tst_aliyunjobs.moc"
