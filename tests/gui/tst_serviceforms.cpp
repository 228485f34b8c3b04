// One form per service in the create dialog: each reads and writes its part of a draft, names the input of every
// field the rule table can complain about, and says which shared parts (region, SLS storage and tags, dry run)
// apply. The dialog shows a field's message right under the form's input.
#include "createflowlogdialog.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "serviceform.h"
#include "validation.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace flowlog;

Q_DECLARE_METATYPE(flowlog::FlowLogDraft)

namespace {

// The fields the dialog itself holds for every service.
bool isShared(const QString &field)
{
    return field == fields::Region || field == fields::Name || field == fields::Description ||
           field == fields::ProjectName || field == fields::LogStoreName || field == fields::Interval ||
           field == fields::Tags;
}

// Only what the dialog keeps outside the form.
FlowLogDraft sharedPart(const FlowLogDraft &d)
{
    FlowLogDraft out;
    out.service = d.service;
    out.region = d.region;
    out.name = d.name;
    out.description = d.description;
    out.projectName = d.projectName;
    out.logStoreName = d.logStoreName;
    out.intervalSeconds = d.intervalSeconds;
    out.tags = d.tags;
    return out;
}

Profile profile(Provider provider)
{
    Profile p;
    p.id = QStringLiteral("id-") + providerKey(provider);
    p.name = providerKey(provider);
    p.provider = provider;
    p.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-north-4")};
    p.ecrIds = {QStringLiteral("ecr-one"), QStringLiteral("ecr-two")};
    p.erIds = {{QStringLiteral("cn-north-4"), {QStringLiteral("er-north")}},
               {QStringLiteral("cn-hangzhou"), {QStringLiteral("er-hz")}}};
    return p;
}

} // namespace

class TestServiceForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formsRoundTripTheirPartOfADraft_data();
    void formsRoundTripTheirPartOfADraft();
    void formsNameTheInputOfEveryFieldTheRulesCheck_data();
    void formsNameTheInputOfEveryFieldTheRulesCheck();
    void formsSayWhichSharedPartsApply();
    void routerFollowsTheRegionUntilTheUserPicksOne();
    void aFormFieldsMessageIsShownUnderItsInput();
};

void TestServiceForms::formsRoundTripTheirPartOfADraft_data()
{
    QTest::addColumn<FlowLogDraft>("draft");
    FlowLogDraft vpc;
    vpc.service = Service::Vpc;
    vpc.resourceType = QStringLiteral("NetworkInterface");
    vpc.resourceId = QStringLiteral("eni-1");
    vpc.trafficType = QStringLiteral("Drop");
    vpc.trafficPaths = {QStringLiteral("all"), QStringLiteral("internetGateway")};
    QTest::newRow("vpc") << vpc;
    FlowLogDraft cen;
    cen.service = Service::Cen;
    cen.cenId = QStringLiteral("cen-1");
    cen.transitRouterId = QStringLiteral("tr-1");
    cen.transitRouterAttachmentId = QStringLiteral("tr-attach-1");
    cen.logFormat = QStringLiteral("${srcaddr}${dstaddr}");
    QTest::newRow("cen") << cen;
    FlowLogDraft ecr;
    ecr.service = Service::Ecr;
    ecr.ecrId = QStringLiteral("ecr-typed");
    ecr.instanceId = QStringLiteral("vbr-1");
    ecr.samplingRate = QStringLiteral("1:1024");
    QTest::newRow("ecr") << ecr;
    FlowLogDraft er;
    er.service = Service::Er;
    er.erId = QStringLiteral("er-typed");
    er.resourceType = QStringLiteral("attachment");
    er.resourceId = QStringLiteral("attach-1");
    er.logGroupId = QStringLiteral("group");
    er.logStreamId = QStringLiteral("stream");
    QTest::newRow("er") << er;
}

void TestServiceForms::formsRoundTripTheirPartOfADraft()
{
    QFETCH(FlowLogDraft, draft);
    std::unique_ptr<ServiceForm> form(makeServiceForm(draft.service, nullptr));
    QVERIFY(form);
    QCOMPARE(form->service(), draft.service);
    form->writeDraft(draft);
    FlowLogDraft back = sharedPart(draft);
    form->readDraft(back);
    QVERIFY(back.sameRequestAs(draft));
    // A form writes nothing of the fields the dialog holds.
    FlowLogDraft shared = sharedPart(draft);
    shared.name = QStringLiteral("kept");
    form->readDraft(shared);
    QCOMPARE(shared.name, QStringLiteral("kept"));
}

void TestServiceForms::formsNameTheInputOfEveryFieldTheRulesCheck_data()
{
    QTest::addColumn<int>("service");
    for (const Service s : allServices)
        QTest::newRow(qPrintable(serviceKey(s))) << int(s);
}

