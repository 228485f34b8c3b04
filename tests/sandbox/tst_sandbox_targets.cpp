// Creates name what the account has (issue 20, item 2): the sandbox judges the VPC resource, the CEN instance and its
// transit router and attachment, the VBR attached to an ECR instance and the ER attachment against its seeded networks
// (GET /__sandbox/resources lists them), and answers what the account lacks with the provider's not-found error:
// HTTP status, code, message and request id, creating nothing.
#include "apiprobe.h"
#include "sandboxfixture.h"
#include "seededids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

const QString vpcVersion = QStringLiteral("2016-04-28");
const QString cenVersion = QStringLiteral("2017-09-12");
const QString ecrVersion = QStringLiteral("2023-09-01");

} // namespace

class TestSandboxTargets : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_ali;
    Profile m_hw;
    SeededIds m_aliIds;
    SeededIds m_hwIds;

    [[nodiscard]] int created() { return m_sandbox.stats().value(QLatin1String("created")).toInt(); }

    ApiAnswer vpcCreate(const QString &region, const QString &type, const QString &id)
    {
        return callRpc(m_nam, m_ali, m_sandbox.credentials(m_ali), QStringLiteral("CreateFlowLog"), vpcVersion,
                       {{QStringLiteral("RegionId"), region},
                        {QStringLiteral("ResourceType"), type},
                        {QStringLiteral("ResourceId"), id},
                        {QStringLiteral("TrafficType"), QStringLiteral("All")},
                        {QStringLiteral("ProjectName"), QStringLiteral("targets-test")},
                        {QStringLiteral("LogStoreName"), QStringLiteral("vpc-flowlog")}});
    }

    ApiAnswer cenCreate(const QString &region, const QString &cenId, const QString &routerId = {},
                        const QString &attachmentId = {})
    {
        QList<std::pair<QString, QString>> params{{QStringLiteral("RegionId"), region},
                                                  {QStringLiteral("CenId"), cenId},
                                                  {QStringLiteral("ProjectName"), QStringLiteral("targets-test")},
                                                  {QStringLiteral("LogStoreName"), QStringLiteral("cen-flowlog")}};
        if (!routerId.isEmpty())
            params.append({QStringLiteral("TransitRouterId"), routerId});
        if (!attachmentId.isEmpty())
            params.append({QStringLiteral("TransitRouterAttachmentId"), attachmentId});
        return callRpc(m_nam, m_ali, m_sandbox.credentials(m_ali), QStringLiteral("CreateFlowlog"), cenVersion, params);
    }

    ApiAnswer ecrCreate(const QString &vbrId, bool dryRun)
    {
        return callRpc(m_nam, m_ali, m_sandbox.credentials(m_ali), QStringLiteral("CreateFlowLog"), ecrVersion,
                       {{QStringLiteral("EcrId"), m_ali.ecrIds.first()},
                        {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                        {QStringLiteral("InstanceId"), vbrId},
                        {QStringLiteral("ProjectName"), QStringLiteral("targets-test")},
                        {QStringLiteral("LogStoreName"), QStringLiteral("ecr-flowlog")},
                        {QStringLiteral("DryRun"), dryRun ? QStringLiteral("true") : QStringLiteral("false")}},
                       "POST");
    }

    ApiAnswer erCreate(const QString &projectId, const QString &erId, const QString &attachmentId)
    {
        const QJsonObject body{
            {QStringLiteral("flow_log"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("targets-test")},
                         {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                         {QStringLiteral("resource_id"), attachmentId},
                         {QStringLiteral("log_group_id"), QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497")},
                         {QStringLiteral("log_stream_id"), QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad")},
                         {QStringLiteral("log_store_type"), QStringLiteral("LTS")}}}};
        return callRest(m_nam, m_hw, m_sandbox.credentials(m_hw), "POST",
                        QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs").arg(projectId, erId), {},
                        QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // An Alibaba not-found answer: status, code, message, and the request id in the body and the header.
    static void verifyAliyunRefusal(const ApiAnswer &a, int status, const QString &code, const QString &message)
    {
        QCOMPARE(a.status, status);
        QCOMPARE(a.code(), code);
        if (!message.isEmpty()) // empty: the rule table's message (an id of another resource's shape)
            QCOMPARE(a.body.value(QLatin1String("Message")).toString(), message);
        QVERIFY(!a.body.value(QLatin1String("RequestId")).toString().isEmpty());
        QCOMPARE(a.body.value(QLatin1String("RequestId")).toString().toLatin1(), a.requestId);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        m_ali = m_sandbox.profiles(Provider::Aliyun).first();
        m_hw = m_sandbox.profiles(Provider::Huawei).first();
        m_aliIds = SeededIds(m_sandbox.resources(m_ali.name));
        m_hwIds = SeededIds(m_sandbox.resources(m_hw.name));
        QVERIFY(!m_aliIds.isEmpty());
        QVERIFY(!m_hwIds.isEmpty());
    }

    void resourcesListsTheAccountsNetworks()
    {
        const QString region = m_ali.regions.first();
        QVERIFY(m_aliIds.vpc(region).startsWith(QLatin1String("vpc-")));
        QVERIFY(m_aliIds.vSwitch(region).startsWith(QLatin1String("vsw-")));
        QVERIFY(m_aliIds.networkInterface(region).startsWith(QLatin1String("eni-")));
        QVERIFY(m_aliIds.cen().startsWith(QLatin1String("cen-")));
        QVERIFY(m_aliIds.transitRouter(region, m_aliIds.cen()).startsWith(QLatin1String("tr-")));
        QVERIFY(m_aliIds.ecrChild(m_ali.ecrIds.first()).startsWith(QLatin1String("vbr-")));
        const QString erId = m_hw.erIds.first().first();
        QCOMPARE(m_hwIds.erAttachment(erId).size(), 36);
        // An unknown account is an error naming it.
        const QJsonObject none = m_sandbox.resources(QStringLiteral("nobody"));
        QVERIFY(none.value(QLatin1String("error")).toString().contains(QLatin1String("nobody")));
    }

    void vpcCreateOnWhatTheAccountHasSucceeds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("VPC") << QStringLiteral("VPC");
        QTest::newRow("VSwitch") << QStringLiteral("VSwitch");
        QTest::newRow("NetworkInterface") << QStringLiteral("NetworkInterface");
    }

    void vpcCreateOnWhatTheAccountHasSucceeds()
    {
        QFETCH(QString, type);
        const QString region = m_ali.regions.first();
        const ApiAnswer a = vpcCreate(region, type, m_aliIds.resource(region, type));
        QVERIFY2(a.status == 200, a.raw.constData());
        QVERIFY(a.body.value(QLatin1String("FlowLogId")).toString().startsWith(QLatin1String("fl-")));
    }

    void vpcCreateOnWhatTheAccountLacksIsNotFound_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        // One code for every type (the rule table's, issue 20's), as for an id of the wrong shape.
        const QString vpcCode = QStringLiteral("InvalidResourceId.NotFound");
        const QString vpcMessage = QStringLiteral("The specified ResourceId is not found.");
        const QString &vswCode = vpcCode;
        const QString &vswMessage = vpcMessage;
        const QString &eniCode = vpcCode;
        const QString &eniMessage = vpcMessage;
        QTest::newRow("made-up VPC") << QStringLiteral("VPC") << QStringLiteral("vpc-abcdefghijklmnopqrstu") << vpcCode
                                     << vpcMessage;
        QTest::newRow("made-up vSwitch") << QStringLiteral("VSwitch") << QStringLiteral("vsw-abcdefghijklmnopqrstu")
                                         << vswCode << vswMessage;
        QTest::newRow("made-up interface") << QStringLiteral("NetworkInterface")
                                           << QStringLiteral("eni-abcdefghijklmnopqrst") << eniCode << eniMessage;
        // A real id of another kind is not a resource of the type named (the rule table refuses its shape first,
        // with the same code and its own message).
        QTest::newRow("vSwitch type, interface id")
            << QStringLiteral("VSwitch") << QStringLiteral("@eni") << vswCode << QString();
        QTest::newRow("VPC type, vSwitch id")
            << QStringLiteral("VPC") << QStringLiteral("@vsw") << vpcCode << QString();
        // A real id of another region of the account.
        QTest::newRow("VPC of the other region")
            << QStringLiteral("VPC") << QStringLiteral("@vpc-other") << vpcCode << vpcMessage;
    }

    void vpcCreateOnWhatTheAccountLacksIsNotFound()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QString region = m_ali.regions.first();
        if (id == QLatin1String("@eni"))
            id = m_aliIds.networkInterface(region);
        else if (id == QLatin1String("@vsw"))
            id = m_aliIds.vSwitch(region);
        else if (id == QLatin1String("@vpc-other"))
            id = m_aliIds.vpc(m_ali.regions.last());
        QVERIFY(!id.isEmpty());
        const int before = created();
        verifyAliyunRefusal(vpcCreate(region, type, id), 400, code, message);
        QCOMPARE(created(), before);
    }

    void cenCreateChecksInstanceRouterAndAttachment()
    {
        const QString region = m_ali.regions.first();
        const QString cen = m_aliIds.cen(0);
        const QString otherCen = m_aliIds.cen(1);
        const QString router = m_aliIds.transitRouter(region, cen);
        const QString otherRouter = m_aliIds.transitRouter(region, otherCen);
        const QString attachment = m_aliIds.transitRouterAttachment(region, cen, router);
        const QString otherAttachment = m_aliIds.transitRouterAttachment(region, otherCen, otherRouter);
        QVERIFY(!router.isEmpty() && !otherRouter.isEmpty() && !attachment.isEmpty() && !otherAttachment.isEmpty());

        const ApiAnswer ok = cenCreate(region, cen, router, attachment);
        QVERIFY2(ok.status == 200, ok.raw.constData());
        QVERIFY2(cenCreate(region, cen).status == 200, "a whole-CEN flow log names only the instance");

        const int before = created();
        verifyAliyunRefusal(cenCreate(region, QStringLiteral("cen-madeup0000000000")), 400,
                            QStringLiteral("InvalidCenId.NotFound"),
                            QStringLiteral("The specified CenId is not found."));
        const QString routerMessage = QStringLiteral("The specified TransitRouterId is not found.");
        verifyAliyunRefusal(cenCreate(region, cen, QStringLiteral("tr-madeup00000000000000")), 400,
                            QStringLiteral("InvalidTransitRouterId.NotFound"), routerMessage);
        // A router of the account, but of the other CEN instance.
        verifyAliyunRefusal(cenCreate(region, cen, otherRouter), 400, QStringLiteral("InvalidTransitRouterId.NotFound"),
                            routerMessage);
        const QString attachmentMessage = QStringLiteral("The TransitRouterAttachmentId is not found.");
        verifyAliyunRefusal(cenCreate(region, cen, router, QStringLiteral("tr-attach-madeup0000000000")), 400,
                            QStringLiteral("InvalidTransitRouterAttachmentId.NotFound"), attachmentMessage);
        // An attachment of the other instance's router.
        verifyAliyunRefusal(cenCreate(region, cen, router, otherAttachment), 400,
                            QStringLiteral("InvalidTransitRouterAttachmentId.NotFound"), attachmentMessage);
        QCOMPARE(created(), before);
    }

    void ecrCreateNeedsAVbrOfTheInstance()
    {
        const QString vbr = m_aliIds.ecrChild(m_ali.ecrIds.first());
        const ApiAnswer dry = ecrCreate(vbr, true);
        QCOMPARE(dry.code(), QStringLiteral("DryRunOperation"));
        QVERIFY2(ecrCreate(vbr, false).status == 200, "a VBR of the instance is accepted");

        const int before = created();
        for (const bool dryRun : {true, false}) {
            const ApiAnswer a = ecrCreate(QStringLiteral("vbr-notattached000"), dryRun);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.code(), QStringLiteral("ResourceNotFound.InstanceId"));
            QCOMPARE(a.body.value(QLatin1String("Success")).toBool(true), false);
            QCOMPARE(a.body.value(QLatin1String("HttpStatusCode")).toInt(), 400);
            QCOMPARE(a.body.value(QLatin1String("DynamicMessage")).toString(),
                     QStringLiteral("The specified resource InstanceId vbr-notattached000 is not found."));
            QCOMPARE(a.body.value(QLatin1String("RequestId")).toString().toLatin1(), a.requestId);
            // "abc" (issue 20's example) is no VBR id at all: the same code, from the rule table, DryRun included.
            QCOMPARE(ecrCreate(QStringLiteral("abc"), dryRun).code(), QStringLiteral("ResourceNotFound.InstanceId"));
        }
        QCOMPARE(created(), before);
    }

    void erCreateNeedsAnAttachmentOfTheRouter()
    {
        const QString region = m_hw.erIds.firstKey();
        const QString projectId = m_hw.projectIds.value(region);
        const QString erId = m_hw.erIds.value(region).first();
        const ApiAnswer ok = erCreate(projectId, erId, m_hwIds.erAttachment(erId));
        QVERIFY2(ok.status == 202, ok.raw.constData());

        const int before = created();
        const QString madeUp = QStringLiteral("6f83b848-8331-4271-ac0c-ef94b7686402");
        const ApiAnswer unknown = erCreate(projectId, erId, madeUp);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), QStringLiteral("ER.04040003"));
        QCOMPARE(unknown.body.value(QLatin1String("error_msg")).toString(),
                 QStringLiteral("Attachment %1 does not exist in enterprise router %2").arg(madeUp, erId));
        QCOMPARE(unknown.body.value(QLatin1String("request_id")).toString().toLatin1(), unknown.requestId);

        // An unknown router, and a project that is not the account's (the region it stands for is not the account's).
        const ApiAnswer noRouter = erCreate(projectId, QStringLiteral("9a2d0e6c-3c86-4c5e-9d4e-1a2b3c4d5e6f"), madeUp);
        QCOMPARE(noRouter.status, 404);
        QCOMPARE(noRouter.code(), QStringLiteral("ER.04040001"));
        const ApiAnswer noProject =
            erCreate(QStringLiteral("0123456789abcdef0123456789abcdef"), erId, m_hwIds.erAttachment(erId));
        QCOMPARE(noProject.status, 403);
        QCOMPARE(noProject.code(), QStringLiteral("APIGW.0302"));
        QCOMPARE(created(), before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTargets)
#include "tst_sandbox_targets.moc"
