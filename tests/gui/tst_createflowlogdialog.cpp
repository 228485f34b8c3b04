// The create dialog's form driven like a user: the fields each account and service bring, messages while typing,
// the interval and sampling choices, the tag editor, and defaults from the selected row or the profile.
#include "createdialogtestutil.h"
#include "createflowlogdialog.h"
#include "tageditor.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace flowlog;

class TestCreateFlowLogDialog : public test::CreateDialogTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void accountChoosesServicesAndServiceChoosesFields();
    void newFormShowsNoMessagesButCreateIsDisabled();
    void typingInvalidNameShowsMessageAndDisablesCreate();
    void typingInvalidSlsNamesShowsTheirMessages();
    void intervalAndSamplingCombosHoldOnlyValidValues();
    void tagEditorPastesLinesUpToTwentyWithRowErrors();
    void tagEditorRemovesRowsAndClearsErrors();
    void defaultsComeFromSelectedRow();
    void erRouterComesFromProfileForRegion();
};

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

QTEST_MAIN(TestCreateFlowLogDialog)
#include "tst_createflowlogdialog.moc"
