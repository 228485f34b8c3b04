// ER ListFlowLogs: the pure request builder, then real HTTP to flowlog-sandbox, following every marker page.
#include "huaweioperations.h"
#include "huaweisigner.h"
#include "jobfactory.h"
#include "sandboxfixture.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace flowlog;

namespace {

QByteArray headerValue(const HttpRequest &req, QByteArrayView name)
{
    for (const auto &[k, v] : req.headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

// The ER list call one attempt sends for a source, a marker and a limit.
huawei::RestCall listCall(const SourceSpec &source, const QString &marker, int limit)
{
    return huawei::restCall(huawei::erListFlowLogs, source, source, Cursor{1, marker, 0, limit});
}

} // namespace

class TestErListJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildCallCarriesPagingFiltersAndProject();
    void limitDefaultsTo100AndCapsAt2000_data();
    void limitDefaultsTo100AndCapsAt2000();
    void endpointOverrideKeepsPortInSignedHost();
    void clientFiltersKeepOnlyMatchingRows();
    void followsEveryMarkerPageAgainstSandbox();
    void repeatedResourceIdFiltersOnTheServer();
    void clientSideStateFilterKeepsPagingWhenAPageIsFilteredAway();
    void wrongSecretFailsWith401AndAkSkHint();
    void wrongProjectIdIsRejected();
    void unknownRouterIsNotFound();
    void abortEmitsFinishedOnce();
    void retriesThrottlingAndServerErrorsThenFollowsPages();
    void repeatedMarkerStopsWithLoopError();

private:
    [[nodiscard]] SourceSpec sourceFor(const Profile &p) const;
    [[nodiscard]] std::unique_ptr<ListJob> listJob(const SourceSpec &source, const Credentials &credentials,
                                                   const RetryPolicy &policy = {});
    [[nodiscard]] ListResult run(ListJob &job, QList<FlowLog> *rows = nullptr);
    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
};

void TestErListJob::initTestCase()
{
    QString error;
    // Every third account is a Huawei account: 3 accounts give one, with 250 flow logs per router.
    QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                              QStringLiteral("250")},
                             &error),
             qPrintable(error));
    QVERIFY(!m_sandbox.profiles(Provider::Huawei).isEmpty());
    m_profile = m_sandbox.profiles(Provider::Huawei).first();
    QVERIFY(!m_profile.projectIds.isEmpty());
}

SourceSpec TestErListJob::sourceFor(const Profile &p) const
{
    SourceSpec s;
    s.profileId = p.id;
    s.profileName = p.name;
    s.service = Service::Er;
    s.region = p.regions.first();
    s.projectId = p.projectIds.value(s.region);
    s.instanceId = p.erIds.value(s.region).value(0);
    s.endpointOverride = p.endpoint;
    s.pageSize = 100;
    return s;
}

std::unique_ptr<ListJob> TestErListJob::listJob(const SourceSpec &source, const Credentials &credentials,
                                                const RetryPolicy &policy)
{
    return std::unique_ptr<ListJob>(makeListJob(source, credentials, &m_nam, policy, nullptr));
}

ListResult TestErListJob::run(ListJob &job, QList<FlowLog> *rows)
{
    QSignalSpy pages(&job, &ListJob::pageReceived);
    QSignalSpy finished(&job, &ListJob::finished);
    job.start();
    if (!finished.wait(15000))
        return {};
    if (finished.size() != 1)
        return {};
    if (rows) {
        for (const auto &args : pages)
            rows->append(args.first().value<QList<FlowLog>>());
    }
    return finished.first().first().value<ListResult>();
}

