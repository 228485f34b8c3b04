// The create dialog driven like a user: real widgets, the real sandbox behind the real create jobs.
#include "createflowlogdialog.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "seededids.h"
#include "sourceid.h"
#include "sourcestatusmodel.h"
#include "tageditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace flowlog;

class TestCreateFlowLogDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void accountChoosesServicesAndServiceChoosesFields();
    void newFormShowsNoMessagesButCreateIsDisabled();
    void typingInvalidNameShowsMessageAndDisablesCreate();
    void typingInvalidSlsNamesShowsTheirMessages();
    void intervalAndSamplingCombosHoldOnlyValidValues();
    void tagEditorPastesLinesUpToTwentyWithRowErrors();
    void tagEditorRemovesRowsAndClearsErrors();
    void defaultsComeFromSelectedRow();
    void erRouterComesFromProfileForRegion();
    void createAgainstSandboxEmitsCreatedAndCloses();
    void erCreateUsesProfileRouterAndProject();
    void failedCreateKeepsEveryInputAndShowsError();
    void providerErrorIsShownAtTheFieldItNames();
    void resourceTheAccountLacksShowsTheProviderErrorAndKeepsInput();
    void sameDraftRetriedKeepsClientToken();
    void dryRunChecksWithoutClosing();
    void cancelWhileSendingStopsAndKeepsDialog();
    void lostAnswerAfterCommitSaysItMayExist();

private:
    void fillValidVpc();
    CreateFlowLogDialog *makeDialog(CredentialStore *credentials = nullptr, ProfileStore *profiles = nullptr);
    // A private sandbox started with extra flags, its profiles and secrets, and a dialog on them.
    bool startPrivate(test::SandboxFixture &sandbox, ProfileStore &profiles, MemoryCredentialStore &credentials,
                      const QStringList &args);
    template<typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void waitIdle();
    // The networks of the sandbox the dialog talks to (ali-prod, hw-payments): what valid drafts name.
    void takeSeededIds(test::SandboxFixture &sandbox);

    test::SandboxFixture m_sandbox;
    QString m_vswId;        // a vSwitch of ali-prod in its first region
    QString m_vbrId;        // a VBR of ali-prod's ECR instance
    QString m_erAttachment; // an attachment of hw-payments' router in its first region
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CreateFlowLogDialog> m_dialog;
};

void TestCreateFlowLogDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("2")}, &error), qPrintable(error));
    m_profiles.replaceAll(m_sandbox.profiles());
    for (const Profile &p : m_sandbox.profiles())
        m_credentials.writeSecret(p.id, m_sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    QTRY_VERIFY(m_credentials.contains(m_sandbox.profiles().first().id));
    takeSeededIds(m_sandbox);
    QVERIFY(!m_vswId.isEmpty() && !m_vbrId.isEmpty() && !m_erAttachment.isEmpty());
}

void TestCreateFlowLogDialog::takeSeededIds(test::SandboxFixture &sandbox)
{
    for (const Profile &p : sandbox.profiles()) {
        const test::SeededIds ids(sandbox.resources(p.name));
        const QString region = p.effectiveRegions().value(0);
        if (p.name == QLatin1String("ali-prod")) {
            m_vswId = ids.vSwitch(region);
            m_vbrId = ids.ecrChild(p.ecrIds.value(0));
        } else if (p.name == QLatin1String("hw-payments")) {
            m_erAttachment = ids.erAttachment(p.erIds.value(region).value(0));
        }
    }
}

CreateFlowLogDialog *TestCreateFlowLogDialog::makeDialog(CredentialStore *credentials, ProfileStore *profiles)
{
    m_dialog.reset();
    m_dialog = std::make_unique<CreateFlowLogDialog>(profiles ? profiles : &m_profiles,
                                                     credentials ? credentials : &m_credentials,
                                                     [this](const Profile &) { return &m_nam; });
    m_dialog->show();
    return m_dialog.get();
}

