// One table of drafts judged by all three judges: the dialog (can it hold the draft, is Create enabled), flowlog-cli
// (--validate-only exit code and the code on its first stderr line) and the sandbox (HTTP 400 + provider code, or a
// created flow log). They must agree with each other and with the rule table.
#include "createflowlogdialog.h"
#include "createtarget.h"
#include "jobfactory.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "seededids.h"
#include "testdata.h"
#include "validation.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace flowlog;

Q_DECLARE_METATYPE(flowlog::FlowLogDraft)

namespace {

QStringList cliArgs(const QString &profile, const FlowLogDraft &d)
{
    QStringList a{QStringLiteral("--sandbox"), QStringLiteral("create"), QStringLiteral("--profile"),      profile,
                  QStringLiteral("--service"), serviceKey(d.service),    QStringLiteral("--validate-only")};
    const auto opt = [&a](const char *flag, const QString &value) {
        if (!value.isEmpty())
            a << QLatin1String(flag) << value;
    };
    opt("--region", d.region);
    opt("--name", d.name);
    opt("--description", d.description);
    for (const Tag &t : d.tags)
        a << QStringLiteral("--tag") << t.key + QLatin1Char('=') + t.value;
    if (d.intervalSeconds > 0)
        a << QStringLiteral("--interval") << QString::number(d.intervalSeconds);
    opt("--project-name", d.projectName);
    opt("--logstore-name", d.logStoreName);
    switch (d.service) {
    case Service::Vpc:
        opt("--resource-type", d.resourceType);
        opt("--resource-id", d.resourceId);
        opt("--traffic-type", d.trafficType);
        for (const QString &p : d.trafficPaths)
            a << QStringLiteral("--traffic-path") << p;
        break;
    case Service::Cen:
        opt("--cen-id", d.cenId);
        opt("--transit-router-id", d.transitRouterId);
        opt("--transit-router-attachment-id", d.transitRouterAttachmentId);
        opt("--log-format", d.logFormat);
        break;
    case Service::Ecr:
        opt("--ecr-id", d.ecrId);
        opt("--instance-id", d.instanceId);
        opt("--sampling-rate", d.samplingRate);
        break;
    case Service::Er:
        opt("--er-id", d.erId);
        opt("--resource-id", d.resourceId);
        opt("--log-group-id", d.logGroupId);
        opt("--log-stream-id", d.logStreamId);
        break;
    }
    return a;
}

} // namespace

class TestCreateCrossCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogCliAndSandboxAgree_data();
    void dialogCliAndSandboxAgree();

private:
    FlowLogDraft base(Service s, int row) const;
    const Profile *profileFor(Service s) const;

    test::SandboxFixture m_sandbox;
    test::SeededIds m_aliIds; // ali-prod's and hw-payments' networks: what valid drafts name
    test::SeededIds m_hwIds;
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    QNetworkAccessManager m_nam;
};

void TestCreateCrossCheck::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("1")}, &error), qPrintable(error));
    m_profiles.replaceAll(m_sandbox.profiles());
    for (const Profile &p : m_sandbox.profiles())
        m_credentials.writeSecret(p.id, m_sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    QTRY_VERIFY(m_credentials.contains(m_sandbox.profiles().first().id));
    m_aliIds = test::SeededIds(m_sandbox.resources(QStringLiteral("ali-prod")));
    m_hwIds = test::SeededIds(m_sandbox.resources(QStringLiteral("hw-payments")));
    QVERIFY(!m_aliIds.isEmpty() && !m_hwIds.isEmpty());
}

const Profile *TestCreateCrossCheck::profileFor(Service s) const
{
    return m_profiles.findByName(s == Service::Er ? QStringLiteral("hw-payments") : QStringLiteral("ali-prod"));
}

