// ER response parsing: the create page's sample verbatim, a list page per the NOTES.md contract, drifted bodies,
// and the error judge (codes, request ids, hints, retry classes).
#include "huaweiparsers.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace flowlog;

class TestHuaweiParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createSampleResponseMapsEveryField();
    void listPageMapsRowsAndNextMarker();
    void listLastPageHasNoMarker_data();
    void listLastPageHasNoMarker();
    void createdAtWithAndWithoutMillis_data();
    void createdAtWithAndWithoutMillis();
    void driftedTypesAreTolerated();
    void missingOptionalFieldsGiveEmptyValues();
    void brokenBodiesAreParseErrors_data();
    void brokenBodiesAreParseErrors();
    void createWithoutFlowLogIsParseError();
    void judgeReadsErrorCodeMessageAndHeaderRequestId();
    void judgeExplainsSignatureFailureWithProfile();
    void judgeExplainsStaleDateAsClock();
    void judgeRetryClasses_data();
    void judgeRetryClasses();

private:
    const RowContext m_ctx{QStringLiteral("hw-prod"), QStringLiteral("pid-1"), QStringLiteral("cn-north-4")};
};

void TestHuaweiParsers::createSampleResponseMapsEveryField()
{
    const QByteArray body = test::readData(QStringLiteral("huawei-er-create-response.json"));
    QVERIFY(!body.isEmpty());
    const huawei::CreatedFlowLog c = huawei::parseErCreateResponse(body, m_ctx);
    QVERIFY2(!c.error.isError(), qPrintable(c.error.toDisplayString()));
    QCOMPARE(c.requestId, QStringLiteral("915a14a6-867b-4af7-83d1-70efceb146f9"));
    const FlowLog &f = c.flowLog;
    QCOMPARE(f.provider, Provider::Huawei);
    QCOMPARE(f.service, Service::Er);
    QCOMPARE(f.account, QStringLiteral("hw-prod"));
    QCOMPARE(f.profileId, QStringLiteral("pid-1"));
    QCOMPARE(f.region, QStringLiteral("cn-north-4"));
    QCOMPARE(f.id, QStringLiteral("b216bc1d-5963-41a7-89f9-779a5128c5ac"));
    QCOMPARE(f.name, QStringLiteral("flow_log"));
    QCOMPARE(f.description, QStringLiteral("Flow Logs"));
    QCOMPARE(f.status, QStringLiteral("available"));
    QCOMPARE(f.resourceType, QStringLiteral("attachment"));
    QCOMPARE(f.resourceId, QStringLiteral("6f83b848-8331-4271-ac0c-ef94b7686402"));
    QCOMPARE(f.storageProject, QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497"));
    QCOMPARE(f.storageStore, QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad"));
    QCOMPARE(f.intervalSeconds, 600);
    QCOMPARE(f.created, QDateTime(QDate(2020, 3, 11), QTime(15, 13, 31), QTimeZone::utc()));
    QVERIFY(!f.hasProblem());
    // The raw object is kept whole (project_id, updated_at, enabled, log_store_type for details and export).
    const QJsonObject raw = f.raw();
    QCOMPARE(raw.value(QLatin1String("project_id")).toString(), QStringLiteral("0605767a9980d5762fbcc00b3537e757"));
    QCOMPARE(raw.value(QLatin1String("updated_at")).toString(), QStringLiteral("2022-03-11T15:13:31Z"));
    QCOMPARE(raw.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(raw.value(QLatin1String("log_store_type")).toString(), QStringLiteral("LTS"));
    QCOMPARE(raw.size(), 14);
}

void TestHuaweiParsers::listPageMapsRowsAndNextMarker()
{
    const ListPage page =
        huawei::parseErFlowLogsPage(test::readData(QStringLiteral("huawei-er-list-response.json")), m_ctx);
    QVERIFY2(!page.error.isError(), qPrintable(page.error.toDisplayString()));
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.pageSize, 2);
    QCOMPARE(page.requestId, QStringLiteral("915a14a6-867b-4af7-83d1-70efceb146f9"));
    QCOMPARE(page.nextToken, QStringLiteral("5c3f0f1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f"));
    QCOMPARE(page.totalCount, -1);
    const FlowLog &second = page.rows.at(1);
    QCOMPARE(second.name, QStringLiteral("er-attach-prod-vpc"));
    QCOMPARE(second.description, QStringLiteral("生产环境 VPC 连接流日志"));
    QCOMPARE(second.status, QStringLiteral("failed"));
    QVERIFY(second.hasProblem());
    QCOMPARE(second.intervalSeconds, 60);
    QCOMPARE(second.storageStore, QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));
    QCOMPARE(second.created, QDateTime(QDate(2024, 5, 20), QTime(8, 1, 2, 123), QTimeZone::utc()));
}

void TestHuaweiParsers::listLastPageHasNoMarker_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no page_info") << QByteArray(R"({"flow_logs":[],"request_id":"r"})");
    QTest::newRow("no next_marker") << QByteArray(R"({"flow_logs":[],"page_info":{"current_count":0}})");
    QTest::newRow("empty next_marker") << QByteArray(
        R"({"flow_logs":[],"page_info":{"next_marker":"","current_count":0}})");
    QTest::newRow("null next_marker") << QByteArray(R"({"flow_logs":[],"page_info":{"next_marker":null}})");
    QTest::newRow("no flow_logs") << QByteArray(R"({"request_id":"r"})");
}