void TestCreateFlowLogDialog::init()
{
    makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCreateFlowLogDialog::cleanup()
{
    m_dialog.reset();
    takeSeededIds(m_sandbox); // after a private sandbox's test
}

void TestCreateFlowLogDialog::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
}

void TestCreateFlowLogDialog::fillValidVpc()
{
    auto *account = child<QComboBox>("accountCombo");
    account->setCurrentIndex(account->findText(QStringLiteral("ali-prod"), Qt::MatchStartsWith));
    auto *service = child<QComboBox>("serviceCombo");
    service->setCurrentIndex(service->findText(QStringLiteral("VPC")));
    auto *type = child<QComboBox>("resourceTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("VSwitch")));
    QTest::keyClicks(child<QLineEdit>("resourceIdEdit"), m_vswId);
    QTest::keyClicks(child<QLineEdit>("projectNameEdit"), QStringLiteral("gui-project"));
    QTest::keyClicks(child<QLineEdit>("logStoreNameEdit"), QStringLiteral("gui_store"));
}

void TestCreateFlowLogDialog::accountChoosesServicesAndServiceChoosesFields()
{
    auto *account = child<QComboBox>("accountCombo");
    auto *service = child<QComboBox>("serviceCombo");
    auto *stack = child<QStackedWidget>("serviceStack");
    QCOMPARE(account->count(), 3);
    account->setCurrentIndex(account->findText(QStringLiteral("ali-prod"), Qt::MatchStartsWith));
    QCOMPARE(service->count(), 3);
    service->setCurrentIndex(service->findText(QStringLiteral("CEN")));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("cenPage"));
    QVERIFY(child<QGroupBox>("storageGroup")->isVisible());
    QVERIFY(!child<QPushButton>("dryRunButton")->isVisible());
    service->setCurrentIndex(service->findText(QStringLiteral("ECR")));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("ecrPage"));
    QVERIFY(child<QPushButton>("dryRunButton")->isVisible());
    QVERIFY(!child<QComboBox>("regionCombo")->isVisible()); // ECR is served from one region
    QCOMPARE(child<QComboBox>("ecrIdCombo")->currentText(),
             m_profiles.findByName(QStringLiteral("ali-prod"))->ecrIds.first());
    account->setCurrentIndex(account->findText(QStringLiteral("hw-payments"), Qt::MatchStartsWith));
    QCOMPARE(service->count(), 1);
    QCOMPARE(service->currentText(), QStringLiteral("ER"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("erPage"));
    QVERIFY(!child<QGroupBox>("storageGroup")->isVisible());
    QVERIFY(!child<QGroupBox>("tagsGroup")->isVisible());
}

void TestCreateFlowLogDialog::newFormShowsNoMessagesButCreateIsDisabled()
{
    auto *create = child<QPushButton>("createButton");
    QVERIFY(!create->isEnabled());
    QVERIFY(m_dialog->messageFor(QStringLiteral("resourceId")).isEmpty());
    QVERIFY(create->toolTip().contains(QLatin1String("resource id")));
    // Leaving a required field empty after typing in it shows its message.
    auto *resourceId = child<QLineEdit>("resourceIdEdit");
    QTest::keyClicks(resourceId, QStringLiteral("x"));
    QTest::keyClick(resourceId, Qt::Key_Backspace);
    QVERIFY(!m_dialog->messageFor(QStringLiteral("resourceId")).isEmpty());
    QVERIFY(child<QLabel>("resourceIdEditError")->isVisible());
}

