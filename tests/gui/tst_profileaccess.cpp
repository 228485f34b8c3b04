// The profile editor's access kinds (issue 16): its own key, a role (Alibaba) or agency (Huawei) assumed with it,
// an organisation. Only the fields of the provider and the kind are shown; each is checked as typed with the rules
// the CLI uses, and what is saved is what the form shows.
#include "profileeditdialog.h"
#include "profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace flowlog;

class TestProfileAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roleFieldsAreShownAndCheckedAsTyped();
    void agencyFieldsReplaceTheRoleOnHuawei();
    void organisationShowsTheMemberRoleWithItsDefault();
    void anExistingRoleProfileOpensWithItsFields();

private:
    template<typename T> T *child(const char *name) const { return m_editor->findChild<T *>(QLatin1String(name)); }
    [[nodiscard]] bool shown(const char *field) const
    {
        return m_editor->findChild<QFormLayout *>(QStringLiteral("formLayout"))
            ->isRowVisible(m_editor->findChild<QWidget *>(QLatin1String(field)));
    }
    [[nodiscard]] QString message() const
    {
        const QLabel *label = child<QLabel>("accessMessageLabel");
        return label->isVisibleTo(m_editor.get()) ? label->text() : QString();
    }
    void type(const char *field, const QString &text)
    {
        child<QLineEdit>(field)->clear();
        QTest::keyClicks(child<QLineEdit>(field), text);
    }
    void open(const Profile &profile, bool isNew);

    ProfileStore m_profiles;
    std::unique_ptr<ProfileEditDialog> m_editor;
};

void TestProfileAccess::init()
{
    Profile p;
    p.name = QStringLiteral("new");
    open(p, true);
}

void TestProfileAccess::cleanup()
{
    m_editor.reset();
}

