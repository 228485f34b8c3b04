// Issue 20, item 3: the create dialog, opened from the real window, offers the ids the account has (listed from the
// sandbox over loopback as the user types), says while it lists and when listing fails, and still takes free text.
#include "consolefixture.h"
#include "createflowlogdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace flowlog;

namespace {

// The ids a completer offers now (its popup's rows), as the edit would take them.
QStringList offered(QLineEdit *edit)
{
    QCompleter *completer = edit->completer();
    QStringList ids;
    if (!completer)
        return ids;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        ids << completer->pathFromIndex(completer->currentIndex());
    }
    return ids;
}

bool allStartWith(const QStringList &ids, const QString &prefix)
{
    return !ids.isEmpty() &&
           std::all_of(ids.cbegin(), ids.cend(), [&prefix](const QString &id) { return id.startsWith(prefix); });
}

} // namespace

class TestIdPicking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void vpcResourceIdsAreListedAsTheUserTypes();
    void cenIdsNarrowEachOther();
    void ecrInstancesAndVbrsComeFromTheAccount();
    void erRoutersAndAttachmentsComeFromTheRegion();
    void aFailedListingIsShownAndFreeTextStillWorks();

private:
    CreateFlowLogDialog *openDialog(MainWindow &window, const QString &profileName, const QString &service);
    template<typename T> static T *child(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    static bool listed(QWidget *dialog)
    {
        const QString text = child<QLabel>(dialog, "choicesLabel")->text();
        return !text.isEmpty() && !text.startsWith(QLatin1String("Loading"));
    }

    test::ConsoleFixture m_console;
    QList<Profile> m_huawei;
};

void TestIdPicking::initTestCase()
{
    QString error;
    // Answers take a little while, so that "loading" can be seen.
    QVERIFY2(m_console.start({QStringLiteral("--flowlogs"), QStringLiteral("4"), QStringLiteral("--latency-ms"),
                              QStringLiteral("100")},
                             &error),
             qPrintable(error));
    m_huawei = m_console.sandbox.profiles(Provider::Huawei);
    QVERIFY(!m_huawei.isEmpty());
}