void TestCreateFlowLogDialog::typingInvalidNameShowsMessageAndDisablesCreate()
{
    fillValidVpc();
    auto *create = child<QPushButton>("createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    auto *name = child<QLineEdit>("nameEdit");
    QTest::keyClicks(name, QStringLiteral("9lives"));
    QVERIFY(!create->isEnabled());
    QVERIFY(m_dialog->messageFor(QStringLiteral("name")).contains(QLatin1String("letter")));
    QVERIFY(child<QLabel>("nameEditError")->isVisible());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("https://x"));
    QVERIFY(!create->isEnabled());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("lives9"));
    QVERIFY(m_dialog->messageFor(QStringLiteral("name")).isEmpty());
    QVERIFY(child<QLabel>("nameEditError")->text().isEmpty()); // its room stays: the form does not move
    QVERIFY(create->isEnabled());
    QTest::keyClicks(child<QLineEdit>("descriptionEdit"), QStringLiteral("x"));
    QVERIFY(m_dialog->messageFor(QStringLiteral("description")).contains(QLatin1String("2 to 256")));
    QVERIFY(!create->isEnabled());
}

void TestCreateFlowLogDialog::typingInvalidSlsNamesShowsTheirMessages()
{
    fillValidVpc();
    auto *project = child<QLineEdit>("projectNameEdit");
    project->clear();
    QTest::keyClicks(project, QStringLiteral("Gui_Project"));
    QVERIFY(!m_dialog->messageFor(QStringLiteral("projectName")).isEmpty());
    auto *store = child<QLineEdit>("logStoreNameEdit");
    store->clear();
    QTest::keyClicks(store, QStringLiteral("ab"));
    QVERIFY(m_dialog->messageFor(QStringLiteral("logStoreName")).contains(QLatin1String("3 to 63")));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
}

void TestCreateFlowLogDialog::intervalAndSamplingCombosHoldOnlyValidValues()
{
    auto *service = child<QComboBox>("serviceCombo");
    auto *interval = child<QComboBox>("intervalCombo");
    const auto values = [interval] {
        QList<int> out;
        for (int i = 0; i < interval->count(); ++i)
            out << interval->itemData(i).toInt();
        return out;
    };
    service->setCurrentIndex(service->findText(QStringLiteral("VPC")));
    QCOMPARE(values(), (QList<int>{60, 300, 600}));
    QCOMPARE(interval->currentData().toInt(), 600);
    service->setCurrentIndex(service->findText(QStringLiteral("CEN")));
    QCOMPARE(values(), (QList<int>{60, 600}));
    service->setCurrentIndex(service->findText(QStringLiteral("ECR")));
    QCOMPARE(values(), (QList<int>{60, 600}));
    auto *sampling = child<QComboBox>("samplingRateCombo");
    QCOMPARE(sampling->count(), 3);
    QCOMPARE(sampling->currentText(), QStringLiteral("1:4096"));
    QVERIFY(!sampling->isEditable());
}

void TestCreateFlowLogDialog::tagEditorPastesLinesUpToTwentyWithRowErrors()
{
    fillValidVpc();
    auto *tags = child<TagEditor>("tagEditor");
    QString text = QStringLiteral("acs:bad=1\nteam = net\n\nowner\tops\n");
    QCOMPARE(tags->pasteText(text), 3);
    QCOMPARE(tags->rowCount(), 3);
    QVERIFY(tags->rowError(0).contains(QLatin1String("acs:")));
    QVERIFY(tags->rowError(1).isEmpty());
    QCOMPARE(tags->tags().at(2), (Tag{QStringLiteral("owner"), QStringLiteral("ops")}));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    QString many;
    for (int i = 0; i < 25; ++i)
        many += QStringLiteral("k%1=v\n").arg(i);
    QCOMPARE(tags->pasteText(many), 17);
    QCOMPARE(tags->rowCount(), 20);
    QVERIFY(!child<QPushButton>("addTagButton")->isEnabled());
    QVERIFY(child<QLabel>("tagsError")->isVisible());
    QVERIFY(child<QLabel>("tagCountLabel")->text().contains(QLatin1String("20")));
}

