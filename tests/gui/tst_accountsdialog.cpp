// AccountsDialog driven like a user: add, edit (rename, new secret), test connection against the real sandbox,
// remove with the confirmation answered through the seam, import from an aliyun CLI config.
#include "accountsdialog.h"
#include "discoverdialog.h"
#include "failingcredentialstore.h"
#include "memorycredentialstore.h"
#include "profileeditdialog.h"
#include "profilestore.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace flowlog;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addSavesProfileAndSecret();
    void editorRefusesIncompleteInput();
    void testConnectionSucceedsWithTheRightSecret();
    void editRenamesKeepsSecretAndWrongSecretShowsProviderError();
    void removeAsksAndDeletesProfileAndSecret();
    void importListsFoundAndSkippedAndImportsChosen();
    void importPicksTheFileAndSaysWhyEachIsLeftOut();
    void withoutAKeychainNothingIsSavedOrRemovedAndTheFixIsShown();
    void discoverShowsWhatARefreshCoversBeforeSaving();

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    void clickOk(QDialog *dialog);
    void fillEditor(ProfileEditDialog *editor, const QString &name, const QString &akid, const QString &secret);
    void selectRow(int row);
    bool addSandboxProfile(const QString &name);

    test::SandboxFixture m_sandbox;
    Profile m_real; // a sandbox account
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<AccountsDialog> m_dialog;
};

void TestAccountsDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("3")}, &error), qPrintable(error));
    m_real = m_sandbox.profiles(Provider::Aliyun).value(0);
    QVERIFY(!m_real.accessKeyId.isEmpty());
}

void TestAccountsDialog::init()
{
    m_profiles = std::make_unique<ProfileStore>();
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_dialog = std::make_unique<AccountsDialog>(m_profiles.get(), m_credentials.get(),
                                                [this](const Profile &) { return &m_nam; });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAccountsDialog::cleanup()
{
    m_dialog.reset();
    m_credentials.reset();
    m_profiles.reset();
}

void TestAccountsDialog::clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestAccountsDialog::fillEditor(ProfileEditDialog *editor, const QString &name, const QString &akid,
                                    const QString &secret)
{
    auto *nameEdit = child<QLineEdit>(editor, "nameEdit");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    child<QLineEdit>(editor, "accessKeyIdEdit")->setText(akid);
    QTest::keyClicks(child<QLineEdit>(editor, "secretEdit"), secret);
    child<QLineEdit>(editor, "regionsEdit")->setText(m_real.effectiveRegions().first());
    child<QLineEdit>(editor, "endpointEdit")->setText(m_sandbox.baseUrl().toString());
}

void TestAccountsDialog::selectRow(int row)
{
    auto *table = child<QTableWidget>(m_dialog.get(), "profilesTable");
    table->selectRow(row);
}

bool TestAccountsDialog::addSandboxProfile(const QString &name)
{
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    ProfileEditDialog *editor = m_dialog->editor();
    if (!editor)
        return false;
    fillEditor(editor, name, m_real.accessKeyId, m_sandbox.secret(m_real.id));
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    clickOk(editor);
    return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000) && finished.first().first().toBool();
}