// A valid draft of s on a network the account has (the sandbox's seeded ones, taken in turn by row).
FlowLogDraft TestCreateCrossCheck::base(Service s, int row) const
{
    const Profile *p = profileFor(s);
    FlowLogDraft d;
    d.service = s;
    d.intervalSeconds = 600;
    switch (s) {
    case Service::Vpc:
        d.region = QStringLiteral("cn-hangzhou");
        d.resourceType = QStringLiteral("VSwitch");
        d.resourceId = m_aliIds.vSwitch(d.region, row % 3);
        d.trafficType = QStringLiteral("All");
        d.projectName = QStringLiteral("cross-project");
        d.logStoreName = QStringLiteral("cross_store");
        break;
    case Service::Cen:
        d.region = QStringLiteral("cn-hangzhou");
        d.cenId = m_aliIds.cen(row % 2);
        d.transitRouterId = m_aliIds.transitRouter(d.region, d.cenId);
        d.projectName = QStringLiteral("cross-project");
        d.logStoreName = QStringLiteral("cross_store");
        break;
    case Service::Ecr:
        d.ecrId = p ? p->ecrIds.value(0) : QString();
        d.instanceId = m_aliIds.ecrChild(d.ecrId, row % 3);
        d.projectName = QStringLiteral("cross-project");
        d.logStoreName = QStringLiteral("cross_store");
        d.samplingRate = QStringLiteral("1:4096");
        break;
    case Service::Er:
        d.region = QStringLiteral("cn-north-4");
        d.erId = p ? p->erIds.value(d.region).value(0) : QString();
        d.name = QStringLiteral("cross-er-") + QString::number(row);
        d.resourceType = QStringLiteral("attachment");
        d.resourceId = m_hwIds.erAttachment(d.erId, row % 3);
        d.logGroupId = QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497");
        d.logStreamId = QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad");
        d.intervalSeconds = 0; // the ER form has no interval
        break;
    }
    return d;
}