void TestCreateFlowLogDialog::tagEditorRemovesRowsAndClearsErrors()
{
    fillValidVpc();
    auto *tags = child<TagEditor>("tagEditor");
    tags->pasteText(QStringLiteral("aliyun=1\nok=2"));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    auto *table = tags->findChild<QTableWidget *>(QStringLiteral("tagTable"));
    QVERIFY(table);
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>("removeTagButton"), Qt::LeftButton);
    QCOMPARE(tags->rowCount(), 1);
    QVERIFY(tags->rowError(0).isEmpty());
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
}

void TestCreateFlowLogDialog::defaultsComeFromSelectedRow()
{
    const Profile *p = m_profiles.findByName(QStringLiteral("ali-staging"));
    QVERIFY(p);
    FlowLog row;
    row.account = p->name;
    row.profileId = p->id;
    row.service = Service::Cen;
    row.region = QStringLiteral("cn-shanghai");
    row.storageProject = QStringLiteral("row-project");
    row.storageStore = QStringLiteral("row_store");
    row.intervalSeconds = 60;
    row.rawJson = PackedJson(R"({"CenId":"cen-from-row"})", Service::Cen);
    m_dialog->setDefaultsFrom(row);
    QVERIFY(child<QComboBox>("accountCombo")->currentText().startsWith(QLatin1String("ali-staging")));
    QCOMPARE(child<QComboBox>("serviceCombo")->currentText(), QStringLiteral("CEN"));
    QCOMPARE(child<QComboBox>("regionCombo")->currentText(), QStringLiteral("cn-shanghai"));
    QCOMPARE(child<QLineEdit>("projectNameEdit")->text(), QStringLiteral("row-project"));
    QCOMPARE(child<QLineEdit>("logStoreNameEdit")->text(), QStringLiteral("row_store"));
    QCOMPARE(child<QLineEdit>("cenIdEdit")->text(), QStringLiteral("cen-from-row"));
    QCOMPARE(child<QComboBox>("intervalCombo")->currentData().toInt(), 60);
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
}

void TestCreateFlowLogDialog::erRouterComesFromProfileForRegion()
{
    const Profile *hw = m_profiles.findByName(QStringLiteral("hw-payments"));
    QVERIFY(hw);
    auto *account = child<QComboBox>("accountCombo");
    account->setCurrentIndex(account->findData(hw->id));
    auto *region = child<QComboBox>("regionCombo");
    for (const QString &r : hw->effectiveRegions()) {
        region->setCurrentIndex(region->findText(r));
        QCOMPARE(child<QComboBox>("erIdCombo")->currentText(), hw->erIds.value(r).value(0));
    }
}

void TestCreateFlowLogDialog::createAgainstSandboxEmitsCreatedAndCloses()
{
    fillValidVpc();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("guiCreated"));
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy() || !created.isEmpty() || child<QLabel>("statusLabel")->isVisible());
    waitIdle();
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(created.size() == 1, qPrintable(status));
    const FlowLog f = created.first().first().value<FlowLog>();
    QVERIFY(!f.id.isEmpty());
    // Filed under the source whose listing brings it, so that listing updates this row in place.
    const Profile *prod = m_profiles.findByName(QStringLiteral("ali-prod"));
    QCOMPARE(created.first().at(1).toString(), (SourceId{prod->id, Service::Vpc, f.region, {}, {}}.toString()));
    QCOMPARE(f.name, QStringLiteral("guiCreated"));
    QCOMPARE(f.service, Service::Vpc);
    QCOMPARE(f.account, QStringLiteral("ali-prod"));
    QCOMPARE(f.resourceId, m_vswId);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    // The next listing of that source shows the new flow log under the same key the table uses.
    FlowLogTableModel table;
    QAbstractItemModelTester tester(&table);
    SourceStatusModel sources;
    Inventory inventory(
        &m_profiles, &m_credentials, [this](const Profile &) { return &m_nam; }, &table, &sources);
    SweepScope scope;
    scope.profileNames = {QStringLiteral("ali-prod")};
    scope.services = {Service::Vpc};
    scope.regions = {f.region};
    inventory.setScope(scope);
    QSignalSpy listed(&inventory, &Inventory::finished);
    inventory.refresh();
    QVERIFY(listed.wait(20000));
    bool found = false;
    for (int i = 0; i < table.rowCount(); ++i)
        found = found || table.at(i).key() == f.key();
    QVERIFY2(found, qPrintable(f.key()));
}

