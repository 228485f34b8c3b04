// flowlog-sandbox's network inventory APIs on the wire: each answer's documented shape, its paging (PageNumber with
// DescribeVpcs refusing a jumped-to page; NextToken; ER marker), its filters and errors, and that the inventory and
// the flow logs agree (a VPC's vSwitches, the attachments' VPCs, DescribeFlowLogs VpcId).
#include "apiprobe.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

using Params = QList<std::pair<QString, QString>>;
const QString vpcVersion = QStringLiteral("2016-04-28");
const QString cenVersion = QStringLiteral("2017-09-12");
const QString ecrVersion = QStringLiteral("2023-09-01");

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

QJsonArray wrapped(const QJsonObject &body, const char *outer, const char *inner)
{
    return body.value(QLatin1String(outer)).toObject().value(QLatin1String(inner)).toArray();
}

} // namespace

class TestSandboxInventory final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_ali;
    Profile m_hw;
    QString m_region;

    ApiAnswer rpc(const QString &action, const QString &version, const Params &params, const Profile *p = nullptr)
    {
        const Profile &profile = p ? *p : m_ali;
        return callRpc(m_nam, profile, m_sandbox.credentials(profile), action, version, params);
    }

    QList<QJsonObject> allVpcs()
    {
        QList<QJsonObject> out;
        for (int page = 1; page < 50; ++page) {
            const ApiAnswer a = rpc(QStringLiteral("DescribeVpcs"), vpcVersion,
                                    {{QStringLiteral("RegionId"), m_region},
                                     {QStringLiteral("PageSize"), QStringLiteral("4")},
                                     {QStringLiteral("PageNumber"), QString::number(page)}});
            const QJsonArray rows = wrapped(a.body, "Vpcs", "Vpc");
            for (const QJsonValue &v : rows)
                out.append(v.toObject());
            if (rows.size() < 4)
                break;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                                  QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")},
                                 &error),
                 qPrintable(error));
        m_ali = m_sandbox.profiles(Provider::Aliyun).value(0);
        m_hw = m_sandbox.profiles(Provider::Huawei).value(0);
        m_region = m_ali.regions.value(0);
    }

    void describeVpcsPagesInOrderOnly()
    {
        const ApiAnswer first = rpc(QStringLiteral("DescribeVpcs"), vpcVersion,
                                    {{QStringLiteral("RegionId"), m_region},
                                     {QStringLiteral("PageSize"), QStringLiteral("3")},
                                     {QStringLiteral("PageNumber"), QStringLiteral("1")}});
        QCOMPARE(first.status, 200);
        QVERIFY(first.body.value(QLatin1String("TotalCount")).isDouble());
        QCOMPARE(first.body.value(QLatin1String("PageSize")).toInt(), 3);
        const QJsonObject vpc = wrapped(first.body, "Vpcs", "Vpc").first().toObject();
        QVERIFY(text(vpc, "VpcId").startsWith(QLatin1String("vpc-")));
        QCOMPARE(text(vpc, "RegionId"), m_region);
        QVERIFY(!wrapped(vpc, "VSwitchIds", "VSwitchId").isEmpty());
        QVERIFY(vpc.value(QLatin1String("IsDefault")).isBool());

        // Page 3 without page 2 is refused; after page 2 it is served.
        const Params third{{QStringLiteral("RegionId"), m_region},
                           {QStringLiteral("PageSize"), QStringLiteral("3")},
                           {QStringLiteral("PageNumber"), QStringLiteral("3")}};
        const ApiAnswer jump = rpc(QStringLiteral("DescribeVpcs"), vpcVersion, third);
        QCOMPARE(jump.status, 400);
        QCOMPARE(jump.code(), QStringLiteral("Throttling.DeepPageSkip"));
        QCOMPARE(rpc(QStringLiteral("DescribeVpcs"), vpcVersion,
                     {{QStringLiteral("RegionId"), m_region},
                      {QStringLiteral("PageSize"), QStringLiteral("3")},
                      {QStringLiteral("PageNumber"), QStringLiteral("2")}})
                     .status,
                 200);
        QCOMPARE(rpc(QStringLiteral("DescribeVpcs"), vpcVersion, third).status, 200);

        // Paged in order, every VPC comes once.
        const QList<QJsonObject> all = allVpcs();
        QSet<QString> ids;
        for (const QJsonObject &o : all)
            ids.insert(text(o, "VpcId"));
        QCOMPARE(ids.size(), first.body.value(QLatin1String("TotalCount")).toInt());
    }

    void describeVpcsRejectsBadInput()
    {
        QCOMPARE(rpc(QStringLiteral("DescribeVpcs"), vpcVersion, {}).code(), QStringLiteral("MissingParameter"));
        QCOMPARE(rpc(QStringLiteral("DescribeVpcs"), vpcVersion,
                     {{QStringLiteral("RegionId"), m_region}, {QStringLiteral("PageSize"), QStringLiteral("51")}})
                     .code(),
                 QStringLiteral("InvalidParameter"));
        // VpcId takes several, comma-separated.
        const QList<QJsonObject> all = allVpcs();
        const ApiAnswer two =
            rpc(QStringLiteral("DescribeVpcs"), vpcVersion,
                {{QStringLiteral("RegionId"), m_region},
                 {QStringLiteral("VpcId"), text(all.at(1), "VpcId") + QLatin1Char(',') + text(all.at(3), "VpcId")}});
        QCOMPARE(two.body.value(QLatin1String("TotalCount")).toInt(), 2);
    }

    void vSwitchesBelongToTheirVpc()
    {
        const QJsonObject vpc = allVpcs().value(2);
        const ApiAnswer a =
            rpc(QStringLiteral("DescribeVSwitches"), vpcVersion,
                {{QStringLiteral("RegionId"), m_region}, {QStringLiteral("VpcId"), text(vpc, "VpcId")}});
        QCOMPARE(a.status, 200);
        QSet<QString> listed;
        for (const QJsonValue &v : wrapped(a.body, "VSwitches", "VSwitch")) {
            QCOMPARE(text(v.toObject(), "VpcId"), text(vpc, "VpcId"));
            QVERIFY(text(v.toObject(), "ZoneId").startsWith(m_region));
            listed.insert(text(v.toObject(), "VSwitchId"));
        }
        QSet<QString> members;
        for (const QJsonValue &v : wrapped(vpc, "VSwitchIds", "VSwitchId"))
            members.insert(v.toString());
        QCOMPARE(listed, members);
    }

    void flowLogsOfAVpcAreThoseOnItOrItsMembers()
    {
        for (const QJsonObject &vpc : allVpcs()) {
            QSet<QString> vSwitches;
            for (const QJsonValue &v : wrapped(vpc, "VSwitchIds", "VSwitchId"))
                vSwitches.insert(v.toString());
            const ApiAnswer a = rpc(QStringLiteral("DescribeFlowLogs"), vpcVersion,
                                    {{QStringLiteral("RegionId"), m_region},
                                     {QStringLiteral("VpcId"), text(vpc, "VpcId")},
                                     {QStringLiteral("PageSize"), QStringLiteral("50")}});
            for (const QJsonValue &v : a.body.value(QLatin1String("FlowLogs")).toArray()) {
                const QJsonObject fl = v.toObject();
                const QString type = text(fl, "ResourceType");
                if (type == QLatin1String("VPC"))
                    QCOMPARE(text(fl, "ResourceId"), text(vpc, "VpcId"));
                else if (type == QLatin1String("VSwitch"))
                    QVERIFY(vSwitches.contains(text(fl, "ResourceId")));
                else
                    QVERIFY(text(fl, "ResourceId").startsWith(QLatin1String("eni-")));
            }
        }
    }

    void censAndTransitRouters()
    {
        const ApiAnswer cens = rpc(QStringLiteral("DescribeCens"), cenVersion, {});
        QCOMPARE(cens.status, 200);
        const QJsonArray list = wrapped(cens.body, "Cens", "Cen");
        QCOMPARE(list.size(), 2);
        const QString cenId = text(list.first().toObject(), "CenId");
        QVERIFY(list.first().toObject().value(QLatin1String("Tags")).toObject().value(QLatin1String("Tag")).isArray());
        const ApiAnswer one = rpc(
            QStringLiteral("DescribeCens"), cenVersion,
            {{QStringLiteral("Filter.1.Key"), QStringLiteral("CenId")}, {QStringLiteral("Filter.1.Value.1"), cenId}});
        QCOMPARE(wrapped(one.body, "Cens", "Cen").size(), 1);
        QCOMPARE(rpc(QStringLiteral("DescribeCens"), cenVersion,
                     {{QStringLiteral("Filter.1.Key"), QStringLiteral("Color")},
                      {QStringLiteral("Filter.1.Value.1"), QStringLiteral("x")}})
                     .code(),
                 QStringLiteral("InvalidParameter"));

        // One transit router of each CEN in each region: a flat array.
        const ApiAnswer routers = rpc(QStringLiteral("ListTransitRouters"), cenVersion, {});
        QCOMPARE(routers.body.value(QLatin1String("TotalCount")).toInt(), 2 * int(m_ali.regions.size()));
        QVERIFY(routers.body.value(QLatin1String("TransitRouters")).isArray());
        const ApiAnswer ofCen = rpc(QStringLiteral("ListTransitRouters"), cenVersion,
                                    {{QStringLiteral("CenId"), cenId}, {QStringLiteral("RegionId"), m_region}});
        const QJsonArray rows = ofCen.body.value(QLatin1String("TransitRouters")).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(text(rows.first().toObject(), "Type"), QStringLiteral("Enterprise"));
    }

    void attachmentsPageWithNextToken_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resourceType");
        QTest::newRow("vpc") << QStringLiteral("ListTransitRouterVpcAttachments") << QStringLiteral("VPC");
        QTest::newRow("vbr") << QStringLiteral("ListTransitRouterVbrAttachments") << QStringLiteral("VBR");
    }
    void attachmentsPageWithNextToken()
    {
        QFETCH(QString, action);
        QFETCH(QString, resourceType);
        QSet<QString> vpcIds;
        for (const QJsonObject &o : allVpcs())
            vpcIds.insert(text(o, "VpcId"));
        QSet<QString> seen;
        QString token;
        int total = -1;
        int pages = 0;
        do {
            Params q{{QStringLiteral("RegionId"), m_region}, {QStringLiteral("MaxResults"), QStringLiteral("2")}};
            if (!token.isEmpty())
                q.append({QStringLiteral("NextToken"), token});
            const ApiAnswer a = rpc(action, cenVersion, q);
            QCOMPARE(a.status, 200);
            total = a.body.value(QLatin1String("TotalCount")).toInt();
            for (const QJsonValue &v : a.body.value(QLatin1String("TransitRouterAttachments")).toArray()) {
                const QJsonObject o = v.toObject();
                QCOMPARE(text(o, "ResourceType"), resourceType);
                QCOMPARE(text(o, "Status"), QStringLiteral("Attached"));
                if (resourceType == QLatin1String("VPC"))
                    QVERIFY(vpcIds.contains(text(o, "VpcId")));
                else
                    QVERIFY(text(o, "VbrId").startsWith(QLatin1String("vbr-")));
                seen.insert(text(o, "TransitRouterAttachmentId"));
            }
            token = text(a.body, "NextToken");
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QVERIFY(total >= 2);
        QCOMPARE(seen.size(), total);
        QCOMPARE(pages, (total + 1) / 2);

        QCOMPARE(rpc(action, cenVersion, {{QStringLiteral("NextToken"), QStringLiteral("bogus")}}).code(),
                 QStringLiteral("InvalidParameter"));
        QCOMPARE(rpc(action, cenVersion, {{QStringLiteral("MaxResults"), QStringLiteral("101")}}).code(),
                 QStringLiteral("InvalidParameter"));
    }

    void ecrListsItsVbrs()
    {
        const ApiAnswer routers = rpc(QStringLiteral("DescribeExpressConnectRouter"), ecrVersion, {});
        QCOMPARE(routers.status, 200);
        QCOMPARE(routers.body.value(QLatin1String("Success")), QJsonValue(true));
        const QJsonArray list = routers.body.value(QLatin1String("EcrList")).toArray();
        QCOMPARE(list.size(), m_ali.ecrIds.size());
        QCOMPARE(text(list.first().toObject(), "EcrId"), m_ali.ecrIds.first());

        QSet<QString> seen;
        QString token;
        int total = 0;
        for (int page = 0; page < 100; ++page) {
            Params q{{QStringLiteral("EcrId"), m_ali.ecrIds.first()},
                     {QStringLiteral("MaxResults"), QStringLiteral("5")}};
            if (!token.isEmpty())
                q.append({QStringLiteral("NextToken"), token});
            const ApiAnswer a = rpc(QStringLiteral("DescribeExpressConnectRouterChildInstance"), ecrVersion, q);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body.value(QLatin1String("HttpStatusCode")).toInt(), 200);
            total = a.body.value(QLatin1String("TotalCount")).toInt();
            for (const QJsonValue &v : a.body.value(QLatin1String("ChildInstanceList")).toArray()) {
                QCOMPARE(text(v.toObject(), "ChildInstanceType"), QStringLiteral("VBR"));
                QCOMPARE(text(v.toObject(), "EcrId"), m_ali.ecrIds.first());
                seen.insert(text(v.toObject(), "ChildInstanceId"));
            }
            token = text(a.body, "NextToken");
            if (token.isEmpty())
                break;
        }
        QVERIFY(total > 5);
        QCOMPARE(seen.size(), total);
        QCOMPARE(rpc(QStringLiteral("DescribeExpressConnectRouterChildInstance"), ecrVersion, {}).code(),
                 QStringLiteral("MissingParam.EcrId"));
        const ApiAnswer unknown = rpc(QStringLiteral("DescribeExpressConnectRouterChildInstance"), ecrVersion,
                                      {{QStringLiteral("EcrId"), QStringLiteral("ecr-notmine")}});
        QCOMPARE(unknown.code(), QStringLiteral("ResourceNotFound.EcrId"));
        QCOMPARE(unknown.body.value(QLatin1String("Success")), QJsonValue(false));
    }

    void erListsAttachmentsWithMarkers()
    {
        const QString region = m_hw.regions.value(0);
        const QString path = QStringLiteral("/v3/%1/enterprise-router/%2/attachments")
                                 .arg(m_hw.projectIds.value(region), m_hw.erIds.value(region).value(0));
        const Credentials c = m_sandbox.credentials(m_hw);
        QSet<QString> seen;
        QString marker;
        int pages = 0;
        do {
            Params q{{QStringLiteral("limit"), QStringLiteral("10")}};
            if (!marker.isEmpty())
                q.append({QStringLiteral("marker"), marker});
            const ApiAnswer a = callRest(m_nam, m_hw, c, "GET", path, q);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body.keys(), (QStringList{QStringLiteral("attachments"), QStringLiteral("page_info"),
                                                 QStringLiteral("request_id")}));
            for (const QJsonValue &v : a.body.value(QLatin1String("attachments")).toArray()) {
                QCOMPARE(text(v.toObject(), "project_id"), m_hw.projectIds.value(region));
                seen.insert(text(v.toObject(), "id"));
            }
            marker = a.body.value(QLatin1String("page_info")).toObject().value(QLatin1String("next_marker")).toString();
            ++pages;
        } while (!marker.isEmpty() && pages < 100);
        QVERIFY(seen.size() > 10);
        QVERIFY(pages > 1);
        const ApiAnswer vpcs =
            callRest(m_nam, m_hw, c, "GET", path, {{QStringLiteral("resource_type"), QStringLiteral("vpc")}});
        for (const QJsonValue &v : vpcs.body.value(QLatin1String("attachments")).toArray())
            QCOMPARE(text(v.toObject(), "resource_type"), QStringLiteral("vpc"));
        QVERIFY(vpcs.body.value(QLatin1String("attachments")).toArray().size() < seen.size());
    }

    void theNewApisCheckSignatures_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("version");
        QTest::newRow("DescribeVpcs") << QStringLiteral("DescribeVpcs") << vpcVersion;
        QTest::newRow("DescribeVSwitches") << QStringLiteral("DescribeVSwitches") << vpcVersion;
        QTest::newRow("DescribeCens") << QStringLiteral("DescribeCens") << cenVersion;
        QTest::newRow("ListTransitRouters") << QStringLiteral("ListTransitRouters") << cenVersion;
        QTest::newRow("ListTransitRouterVpcAttachments")
            << QStringLiteral("ListTransitRouterVpcAttachments") << cenVersion;
        QTest::newRow("ListTransitRouterVbrAttachments")
            << QStringLiteral("ListTransitRouterVbrAttachments") << cenVersion;
        QTest::newRow("DescribeExpressConnectRouterChildInstance")
            << QStringLiteral("DescribeExpressConnectRouterChildInstance") << ecrVersion;
    }
    void theNewApisCheckSignatures()
    {
        QFETCH(QString, action);
        QFETCH(QString, version);
        const Params params{{QStringLiteral("RegionId"), m_region}, {QStringLiteral("EcrId"), m_ali.ecrIds.value(0)}};
        // Signed with the right secret: answered. Signed with another: the gateway's rejection, before any answer.
        QCOMPARE(rpc(action, version, params).status, 200);
        const Credentials wrong{m_ali.accessKeyId, QStringLiteral("not-the-secret"), {}};
        const ApiAnswer a = callRpc(m_nam, m_ali, wrong, action, version, params);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("SignatureDoesNotMatch"));
    }

    void erAttachmentsCheckSignatures()
    {
        const QString region = m_hw.regions.value(0);
        const QString path = QStringLiteral("/v3/%1/enterprise-router/%2/attachments")
                                 .arg(m_hw.projectIds.value(region), m_hw.erIds.value(region).value(0));
        QCOMPARE(callRest(m_nam, m_hw, m_sandbox.credentials(m_hw), "GET", path).status, 200);
        const Credentials wrong{m_hw.accessKeyId, QStringLiteral("not-the-secret"), {}};
        const ApiAnswer a = callRest(m_nam, m_hw, wrong, "GET", path);
        QCOMPARE(a.status, 401);
        QVERIFY2(a.code().startsWith(QLatin1String("APIGW.")), qPrintable(a.code()));
    }

    void theSameSeedGivesTheSameNetworks()
    {
        SandboxFixture twin;
        QVERIFY(twin.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                            QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("3")}));
        const Profile other = twin.profiles(Provider::Aliyun).value(0);
        const Params q{{QStringLiteral("RegionId"), m_region}, {QStringLiteral("PageSize"), QStringLiteral("50")}};
        ApiAnswer mine = rpc(QStringLiteral("DescribeVSwitches"), vpcVersion, q);
        ApiAnswer theirs =
            callRpc(m_nam, other, twin.credentials(other), QStringLiteral("DescribeVSwitches"), vpcVersion, q);
        QCOMPARE(theirs.body.value(QLatin1String("VSwitches")), mine.body.value(QLatin1String("VSwitches")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxInventory)
#include "tst_sandbox_inventory.moc"
