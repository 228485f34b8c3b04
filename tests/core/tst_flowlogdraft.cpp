// FlowLogDraft::sameRequestAs: a retry may reuse the client token only for exactly the same request, so every field
// but the token must count.
#include "flowlogdraft.h"

#include <QTest>

#include <functional>

using namespace flowlog;

using Edit = std::function<void(FlowLogDraft &)>;
Q_DECLARE_METATYPE(Edit)

class TestFlowLogDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldButTheTokenMakesADifferentRequest_data();
    void everyFieldButTheTokenMakesADifferentRequest();
    void theClientTokenDoesNot();
};

namespace {

FlowLogDraft full()
{
    FlowLogDraft d;
    d.service = Service::Vpc;
    d.region = QStringLiteral("cn-hangzhou");
    d.name = QStringLiteral("web");
    d.description = QStringLiteral("desc");
    d.resourceType = QStringLiteral("VSwitch");
    d.resourceId = QStringLiteral("vsw-1");
    d.trafficType = QStringLiteral("All");
    d.trafficPaths = {QStringLiteral("all")};
    d.projectName = QStringLiteral("proj");
    d.logStoreName = QStringLiteral("store");
    d.intervalSeconds = 600;
    d.cenId = QStringLiteral("cen-1");
    d.transitRouterId = QStringLiteral("tr-1");
    d.transitRouterAttachmentId = QStringLiteral("tr-attach-1");
    d.logFormat = QStringLiteral("${srcaddr}");
    d.ecrId = QStringLiteral("ecr-1");
    d.instanceId = QStringLiteral("vbr-1");
    d.samplingRate = QStringLiteral("1:4096");
    d.erId = QStringLiteral("er-1");
    d.logGroupId = QStringLiteral("group");
    d.logStreamId = QStringLiteral("stream");
    d.tags = {{QStringLiteral("team"), QStringLiteral("net")}};
    return d;
}

} // namespace

void TestFlowLogDraft::everyFieldButTheTokenMakesADifferentRequest_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("service") << Edit([](FlowLogDraft &d) { d.service = Service::Cen; });
    QTest::newRow("region") << Edit([](FlowLogDraft &d) { d.region += u'x'; });
    QTest::newRow("name") << Edit([](FlowLogDraft &d) { d.name += u'x'; });
    QTest::newRow("description") << Edit([](FlowLogDraft &d) { d.description += u'x'; });
    QTest::newRow("resourceType") << Edit([](FlowLogDraft &d) { d.resourceType += u'x'; });
    QTest::newRow("resourceId") << Edit([](FlowLogDraft &d) { d.resourceId += u'x'; });
    QTest::newRow("trafficType") << Edit([](FlowLogDraft &d) { d.trafficType += u'x'; });
    QTest::newRow("trafficPaths") << Edit([](FlowLogDraft &d) { d.trafficPaths << QStringLiteral("internetGateway"); });
    QTest::newRow("projectName") << Edit([](FlowLogDraft &d) { d.projectName += u'x'; });
    QTest::newRow("logStoreName") << Edit([](FlowLogDraft &d) { d.logStoreName += u'x'; });
    QTest::newRow("intervalSeconds") << Edit([](FlowLogDraft &d) { d.intervalSeconds = 60; });
    QTest::newRow("cenId") << Edit([](FlowLogDraft &d) { d.cenId += u'x'; });
    QTest::newRow("transitRouterId") << Edit([](FlowLogDraft &d) { d.transitRouterId += u'x'; });
    QTest::newRow("transitRouterAttachmentId") << Edit([](FlowLogDraft &d) { d.transitRouterAttachmentId += u'x'; });
    QTest::newRow("logFormat") << Edit([](FlowLogDraft &d) { d.logFormat += u'x'; });
    QTest::newRow("ecrId") << Edit([](FlowLogDraft &d) { d.ecrId += u'x'; });
    QTest::newRow("instanceId") << Edit([](FlowLogDraft &d) { d.instanceId += u'x'; });
    QTest::newRow("samplingRate") << Edit([](FlowLogDraft &d) { d.samplingRate += u'x'; });
    QTest::newRow("dryRun") << Edit([](FlowLogDraft &d) { d.dryRun = true; });
    QTest::newRow("erId") << Edit([](FlowLogDraft &d) { d.erId += u'x'; });
    QTest::newRow("logGroupId") << Edit([](FlowLogDraft &d) { d.logGroupId += u'x'; });
    QTest::newRow("logStreamId") << Edit([](FlowLogDraft &d) { d.logStreamId += u'x'; });
    QTest::newRow("tag value") << Edit([](FlowLogDraft &d) { d.tags.first().value += u'x'; });
    QTest::newRow("one more tag") << Edit([](FlowLogDraft &d) { d.tags.append({QStringLiteral("k"), {}}); });
}

void TestFlowLogDraft::everyFieldButTheTokenMakesADifferentRequest()
{
    QFETCH(Edit, edit);
    const FlowLogDraft a = full();
    QVERIFY(a.sameRequestAs(a));
    FlowLogDraft b = a;
    edit(b);
    QVERIFY(!a.sameRequestAs(b));
    QVERIFY(!b.sameRequestAs(a));
}

void TestFlowLogDraft::theClientTokenDoesNot()
{
    FlowLogDraft a = full();
    FlowLogDraft b = full();
    a.ensureClientToken();
    QVERIFY(!a.clientToken.isEmpty());
    QVERIFY(a.clientToken != b.ensureClientToken());
    QVERIFY(a.sameRequestAs(b));
    const QString token = a.clientToken;
    QCOMPARE(a.ensureClientToken(), token); // fixed once made
}

QTEST_GUILESS_MAIN(TestFlowLogDraft)
#include "tst_flowlogdraft.moc"