void TestAccountsDialog::addSavesProfileAndSecret()
{
    QVERIFY(addSandboxProfile(QStringLiteral("sandbox-a")));
    QCOMPARE(m_profiles->profiles().size(), 1);
    const Profile p = m_profiles->profiles().first();
    QCOMPARE(p.name, QStringLiteral("sandbox-a"));
    QCOMPARE(p.endpoint, m_sandbox.baseUrl());
    QVERIFY(m_credentials->contains(p.id));
    auto *table = child<QTableWidget>(m_dialog.get(), "profilesTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("sandbox-a"));
    // The table shows no secret.
    for (int c = 0; c < table->columnCount(); ++c)
        QVERIFY(!table->item(0, c)->text().contains(m_sandbox.secret(m_real.id)));
}

void TestAccountsDialog::editorRefusesIncompleteInput()
{
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    ProfileEditDialog *editor = m_dialog->editor();
    QVERIFY(editor);
    fillEditor(editor, QStringLiteral("nosecret"), QStringLiteral("AK"), QString());
    clickOk(editor);
    QVERIFY(editor->isVisible());
    QVERIFY(child<QLabel>(editor, "errorLabel")->text().contains(QStringLiteral("secret")));
    child<QLineEdit>(editor, "secretEdit")->setText(QStringLiteral("s"));
    QCOMPARE(child<QLabel>(editor, "errorLabel")->text(), QString()); // fixed: the message goes (issue 20 item 11)
    child<QLineEdit>(editor, "endpointEdit")->setText(QStringLiteral("http://example.com"));
    clickOk(editor);
    QVERIFY(editor->isVisible());
    QVERIFY(child<QLabel>(editor, "errorLabel")->text().contains(QStringLiteral("https")));
    child<QLineEdit>(editor, "endpointEdit")->setText(QStringLiteral("https://example.com"));
    QCOMPARE(child<QLabel>(editor, "errorLabel")->text(), QString());
    child<QLineEdit>(editor, "endpointEdit")->setText(QStringLiteral("http://example.com"));
    QVERIFY(m_profiles->profiles().isEmpty());
    editor->reject();
}

void TestAccountsDialog::testConnectionSucceedsWithTheRightSecret()
{
    QVERIFY(addSandboxProfile(QStringLiteral("sandbox-ok")));
    selectRow(0);
    m_sandbox.resetStats();
    QSignalSpy tested(m_dialog.get(), &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 20000));
    const QString text = child<QPlainTextEdit>(m_dialog.get(), "resultText")->toPlainText();
    QVERIFY2(tested.first().first().toBool(), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("connection OK")));
    // One cheap call: the first page only.
    QCOMPARE(m_sandbox.stats().value(QLatin1String("requests")).toInt(), 1);
}

void TestAccountsDialog::editRenamesKeepsSecretAndWrongSecretShowsProviderError()
{
    QVERIFY(addSandboxProfile(QStringLiteral("before")));
    const QString id = m_profiles->profiles().first().id;
    selectRow(0);

    // Rename without touching the secret: the secret stays under the same id.
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "editButton"), Qt::LeftButton);
    ProfileEditDialog *editor = m_dialog->editor();
    QVERIFY(editor);
    auto *name = child<QLineEdit>(editor, "nameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("after"));
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    QCOMPARE(m_profiles->profiles().first().name, QStringLiteral("after"));
    QCOMPARE(m_profiles->profiles().first().id, id);
    QVERIFY(m_credentials->contains(id));
    selectRow(0);
    QSignalSpy tested(m_dialog.get(), &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 20000));
    QVERIFY(tested.takeFirst().first().toBool());

    // A wrong secret: the provider's code and request id are shown, the secret is not.
    const QString wrong = QStringLiteral("wrong-secret-for-the-dialog-test");
    selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "editButton"), Qt::LeftButton);
    editor = m_dialog->editor();
    QVERIFY(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "secretEdit"), wrong);
    finished.clear();
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 20000));
    QVERIFY(!tested.first().first().toBool());
    const QString text = child<QPlainTextEdit>(m_dialog.get(), "resultText")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("SignatureDoesNotMatch")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("request id")));
    QVERIFY(!text.contains(wrong));
}

void TestAccountsDialog::removeAsksAndDeletesProfileAndSecret()
{
    QVERIFY(addSandboxProfile(QStringLiteral("doomed")));
    const QString id = m_profiles->profiles().first().id;
    QString asked;
    m_dialog->setConfirm([&asked](QWidget *, const QString &question) {
        asked = question;
        return false;
    });
    selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
    QVERIFY(asked.contains(QStringLiteral("doomed")));
    QCOMPARE(m_profiles->profiles().size(), 1);

    m_dialog->setConfirm([](QWidget *, const QString &) { return true; });
    selectRow(0);
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(!m_credentials->contains(id));
    QCOMPARE(child<QTableWidget>(m_dialog.get(), "profilesTable")->rowCount(), 0);
}