void TestCreateFlowLogDialog::erCreateUsesProfileRouterAndProject()
{
    const Profile *hw = m_profiles.findByName(QStringLiteral("hw-payments"));
    QVERIFY(hw);
    auto *account = child<QComboBox>("accountCombo");
    account->setCurrentIndex(account->findData(hw->id));
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("gui-er"));
    QTest::keyClicks(child<QLineEdit>("attachmentIdEdit"), m_erAttachment);
    QTest::keyClicks(child<QLineEdit>("logGroupIdEdit"), QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497"));
    QTest::keyClicks(child<QLineEdit>("logStreamIdEdit"), QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad"));
    auto *create = child<QPushButton>("createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    waitIdle();
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(created.size() == 1, qPrintable(status));
    const FlowLog f = created.first().first().value<FlowLog>();
    const QString router = hw->erIds.value(hw->effectiveRegions().first()).value(0);
    QCOMPARE(created.first().at(1).toString(),
             (SourceId{hw->id, Service::Er, hw->effectiveRegions().first(), router, {}}.toString()));
    QCOMPARE(f.service, Service::Er);
    QCOMPARE(f.provider, Provider::Huawei);
    QCOMPARE(f.account, QStringLiteral("hw-payments"));
    QCOMPARE(f.region, hw->effectiveRegions().first());
    QCOMPARE(f.name, QStringLiteral("gui-er"));
    QCOMPARE(f.resourceId, m_erAttachment);
    QVERIFY(!f.id.isEmpty());
}

void TestCreateFlowLogDialog::failedCreateKeepsEveryInputAndShowsError()
{
    // A wrong secret: the service refuses the signature, and nothing the user typed is lost.
    MemoryCredentialStore wrong;
    for (const Profile &p : m_profiles.profiles())
        wrong.writeSecret(p.id, QStringLiteral("not-the-secret"), {}, this, [](const ApiError &) {});
    QTRY_VERIFY(wrong.contains(m_profiles.profiles().first().id));
    makeDialog(&wrong);
    fillValidVpc();
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("keepMe"));
    child<TagEditor>("tagEditor")->pasteText(QStringLiteral("team=net"));
    const FlowLogDraft before = m_dialog->currentDraft();
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    waitIdle();
    QVERIFY(created.isEmpty());
    QVERIFY(m_dialog->isVisible());
    auto *status = child<QLabel>("statusLabel");
    QVERIFY(status->isVisible());
    QVERIFY(!status->text().isEmpty());
    const FlowLogDraft after = m_dialog->currentDraft();
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.resourceType, before.resourceType);
    QCOMPARE(after.resourceId, before.resourceId);
    QCOMPARE(after.projectName, before.projectName);
    QCOMPARE(after.logStoreName, before.logStoreName);
    QCOMPARE(after.tags, before.tags);
    QVERIFY(child<QLineEdit>("nameEdit")->isEnabled());
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
}