void TestServiceForms::formsNameTheInputOfEveryFieldTheRulesCheck()
{
    QFETCH(int, service);
    std::unique_ptr<ServiceForm> form(makeServiceForm(static_cast<Service>(service), nullptr));
    // The empty form's draft breaks every required rule of the service; a few values break the format rules.
    FlowLogDraft empty;
    empty.service = static_cast<Service>(service);
    form->readDraft(empty);
    FlowLogDraft odd = empty;
    switch (empty.service) {
    case Service::Vpc:
        odd.resourceType = QStringLiteral("Subnet");
        odd.trafficType = QStringLiteral("Some");
        break;
    case Service::Cen:
        odd.logFormat = QStringLiteral("${bytes}");
        break;
    case Service::Ecr:
        odd.samplingRate = QStringLiteral("1:3");
        break;
    case Service::Er:
        break;
    }
    QSet<QString> own;
    for (const FlowLogDraft &d : {empty, odd}) {
        for (const Violation &v : validateDraft(d)) {
            if (isShared(v.field))
                continue;
            QWidget *input = form->inputFor(v.field);
            QVERIFY2(input, qPrintable(v.field));
            QVERIFY2(form->isAncestorOf(input), qPrintable(v.field));
            own.insert(v.field);
        }
    }
    QVERIFY(!own.isEmpty());
    // Fields of other services have no input here.
    for (const Service other : allServices) {
        if (other == empty.service)
            continue;
        FlowLogDraft d;
        d.service = other;
        for (const Violation &v : validateDraft(d)) {
            if (!isShared(v.field) && !own.contains(v.field) && v.field != fields::ResourceId)
                QVERIFY2(!form->inputFor(v.field), qPrintable(v.field));
        }
    }
}

void TestServiceForms::formsSayWhichSharedPartsApply()
{
    const auto form = [](Service s) { return std::unique_ptr<ServiceForm>(makeServiceForm(s, nullptr)); };
    QVERIFY(form(Service::Vpc)->hasRegion() && form(Service::Vpc)->hasSlsStorage() && !form(Service::Vpc)->canDryRun());
    QVERIFY(form(Service::Cen)->hasRegion() && form(Service::Cen)->hasSlsStorage());
    QVERIFY(!form(Service::Ecr)->hasRegion()); // served from one region
    QVERIFY(form(Service::Ecr)->canDryRun());
    QVERIFY(!form(Service::Er)->hasSlsStorage()); // LTS, and the ER API takes no tags
    for (const Service s : allServices)
        QVERIFY(!form(s)->namePlaceholder().isEmpty());
}

void TestServiceForms::routerFollowsTheRegionUntilTheUserPicksOne()
{
    const Profile hw = profile(Provider::Huawei);
    std::unique_ptr<ServiceForm> er(makeServiceForm(Service::Er, nullptr));
    auto *routers = er->findChild<QComboBox *>(QStringLiteral("erIdCombo"));
    er->setAccount(&hw, QStringLiteral("cn-north-4"));
    QCOMPARE(routers->currentText(), QStringLiteral("er-north"));
    er->setAccount(&hw, QStringLiteral("cn-hangzhou"));
    QCOMPARE(routers->currentText(), QStringLiteral("er-hz"));
    QTest::keyClicks(routers->lineEdit(), QStringLiteral("-mine"));
    er->setAccount(&hw, QStringLiteral("cn-north-4"));
    QCOMPARE(routers->currentText(), QStringLiteral("er-hz-mine"));

    const Profile ali = profile(Provider::Aliyun);
    std::unique_ptr<ServiceForm> ecr(makeServiceForm(Service::Ecr, nullptr));
    auto *instances = ecr->findChild<QComboBox *>(QStringLiteral("ecrIdCombo"));
    ecr->setAccount(&ali, {});
    QCOMPARE(instances->count(), 2);
    QCOMPARE(instances->currentText(), QStringLiteral("ecr-one"));
}

void TestServiceForms::aFormFieldsMessageIsShownUnderItsInput()
{
    ProfileStore profiles;
    profiles.replaceAll({profile(Provider::Aliyun)});
    MemoryCredentialStore credentials;
    QNetworkAccessManager nam;
    CreateFlowLogDialog dialog(&profiles, &credentials, [&nam](const Profile &) { return &nam; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FlowLogDraft cen;
    cen.service = Service::Cen;
    cen.region = QStringLiteral("cn-hangzhou");
    cen.cenId = QStringLiteral("cen-1");
    cen.projectName = QStringLiteral("proj-a");
    cen.logStoreName = QStringLiteral("store");
    cen.logFormat = QStringLiteral("${bytes}"); // must start with the fixed fields
    dialog.setDraft(cen);
    auto *stack = dialog.findChild<QStackedWidget *>(QStringLiteral("serviceStack"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("cenPage"));
    QVERIFY(!dialog.messageFor(QStringLiteral("logFormat")).isEmpty());
    auto *line = dialog.findChild<QLabel *>(QStringLiteral("logFormatEditError"));
    QVERIFY(line && line->isVisible());
    QVERIFY(stack->currentWidget()->isAncestorOf(line));
    auto *input = dialog.findChild<QLineEdit *>(QStringLiteral("logFormatEdit"));
    QVERIFY(line->geometry().top() >= input->geometry().bottom()); // under its input
    input->clear();
    QVERIFY(dialog.messageFor(QStringLiteral("logFormat")).isEmpty());
    QVERIFY(line->text().isEmpty()); // its room stays: the form does not move
}

QTEST_MAIN(TestServiceForms)
#include "tst_serviceforms.moc"