void TestCreateCrossCheck::dialogCliAndSandboxAgree_data()
{
    QTest::addColumn<FlowLogDraft>("draft");
    QTest::addColumn<QString>("code"); // the first violation's provider code; empty = valid
    // What only the sandbox can know: the draft names something the account does not have. The rule table, the
    // dialog and the CLI accept it; the sandbox answers the provider's not-found code. Empty: as code says.
    QTest::addColumn<QString>("sandboxCode");
    int n = 0;
    const auto row = [this, &n](const char *name, Service s, const std::function<void(FlowLogDraft &)> &edit,
                                const QString &code, const QString &sandboxCode = {}) {
        FlowLogDraft d = base(s, ++n);
        edit(d);
        QTest::newRow(name) << d << code << sandboxCode;
    };
    const auto none = [](FlowLogDraft &) {};
    QList<Tag> twentyOne;
    for (int i = 0; i < 21; ++i)
        twentyOne.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});

    row("vpc valid", Service::Vpc, [](FlowLogDraft &d) { d.name = QStringLiteral("crossVpc"); }, {});
    row("vpc valid with tags and path", Service::Vpc,
        [](FlowLogDraft &d) {
            d.tags = {{QStringLiteral("team"), QStringLiteral("net")}};
            d.trafficPaths = {QStringLiteral("internetGateway")};
            d.intervalSeconds = 60;
        },
        {});
    row(
        "vpc name starts with digit", Service::Vpc, [](FlowLogDraft &d) { d.name = QStringLiteral("1abc"); },
        QStringLiteral("InvalidName"));
    row(
        "vpc description http", Service::Vpc, [](FlowLogDraft &d) { d.description = QStringLiteral("http://x"); },
        QStringLiteral("InvalidDescription"));
    row(
        "vpc project uppercase", Service::Vpc, [](FlowLogDraft &d) { d.projectName = QStringLiteral("Bad-Project"); },
        QStringLiteral("INVALID_PARAMETER"));
    row(
        "vpc tag key acs:", Service::Vpc,
        [](FlowLogDraft &d) {
            d.tags = {{QStringLiteral("acs:x"), {}}};
        },
        QStringLiteral("IllegalParam.TagKey"));
    row(
        "vpc 21 tags", Service::Vpc, [twentyOne](FlowLogDraft &d) { d.tags = twentyOne; },
        QStringLiteral("IllegalParam.TagKey"));
    row(
        "vpc resource type wrong", Service::Vpc, [](FlowLogDraft &d) { d.resourceType = QStringLiteral("Subnet"); },
        QStringLiteral("INVALID_PARAMETER"));
    row(
        "vpc interval 120", Service::Vpc, [](FlowLogDraft &d) { d.intervalSeconds = 120; },
        QStringLiteral("InvalidParameter.Interval"));
    row(
        "vpc resource id missing", Service::Vpc, [](FlowLogDraft &d) { d.resourceId.clear(); },
        QStringLiteral("MissingParameter"));
    // Ids of the wrong shape (issue 20): nothing the account could have.
    row(
        "vpc vswitch id eni-abc", Service::Vpc,
        [](FlowLogDraft &d) {
            d.resourceType = QStringLiteral("VSwitch");
            d.resourceId = QStringLiteral("eni-abc");
        },
        QStringLiteral("InvalidResourceId.NotFound"));
    row(
        "cen made-up id", Service::Cen, [](FlowLogDraft &d) { d.cenId = QStringLiteral("my-cen"); },
        QStringLiteral("InvalidCenId.NotFound"));
    row(
        "ecr vbr abc", Service::Ecr, [](FlowLogDraft &d) { d.instanceId = QStringLiteral("abc"); },
        QStringLiteral("ResourceNotFound.InstanceId"));
    row(
        "er attachment not-a-uuid", Service::Er, [](FlowLogDraft &d) { d.resourceId = QStringLiteral("not-a-uuid"); },
        QStringLiteral("ER.0001"));
    // Well-shaped ids the account does not have (issue 20): only the sandbox can tell, with the provider's code.
    row(
        "vpc vswitch the account lacks", Service::Vpc,
        [](FlowLogDraft &d) { d.resourceId = QStringLiteral("vsw-notinthisaccount00001"); }, {},
        QStringLiteral("InvalidResourceId.NotFound"));
    row(
        "vpc vpc of the other region", Service::Vpc,
        [this](FlowLogDraft &d) {
            d.resourceType = QStringLiteral("VPC");
            d.resourceId = m_aliIds.vpc(QStringLiteral("cn-shanghai"));
        },
        {}, QStringLiteral("InvalidResourceId.NotFound"));
    row(
        "cen instance the account lacks", Service::Cen,
        [](FlowLogDraft &d) {
            d.cenId = QStringLiteral("cen-notinthisaccount");
            d.transitRouterId.clear();
        },
        {}, QStringLiteral("InvalidCenId.NotFound"));
    row(
        "cen router of the other instance", Service::Cen,
        [this](FlowLogDraft &d) {
            d.transitRouterId =
                m_aliIds.transitRouter(d.region, m_aliIds.cen(0) == d.cenId ? m_aliIds.cen(1) : m_aliIds.cen(0));
        },
        {}, QStringLiteral("InvalidTransitRouterId.NotFound"));
    row(
        "ecr vbr not attached", Service::Ecr,
        [](FlowLogDraft &d) { d.instanceId = QStringLiteral("vbr-notattached00"); }, {},
        QStringLiteral("ResourceNotFound.InstanceId"));
    row(
        "er attachment of no router", Service::Er,
        [](FlowLogDraft &d) { d.resourceId = QStringLiteral("6f83b848-8331-4271-ac0c-000000000001"); }, {},
        QStringLiteral("ER.04040003"));
    row("cen valid", Service::Cen, [](FlowLogDraft &d) { d.name = QStringLiteral("cross cen 1"); }, {});
    row(
        "cen name 129", Service::Cen, [](FlowLogDraft &d) { d.name = QString(129, QLatin1Char('n')); },
        QStringLiteral("InvalidName"));
    row(
        "cen tag key 65", Service::Cen,
        [](FlowLogDraft &d) {
            d.tags = {{QString(65, QLatin1Char('k')), {}}};
        },
        QStringLiteral("IllegalParam.TagKey"));
    row(
        "cen tag value https", Service::Cen,
        [](FlowLogDraft &d) {
            d.tags = {{QStringLiteral("k"), QStringLiteral("see https://x")}};
        },
        QStringLiteral("IllegalParam.TagValue"));
    row(
        "cen log format wrong start", Service::Cen, [](FlowLogDraft &d) { d.logFormat = QStringLiteral("${bytes}"); },
        QStringLiteral("InvalidParameter"));
    row(
        "cen interval 300", Service::Cen, [](FlowLogDraft &d) { d.intervalSeconds = 300; },
        QStringLiteral("InvalidParameter.Interval"));
    row("ecr valid", Service::Ecr, [](FlowLogDraft &d) { d.samplingRate = QStringLiteral("1:1024"); }, {});
    row(
        "ecr description https", Service::Ecr, [](FlowLogDraft &d) { d.description = QStringLiteral("https://x"); },
        QStringLiteral("IllegalParamFormat.Description"));
    row(
        "ecr sampling wrong", Service::Ecr, [](FlowLogDraft &d) { d.samplingRate = QStringLiteral("1:512"); },
        QStringLiteral("IllegalParamFormat.SamplingRate"));
    row("ecr tag key 128 is fine", Service::Ecr,
        [](FlowLogDraft &d) {
            d.tags = {{QString(128, QLatin1Char('k')), {}}};
        },
        {});
    row("er valid", Service::Er, none, {});
    row(
        "er name 65", Service::Er, [](FlowLogDraft &d) { d.name = QString(65, QLatin1Char('e')); },
        QStringLiteral("ER.0001"));
    row(
        "er log stream missing", Service::Er, [](FlowLogDraft &d) { d.logStreamId.clear(); },
        QStringLiteral("ER.0001"));
}