void TestAccountsDialog::importListsFoundAndSkippedAndImportsChosen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    const auto entry = [](const QString &name, const QString &mode, const QString &sts) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("mode"), mode},
                           {QStringLiteral("access_key_id"), QStringLiteral("LTAIgui")},
                           {QStringLiteral("access_key_secret"), QStringLiteral("gui-import-secret")},
                           {QStringLiteral("sts_token"), sts},
                           {QStringLiteral("region_id"), QStringLiteral("cn-hangzhou")}};
    };
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("profiles"),
                         QJsonArray{entry(QStringLiteral("gui-ak"), QStringLiteral("AK"), {}),
                                    entry(QStringLiteral("gui-sts"), QStringLiteral("StsToken"), QStringLiteral("t")),
                                    entry(QStringLiteral("gui-role"), QStringLiteral("EcsRamRole"), {})}}})
            .toJson());
    f.close();
    m_dialog->setAliyunConfigPath(path);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importButton"), Qt::LeftButton);
    auto *chooser = m_dialog->findChild<QDialog *>(QStringLiteral("importDialog"));
    QVERIFY(chooser);
    auto *list = child<QListWidget>(chooser, "importList");
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(2)->text().contains(QStringLiteral("unsupported mode EcsRamRole")));
    list->item(1)->setCheckState(Qt::Unchecked); // import only gui-ak
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    clickOk(chooser);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(m_profiles->profiles().size(), 1);
    const Profile p = m_profiles->profiles().first();
    QCOMPARE(p.name, QStringLiteral("gui-ak"));
    QVERIFY(m_credentials->contains(p.id));
    QVERIFY(!child<QPlainTextEdit>(m_dialog.get(), "resultText")
                 ->toPlainText()
                 .contains(QStringLiteral("gui-import-secret")));
}

void TestAccountsDialog::importPicksTheFileAndSaysWhyEachIsLeftOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picked.json"));
    const auto entry = [](const QString &name, const QString &mode) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("mode"), mode},
                           {QStringLiteral("access_key_id"), QStringLiteral("LTAIpick")},
                           {QStringLiteral("access_key_secret"), QStringLiteral("pick-secret")},
                           {QStringLiteral("region_id"), QStringLiteral("cn-hangzhou")}};
    };
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("profiles"),
                                       QJsonArray{entry(QStringLiteral("pick-new"), QStringLiteral("AK")),
                                                  entry(QStringLiteral("pick-old"), QStringLiteral("AK")),
                                                  entry(QStringLiteral("pick-ecs"), QStringLiteral("EcsRamRole"))}}})
                .toJson());
    f.close();
    Profile old = m_real;
    old.id = Profile::newId();
    old.name = QStringLiteral("pick-old");
    QVERIFY(m_profiles->add(old));

    // The default file is missing: the dialog says so and lets the user pick another one.
    m_dialog->setAliyunConfigPath(dir.filePath(QStringLiteral("missing.json")));
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importButton"), Qt::LeftButton);
    auto *chooser = m_dialog->findChild<QDialog *>(QStringLiteral("importDialog"));
    QVERIFY(chooser);
    QVERIFY(QTest::qWaitForWindowExposed(chooser));
    auto *summary = child<QLabel>(chooser, "importSummary");
    QVERIFY2(summary->text().startsWith(QStringLiteral("Cannot read ")), qPrintable(summary->text()));
    auto *buttons = child<QDialogButtonBox>(chooser, "importButtons");
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(child<QPushButton>(chooser, "choosePathButton"));
    auto *pathEdit = child<QLineEdit>(chooser, "importPath");
    pathEdit->setText(QDir::toNativeSeparators(path));
    Q_EMIT pathEdit->editingFinished();

    // Every profile is listed; the one not ticked and the one skipped each say why.
    auto *list = child<QListWidget>(chooser, "importList");
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("an account named pick-old exists already")),
             qPrintable(list->item(1)->text()));
    QVERIFY(list->item(2)->text().contains(QStringLiteral("skipped, unsupported mode EcsRamRole")));
    QCOMPARE(summary->text(), QStringLiteral("3 profiles in the file: 1 ticked for import, 1 not ticked, 1 cannot be "
                                             "imported (each says why)."));
    // Sized to its content: the longest line fits without scrolling sideways.
    QVERIFY2(list->viewport()->width() >= list->sizeHintForColumn(0),
             qPrintable(QStringLiteral("%1 < %2").arg(list->viewport()->width()).arg(list->sizeHintForColumn(0))));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());

    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    clickOk(chooser);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    QVERIFY(m_profiles->findByName(QStringLiteral("pick-new")));
    const QString log = child<QPlainTextEdit>(m_dialog.get(), "resultText")->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("pick-old not imported: not ticked: an account named pick-old exists "
                                         "already.")),
             qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("pick-ecs not imported: skipped, unsupported mode EcsRamRole.")),
             qPrintable(log));
    QVERIFY(!log.contains(QStringLiteral("pick-secret")));
}

