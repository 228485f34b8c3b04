// Discovery operations as rows: VPC DescribeRegions, its pure request and its mapper, run by the generic list
// engine (a ResourceListJob) against the scripted server, signed with RPC v1 and ACS3.
#include "aliyunoperations.h"
#include "jobbinding.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;
using test::Reply;
using test::ScriptedServer;

namespace {

// The documented answer (api-vpc-2016-04-28-describeregions).
const QByteArray regionsAnswer = R"({"RequestId":"611CB80C-B6A9-43DB-9E38-0B0AC3D9B58F","Regions":{"Region":[
 {"RegionId":"cn-qingdao","RegionEndpoint":"vpc.aliyuncs.com","LocalName":"华北1（青岛）"},
 {"RegionId":"cn-hangzhou","RegionEndpoint":"vpc.aliyuncs.com","LocalName":"华东1（杭州）"},
 {"RegionId":"eu-central-1","RegionEndpoint":"vpc.eu-central-1.aliyuncs.com","LocalName":"德国（法兰克福）"}]}})";

SourceSpec target(const QUrl &endpoint)
{
    SourceSpec s;
    s.profileId = QStringLiteral("p1");
    s.profileName = QStringLiteral("prod");
    s.region = QStringLiteral("cn-hangzhou");
    s.endpointOverride = endpoint;
    return s;
}

} // namespace

class TestAliyunDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeRegionsRequestIsTheDocumentedCall();
    void describeRegionsListsRegions_data();
    void describeRegionsListsRegions();
    void describeRegionsProviderErrorFailsTheListing();
    void describeRegionsEntryWithoutIdIsAParseError();

private:
    struct Outcome
    {
        ListResult result;
        QList<Resource> rows;
    };
    Outcome list(const SourceSpec &source, Signing signing = Signing::Default);
    QNetworkAccessManager m_nam;
};