void TestCreateFlowLogDialog::providerErrorIsShownAtTheFieldItNames()
{
    // A region the profile lists (the dialog offers only those) but the account does not have: the service names
    // RegionId in its code.
    const QList<Profile> saved = m_profiles.profiles();
    QList<Profile> withBeijing = saved;
    for (Profile &p : withBeijing) {
        if (p.name == QLatin1String("ali-prod"))
            p.regions << QStringLiteral("cn-beijing");
    }
    m_profiles.replaceAll(withBeijing);
    const auto restore = qScopeGuard([this, saved] { m_profiles.replaceAll(saved); });
    fillValidVpc();
    auto *region = child<QComboBox>("regionCombo");
    QVERIFY(region->findText(QStringLiteral("mars-1")) < 0);
    region->setCurrentIndex(region->findText(QStringLiteral("cn-beijing")));
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    waitIdle();
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(created.isEmpty(), "the sandbox created a flow log in a region the account does not have");
    QVERIFY2(status.contains(QLatin1String("InvalidRegionId")), qPrintable(status));
    QVERIFY2(m_dialog->messageFor(QStringLiteral("region")).contains(QLatin1String("InvalidRegionId")),
             qPrintable(m_dialog->messageFor(QStringLiteral("region"))));
    QCOMPARE(region->currentText(), QStringLiteral("cn-beijing"));
    QCOMPARE(child<QLineEdit>("resourceIdEdit")->text(), m_vswId);
    // Editing the field the provider named clears its message.
    region->setFocus();
    QTest::keyClick(region, Qt::Key_Up); // the previous region, as the user chooses it
    QCOMPARE(region->currentText(), QStringLiteral("cn-shanghai"));
    QVERIFY(!m_dialog->messageFor(QStringLiteral("region")).contains(QLatin1String("InvalidRegionId")));
}

void TestCreateFlowLogDialog::resourceTheAccountLacksShowsTheProviderErrorAndKeepsInput()
{
    // A vSwitch id of the right shape that the account does not have: only the service can tell, and says so with
    // its code, message and request id, at the field it names; nothing typed is lost.
    const QString madeUp = QStringLiteral("vsw-notinthisaccount0001");
    fillValidVpc();
    auto *resourceId = child<QLineEdit>("resourceIdEdit");
    resourceId->clear();
    QTest::keyClicks(resourceId, madeUp);
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("keepMe"));
    auto *create = child<QPushButton>("createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    const FlowLogDraft before = m_dialog->currentDraft();
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    waitIdle();
    QVERIFY2(created.isEmpty(), "the sandbox created a flow log on a vSwitch the account does not have");
    QVERIFY(m_dialog->isVisible());
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("InvalidResourceId.NotFound")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("The specified ResourceId is not found.")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("request id")), qPrintable(status));
    QVERIFY2(m_dialog->messageFor(QStringLiteral("resourceId")).contains(QLatin1String("InvalidResourceId.NotFound")),
             qPrintable(m_dialog->messageFor(QStringLiteral("resourceId"))));
    const FlowLogDraft after = m_dialog->currentDraft();
    QCOMPARE(after.resourceId, madeUp);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.resourceType, before.resourceType);
    QCOMPARE(after.projectName, before.projectName);
    QCOMPARE(after.logStoreName, before.logStoreName);
    QCOMPARE(resourceId->text(), madeUp);
    QVERIFY(create->isEnabled());
    // Choosing a vSwitch the account has clears the provider's message.
    resourceId->clear();
    QTest::keyClicks(resourceId, m_vswId);
    QVERIFY(!m_dialog->messageFor(QStringLiteral("resourceId")).contains(QLatin1String("InvalidResourceId")));
}

void TestCreateFlowLogDialog::sameDraftRetriedKeepsClientToken()
{
    MemoryCredentialStore wrong;
    for (const Profile &p : m_profiles.profiles())
        wrong.writeSecret(p.id, QStringLiteral("not-the-secret"), {}, this, [](const ApiError &) {});
    QTRY_VERIFY(wrong.contains(m_profiles.profiles().first().id));
    makeDialog(&wrong);
    fillValidVpc();
    auto *create = child<QPushButton>("createButton");
    QTest::mouseClick(create, Qt::LeftButton);
    waitIdle();
    const QString first = m_dialog->clientToken();
    QVERIFY(!first.isEmpty());
    QTest::mouseClick(create, Qt::LeftButton);
    waitIdle();
    QCOMPARE(m_dialog->clientToken(), first);
    // A changed draft is a different request: it gets its own token.
    QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("other"));
    QTest::mouseClick(create, Qt::LeftButton);
    waitIdle();
    QVERIFY(m_dialog->clientToken() != first);
}

