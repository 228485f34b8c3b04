// The discovery rows of issue 16 (ECR DescribeExpressConnectRouter, Resource Directory ListAccounts, IAM
// KeystoneListProjects, ER ListEnterpriseRouters, Organizations ListAccounts): each is the documented call, maps the
// documented answer, and pages through the generic engine (scripted server).
#include "aliyundiscovery.h"
#include "huaweidiscovery.h"
#include "jobbinding.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace flowlog;
using test::Reply;
using test::ScriptedServer;

namespace {

SourceSpec target(const QUrl &endpoint = {})
{
    SourceSpec s;
    s.profileId = QStringLiteral("p1");
    s.profileName = QStringLiteral("prod");
    s.endpointOverride = endpoint;
    return s;
}

const RowContext ctx{QStringLiteral("prod"), QStringLiteral("p1"), QStringLiteral("cn-north-4")};

} // namespace

class TestDiscoveryRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecrInstancesIsAGlobalPostWithTokenPaging();
    void ecrInstancesPagesUntilNoToken();
    void rdListAccountsIsTheCentralEndpointAt100APage();
    void rdListAccountsFansOutAfterPageOne();
    void keystoneProjectsIsOneSignedGetOnTheGlobalEndpoint();
    void routersAreListedPerProjectWithMarkers();
    void organizationAccountsPageByMarker();
    void entriesWithoutIdAreParseErrors_data();
    void entriesWithoutIdAreParseErrors();

private:
    template<typename Op> QPair<ListResult, QList<Resource>> run(const Op &op, const SourceSpec &source);
    QNetworkAccessManager m_nam;
};

template<typename Op> QPair<ListResult, QList<Resource>> TestDiscoveryRows::run(const Op &op, const SourceSpec &source)
{
    const std::unique_ptr<ResourceListJob> job(bindResourceListJob(
        op, source, Credentials{QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam, RetryPolicy{}, nullptr));
    QList<Resource> rows;
    job->setSink([&rows](const QList<Resource> &page) { rows.append(page); });
    QSignalSpy finished(job.get(), &ResourceListJob::finished);
    job->start();
    if (!finished.wait(10000))
        return {};
    return {finished.first().first().value<ListResult>(), rows};
}

void TestDiscoveryRows::ecrInstancesIsAGlobalPostWithTokenPaging()
{
    const SourceSpec s = target();
    Cursor cursor;
    cursor.pageSize = 100;
    cursor.token = QStringLiteral("AAAA+/=");
    const aliyun::RpcCall call = aliyun::rpcCall(aliyun::ecrDescribeExpressConnectRouter, s, s, cursor);
    QCOMPARE(call.action, QStringLiteral("DescribeExpressConnectRouter"));
    QCOMPARE(call.version, QStringLiteral("2023-09-01"));
    QCOMPARE(call.method, QByteArray("POST")); // ECR takes nothing else
    QCOMPARE(call.endpoint.toString(), QStringLiteral("https://expressconnectrouter.cn-shanghai.aliyuncs.com/"));
    QCOMPARE(call.params, (Params{{QStringLiteral("MaxResults"), QStringLiteral("100")},
                                  {QStringLiteral("NextToken"), QStringLiteral("AAAA+/=")}}));
    QCOMPARE(aliyun::ecrDescribeExpressConnectRouter.rules.paging, PagingStyle::Token);
}

void TestDiscoveryRows::ecrInstancesPagesUntilNoToken()
{
    ScriptedServer server({Reply::json(200, R"({"RequestId":"R1","NextToken":"t2","TotalCount":2,"EcrList":[
            {"EcrId":"ecr-a","Name":"one","Status":"ACTIVE","OwnerId":1234567890123456,"AlibabaSideAsn":45104}]})"),
                           Reply::json(200, R"({"RequestId":"R2","NextToken":"","TotalCount":2,"EcrList":[
            {"EcrId":"ecr-b","Name":"two","Status":"ACTIVE","OwnerId":"1234567890123456"}]})")});
    const auto [result, rows] = run(aliyun::ecrDescribeExpressConnectRouter, target(server.url()));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, QStringLiteral("ecr-a"));
    QCOMPARE(rows.at(0).name, QStringLiteral("one"));
    QCOMPARE(rows.at(0).status, QStringLiteral("ACTIVE"));
    QCOMPARE(rows.at(0).attribute(u"OwnerId"), QStringLiteral("1234567890123456")); // a number or a string
    QCOMPARE(rows.at(1).attribute(u"OwnerId"), QStringLiteral("1234567890123456"));
    const QUrlQuery form(QString::fromUtf8(server.requests().at(1).body)); // signature v1 POST: a form body
    QCOMPARE(form.queryItemValue(QStringLiteral("NextToken")), QStringLiteral("t2"));
}

