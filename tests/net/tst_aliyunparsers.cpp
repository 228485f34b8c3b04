// The three list pages' sample responses, verbatim (tests/data/*.sample.json), plus the drift real services show.
#include "aliyunparsers.h"
#include "aliyunrpc.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace flowlog;

namespace {
const RowContext ctx{QStringLiteral("acct"), QStringLiteral("pid"), QStringLiteral("cn-beijing")};
}

class TestAliyunParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vpcSampleParsesEveryField();
    void cenSampleParsesNestedArraysAndStringCounters();
    void ecrSampleParsesFlatArraysAndTimeWithoutSeconds();
    void driftedPagesStillParse_data();
    void driftedPagesStillParse();
    void brokenBodiesBecomeParseErrors_data();
    void brokenBodiesBecomeParseErrors();
    void createSampleAndDryRunAnswers();
    void errorBodiesMapEveryField();
    void successFalseOn200IsAnError_data();
    void successFalseOn200IsAnError();
    void throttlingIsRetriedWithTheServersHint();
    void replayedNonceIsRetriedWithAFreshAttempt();
};

void TestAliyunParsers::vpcSampleParsesEveryField()
{
    const QByteArray body = test::readData(QStringLiteral("aliyun-vpc-DescribeFlowLogs.sample.json"));
    QVERIFY(!body.isEmpty());
    const ListPage page = parseVpcFlowLogsPage(body, ctx);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.totalCount, 1);
    QCOMPARE(page.pageNumber, 1);
    QCOMPARE(page.pageSize, 20);
    QCOMPARE(page.requestId, QStringLiteral("F7DDDC17-FA06-4AC2-8F35-59D2470FCFC1"));
    QCOMPARE(page.rows.size(), 1);
    const FlowLog &f = page.rows.first();
    QCOMPARE(f.id, QStringLiteral("fl-bp1f6qqhsrc2c12ta****"));
    QCOMPARE(f.name, QStringLiteral("myFlowlog"));
    QCOMPARE(f.status, QStringLiteral("Active"));
    QCOMPARE(f.region, QStringLiteral("cn-hangzhou"));
    QCOMPARE(f.resourceType, QStringLiteral("NetworkInterface"));
    QCOMPARE(f.resourceId, QStringLiteral("eni-askldfas****"));
    QCOMPARE(f.trafficType, QStringLiteral("All"));
    QCOMPARE(f.storageProject, QStringLiteral("FlowLogProject"));
    QCOMPARE(f.storageStore, QStringLiteral("FlowLogStore"));
    QCOMPARE(f.intervalSeconds, 600); // 10 minutes
    QCOMPARE(f.deliverStatus, QStringLiteral("FAILED"));
    QCOMPARE(f.deliverMessage, QStringLiteral("UnavaliableTarget"));
    QCOMPARE(f.created, QDateTime(QDate(2022, 1, 21), QTime(3, 8, 50), QTimeZone::utc()));
    QCOMPARE(f.tags, (QList<Tag>{{QStringLiteral("FinanceDept"), QStringLiteral("FinanceJoshua")}}));
    QCOMPARE(f.account, QStringLiteral("acct"));
    // Fields without a column stay in the raw JSON for details and export.
    QCOMPARE(f.raw().value(QLatin1String("BusinessStatus")).toString(), QStringLiteral("Normal"));
    QCOMPARE(f.raw().value(QLatin1String("ServiceType")).toString(), QStringLiteral("sls"));
    QCOMPARE(f.raw().value(QLatin1String("ResourceGroupId")).toString(), QStringLiteral("rg-bp67acfmxazb4ph****"));
}

void TestAliyunParsers::cenSampleParsesNestedArraysAndStringCounters()
{
    const ListPage page =
        parseCenFlowLogsPage(test::readData(QStringLiteral("aliyun-cen-DescribeFlowlogs.sample.json")), ctx);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.totalCount, 1);
    QCOMPARE(page.rows.size(), 1);
    const FlowLog &f = page.rows.first();
    QCOMPARE(f.service, Service::Cen);
    QCOMPARE(f.id, QStringLiteral("flowlog-m5evbtbpt****"));
    QCOMPARE(f.resourceType, QStringLiteral("TransitRouterAttachment"));
    QCOMPARE(f.resourceId, QStringLiteral("tr-attach-5x4o4ynzuqbv6g****"));
    QCOMPARE(f.intervalSeconds, 60);
    QCOMPARE(f.storageProject, QStringLiteral("FlowLogProject"));
    QCOMPARE(f.created, QDateTime(QDate(2021, 7, 24), QTime(13, 0, 52), QTimeZone::utc()));
    QCOMPARE(f.tags, (QList<Tag>{{QStringLiteral("TagKey"), QStringLiteral("TagValue")}}));
    QCOMPARE(f.raw().value(QLatin1String("CenId")).toString(), QStringLiteral("cen-7qthudw0ll6jmc****"));
    QCOMPARE(f.raw().value(QLatin1String("TransitRouterId")).toString(), QStringLiteral("tr-bp1g9313sx675zr1lajmj"));
    QCOMPARE(f.raw().value(QLatin1String("LogFormatString")).toString(),
             QStringLiteral("${srcaddr}${dstaddr}${bytes}"));
    QCOMPARE(f.raw().value(QLatin1String("FlowLogVersion")).toString(), QStringLiteral("3"));
}