void TestErListJob::buildCallCarriesPagingFiltersAndProject()
{
    SourceSpec s;
    s.service = Service::Er;
    s.region = QStringLiteral("ap-southeast-1");
    s.projectId = QStringLiteral("proj1");
    s.instanceId = QStringLiteral("er-1");
    s.filters = {{QStringLiteral("resource_id"), QStringLiteral("att-2")},
                 {QStringLiteral("resource_id"), QStringLiteral("att-1")},
                 {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                 {QStringLiteral("sort_key"), QStringLiteral("name")},
                 {QStringLiteral("sort_dir"), QStringLiteral("desc")},
                 {QStringLiteral("state"), QStringLiteral("failed")},    // client-side only
                 {QStringLiteral("log_group_id"), QStringLiteral("g")},  // client-side only
                 {QStringLiteral("marker"), QStringLiteral("ignored")}}; // the job owns paging
    const huawei::RestCall call = listCall(s, QStringLiteral("a b+c/中"), 100);
    QCOMPARE(call.method, QByteArray("GET"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("er.ap-southeast-1.myhuaweicloud.com"));
    QCOMPARE(call.path, QStringLiteral("/v3/proj1/enterprise-router/er-1/flow-logs"));
    const huawei::Query expected = {{QStringLiteral("limit"), QStringLiteral("100")},
                                    {QStringLiteral("marker"), QStringLiteral("a b+c/中")},
                                    {QStringLiteral("resource_id"), QStringLiteral("att-2")},
                                    {QStringLiteral("resource_id"), QStringLiteral("att-1")},
                                    {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                                    {QStringLiteral("sort_key"), QStringLiteral("name")},
                                    {QStringLiteral("sort_dir"), QStringLiteral("desc")}};
    QCOMPARE(call.query, expected);

    const HttpRequest req =
        huawei::signRequest(call, {QStringLiteral("AK"), QStringLiteral("SK"), {}}, QDateTime::currentDateTimeUtc());
    const QString wire = req.url.query(QUrl::FullyEncoded);
    QVERIFY2(wire.contains(QLatin1String("marker=a%20b%2Bc%2F%E4%B8%AD")), qPrintable(wire));
    QVERIFY(wire.contains(QLatin1String("resource_id=att-2&resource_id=att-1")));
    QVERIFY(!wire.contains(QLatin1String("state")));
    QVERIFY(!wire.contains(QLatin1String("log_group_id")));
    QCOMPARE(headerValue(req, "X-Project-Id"), QByteArray("proj1"));
    QVERIFY(headerValue(req, "Authorization")
                .startsWith(
                    "SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature="));

    // First page: no marker at all.
    const huawei::RestCall first = listCall(s, QString(), 100);
    for (const auto &[k, v] : first.query)
        QVERIFY(k != QLatin1String("marker") || v != QLatin1String("ignored"));
    QCOMPARE(first.query.first(), std::pair(QStringLiteral("limit"), QStringLiteral("100")));
    QVERIFY(std::none_of(first.query.cbegin(), first.query.cend(),
                         [](const auto &p) { return p.first == QLatin1String("marker"); }));
}

void TestErListJob::limitDefaultsTo100AndCapsAt2000_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit");
    QTest::newRow("default") << 0 << 100;
    QTest::newRow("asked") << 500 << 500;
    QTest::newRow("capped") << 5000 << 2000;
}

void TestErListJob::limitDefaultsTo100AndCapsAt2000()
{
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    SourceSpec s;
    s.pageSize = pageSize;
    QCOMPARE(huawei::erListFlowLogs.rules.pageSizeFor(s.pageSize), limit);
}

void TestErListJob::endpointOverrideKeepsPortInSignedHost()
{
    SourceSpec s = sourceFor(m_profile);
    const huawei::RestCall call = listCall(s, {}, 10);
    QCOMPARE(call.endpoint.host(), m_profile.endpoint.host());
    QCOMPARE(call.endpoint.port(), m_profile.endpoint.port());
    const HttpRequest req =
        huawei::signRequest(call, m_sandbox.credentials(m_profile), QDateTime::currentDateTimeUtc());
    QCOMPARE(headerValue(req, "Host"),
             QStringLiteral("%1:%2").arg(m_profile.endpoint.host()).arg(m_profile.endpoint.port()).toLatin1());
}

void TestErListJob::clientFiltersKeepOnlyMatchingRows()
{
    QList<FlowLog> rows(4);
    rows[0].status = QStringLiteral("available");
    rows[0].storageProject = QStringLiteral("g1");
    rows[1].status = QStringLiteral("failed");
    rows[1].storageProject = QStringLiteral("g1");
    rows[2].status = QStringLiteral("failed");
    rows[2].storageProject = QStringLiteral("g2");
    rows[3].status = QStringLiteral("pending");
    rows[3].storageProject = QStringLiteral("g1");
    SourceSpec s;
    QCOMPARE(huawei::applyClientFilters(s, rows).size(), 4);
    s.filters = {{QStringLiteral("state"), QStringLiteral("failed")},
                 {QStringLiteral("state"), QStringLiteral("pending")}};
    QCOMPARE(huawei::applyClientFilters(s, rows).size(), 3);
    s.filters.append({QStringLiteral("log_group_id"), QStringLiteral("g1")});
    const QList<FlowLog> kept = huawei::applyClientFilters(s, rows);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).status, QStringLiteral("failed"));
    QCOMPARE(kept.at(1).status, QStringLiteral("pending"));
}