void TestProfileAccess::open(const Profile &profile, bool isNew)
{
    m_editor = std::make_unique<ProfileEditDialog>(&m_profiles, profile, isNew);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestProfileAccess::roleFieldsAreShownAndCheckedAsTyped()
{
    // Its own key: no role, agency or member fields; Alibaba's instances only.
    for (const char *field : {"roleArnEdit", "sessionNameEdit", "externalIdEdit", "durationSpin", "agencyNameEdit",
                              "domainIdEdit", "memberRoleEdit", "memberAgencyEdit", "projectIdsEdit", "erIdsEdit"})
        QVERIFY2(!shown(field), field);
    QVERIFY(shown("ecrIdsEdit"));
    QVERIFY(message().isEmpty());

    child<QComboBox>("accessCombo")->setCurrentIndex(1);
    for (const char *field : {"roleArnEdit", "sessionNameEdit", "externalIdEdit", "durationSpin"})
        QVERIFY2(shown(field), field);
    QVERIFY(!shown("agencyNameEdit") && !shown("memberRoleEdit"));
    QCOMPARE(message(), QStringLiteral("Enter the role ARN."));
    type("roleArnEdit", QStringLiteral("acs:ram::12ab:role/x"));
    QVERIFY(message().startsWith(QLatin1String("The role ARN must look like")));
    type("roleArnEdit", QStringLiteral("acs:ram::1234567890:role/reader"));
    QVERIFY(message().isEmpty());
    type("sessionNameEdit", QStringLiteral("a"));
    QVERIFY(message().startsWith(QLatin1String("The session name must be 2 to 64")));
    type("sessionNameEdit", QStringLiteral("ops"));
    type("externalIdEdit", QStringLiteral("x y"));
    QVERIFY(message().startsWith(QLatin1String("The external ID must be")));
    type("externalIdEdit", QStringLiteral("ext-1"));
    QVERIFY(message().isEmpty());
    QCOMPARE(child<QSpinBox>("durationSpin")->minimum(), 900);
    QCOMPARE(child<QSpinBox>("durationSpin")->maximum(), 43200);
    child<QSpinBox>("durationSpin")->setValue(7200);

    type("accessKeyIdEdit", QStringLiteral("LTAIkey"));
    type("secretEdit", QStringLiteral("secret"));
    QSignalSpy save(m_editor.get(), &ProfileEditDialog::saveRequested);
    QTest::mouseClick(m_editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(save.size(), 1);
    const Profile p = m_editor->profile();
    QCOMPARE(p.roleArn, QStringLiteral("acs:ram::1234567890:role/reader"));
    QCOMPARE(p.roleSessionName, QStringLiteral("ops"));
    QCOMPARE(p.externalId, QStringLiteral("ext-1"));
    QCOMPARE(p.durationSeconds, 7200);
    QCOMPARE(p.access(), Profile::Access::Role);
    QVERIFY(p.agencyName.isEmpty() && !p.organization);
}

void TestProfileAccess::agencyFieldsReplaceTheRoleOnHuawei()
{
    child<QComboBox>("accessCombo")->setCurrentIndex(1);
    type("roleArnEdit", QStringLiteral("acs:ram::1234567890:role/reader"));
    child<QComboBox>("providerCombo")->setCurrentIndex(1);
    QCOMPARE(child<QComboBox>("accessCombo")->currentIndex(), 1); // the kind stays, its fields change
    QVERIFY(shown("agencyNameEdit") && shown("domainIdEdit"));
    QVERIFY(!shown("roleArnEdit") && !shown("durationSpin") && !shown("ecrIdsEdit"));
    QVERIFY(shown("projectIdsEdit") && shown("erIdsEdit"));
    QVERIFY(message().startsWith(QLatin1String("The agency name must be")));
    type("agencyNameEdit", QStringLiteral("flowlog-audit"));
    QCOMPARE(message(), QStringLiteral("An agency needs the domain ID of the account that owns it."));
    type("domainIdEdit", QStringLiteral("0a1b 2c"));
    QVERIFY(message().startsWith(QLatin1String("The account (domain) ID must be")));
    type("domainIdEdit", QStringLiteral("0a1b2c"));
    QVERIFY(message().isEmpty());
    const Profile p = m_editor->profile();
    QCOMPARE(p.provider, Provider::Huawei);
    QCOMPARE(p.agencyName, QStringLiteral("flowlog-audit"));
    QCOMPARE(p.agencyDomainId, QStringLiteral("0a1b2c"));
    QVERIFY(p.roleArn.isEmpty()); // the hidden Alibaba field is not saved
    QCOMPARE(p.access(), Profile::Access::Agency);
}

void TestProfileAccess::organisationShowsTheMemberRoleWithItsDefault()
{
    child<QComboBox>("accessCombo")->setCurrentIndex(2);
    QVERIFY(shown("memberRoleEdit") && !shown("memberAgencyEdit"));
    QCOMPARE(child<QLineEdit>("memberRoleEdit")->placeholderText(),
             QStringLiteral("ResourceDirectoryAccountAccessRole"));
    QVERIFY(message().isEmpty()); // the management account's own role is optional
    type("memberRoleEdit", QStringLiteral("bad role"));
    QVERIFY(message().startsWith(QLatin1String("The role name must be")));
    type("memberRoleEdit", QStringLiteral("AuditRole"));
    QVERIFY(message().isEmpty());
    Profile p = m_editor->profile();
    QVERIFY(p.organization);
    QCOMPARE(p.memberRole, QStringLiteral("AuditRole"));
    QVERIFY(p.roleArn.isEmpty());
    child<QComboBox>("providerCombo")->setCurrentIndex(1);
    QVERIFY(shown("memberAgencyEdit") && !shown("memberRoleEdit"));
    QCOMPARE(child<QLineEdit>("memberAgencyEdit")->placeholderText(), QStringLiteral("flowlog-audit"));
    p = m_editor->profile();
    QVERIFY(p.memberRole.isEmpty());
    QCOMPARE(p.effectiveMemberAgency(), QStringLiteral("flowlog-audit"));
}

void TestProfileAccess::anExistingRoleProfileOpensWithItsFields()
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("member");
    p.accessKeyId = QStringLiteral("LTAIkey");
    p.roleArn = QStringLiteral("acs:ram::1234567890:role/reader");
    p.externalId = QStringLiteral("ext");
    p.durationSeconds = 1800;
    open(p, false);
    QCOMPARE(child<QComboBox>("accessCombo")->currentIndex(), 1);
    QVERIFY(shown("roleArnEdit"));
    QCOMPARE(child<QLineEdit>("roleArnEdit")->text(), p.roleArn);
    QCOMPARE(child<QSpinBox>("durationSpin")->value(), 1800);
    QCOMPARE(m_editor->profile(), p);
}

QTEST_MAIN(TestProfileAccess)
#include "tst_profileaccess.moc"