void TestAliyunParsers::ecrSampleParsesFlatArraysAndTimeWithoutSeconds()
{
    const ListPage page =
        parseEcrFlowLogsPage(test::readData(QStringLiteral("aliyun-ecr-DescribeFlowLogs.sample.json")), ctx);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.totalCount, 11);
    QCOMPARE(page.nextToken,
             QStringLiteral("AAAAAYws9fJ0Ur4MGm/5OkDoW/Zn0J0/sCjivzwX9oBcwFnWaaas/kSG+J/WzLOxJHS4****"));
    QCOMPARE(page.rows.size(), 1);
    const FlowLog &f = page.rows.first();
    QCOMPARE(f.service, Service::Ecr);
    QCOMPARE(f.id, QStringLiteral("ecr-flog-leypqehtgtia2*****"));
    QCOMPARE(f.region, QStringLiteral("cn-shanghai"));
    QCOMPARE(f.samplingRate, QStringLiteral("1:4096")); // the sample's trailing space is trimmed
    QCOMPARE(f.resourceType, QStringLiteral("VBR"));
    QCOMPARE(f.resourceId, QStringLiteral("vbr-9dpty76irpf4u15*****"));
    QCOMPARE(f.intervalSeconds, 600);
    QCOMPARE(f.created, QDateTime(QDate(2023, 9, 21), QTime(4, 20), QTimeZone::utc()));
    QCOMPARE(f.tags.size(), 1);
    QCOMPARE(f.raw().value(QLatin1String("EcrId")).toString(), QStringLiteral("ecr-h4cop1khw98*****"));
    QCOMPARE(f.raw().value(QLatin1String("SlsRegionId")).toString(), QStringLiteral("cn-hangzhou"));
    // The sample is a success even though it carries DynamicCode (the page's example fills every field).
    HttpResponse r;
    r.status = 200;
    r.body = test::readData(QStringLiteral("aliyun-ecr-DescribeFlowLogs.sample.json"));
    QVERIFY(!aliyun::judgeRpcResponse(r).error.isError());
}

void TestAliyunParsers::driftedPagesStillParse_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QDateTime>("created");

    const QDateTime withSeconds(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    const QDateTime noSeconds(QDate(2024, 1, 2), QTime(3, 4), QTimeZone::utc());
    QTest::newRow("vpc numbers as numbers")
        << 0
        << QByteArray(
               R"({"TotalCount":1,"PageNumber":1,"PageSize":20,"Success":true,"FlowLogs":[{"FlowLogId":"fl-1","AggregationInterval":"5","CreationTime":"2024-01-02T03:04:05Z"}]})")
        << 1 << qint64(1) << 300 << withSeconds;
    QTest::newRow("vpc nested FlowLog single object")
        << 0
        << QByteArray(
               R"({"TotalCount":"1","FlowLogs":{"FlowLog":{"FlowLogId":"fl-1","AggregationInterval":1,"CreationTime":"2024-01-02T03:04Z"}}})")
        << 1 << qint64(1) << 60 << noSeconds;
    QTest::newRow("cen flat array instead of nesting")
        << 1 << QByteArray(R"({"TotalCount":"2","FlowLogs":[{"FlowLogId":"a","Interval":"600"},{"FlowLogId":"b"}]})")
        << 2 << qint64(2) << 600 << QDateTime();
    QTest::newRow("cen single object, tags single object")
        << 1
        << QByteArray(
               R"({"TotalCount":1,"FlowLogs":{"FlowLog":{"FlowLogId":"a","Interval":60,"Tags":{"Tag":{"Key":"k","Value":"v"}},"CreationTime":"2024-01-02T03:04:05Z"}}})")
        << 1 << qint64(1) << 60 << withSeconds;
    QTest::newRow("cen empty FlowLogs object")
        << 1 << QByteArray(R"({"TotalCount":"0","FlowLogs":{}})") << 0 << qint64(0) << 0 << QDateTime();
    QTest::newRow("ecr counters as strings, Success as string")
        << 2
        << QByteArray(
               R"({"Success":"true","TotalCount":"3","MaxResults":"10","FlowLogs":[{"FlowLogId":"e","Interval":"60","CreationTime":"2024-01-02T03:04Z"}]})")
        << 1 << qint64(3) << 60 << noSeconds;
    QTest::newRow("ecr single object instead of array")
        << 2 << QByteArray(R"({"Success":true,"TotalCount":1,"FlowLogs":{"FlowLogId":"e","Interval":600}})") << 1
        << qint64(1) << 600 << QDateTime();
    QTest::newRow("ecr missing optional fields")
        << 2 << QByteArray(R"({"Success":true,"FlowLogs":[{"FlowLogId":"e"}]})") << 1 << qint64(-1) << 0 << QDateTime();
    QTest::newRow("no FlowLogs at all") << 2 << QByteArray(R"({"Success":true,"TotalCount":0})") << 0 << qint64(0) << 0
                                        << QDateTime();
}