void TestErListJob::followsEveryMarkerPageAgainstSandbox()
{
    const SourceSpec source = sourceFor(m_profile);
    const auto job = listJob(source, m_sandbox.credentials(m_profile));
    QList<FlowLog> rows;
    m_sandbox.resetStats();
    const ListResult result = run(*job, &rows);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(result.pages, 3); // 250 rows at 100 per page
    QCOMPARE(result.rows, 250);
    QCOMPARE(result.requests, 3);
    QCOMPARE(m_sandbox.stats()
                 .value(QLatin1String("byOperation"))
                 .toObject()
                 .value(QLatin1String("er.ListFlowLogs"))
                 .toInt(),
             3);
    QSet<QString> ids;
    for (const FlowLog &f : std::as_const(rows)) {
        QCOMPARE(f.provider, Provider::Huawei);
        QCOMPARE(f.service, Service::Er);
        QCOMPARE(f.account, m_profile.name);
        QCOMPARE(f.region, source.region);
        QCOMPARE(f.resourceType, QStringLiteral("attachment"));
        QVERIFY(!f.storageProject.isEmpty());
        QVERIFY(!f.storageStore.isEmpty());
        QVERIFY(f.intervalSeconds == 60 || f.intervalSeconds == 600);
        QVERIFY(f.created.isValid());
        QVERIFY(!f.status.isEmpty());
        ids.insert(f.id);
    }
    QCOMPARE(ids.size(), 250); // no duplicates, nothing missing
}

void TestErListJob::repeatedResourceIdFiltersOnTheServer()
{
    const auto all = listJob(sourceFor(m_profile), m_sandbox.credentials(m_profile));
    QList<FlowLog> rows;
    QVERIFY(!run(*all, &rows).error.isError());
    QVERIFY(rows.size() >= 3);
    SourceSpec filtered = sourceFor(m_profile);
    filtered.filters = {{QStringLiteral("resource_id"), rows.at(2).resourceId},
                        {QStringLiteral("resource_id"), rows.at(0).resourceId}};
    const auto job = listJob(filtered, m_sandbox.credentials(m_profile));
    QList<FlowLog> found;
    const ListResult result = run(*job, &found);
    QVERIFY(!result.error.isError());
    QCOMPARE(result.pages, 1);
    QCOMPARE(found.size(), 2);
    QCOMPARE((QSet<QString>{found.at(0).id, found.at(1).id}), (QSet<QString>{rows.at(0).id, rows.at(2).id}));
}

void TestErListJob::clientSideStateFilterKeepsPagingWhenAPageIsFilteredAway()
{
    const auto all = listJob(sourceFor(m_profile), m_sandbox.credentials(m_profile));
    QList<FlowLog> rows;
    QVERIFY(!run(*all, &rows).error.isError());
    const auto failed =
        std::count_if(rows.cbegin(), rows.cend(), [](const FlowLog &f) { return f.status == QLatin1String("failed"); });
    QVERIFY(failed > 0);

    // Pages of 5: most pages hold no failed row at all, and paging must still run to the end.
    SourceSpec source = sourceFor(m_profile);
    source.pageSize = 5;
    source.filters = {{QStringLiteral("state"), QStringLiteral("failed")}};
    const auto job = listJob(source, m_sandbox.credentials(m_profile));
    QList<FlowLog> found;
    const ListResult result = run(*job, &found);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(result.pages, 50);
    QCOMPARE(found.size(), failed);
    QCOMPARE(result.rows, int(failed));
    for (const FlowLog &f : std::as_const(found))
        QCOMPARE(f.status, QStringLiteral("failed"));
}

void TestErListJob::wrongSecretFailsWith401AndAkSkHint()
{
    Credentials bad = m_sandbox.credentials(m_profile);
    bad.secret += QStringLiteral("x");
    const auto job = listJob(sourceFor(m_profile), bad);
    const ListResult result = run(*job);
    QCOMPARE(result.error.kind, ApiError::Kind::Provider);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(result.error.attempts, 1); // not retried
    QVERIFY(!result.error.requestId.isEmpty());
    QVERIFY(result.error.hint.contains(QLatin1String("AK/SK")));
    QVERIFY(result.error.hint.contains(m_profile.name));
    QVERIFY(!result.error.toDisplayString().contains(bad.secret));
}

