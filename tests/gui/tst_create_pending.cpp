// The create dialog never duplicates a create, across dialogs and restarts: the first create loses its answer
// (the sandbox's reset-after-commit fault, set at run time), the dialog is closed, and the same draft sent from a
// reopened dialog - or from a new dialog on freshly built stores, as after a restart - settles the first create
// with its client token instead of making a second. The user's profiles live in a real settings file here, so the
// pending create goes to the real state file that flowlog-cli shares.
#include "createflowlogdialog.h"
#include "memorycredentialstore.h"
#include "pendingcreates.h"
#include "profilestore.h"
#include "sandboxfixture.h"
#include "seededids.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace flowlog;

namespace {

// What a restart rebuilds: the settings, the profile store on them, the credential store, the dialog.
struct Session
{
    QSettings settings{QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
                       QStringLiteral("flowlog-console")};
    ProfileStore profiles{&settings};
    MemoryCredentialStore credentials;
    std::unique_ptr<CreateFlowLogDialog> dialog;
};

} // namespace

class TestCreatePending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reopenedDialogSettlesTheLostCreate();
    void restartedSessionSettlesTheLostCreate();
    void messageNamesTheTokenAndPromisesOnlyWhatTheApiKeeps();

private:
    std::unique_ptr<Session> open();
    static FlowLogDraft draft(const QString &resourceId);
    // Sends the draft from the session's dialog; the status text once the dialog is idle.
    static QString submit(Session &session, const FlowLogDraft &draft, QSignalSpy &createdSpy);
    [[nodiscard]] int created();

    test::SandboxFixture m_sandbox;
    Profile m_account;
    QStringList m_vSwitches; // the account's vSwitches in cn-hangzhou: one per case, so their drafts differ
    QNetworkAccessManager m_nam;
};

void TestCreatePending::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("1")}, &error), qPrintable(error));
    m_account = m_sandbox.profiles(Provider::Aliyun).value(0);
    QVERIFY(!m_account.id.isEmpty());
    const test::SeededIds seeded(m_sandbox.resources(m_account.name));
    for (int i = 0; i < 3; ++i)
        m_vSwitches << seeded.vSwitch(QStringLiteral("cn-hangzhou"), i);
    QVERIFY(!m_vSwitches.contains(QString()));
    // A clean start: no profile and no pending create of an earlier run of this test.
    QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("flowlog"),
              QStringLiteral("flowlog-console"))
        .clear();
    QFile::remove(PendingCreates::defaultPath());
    Session first;
    QVERIFY2(first.profiles.add(m_account), qPrintable(first.profiles.lastError()));
}

std::unique_ptr<Session> TestCreatePending::open()
{
    auto session = std::make_unique<Session>();
    session->credentials.writeSecret(m_account.id, m_sandbox.secret(m_account.id), {}, this, [](const ApiError &) {});
    session->dialog = std::make_unique<CreateFlowLogDialog>(&session->profiles, &session->credentials,
                                                            [this](const Profile &) { return &m_nam; });
    session->dialog->show();
    return session;
}

FlowLogDraft TestCreatePending::draft(const QString &resourceId)
{
    FlowLogDraft d;
    d.service = Service::Vpc;
    d.region = QStringLiteral("cn-hangzhou");
    d.name = QStringLiteral("gui-once");
    d.resourceType = QStringLiteral("VSwitch");
    d.resourceId = resourceId;
    d.trafficType = QStringLiteral("All");
    d.projectName = QStringLiteral("gui-project");
    d.logStoreName = QStringLiteral("gui_store");
    return d;
}

QString TestCreatePending::submit(Session &session, const FlowLogDraft &d, QSignalSpy &createdSpy)
{
    CreateFlowLogDialog *dialog = session.dialog.get();
    dialog->setDraft(d);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    if (!create->isEnabled())
        return QStringLiteral("Create is disabled: ") + create->toolTip();
    QTest::mouseClick(create, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !dialog->isBusy() || !createdSpy.isEmpty(); }, 60000))
        return QStringLiteral("still busy");
    return dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
}

int TestCreatePending::created()
{
    return m_sandbox.stats().value(QLatin1String("created")).toInt();
}

void TestCreatePending::reopenedDialogSettlesTheLostCreate()
{
    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit")));
    std::unique_ptr<Session> session = open();
    QSignalSpy lostSpy(session->dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    const QString lost = submit(*session, draft(m_vSwitches.at(0)), lostSpy);
    QVERIFY2(lostSpy.isEmpty(), qPrintable(lost));
    const QString token = session->dialog->clientToken();
    QVERIFY2(lost.contains(token), qPrintable(lost));
    QCOMPARE(created(), 1);
    session->dialog->reject(); // closed, the draft gone with it
    session->dialog.reset();

    QVERIFY(m_sandbox.clearFaults());
    session->dialog = std::make_unique<CreateFlowLogDialog>(&session->profiles, &session->credentials,
                                                            [this](const Profile &) { return &m_nam; });
    session->dialog->show();
    QSignalSpy createdSpy(session->dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    const QString status = submit(*session, draft(m_vSwitches.at(0)), createdSpy);
    QVERIFY2(createdSpy.size() == 1, qPrintable(status));
    QCOMPARE(session->dialog->clientToken(), token);
    QCOMPARE(created(), 1);
    QVERIFY(PendingCreates(PendingCreates::defaultPath()).entries().isEmpty());
}

void TestCreatePending::restartedSessionSettlesTheLostCreate()
{
    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit")));
    QString token;
    {
        std::unique_ptr<Session> before = open();
        QSignalSpy lostSpy(before->dialog.get(), &CreateFlowLogDialog::flowLogCreated);
        const QString lost = submit(*before, draft(m_vSwitches.at(1)), lostSpy);
        QVERIFY2(lostSpy.isEmpty(), qPrintable(lost));
        token = before->dialog->clientToken();
    } // everything of the first run is gone; only the files stay
    QCOMPARE(created(), 1);
    const QList<PendingCreate> pending = PendingCreates(PendingCreates::defaultPath()).entries();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().clientToken, token);

    QVERIFY(m_sandbox.clearFaults());
    std::unique_ptr<Session> after = open();
    QSignalSpy createdSpy(after->dialog.get(), &CreateFlowLogDialog::flowLogCreated);
    const QString status = submit(*after, draft(m_vSwitches.at(1)), createdSpy);
    QVERIFY2(createdSpy.size() == 1, qPrintable(status));
    QCOMPARE(after->dialog->clientToken(), token);
    QCOMPARE(created(), 1);
}

void TestCreatePending::messageNamesTheTokenAndPromisesOnlyWhatTheApiKeeps()
{
    const QString withToken = unknownOutcomeHint(QStringLiteral("tok-1"));
    QVERIFY(withToken.contains(QLatin1String("tok-1")));
    QVERIFY(withToken.contains(QLatin1String("not create it twice")));
    // An operation without a client token (a VPC lifecycle call) gets no promise, only what to check.
    const QString without = unknownOutcomeHint({});
    QVERIFY(!without.contains(QLatin1String("twice")) || without.contains(QLatin1String("may be carried out twice")));
    QVERIFY(!without.contains(QLatin1String("safe")));
    QVERIFY(without.contains(QLatin1String("no client token")));
}

QTEST_MAIN(TestCreatePending)
#include "tst_create_pending.moc"