void TestHuaweiParsers::listLastPageHasNoMarker()
{
    QFETCH(QByteArray, body);
    const ListPage page = huawei::parseErFlowLogsPage(body, m_ctx);
    QVERIFY(!page.error.isError());
    QVERIFY(page.nextToken.isEmpty());
    QVERIFY(page.rows.isEmpty());
}

void TestHuaweiParsers::createdAtWithAndWithoutMillis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDate d(2023, 9, 21);
    QTest::newRow("seconds") << QStringLiteral("2023-09-21T04:20:07Z")
                             << QDateTime(d, QTime(4, 20, 7), QTimeZone::utc());
    QTest::newRow("millis") << QStringLiteral("2023-09-21T04:20:07.250Z")
                            << QDateTime(d, QTime(4, 20, 7, 250), QTimeZone::utc());
    QTest::newRow("offset") << QStringLiteral("2023-09-21T12:20:07+08:00")
                            << QDateTime(d, QTime(4, 20, 7), QTimeZone::utc());
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
}

void TestHuaweiParsers::createdAtWithAndWithoutMillis()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QJsonObject o{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("created_at"), text}};
    const FlowLog f = huawei::erFlowLogFromJson(o, m_ctx);
    QCOMPARE(f.created.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(f.created, expected);
}

void TestHuaweiParsers::driftedTypesAreTolerated()
{
    const QByteArray body = R"({"flow_logs":[{"id":"a","name":"n","log_aggregation_interval":"600","enabled":"true",
        "state":" available ","created_at":"2024-01-02T03:04:05.6Z"}],
        "page_info":{"next_marker":"a","current_count":"1","total_count":"9"}})";
    const ListPage page = huawei::parseErFlowLogsPage(body, m_ctx);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.first().intervalSeconds, 600);
    QCOMPARE(page.rows.first().status, QStringLiteral("available"));
    QVERIFY(page.rows.first().created.isValid());
    QCOMPARE(page.totalCount, 9);
    QCOMPARE(page.nextToken, QStringLiteral("a"));
}

void TestHuaweiParsers::missingOptionalFieldsGiveEmptyValues()
{
    const FlowLog f = huawei::erFlowLogFromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("only-id")}}, m_ctx);
    QCOMPARE(f.id, QStringLiteral("only-id"));
    QVERIFY(f.description.isEmpty());
    QVERIFY(f.storageProject.isEmpty());
    QCOMPARE(f.intervalSeconds, 0);
    QVERIFY(!f.created.isValid());
    QCOMPARE(f.region, QStringLiteral("cn-north-4"));
}

