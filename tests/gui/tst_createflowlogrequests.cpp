// The create dialog's requests against the real sandbox behind the real create jobs: created and listed, ER, a
// refused signature, provider errors at the fields they name, the client token of a retry, dry run, cancel while
// sending, and an answer lost after the commit.
#include "createdialogtestutil.h"
#include "createflowlogdialog.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "sourceid.h"
#include "sourcestatusmodel.h"
#include "tageditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

class TestCreateFlowLogRequests : public test::CreateDialogTestBase
{
    Q_OBJECT

private Q_SLOTS:
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
    // A private sandbox started with extra flags, its profiles and secrets, and a dialog on them.
    bool startPrivate(test::SandboxFixture &sandbox, ProfileStore &profiles, MemoryCredentialStore &credentials,
                      const QStringList &args);
};

void TestCreateFlowLogRequests::createAgainstSandboxEmitsCreatedAndCloses()
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

void TestCreateFlowLogRequests::erCreateUsesProfileRouterAndProject()
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

void TestCreateFlowLogRequests::failedCreateKeepsEveryInputAndShowsError()
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

void TestCreateFlowLogRequests::providerErrorIsShownAtTheFieldItNames()
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

void TestCreateFlowLogRequests::resourceTheAccountLacksShowsTheProviderErrorAndKeepsInput()
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

void TestCreateFlowLogRequests::sameDraftRetriedKeepsClientToken()
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

void TestCreateFlowLogRequests::dryRunChecksWithoutClosing()
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

bool TestCreateFlowLogRequests::startPrivate(test::SandboxFixture &sandbox, ProfileStore &profiles,
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

void TestCreateFlowLogRequests::cancelWhileSendingStopsAndKeepsDialog()
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

void TestCreateFlowLogRequests::lostAnswerAfterCommitSaysItMayExist()
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

QTEST_MAIN(TestCreateFlowLogRequests)
#include "tst_createflowlogrequests.moc"