void TestDiscoveryRows::rdListAccountsIsTheCentralEndpointAt100APage()
{
    const SourceSpec s = target();
    Cursor cursor;
    cursor.pageNumber = 3;
    cursor.pageSize = aliyun::rdListAccounts.rules.pageSizeFor(0);
    const aliyun::RpcCall call = aliyun::rpcCall(aliyun::rdListAccounts, s, s, cursor);
    QCOMPARE(call.action, QStringLiteral("ListAccounts"));
    QCOMPARE(call.version, QStringLiteral("2020-03-31"));
    QCOMPARE(call.endpoint.toString(), QStringLiteral("https://resourcemanager.aliyuncs.com/"));
    QCOMPARE(call.params, (Params{{QStringLiteral("PageNumber"), QStringLiteral("3")},
                                  {QStringLiteral("PageSize"), QStringLiteral("100")}}));
    QCOMPARE(aliyun::rdListAccounts.rules.pageSizeFor(500), 100); // the API's largest page
}

void TestDiscoveryRows::rdListAccountsFansOutAfterPageOne()
{
    QByteArray first = R"({"RequestId":"R1","TotalCount":3,"PageNumber":1,"PageSize":2,"Accounts":{"Account":[
        {"AccountId":"111","DisplayName":"management","Type":"CloudAccount","Status":"CreateSuccess"},
        {"AccountId":"222","DisplayName":"member one","Type":"ResourceAccount","JoinMethod":"created"}]}})";
    QByteArray second = R"({"RequestId":"R2","TotalCount":3,"PageNumber":2,"PageSize":2,"Accounts":{"Account":[
        {"AccountId":"333","DisplayName":"member two","Type":"ResourceAccount"}]}})";
    ScriptedServer server({Reply::json(200, first), Reply::json(200, second)});
    SourceSpec s = target(server.url());
    s.pageSize = 2;
    const auto [result, rows] = run(aliyun::rdListAccounts, s);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).id, QStringLiteral("222"));
    QCOMPARE(rows.at(1).name, QStringLiteral("member one"));
    QCOMPARE(rows.at(1).attribute(u"Type"), QStringLiteral("ResourceAccount"));
    QCOMPARE(rows.at(1).attribute(u"JoinMethod"), QStringLiteral("created"));
    QCOMPARE(rows.at(0).status, QStringLiteral("CreateSuccess"));
}

void TestDiscoveryRows::keystoneProjectsIsOneSignedGetOnTheGlobalEndpoint()
{
    const SourceSpec s = target();
    const huawei::RestCall call = huawei::restCall(huawei::iamListProjects, s, s);
    QCOMPARE(call.method, QByteArray("GET"));
    QCOMPARE(call.path, QStringLiteral("/v3/projects"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("iam.myhuaweicloud.com"));
    QVERIFY(call.query.isEmpty()); // no page/per_page: Keystone answers every project
    const ResourcePage page = huawei::parseProjectsPage(R"({"projects":[
        {"id":"p-north","name":"cn-north-4","domain_id":"d1","parent_id":"d1","enabled":true},
        {"id":"p-sub","name":"cn-north-4_dev","domain_id":"d1","parent_id":"p-north","enabled":true},
        {"id":"p-mos","name":"MOS","domain_id":"d1","parent_id":"d1","enabled":true},
        {"id":"p-off","name":"ap-southeast-1","domain_id":"d1","parent_id":"d1","enabled":"false"}],
        "links":{"self":"https://iam.myhuaweicloud.com/v3/projects","next":null}})",
                                                        ctx);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.rows.size(), 4);
    QCOMPARE(page.rows.at(1).parentId, QStringLiteral("p-north"));
    QCOMPARE(page.rows.at(0).attribute(u"domain_id"), QStringLiteral("d1"));
    QCOMPARE(page.rows.at(0).status, QStringLiteral("enabled"));
    QCOMPARE(page.rows.at(3).status, QStringLiteral("disabled"));
}