void TestErListJob::wrongProjectIdIsRejected()
{
    SourceSpec source = sourceFor(m_profile);
    source.projectId = QString(32, QLatin1Char('0'));
    const auto job = listJob(source, m_sandbox.credentials(m_profile));
    const ListResult result = run(*job);
    QCOMPARE(result.error.kind, ApiError::Kind::Provider);
    QCOMPARE(result.error.httpStatus, 403);
    QCOMPARE(result.error.code, QStringLiteral("APIGW.0302"));
    QVERIFY(result.error.hint.contains(QLatin1String("project ID")));
}

void TestErListJob::unknownRouterIsNotFound()
{
    SourceSpec source = sourceFor(m_profile);
    source.instanceId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const auto job = listJob(source, m_sandbox.credentials(m_profile));
    const ListResult result = run(*job);
    QCOMPARE(result.error.httpStatus, 404);
    QVERIFY(result.error.code.startsWith(QLatin1String("ER.")));
    QVERIFY(!result.error.requestId.isEmpty());
}

void TestErListJob::abortEmitsFinishedOnce()
{
    const auto job = listJob(sourceFor(m_profile), m_sandbox.credentials(m_profile));
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    job->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ListResult>().error.kind, ApiError::Kind::Aborted);
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

namespace {

using test::Reply;
using test::ScriptedServer;

Reply answer(const QByteArray &statusLine, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return Reply::raw("HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\n" + extraHeaders +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

QByteArray page(const QStringList &ids, const QString &nextMarker)
{
    QJsonArray rows;
    for (const QString &id : ids)
        rows.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("state"), QStringLiteral("available")}});
    QJsonObject info{{QStringLiteral("current_count"), static_cast<int>(ids.size())}};
    if (!nextMarker.isEmpty())
        info.insert(QStringLiteral("next_marker"), nextMarker);
    return QJsonDocument(QJsonObject{{QStringLiteral("flow_logs"), rows},
                                     {QStringLiteral("page_info"), info},
                                     {QStringLiteral("request_id"), QStringLiteral("r")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestErListJob::retriesThrottlingAndServerErrorsThenFollowsPages()
{
    ScriptedServer server(
        {answer("429 Too Many Requests",
                R"({"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"})",
                "Retry-After: 1\r\n"),
         answer("503 Service Unavailable", "<html>busy</html>"),
         answer("200 OK", page({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("b"))),
         answer("200 OK", page({QStringLiteral("c")}, {}))});
    QVERIFY(server.isListening());
    SourceSpec source = sourceFor(m_profile);
    source.endpointOverride = server.url();
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    const auto job = listJob(source, m_sandbox.credentials(m_profile), policy);
    QSignalSpy retrying(job.get(), &ListJob::retrying);
    QList<FlowLog> rows;
    const ListResult result = run(*job, &rows);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(result.pages, 2);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(result.requests, 4);
    QCOMPARE(retrying.size(), 2);
    QVERIFY(retrying.at(0).at(1).toInt() >= 1000); // Retry-After: 1 honoured
    QCOMPARE(retrying.at(0).at(2).value<ApiError>().code, QStringLiteral("APIGW.0308"));
    QCOMPARE(retrying.at(1).at(2).value<ApiError>().httpStatus, 503);
    QCOMPARE(server.requestCount(), 4);
    QVERIFY(!server.requests().at(2).requestLine.contains("marker="));
    QVERIFY2(server.requests().at(3).requestLine.contains("&marker=b"),
             server.requests().at(3).requestLine.constData());
}

void TestErListJob::repeatedMarkerStopsWithLoopError()
{
    ScriptedServer server({answer("200 OK", page({QStringLiteral("a")}, QStringLiteral("a"))),
                           answer("200 OK", page({QStringLiteral("b")}, QStringLiteral("a")))});
    QVERIFY(server.isListening());
    SourceSpec source = sourceFor(m_profile);
    source.endpointOverride = server.url();
    const auto job = listJob(source, m_sandbox.credentials(m_profile));
    const ListResult result = run(*job);
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(result.pages, 2);
    QCOMPARE(server.requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestErListJob)
#include "tst_erlistjob.moc"