void TestIdPicking::init()
{
    m_console.init(this);
    QList<Profile> all = m_console.aliyun;
    for (Profile p : std::as_const(m_huawei)) {
        p.erIds.clear(); // the routers come from the listing, not from the profile
        all << p;
        m_console.credentials->writeSecret(p.id, m_console.sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    }
    Profile keyless = m_console.aliyun.first();
    keyless.id = QStringLiteral("keyless");
    keyless.name = QStringLiteral("keyless");
    all << keyless; // no secret stored
    m_console.profiles->replaceAll(all);
}

void TestIdPicking::cleanup()
{
    m_console.cleanup();
}

CreateFlowLogDialog *TestIdPicking::openDialog(MainWindow &window, const QString &profileName, const QString &service)
{
    window.newFlowLog();
    auto *dialog = window.findChild<CreateFlowLogDialog *>();
    if (!dialog)
        return nullptr;
    auto *account = child<QComboBox>(dialog, "accountCombo");
    for (int i = 0; i < account->count(); ++i) {
        if (account->itemText(i).startsWith(profileName + QLatin1String(" (")))
            account->setCurrentIndex(i);
    }
    auto *services = child<QComboBox>(dialog, "serviceCombo");
    services->setCurrentIndex(services->findText(service));
    return dialog;
}

void TestIdPicking::vpcResourceIdsAreListedAsTheUserTypes()
{
    auto window = m_console.makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    CreateFlowLogDialog *dialog = openDialog(*window, m_console.aliyun.first().name, QStringLiteral("VPC"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *status = child<QLabel>(dialog, "choicesLabel");
    // The lists are fetched in the background: the form is usable meanwhile, and says so.
    QVERIFY2(status->text().startsWith(QLatin1String("Loading the account's")), qPrintable(status->text()));
    auto *type = child<QComboBox>(dialog, "resourceTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("VSwitch")));
    QVERIFY(type->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    QVERIFY2(status->text().contains(QLatin1String("listed), or enter any id.")), qPrintable(status->text()));

    // Typing lists the region's vSwitches that match, and Enter takes the id (not the name shown beside it).
    auto *resourceId = child<QLineEdit>(dialog, "resourceIdEdit");
    resourceId->setFocus();
    QTest::keyClicks(resourceId, QStringLiteral("vsw"));
    QAbstractItemView *popup = resourceId->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    const QStringList vSwitches = offered(resourceId);
    QVERIFY2(allStartWith(vSwitches, QStringLiteral("vsw-")), qPrintable(vSwitches.join(u',')));
    const QString shown = popup->model()->index(0, 0).data().toString();
    QVERIFY2(shown.contains(QStringLiteral(" — ")), qPrintable(shown)); // its name beside it
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY2(vSwitches.contains(resourceId->text()), qPrintable(resourceId->text()));
    QCOMPARE(dialog->currentDraft().resourceId, resourceId->text());
    QCOMPARE(dialog->messageFor(QStringLiteral("resourceId")), QString());

    // A VPC flow log picks among the VPCs, and a name finds its id too.
    type->setCurrentIndex(type->findData(QStringLiteral("VPC")));
    resourceId->clear();
    QTest::keyClicks(resourceId, QStringLiteral("vpc-"));
    const QStringList vpcs = offered(resourceId);
    QVERIFY2(allStartWith(vpcs, QStringLiteral("vpc-")), qPrintable(vpcs.join(u',')));
    // The button at the end of the edit lists them all.
    resourceId->clear();
    QAction *showAll = resourceId->findChild<QAction *>(QStringLiteral("resourceIdEditShowChoices"));
    QVERIFY(showAll);
    showAll->trigger();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(resourceId->completer()->completionCount(), vpcs.size());
    QTest::keyClick(popup, Qt::Key_Escape);

    // Free text stays allowed for an id the list lacks.
    resourceId->clear();
    QTest::keyClicks(resourceId, QStringLiteral("vpc-notlisted1"));
    QCOMPARE(dialog->currentDraft().resourceId, QStringLiteral("vpc-notlisted1"));

    // Network interfaces are not listed (ECS's): the input says to type the id.
    type->setCurrentIndex(type->findData(QStringLiteral("NetworkInterface")));
    resourceId->clear();
    QTest::keyClicks(resourceId, QStringLiteral("eni-"));
    QCOMPARE(resourceId->completer()->completionCount(), 0);
    QVERIFY2(resourceId->placeholderText().contains(QLatin1String("not listed")),
             qPrintable(resourceId->placeholderText()));
    dialog->reject();
}

void TestIdPicking::cenIdsNarrowEachOther()
{
    auto window = m_console.makeWindow();
    CreateFlowLogDialog *dialog = openDialog(*window, m_console.aliyun.first().name, QStringLiteral("CEN"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    auto *cen = child<QLineEdit>(dialog, "cenIdEdit");
    auto *router = child<QLineEdit>(dialog, "transitRouterIdEdit");
    auto *attachment = child<QLineEdit>(dialog, "transitRouterAttachmentIdEdit");
    QTest::keyClicks(cen, QStringLiteral("cen-"));
    const QStringList cens = offered(cen);
    QVERIFY2(allStartWith(cens, QStringLiteral("cen-")), qPrintable(cens.join(u',')));
    QVERIFY(cens.size() >= 2); // the sandbox seeds two CEN instances with a router in every region
    cen->setText(cens.first());
    QTest::keyClicks(router, QStringLiteral("tr-"));
    const QStringList routers = offered(router);
    QCOMPARE(routers.size(), 1); // the chosen CEN's router in this region
    router->setText(routers.first());
    QTest::keyClicks(attachment, QStringLiteral("tr-attach-"));
    const QStringList attachments = offered(attachment);
    QVERIFY2(allStartWith(attachments, QStringLiteral("tr-attach-")), qPrintable(attachments.join(u',')));
    dialog->reject();
}

void TestIdPicking::ecrInstancesAndVbrsComeFromTheAccount()
{
    auto window = m_console.makeWindow();
    CreateFlowLogDialog *dialog = openDialog(*window, m_console.aliyun.first().name, QStringLiteral("ECR"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    auto *ecr = child<QComboBox>(dialog, "ecrIdCombo");
    QVERIFY(ecr->count() >= 1);
    for (int i = 0; i < ecr->count(); ++i)
        QVERIFY2(ecr->itemText(i).startsWith(QLatin1String("ecr-")), qPrintable(ecr->itemText(i)));
    // The VBRs of the chosen instance.
    auto *vbr = child<QLineEdit>(dialog, "instanceIdEdit");
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    QTest::keyClicks(vbr, QStringLiteral("vbr-"));
    QTRY_VERIFY(!offered(vbr).isEmpty());
    QVERIFY2(allStartWith(offered(vbr), QStringLiteral("vbr-")), qPrintable(offered(vbr).join(u',')));
    dialog->reject();
}

void TestIdPicking::erRoutersAndAttachmentsComeFromTheRegion()
{
    auto window = m_console.makeWindow();
    CreateFlowLogDialog *dialog = openDialog(*window, m_huawei.first().name, QStringLiteral("ER"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    auto *router = child<QComboBox>(dialog, "erIdCombo");
    QVERIFY2(router->count() >= 1, qPrintable(child<QLabel>(dialog, "choicesLabel")->text()));
    QVERIFY(!router->currentText().isEmpty()); // the first is chosen, as a profile's would be
    QCOMPARE(dialog->currentDraft().erId, router->currentText());
    auto *attachment = child<QLineEdit>(dialog, "attachmentIdEdit");
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    attachment->setFocus();
    QAction *showAll = attachment->findChild<QAction *>(QStringLiteral("attachmentIdEditShowChoices"));
    QVERIFY(showAll);
    QTRY_VERIFY2(attachment->completer()->model()->rowCount() > 0,
                 qPrintable(child<QLabel>(dialog, "choicesLabel")->text()));
    showAll->trigger();
    QAbstractItemView *popup = attachment->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(attachment->text()).hasMatch(), qPrintable(attachment->text()));
    QCOMPARE(dialog->messageFor(QStringLiteral("resourceId")), QString());
    dialog->reject();
}

void TestIdPicking::aFailedListingIsShownAndFreeTextStillWorks()
{
    auto window = m_console.makeWindow();
    CreateFlowLogDialog *dialog = openDialog(*window, QStringLiteral("keyless"), QStringLiteral("VPC"));
    QVERIFY(dialog);
    auto *status = child<QLabel>(dialog, "choicesLabel");
    QTRY_VERIFY_WITH_TIMEOUT(listed(dialog), 15000);
    QVERIFY2(status->text().startsWith(QLatin1String("Could not list the account's")), qPrintable(status->text()));
    QVERIFY2(status->text().endsWith(QLatin1String("Type the ids instead.")), qPrintable(status->text()));
    auto *type = child<QComboBox>(dialog, "resourceTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("VSwitch")));
    auto *resourceId = child<QLineEdit>(dialog, "resourceIdEdit");
    QTest::keyClicks(resourceId, QStringLiteral("vsw-typed1"));
    QCOMPARE(resourceId->completer()->completionCount(), 0);
    QCOMPARE(dialog->currentDraft().resourceId, QStringLiteral("vsw-typed1"));
    QCOMPARE(dialog->messageFor(QStringLiteral("resourceId")), QString());
    dialog->reject();
}

QTEST_MAIN(TestIdPicking)
#include "tst_idpicking.moc"