void TestDiscoveryRows::routersAreListedPerProjectWithMarkers()
{
    SourceSpec s = target();
    s.region = QStringLiteral("cn-north-4");
    s.projectId = QStringLiteral("0605abc");
    Cursor cursor;
    cursor.pageSize = 100;
    cursor.token = QStringLiteral("er-last");
    const huawei::RestCall call = huawei::restCall(huawei::erListEnterpriseRouters, s, s, cursor);
    QCOMPARE(call.path, QStringLiteral("/v3/0605abc/enterprise-router/instances"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("er.cn-north-4.myhuaweicloud.com"));
    QCOMPARE(call.query, (Params{{QStringLiteral("limit"), QStringLiteral("100")},
                                 {QStringLiteral("marker"), QStringLiteral("er-last")}}));
    QVERIFY(std::any_of(call.headers.cbegin(), call.headers.cend(),
                        [](const auto &h) { return h.first == "X-Project-Id" && h.second == "0605abc"; }));

    ScriptedServer server({Reply::json(200, R"({"instances":[{"id":"er-1","name":"a","state":"available"}],
                             "page_info":{"next_marker":"er-1","current_count":1},"request_id":"q1"})"),
                           Reply::json(200, R"({"instances":[{"id":"er-2","name":"b","state":"pending"}],
                             "page_info":{"current_count":1},"request_id":"q2"})")});
    s.endpointOverride = server.url();
    const auto [result, rows] = run(huawei::erListEnterpriseRouters, s);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).id, QStringLiteral("er-2"));
    QCOMPARE(rows.at(1).status, QStringLiteral("pending"));
    QCOMPARE(rows.at(1).region, QStringLiteral("cn-north-4"));
    QCOMPARE(server.requests().at(1).query().queryItemValue(QStringLiteral("marker")), QStringLiteral("er-1"));
}

void TestDiscoveryRows::organizationAccountsPageByMarker()
{
    const SourceSpec s = target();
    Cursor cursor;
    cursor.pageSize = huawei::orgListAccounts.rules.pageSizeFor(0);
    const huawei::RestCall call = huawei::restCall(huawei::orgListAccounts, s, s, cursor);
    QCOMPARE(call.path, QStringLiteral("/v1/organizations/accounts"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("organizations.myhuaweicloud.com"));
    QCOMPARE(call.query, (Params{{QStringLiteral("limit"), QStringLiteral("1000")}}));
    const ResourcePage page = huawei::parseOrgAccountsPage(
        R"({"accounts":[{"id":"d-1","name":"m01","status":"active","join_method":"created","urn":"organizations::x"}],
            "page_info":{"next_marker":"d-1","current_count":1}})",
        ctx);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.nextToken, QStringLiteral("d-1"));
    QCOMPARE(page.rows.first().name, QStringLiteral("m01"));
    QCOMPARE(page.rows.first().attribute(u"join_method"), QStringLiteral("created"));
}

void TestDiscoveryRows::entriesWithoutIdAreParseErrors_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("ecr") << 0 << QByteArray(R"({"RequestId":"R","EcrList":[{"Name":"x"}]})");
    QTest::newRow("rd") << 1 << QByteArray(R"({"RequestId":"R","Accounts":{"Account":[{"DisplayName":"x"}]}})");
    QTest::newRow("projects") << 2 << QByteArray(R"({"projects":[{"name":"cn-north-4"}]})");
    QTest::newRow("routers") << 3 << QByteArray(R"({"instances":[{"name":"x"}]})");
    QTest::newRow("accounts") << 4 << QByteArray(R"({"accounts":["not an object"]})");
    QTest::newRow("not json") << 2 << QByteArray("<html>");
}

void TestDiscoveryRows::entriesWithoutIdAreParseErrors()
{
    QFETCH(int, which);
    QFETCH(QByteArray, body);
    ResourcePage (*const parsers[])(const QByteArray &, const RowContext &) = {
        aliyun::parseEcrInstancesPage, aliyun::parseRdAccountsPage, huawei::parseProjectsPage, huawei::parseRoutersPage,
        huawei::parseOrgAccountsPage};
    const ResourcePage page = parsers[which](body, ctx);
    QCOMPARE(page.error.kind, ApiError::Kind::Parse);
    QVERIFY(page.rows.isEmpty()); // never a made-up row
}

QTEST_GUILESS_MAIN(TestDiscoveryRows)
#include "tst_discoveryrows.moc"