void TestCreateFlowLogDialog::dryRunChecksWithoutClosing()
{
    auto *service = child<QComboBox>("serviceCombo");
    service->setCurrentIndex(service->findText(QStringLiteral("ECR")));
    QTest::keyClicks(child<QLineEdit>("instanceIdEdit"), m_vbrId);
    QTest::keyClicks(child<QLineEdit>("projectNameEdit"), QStringLiteral("gui-project"));
    QTest::keyClicks(child<QLineEdit>("logStoreNameEdit"), QStringLiteral("gui_store"));
    auto *dryRun = child<QPushButton>("dryRunButton");
    QVERIFY2(dryRun->isEnabled(), qPrintable(child<QPushButton>("createButton")->toolTip()));
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(dryRun, Qt::LeftButton);
    waitIdle();
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(status.contains(QLatin1String("Dry run passed")), qPrintable(status));
    QVERIFY(created.isEmpty());
    QVERIFY(m_dialog->isVisible());
}

bool TestCreateFlowLogDialog::startPrivate(test::SandboxFixture &sandbox, ProfileStore &profiles,
                                           MemoryCredentialStore &credentials, const QStringList &args)
{
    QString error;
    if (!sandbox.start(args, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    profiles.replaceAll(sandbox.profiles());
    takeSeededIds(sandbox);
    for (const Profile &p : sandbox.profiles())
        credentials.writeSecret(p.id, sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    if (!QTest::qWaitFor([&] { return credentials.contains(sandbox.profiles().first().id); }, 5000))
        return false;
    makeDialog(&credentials, &profiles);
    return true;
}

void TestCreateFlowLogDialog::cancelWhileSendingStopsAndKeepsDialog()
{
    test::SandboxFixture slow;
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QVERIFY(startPrivate(slow, profiles, credentials, {QStringLiteral("--latency-ms"), QStringLiteral("4000")}));
    fillValidVpc();
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!child<QLineEdit>("nameEdit")->isEnabled()); // inputs are frozen while sending
    QVERIFY(child<QWidget>("busyIndicator")->isVisible());
    // The request is out once the job exists; the sandbox holds its answer for 4 s.
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->findChild<CreateJob *>() || !m_dialog->isBusy(), 5000);
    QVERIFY2(m_dialog->isBusy(), qPrintable(QStringLiteral("the sandbox answered before the cancel: ") +
                                            child<QLabel>("statusLabel")->text()));
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 5000);
    QVERIFY(created.isEmpty());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QLineEdit>("resourceIdEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>("resourceIdEdit")->text(), m_vswId);
    QVERIFY(!child<QLabel>("statusLabel")->text().isEmpty());
}

void TestCreateFlowLogDialog::lostAnswerAfterCommitSaysItMayExist()
{
    test::SandboxFixture lossy;
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QVERIFY(
        startPrivate(lossy, profiles, credentials, {QStringLiteral("--fault"), QStringLiteral("reset-after-commit")}));
    fillValidVpc();
    lossy.resetStats();
    QSignalSpy created(m_dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    QTest::mouseClick(child<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 60000);
    const QString status = child<QLabel>("statusLabel")->text();
    QVERIFY2(created.isEmpty(), "the sandbox answered although it was told to drop the connection after committing");
    QVERIFY2(status.contains(QLatin1String("may")), qPrintable(status));
    QVERIFY(status.contains(QLatin1String("next listing")));
    QCOMPARE(child<QLineEdit>("resourceIdEdit")->text(), m_vswId);
    // Every retry carried the same client token: the sandbox made the flow log once.
    const QJsonObject stats = lossy.stats();
    QVERIFY(stats.contains(QLatin1String("created")));
    QCOMPARE(stats.value(QLatin1String("created")).toInt(), 1);
}

QTEST_MAIN(TestCreateFlowLogDialog)
#include "tst_createflowlogdialog.moc"
