// The network inventory rows of issue 18 (aliyuninventory.h, huaweiinventory.h): each row's request is the documented
// call with its paging, and each mapper reads the documented answer (ids, parents, members, counters, tokens) and
// refuses an entry without an id.
#include "aliyuninventory.h"
#include "huaweiinventory.h"

#include <QTest>

using namespace flowlog;

namespace {

SourceSpec target(Service service)
{
    SourceSpec s;
    s.profileId = QStringLiteral("p1");
    s.profileName = QStringLiteral("prod");
    s.service = service;
    s.region = QStringLiteral("cn-hangzhou");
    s.instanceId = QStringLiteral("ecr-1");
    s.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    return s;
}

RowContext ctx()
{
    return RowContext{QStringLiteral("prod"), QStringLiteral("p1"), QStringLiteral("cn-hangzhou")};
}

} // namespace

class TestInventoryRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAreTheDocumentedCalls()
    {
        const SourceSpec vpc = target(Service::Vpc);
        Cursor page2;
        page2.pageNumber = 2;
        page2.pageSize = 50;
        aliyun::RpcCall call = aliyun::rpcCall(aliyun::vpcDescribeVpcs, vpc, vpc, page2);
        QCOMPARE(call.action, QStringLiteral("DescribeVpcs"));
        QCOMPARE(call.params, (Params{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                      {QStringLiteral("PageNumber"), QStringLiteral("2")},
                                      {QStringLiteral("PageSize"), QStringLiteral("50")}}));
        QCOMPARE(aliyun::vpcDescribeVpcs.rules.paging, PagingStyle::PageNumber); // never jumps a page

        const SourceSpec cen = target(Service::Cen);
        Cursor token;
        token.token = QStringLiteral("abc");
        token.pageSize = 100;
        call = aliyun::rpcCall(aliyun::cenListTransitRouterVbrAttachments, cen, cen, token);
        QCOMPARE(call.endpoint.host(), QStringLiteral("cbn.aliyuncs.com"));
        QCOMPARE(call.params, (Params{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                      {QStringLiteral("MaxResults"), QStringLiteral("100")},
                                      {QStringLiteral("NextToken"), QStringLiteral("abc")}}));

        const SourceSpec ecr = target(Service::Ecr);
        call = aliyun::rpcCall(aliyun::ecrDescribeChildInstances, ecr, ecr, token);
        QCOMPARE(call.method, QByteArray("POST"));
        QCOMPARE(call.params.first(), (std::pair{QStringLiteral("EcrId"), QStringLiteral("ecr-1")}));

        SourceSpec er = target(Service::Er);
        er.region = QStringLiteral("cn-north-4");
        er.instanceId = QStringLiteral("router-1");
        const huawei::RestCall rest = huawei::restCall(huawei::erListAttachments, er, er, token);
        QCOMPARE(rest.path,
                 QStringLiteral("/v3/0123456789abcdef0123456789abcdef/enterprise-router/router-1/attachments"));
        QCOMPARE(rest.query, (Params{{QStringLiteral("limit"), QStringLiteral("100")},
                                     {QStringLiteral("marker"), QStringLiteral("abc")}}));
    }

    void vpcsCarryTheirVSwitches()
    {
        const QByteArray body = R"({"RequestId":"r1","TotalCount":3,"PageNumber":1,"PageSize":2,"Vpcs":{"Vpc":[
            {"VpcId":"vpc-1","VpcName":"prod","Status":"Available","RegionId":"cn-hangzhou","IsDefault":true,
             "VSwitchIds":{"VSwitchId":["vsw-1","vsw-2"]}},
            {"VpcId":"vpc-2","VpcName":"","Status":"Available","VSwitchIds":{"VSwitchId":[]}}]}})";
        const ResourcePage page = aliyun::parseVpcsPage(body, ctx());
        QVERIFY(!page.error.isError());
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.totalCount, 3);
        QCOMPARE(page.pageNumber, 1);
        QCOMPARE(page.rows.at(0).attribute(u"VSwitchIds"), QStringLiteral("vsw-1,vsw-2"));
        QCOMPARE(page.rows.at(0).attribute(u"IsDefault"), QStringLiteral("true"));
        QCOMPARE(page.rows.at(1).attribute(u"VSwitchIds"), QString());
        QVERIFY(aliyun::parseVpcsPage(R"({"Vpcs":{"Vpc":[{"VpcName":"x"}]}})", ctx()).error.isError());
    }

    void parentsAndTokens()
    {
        const ResourcePage switches = aliyun::parseVSwitchesPage(
            R"({"TotalCount":1,"PageNumber":1,"PageSize":10,"VSwitches":{"VSwitch":[{"VSwitchId":"vsw-1","VpcId":"vpc-1"}]}})",
            ctx());
        QCOMPARE(switches.rows.value(0).parentId, QStringLiteral("vpc-1"));
        const ResourcePage routers = aliyun::parseTransitRoutersPage(
            R"({"TotalCount":1,"PageNumber":1,"PageSize":10,"TransitRouters":[{"TransitRouterId":"tr-1","CenId":"cen-1","RegionId":"cn-beijing"}]})",
            ctx());
        QCOMPARE(routers.rows.value(0).parentId, QStringLiteral("cen-1"));
        QCOMPARE(routers.rows.value(0).region, QStringLiteral("cn-beijing"));
        const ResourcePage attachments = aliyun::parseTrAttachmentsPage(
            R"({"NextToken":"t2","TotalCount":3,"MaxResults":1,"TransitRouterAttachments":[
                {"TransitRouterAttachmentId":"tr-attach-1","TransitRouterId":"tr-1","CenId":"cen-1","ResourceType":"VBR","VbrId":"vbr-1"}]})",
            ctx());
        QCOMPARE(attachments.nextToken, QStringLiteral("t2"));
        QCOMPARE(attachments.rows.value(0).parentId, QStringLiteral("tr-1"));
        QCOMPARE(attachments.rows.value(0).attribute(u"CenId"), QStringLiteral("cen-1"));
        const ResourcePage vbrs = aliyun::parseEcrChildInstancesPage(
            R"({"Success":true,"NextToken":"","ChildInstanceList":[{"ChildInstanceId":"vbr-1","EcrId":"ecr-1","ChildInstanceRegionId":"cn-shanghai","ChildInstanceType":"VBR"}]})",
            ctx());
        QCOMPARE(vbrs.rows.value(0).region, QStringLiteral("cn-shanghai"));
        QVERIFY(vbrs.nextToken.isEmpty());
        const ResourcePage er = huawei::parseAttachmentsPage(
            R"({"attachments":[{"id":"a-1","name":"vpc-att","state":"available","resource_type":"vpc","resource_id":"v-1"}],"page_info":{"next_marker":"a-1","current_count":1},"request_id":"r"})",
            ctx());
        QCOMPARE(er.rows.value(0).status, QStringLiteral("available"));
        QCOMPARE(er.rows.value(0).attribute(u"resource_type"), QStringLiteral("vpc"));
        QCOMPARE(er.nextToken, QStringLiteral("a-1"));
        QVERIFY(huawei::parseAttachmentsPage(R"({"attachments":[{"name":"x"}]})", ctx()).error.isError());
    }
};

QTEST_GUILESS_MAIN(TestInventoryRows)
#include "tst_inventoryrows.moc"