void TestAliyunParsers::driftedPagesStillParse()
{
    QFETCH(int, service);
    QFETCH(QByteArray, body);
    QFETCH(int, rows);
    QFETCH(qint64, total);
    QFETCH(int, interval);
    QFETCH(QDateTime, created);
    const ListPage page = service == 0   ? parseVpcFlowLogsPage(body, ctx)
                          : service == 1 ? parseCenFlowLogsPage(body, ctx)
                                         : parseEcrFlowLogsPage(body, ctx);
    QVERIFY2(!page.error.isError(), qPrintable(page.error.toDisplayString()));
    QCOMPARE(page.rows.size(), rows);
    QCOMPARE(page.totalCount, total);
    if (rows > 0) {
        QCOMPARE(page.rows.first().intervalSeconds, interval);
        QCOMPARE(page.rows.first().created, created);
        QVERIFY(!page.rows.first().id.isEmpty());
        QCOMPARE(page.rows.first().region, QStringLiteral("cn-beijing")); // the context's, when the row has none
    }
}

void TestAliyunParsers::brokenBodiesBecomeParseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"TotalCount":"1","FlowLogs":[{"FlowLogId":"fl-)");
    QTest::newRow("array root") << QByteArray("[]");
    QTest::newRow("FlowLogs a string") << QByteArray(R"({"FlowLogs":"none"})");
    QTest::newRow("row not an object") << QByteArray(R"({"FlowLogs":[1,2]})");
    QTest::newRow("empty") << QByteArray();
}

void TestAliyunParsers::brokenBodiesBecomeParseErrors()
{
    QFETCH(QByteArray, body);
    for (const ListPage &page :
         {parseVpcFlowLogsPage(body, ctx), parseCenFlowLogsPage(body, ctx), parseEcrFlowLogsPage(body, ctx)}) {
        QCOMPARE(page.error.kind, ApiError::Kind::Parse);
        QVERIFY(!page.error.message.isEmpty());
        QVERIFY(page.rows.isEmpty());
    }
}

void TestAliyunParsers::createSampleAndDryRunAnswers()
{
    HttpResponse r;
    r.status = 200;
    r.body = test::readData(QStringLiteral("aliyun-vpc-CreateFlowLog.sample.json"));
    CreateResult c = aliyun::parseCreateAnswer(r);
    QVERIFY(!c.error.isError());
    QCOMPARE(c.flowLogId, QStringLiteral("fl-m5e8vhz2t21sel1nq****"));
    QCOMPARE(c.requestId, QStringLiteral("54B48E3D-DF70-471B-AA93-08E683A1B457"));

    r.body = R"({"RequestId":"R","Success":true,"Code":"DryRunOperation","Message":"ok"})";
    c = aliyun::parseCreateAnswer(r);
    QVERIFY(!c.error.isError());
    QVERIFY(c.dryRun);
    QVERIFY(c.flowLogId.isEmpty());

    r.body = R"({"RequestId":"R","Success":true})"; // 2xx without an id: it may exist
    c = aliyun::parseCreateAnswer(r);
    QCOMPARE(c.error.kind, ApiError::Kind::Parse);
    QVERIFY(c.error.maybeCommitted);
    r.body = "<html>";
    QVERIFY(aliyun::parseCreateAnswer(r).error.maybeCommitted);
}

