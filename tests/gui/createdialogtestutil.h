#pragma once

// What the create dialog test executables share: the real sandbox with two flow logs a source, its profiles and
// secrets, the ids of its seeded networks, and a dialog on them driven through its widgets.
#include "createflowlogdialog.h"
#include "memorycredentialstore.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "seededids.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

#include <memory>

namespace flowlog::test {

// The base of the create dialog test classes. Qt Test runs its initTestCase(), init() and cleanup() for a derived
// class: each test function starts with a new dialog on the shared sandbox.
class CreateDialogTestBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
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

    void init()
    {
        makeDialog();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        takeSeededIds(m_sandbox); // after a private sandbox's test
    }

protected:
    // The networks of the sandbox the dialog talks to (ali-prod, hw-payments): what valid drafts name.
    void takeSeededIds(SandboxFixture &sandbox)
    {
        for (const Profile &p : sandbox.profiles()) {
            const SeededIds ids(sandbox.resources(p.name));
            const QString region = p.effectiveRegions().value(0);
            if (p.name == QLatin1String("ali-prod")) {
                m_vswId = ids.vSwitch(region);
                m_vbrId = ids.ecrChild(p.ecrIds.value(0));
            } else if (p.name == QLatin1String("hw-payments")) {
                m_erAttachment = ids.erAttachment(p.erIds.value(region).value(0));
            }
        }
    }

    CreateFlowLogDialog *makeDialog(CredentialStore *credentials = nullptr, ProfileStore *profiles = nullptr)
    {
        m_dialog.reset();
        m_dialog = std::make_unique<CreateFlowLogDialog>(profiles ? profiles : &m_profiles,
                                                         credentials ? credentials : &m_credentials,
                                                         [this](const Profile &) { return &m_nam; });
        m_dialog->show();
        return m_dialog.get();
    }

    template<typename T> T *child(const char *name)
    {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000); }

    void fillValidVpc()
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

    SandboxFixture m_sandbox;
    QString m_vswId;        // a vSwitch of ali-prod in its first region
    QString m_vbrId;        // a VBR of ali-prod's ECR instance
    QString m_erAttachment; // an attachment of hw-payments' router in its first region
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<CreateFlowLogDialog> m_dialog;
};

} // namespace flowlog::test