void TestHuaweiParsers::brokenBodiesAreParseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"flow_logs":[{"id":"a","na)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("flow_logs object") << QByteArray(R"({"flow_logs":{"id":"a"}})");
    QTest::newRow("entry not object") << QByteArray(R"({"flow_logs":["a"]})");
}

void TestHuaweiParsers::brokenBodiesAreParseErrors()
{
    QFETCH(QByteArray, body);
    QCOMPARE(huawei::parseErFlowLogsPage(body, m_ctx).error.kind, ApiError::Kind::Parse);
}

void TestHuaweiParsers::createWithoutFlowLogIsParseError()
{
    const huawei::CreatedFlowLog c = huawei::parseErCreateResponse(R"({"request_id":"r-1"})", m_ctx);
    QCOMPARE(c.error.kind, ApiError::Kind::Parse);
    QCOMPARE(c.error.requestId, QStringLiteral("r-1"));
}

void TestHuaweiParsers::judgeReadsErrorCodeMessageAndHeaderRequestId()
{
    HttpResponse r;
    r.status = 400;
    r.body = R"({"error_code":"ER.04000001","error_msg":"Invalid limit"})";
    r.headers = {{"X-Request-Id", "req-42"}};
    const Verdict v = huawei::judgeResponse(r, QStringLiteral("hw-prod"));
    QCOMPARE(v.retry, Verdict::Retry::No);
    QCOMPARE(v.error.kind, ApiError::Kind::Provider);
    QCOMPARE(v.error.code, QStringLiteral("ER.04000001"));
    QCOMPARE(v.error.message, QStringLiteral("Invalid limit"));
    QCOMPARE(v.error.requestId, QStringLiteral("req-42"));
    QCOMPARE(v.error.httpStatus, 400);
    QVERIFY(v.error.toDisplayString().contains(QLatin1String("req-42")));

    r.status = 202;
    r.body = test::readData(QStringLiteral("huawei-er-create-response.json"));
    QVERIFY(!huawei::judgeResponse(r, {}).error.isError());
}

void TestHuaweiParsers::judgeExplainsSignatureFailureWithProfile()
{
    HttpResponse r;
    r.status = 401;
    r.body =
        R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"r-9"})";
    const Verdict v = huawei::judgeResponse(r, QStringLiteral("hw-prod"));
    QCOMPARE(v.retry, Verdict::Retry::No);
    QCOMPARE(v.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(v.error.requestId, QStringLiteral("r-9"));
    QVERIFY(v.error.hint.contains(QLatin1String("AK/SK")));
    QVERIFY(v.error.hint.contains(QLatin1String("hw-prod")));

    r.body = "Unauthorized"; // a proxy's bare 401
    QVERIFY(huawei::judgeResponse(r, QStringLiteral("hw-prod")).error.hint.contains(QLatin1String("AK/SK")));
}

void TestHuaweiParsers::judgeExplainsStaleDateAsClock()
{
    HttpResponse r;
    r.status = 401;
    r.body =
        R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: the X-Sdk-Date is expired"})";
    const Verdict v = huawei::judgeResponse(r, QStringLiteral("hw-prod"));
    QVERIFY(v.error.hint.contains(QLatin1String("clock")));
}

void TestHuaweiParsers::judgeRetryClasses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<int>("kind");
    const QByteArray throttled =
        R"({"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"})";
    QTest::newRow("429 with Retry-After") << 429 << throttled << QByteArray("2") << int(Verdict::Retry::Throttled)
                                          << 2000 << int(ApiError::Kind::Provider);
    QTest::newRow("429 without hint") << 429 << QByteArray() << QByteArray() << int(Verdict::Retry::Throttled) << -1
                                      << int(ApiError::Kind::Http);
    QTest::newRow("500 json") << 500 << QByteArray(R"({"error_code":"ER.05000001","error_msg":"Internal error"})")
                              << QByteArray() << int(Verdict::Retry::Transient) << -1 << int(ApiError::Kind::Provider);
    QTest::newRow("503 html") << 503 << QByteArray("<html>busy</html>") << QByteArray()
                              << int(Verdict::Retry::Transient) << -1 << int(ApiError::Kind::Http);
    QTest::newRow("200 html") << 200 << QByteArray("<html>ok</html>") << QByteArray() << int(Verdict::Retry::No) << -1
                              << int(ApiError::Kind::Parse);
    QTest::newRow("404") << 404 << QByteArray(R"({"error_code":"APIGW.0101","error_msg":"The API does not exist"})")
                         << QByteArray() << int(Verdict::Retry::No) << -1 << int(ApiError::Kind::Provider);
}

void TestHuaweiParsers::judgeRetryClasses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, retry);
    QFETCH(int, retryAfterMs);
    QFETCH(int, kind);
    HttpResponse r;
    r.status = status;
    r.body = body;
    if (!retryAfter.isEmpty())
        r.headers = {{"Retry-After", retryAfter}};
    const Verdict v = huawei::judgeResponse(r, QStringLiteral("p"));
    QCOMPARE(int(v.retry), retry);
    QCOMPARE(v.retryAfterMs, retryAfterMs);
    QCOMPARE(int(v.error.kind), kind);
    QCOMPARE(v.error.httpStatus, status);
}

QTEST_GUILESS_MAIN(TestHuaweiParsers)
#include "tst_huaweiparsers.moc"