void TestAliyunParsers::errorBodiesMapEveryField()
{
    HttpResponse r;
    r.status = 403;
    r.body = R"({"RequestId":"RID","Code":"Forbidden.RAM","Message":"denied","HttpStatusCode":403,)"
             R"("DynamicCode":"IllegalParamFormat.EcrId","DynamicMessage":"The param format of EcrId x is illegal.",)"
             R"("AccessDeniedDetail":"Authentication is failed for x"})";
    const Verdict v = aliyun::judgeRpcResponse(r);
    QCOMPARE(v.error.kind, ApiError::Kind::Provider);
    QCOMPARE(v.error.httpStatus, 403);
    QCOMPARE(v.error.code, QStringLiteral("Forbidden.RAM"));
    QCOMPARE(v.error.message, QStringLiteral("denied"));
    QCOMPARE(v.error.requestId, QStringLiteral("RID"));
    QCOMPARE(v.error.dynamicCode, QStringLiteral("IllegalParamFormat.EcrId"));
    QCOMPARE(v.error.dynamicMessage, QStringLiteral("The param format of EcrId x is illegal."));
    QCOMPARE(v.error.accessDeniedDetail, QStringLiteral("Authentication is failed for x"));
    QCOMPARE(v.retry, Verdict::Retry::No);
    QVERIFY(!v.error.hint.isEmpty());
    const QString shown = v.error.toDisplayString();
    QVERIFY(shown.contains(QLatin1String("RID")));
    QVERIFY(shown.contains(QLatin1String("EcrId x")));

    r.status = 502;
    r.body = "<html>bad gateway</html>";
    r.headers = {{"x-acs-request-id", "HDR-RID"}};
    const Verdict html = aliyun::judgeRpcResponse(r);
    QCOMPARE(html.error.kind, ApiError::Kind::Http);
    QCOMPARE(html.retry, Verdict::Retry::Transient);
    QCOMPARE(html.error.requestId, QStringLiteral("HDR-RID"));
}

void TestAliyunParsers::successFalseOn200IsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("boolean") << QByteArray(
        R"({"Success":false,"Code":"IncorrectStatus.Ecr","Message":"m","RequestId":"R"})");
    QTest::newRow("string") << QByteArray(
        R"({"Success":"false","Code":"IncorrectStatus.Ecr","Message":"m","RequestId":"R"})");
}

void TestAliyunParsers::successFalseOn200IsAnError()
{
    QFETCH(QByteArray, body);
    HttpResponse r;
    r.status = 200;
    r.body = body;
    const Verdict v = aliyun::judgeRpcResponse(r);
    QCOMPARE(v.error.kind, ApiError::Kind::Provider);
    QCOMPARE(v.error.code, QStringLiteral("IncorrectStatus.Ecr"));
    QCOMPARE(v.error.requestId, QStringLiteral("R"));
}

void TestAliyunParsers::throttlingIsRetriedWithTheServersHint()
{
    HttpResponse r;
    r.status = 400;
    r.body = R"({"Code":"Throttling.User","Message":"Request was denied due to user flow control.","RequestId":"R"})";
    r.headers = {{"x-ratelimit-user-api", "Limit:10,Remain:0,TimeLeft:750,Reset:1700000000000"}};
    Verdict v = aliyun::judgeRpcResponse(r);
    QCOMPARE(v.retry, Verdict::Retry::Throttled);
    QCOMPARE(v.retryAfterMs, 750);
    r.headers = {{"X-Acs-Retry-After", "1200"}};
    QCOMPARE(aliyun::judgeRpcResponse(r).retryAfterMs, 1200);
    r.status = 429;
    r.body = "Too Many Requests";
    r.headers.clear();
    v = aliyun::judgeRpcResponse(r);
    QCOMPARE(v.retry, Verdict::Retry::Throttled);
    r.status = 503;
    r.body = R"({"Code":"ServiceUnavailable","Message":"x"})";
    QCOMPARE(aliyun::judgeRpcResponse(r).retry, Verdict::Retry::Throttled);
}

void TestAliyunParsers::replayedNonceIsRetriedWithAFreshAttempt()
{
    HttpResponse r;
    r.status = 400;
    r.body = R"({"Code":"SignatureNonceUsed","Message":"Specified signature nonce was used already.","RequestId":"R"})";
    const Verdict v = aliyun::judgeRpcResponse(r);
    QCOMPARE(v.retry, Verdict::Retry::Transient);
    r.body = R"({"Code":"SignatureDoesNotMatch","Message":"m","RequestId":"R"})";
    QCOMPARE(aliyun::judgeRpcResponse(r).retry, Verdict::Retry::No);
}

QTEST_GUILESS_MAIN(TestAliyunParsers)
#include "tst_aliyunparsers.moc"