TestAliyunDiscovery::Outcome TestAliyunDiscovery::list(const SourceSpec &source, Signing signing)
{
    const std::unique_ptr<ResourceListJob> job(bindResourceListJob(
        aliyun::vpcDescribeRegions, source, Credentials{QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
        RetryPolicy{}, nullptr));
    job->setSigning(signing);
    Outcome out;
    job->setSink([&out](const QList<Resource> &rows) { out.rows.append(rows); });
    QSignalSpy finished(job.get(), &ResourceListJob::finished);
    job->start();
    if (!finished.wait(10000))
        return out;
    out.result = finished.first().first().value<ListResult>();
    return out;
}

void TestAliyunDiscovery::describeRegionsRequestIsTheDocumentedCall()
{
    SourceSpec s = target({});
    const aliyun::RpcCall call = aliyun::rpcCall(aliyun::vpcDescribeRegions, s, s);
    QCOMPARE(call.action, QStringLiteral("DescribeRegions"));
    QCOMPARE(call.version, QStringLiteral("2016-04-28"));
    QCOMPARE(call.method, QByteArray("GET"));
    QCOMPARE(call.endpoint.toString(), QStringLiteral("https://vpc.aliyuncs.com/"));
    QCOMPARE(call.params, (Params{{QStringLiteral("ProductType"), QStringLiteral("VPC")}}));
    // The caller's choices go through the filters, by the API's own names; no paging, no region.
    s.filters = {{QStringLiteral("AcceptLanguage"), QStringLiteral("en-US")}};
    QCOMPARE(aliyun::rpcCall(aliyun::vpcDescribeRegions, s, s).params,
             (Params{{QStringLiteral("ProductType"), QStringLiteral("VPC")},
                     {QStringLiteral("AcceptLanguage"), QStringLiteral("en-US")}}));
    s.filters = {{QStringLiteral("ProductType"), QStringLiteral("ECS")}};
    QCOMPARE(aliyun::rpcCall(aliyun::vpcDescribeRegions, s, s).params,
             (Params{{QStringLiteral("ProductType"), QStringLiteral("ECS")}}));
    QCOMPARE(aliyun::vpcDescribeRegions.rules.paging, PagingStyle::None);
}

void TestAliyunDiscovery::describeRegionsListsRegions_data()
{
    QTest::addColumn<bool>("acs3");
    QTest::newRow("rpc v1") << false;
    QTest::newRow("acs3") << true;
}

void TestAliyunDiscovery::describeRegionsListsRegions()
{
    QFETCH(bool, acs3);
    ScriptedServer server({Reply::json(200, regionsAnswer)});
    SourceSpec s = target(server.url());
    s.filters = {{QStringLiteral("AcceptLanguage"), QStringLiteral("zh-CN")}};
    const Outcome out = list(s, acs3 ? Signing::Acs3 : Signing::Default);
    QVERIFY2(!out.result.error.isError(), qPrintable(out.result.error.toDisplayString()));
    QCOMPARE(out.result.pages, 1);
    QCOMPARE(out.result.requests, 1);
    QCOMPARE(server.requestCount(), 1); // no paging
    const test::ReceivedRequest &request = server.requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    const QUrlQuery query = request.query();
    if (acs3) {
        QCOMPARE(request.header("x-acs-action"), QByteArray("DescribeRegions"));
        QVERIFY(request.header("Authorization").startsWith("ACS3-HMAC-SHA256 Credential=ak,"));
    } else {
        QCOMPARE(query.queryItemValue(QStringLiteral("Action")), QStringLiteral("DescribeRegions"));
        QCOMPARE(query.queryItemValue(QStringLiteral("Version")), QStringLiteral("2016-04-28"));
        QVERIFY(!query.queryItemValue(QStringLiteral("Signature")).isEmpty());
    }
    QCOMPARE(query.queryItemValue(QStringLiteral("ProductType")), QStringLiteral("VPC"));
    QCOMPARE(query.queryItemValue(QStringLiteral("AcceptLanguage")), QStringLiteral("zh-CN"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("PageNumber")));

    QCOMPARE(out.rows.size(), 3);
    const Resource &frankfurt = out.rows.at(2);
    QCOMPARE(frankfurt.id, QStringLiteral("eu-central-1"));
    QCOMPARE(frankfurt.region, QStringLiteral("eu-central-1"));
    QCOMPARE(frankfurt.name, QStringLiteral("德国（法兰克福）"));
    QCOMPARE(frankfurt.attribute(u"RegionEndpoint"), QStringLiteral("vpc.eu-central-1.aliyuncs.com"));
    QCOMPARE(frankfurt.account, QStringLiteral("prod"));
    QCOMPARE(frankfurt.profileId, QStringLiteral("p1"));
    QVERIFY(frankfurt.rawJson.contains("\"LocalName\""));
    QCOMPARE(out.rows.at(0).id, QStringLiteral("cn-qingdao"));
}

void TestAliyunDiscovery::describeRegionsProviderErrorFailsTheListing()
{
    ScriptedServer server({Reply::json(
        404,
        R"({"RequestId":"R-404","Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found."})")});
    const Outcome out = list(target(server.url()));
    QCOMPARE(out.result.error.kind, ApiError::Kind::Provider);
    QCOMPARE(out.result.error.code, QStringLiteral("InvalidAccessKeyId.NotFound"));
    QCOMPARE(out.result.error.requestId, QStringLiteral("R-404"));
    QVERIFY(out.result.error.hint.contains(QLatin1String("prod"))); // the hint names the profile
    QVERIFY(out.rows.isEmpty());
}

void TestAliyunDiscovery::describeRegionsEntryWithoutIdIsAParseError()
{
    ScriptedServer server({Reply::json(200, R"({"RequestId":"R1","Regions":{"Region":[{"LocalName":"x"}]}})")});
    const Outcome out = list(target(server.url()));
    QCOMPARE(out.result.error.kind, ApiError::Kind::Parse);
    QCOMPARE(out.result.error.requestId, QStringLiteral("R1"));
    QVERIFY(out.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestAliyunDiscovery)
#include "tst_aliyundiscovery.moc"