void TestCreateCrossCheck::dialogCliAndSandboxAgree()
{
    QFETCH(FlowLogDraft, draft);
    QFETCH(QString, code);
    QFETCH(QString, sandboxCode);
    const bool valid = code.isEmpty();

    // The rule table itself.
    const QList<Violation> violations = validateDraft(draft);
    QCOMPARE(violations.isEmpty(), valid);
    if (!valid)
        QCOMPARE(violations.first().providerCode, code);

    // The dialog: a draft it cannot even hold (a value its combos do not offer, a 21st tag) is rejected too.
    {
        CreateFlowLogDialog dialog(&m_profiles, &m_credentials, [this](const Profile &) { return &m_nam; });
        dialog.setDraft(draft);
        const bool held = dialog.currentDraft().sameRequestAs(draft);
        const bool enabled = dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled();
        QCOMPARE(held && enabled, valid);
        if (held && !valid) {
            const QString tip = dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->toolTip();
            QVERIFY2(tip.contains(violations.first().message), qPrintable(tip));
        }
    }

    // flowlog-cli --validate-only.
    {
        const Profile *p = profileFor(draft.service);
        QVERIFY(p);
        QProcess cli;
        cli.start(test::binPath(QStringLiteral("flowlog-cli")), cliArgs(p->name, draft));
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        QCOMPARE(cli.exitCode(), valid ? 0 : 2);
        if (!valid)
            QVERIFY2(err.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("(%1)").arg(code)), qPrintable(err));
    }

    // The sandbox: a real create (no dry run) on the fixture's throwaway sandbox.
    const Profile *p = profileFor(draft.service);
    const SourceSpec target = createTarget(*p, draft); // where the dialog and the CLI send it
    std::unique_ptr<CreateJob> job(
        makeCreateJob(target, draft, m_sandbox.credentials(*p), &m_nam, RetryPolicy{}, nullptr));
    QVERIFY2(job, qPrintable(QStringLiteral("no create job for ") + serviceKey(draft.service)));
    QSignalSpy finished(job.get(), &CreateJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    const CreateResult r = finished.first().first().value<CreateResult>();
    if (!sandboxCode.isEmpty()) {
        QVERIFY2(r.error.isError(), "the sandbox accepted a draft naming what the account does not have");
        QCOMPARE(r.error.httpStatus, sandboxCode.startsWith(QLatin1String("ER.0404")) ? 404 : 400);
        QCOMPARE(r.error.code, sandboxCode);
        QVERIFY(!r.error.requestId.isEmpty());
    } else if (valid) {
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
        QVERIFY(!r.flowLogId.isEmpty() || (r.hasFlowLog && !r.flowLog.id.isEmpty()));
    } else {
        QVERIFY2(r.error.isError(), "the sandbox accepted a draft the rule table rejects");
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.code, code);
    }
}

QTEST_MAIN(TestCreateCrossCheck)
#include "tst_create_crosscheck.moc"