void TestAccountsDialog::withoutAKeychainNothingIsSavedOrRemovedAndTheFixIsShown()
{
    ProfileStore profiles;
    Profile existing = m_real;
    existing.id = Profile::newId();
    existing.name = QStringLiteral("existing");
    existing.endpoint = m_sandbox.baseUrl();
    QVERIFY(profiles.add(existing));
    test::FailingCredentialStore credentials;
    AccountsDialog dialog(&profiles, &credentials, [this](const Profile &) { return &m_nam; });
    dialog.setConfirm([](QWidget *, const QString &) { return true; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *result = child<QPlainTextEdit>(&dialog, "resultText");

    QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
    ProfileEditDialog *editor = dialog.editor();
    QVERIFY(editor);
    fillEditor(editor, QStringLiteral("new"), QStringLiteral("AK"), QStringLiteral("typed-secret-not-shown"));
    QSignalSpy finished(&dialog, &AccountsDialog::operationFinished);
    clickOk(editor);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    QVERIFY(!finished.takeFirst().first().toBool());
    QCOMPARE(profiles.profiles().size(), 1);
    QVERIFY(result->toPlainText().contains(QStringLiteral("No Secret Service is running")));
    QVERIFY(!result->toPlainText().contains(QStringLiteral("typed-secret-not-shown")));

    child<QTableWidget>(&dialog, "profilesTable")->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000));
    QVERIFY(!finished.takeFirst().first().toBool());
    QCOMPARE(profiles.profiles().size(), 1); // kept, so no secret is orphaned

    child<QTableWidget>(&dialog, "profilesTable")->selectRow(0);
    QSignalSpy tested(&dialog, &AccountsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 5000));
    QVERIFY(!tested.first().first().toBool());
    QVERIFY(result->toPlainText().contains(QStringLiteral("NoBackendAvailable")));
}

void TestAccountsDialog::discoverShowsWhatARefreshCoversBeforeSaving()
{
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    ProfileEditDialog *editor = m_dialog->editor();
    QVERIFY(editor);
    fillEditor(editor, QStringLiteral("typed-only"), m_real.accessKeyId, m_sandbox.secret(m_real.id));
    child<QLineEdit>(editor, "regionsEdit")->setText(QStringLiteral("cn-hangzhou, xx-nowhere-1"));
    QTest::mouseClick(child<QPushButton>(editor, "discoverButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return m_dialog->discoverDialog() != nullptr; }, 5000));
    DiscoverDialog *discover = m_dialog->discoverDialog();
    QVERIFY(QTest::qWaitFor([&] { return !discover->isRunning() && !discover->accounts().isEmpty(); }, 20000));
    // What the typed, unsaved values cover: the typed region that exists, and the one that does not named.
    const DiscoveredAccount &a = discover->accounts().first();
    QCOMPARE(a.regions, QStringList{QStringLiteral("cn-hangzhou")});
    QVERIFY(!a.ecrIds.isEmpty());
    auto *tree = discover->findChild<QTreeWidget *>(QStringLiteral("discoverTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QStringList lines;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        lines << tree->topLevelItem(0)->child(i)->text(0);
    QVERIFY2(lines.join(u'|').contains(QStringLiteral("xx-nowhere-1")), qPrintable(lines.join(u'|')));
    // Nothing was saved: no profile, no secret.
    QVERIFY(m_profiles->profiles().isEmpty());
    discover->close();
    editor->reject();
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
