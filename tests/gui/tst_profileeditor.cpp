// The accounts dialog and its profile editor when things go wrong: the editor keeps every typed field until the
// profile and its secret are both stored; a new STS token typed alone is stored; a settings write that fails takes
// the keychain write back; entries of the settings file that cannot be used are listed, repairable and removable;
// importing from the aliyun CLI says the secrets stay in its file, or takes them out when asked.
#include "accountsdialog.h"
#include "failingcredentialstore.h"
#include "memorycredentialstore.h"
#include "profileeditdialog.h"
#include "profilestore.h"
#include "tempprofilestore.h"
#include "testdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace flowlog;

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editorKeepsEveryFieldWhenTheKeychainFails();
    void settingsWriteFailureTakesTheSecretBackAndKeepsTheEditor();
    void aNewStsTokenTypedAloneIsStored();
    void brokenEntriesAreListedRepairedAndRemoved();
    void importSaysTheSecretsStayOrRemovesThem();

private:
    void openDialog(CredentialStore *credentials);
    ProfileEditDialog *openAdd();
    bool clickOkAndWait(ProfileEditDialog *editor, bool *ok = nullptr);
    [[nodiscard]] QString resultText() const;
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    SecretResult read(const QString &id);
    // Types each text into the editor's line edit of that object name, as a user would.
    static void type(ProfileEditDialog *editor, std::initializer_list<std::pair<const char *, const char *>> fields)
    {
        for (const auto &[name, text] : fields)
            QTest::keyClicks(child<QLineEdit>(editor, name), QString::fromUtf8(text));
    }

    std::unique_ptr<test::TempProfileStore> m_store;
    ProfileStore *m_profiles = nullptr;
    MemoryCredentialStore m_credentials;
    QNetworkAccessManager m_nam;
    std::unique_ptr<AccountsDialog> m_dialog;
};

void TestProfileEditor::init()
{
    m_store = std::make_unique<test::TempProfileStore>();
    m_profiles = m_store->profiles();
}

void TestProfileEditor::cleanup()
{
    m_dialog.reset();
    m_store.reset();
}

void TestProfileEditor::openDialog(CredentialStore *credentials)
{
    m_dialog = std::make_unique<AccountsDialog>(m_profiles, credentials, [this](const Profile &) { return &m_nam; });
    m_dialog->setConfirm([](QWidget *, const QString &) { return true; });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

ProfileEditDialog *TestProfileEditor::openAdd()
{
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
    return m_dialog->editor();
}

bool TestProfileEditor::clickOkAndWait(ProfileEditDialog *editor, bool *ok)
{
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000))
        return false;
    if (ok)
        *ok = finished.first().first().toBool();
    return true;
}

QString TestProfileEditor::resultText() const
{
    return m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("resultText"))->toPlainText();
}

SecretResult TestProfileEditor::read(const QString &id)
{
    SecretResult result;
    bool done = false;
    m_credentials.readSecret(id, this, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 5000);
    return result;
}

void TestProfileEditor::editorKeepsEveryFieldWhenTheKeychainFails()
{
    test::FailingCredentialStore keychain;
    openDialog(&keychain);
    ProfileEditDialog *editor = openAdd();
    QVERIFY(editor);
    type(editor, {{"nameEdit", "prod"},
                  {"accessKeyIdEdit", "LTAI5tTyped"},
                  {"secretEdit", "typed-secret"},
                  {"regionsEdit", "cn-hangzhou, cn-beijing"},
                  {"labelEdit", "the main account"}});
    bool ok = true;
    QVERIFY(clickOkAndWait(editor, &ok));
    QVERIFY(!ok);
    // Still open, every field as typed, the reason shown in it.
    QVERIFY(m_dialog->editor() == editor && editor->isVisible());
    QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("prod"));
    QCOMPARE(child<QLineEdit>(editor, "accessKeyIdEdit")->text(), QStringLiteral("LTAI5tTyped"));
    QCOMPARE(child<QLineEdit>(editor, "secretEdit")->text(), QStringLiteral("typed-secret"));
    QCOMPARE(child<QLineEdit>(editor, "regionsEdit")->text(), QStringLiteral("cn-hangzhou, cn-beijing"));
    QCOMPARE(child<QLineEdit>(editor, "labelEdit")->text(), QStringLiteral("the main account"));
    QVERIFY(child<QLineEdit>(editor, "nameEdit")->isEnabled());
    QVERIFY2(child<QLabel>(editor, "errorLabel")->text().contains(QLatin1String("No Secret Service")),
             qPrintable(child<QLabel>(editor, "errorLabel")->text()));
    QVERIFY(m_profiles->profiles().isEmpty());
    editor->reject();
}

void TestProfileEditor::settingsWriteFailureTakesTheSecretBackAndKeepsTheEditor()
{
    openDialog(&m_credentials);
    ProfileEditDialog *editor = openAdd();
    QVERIFY(editor);
    type(editor, {{"nameEdit", "unsaved"}, {"accessKeyIdEdit", "LTAI5tUnsaved"}, {"secretEdit", "unsaved-secret"}});
    const QString id = editor->profile().id;
    // The keychain write succeeds, the settings write cannot.
    QVERIFY(m_store->block());
    bool ok = true;
    QVERIFY(clickOkAndWait(editor, &ok));
    QVERIFY(!ok);
    QVERIFY(editor->isVisible());
    QCOMPARE(child<QLineEdit>(editor, "secretEdit")->text(), QStringLiteral("unsaved-secret"));
    QVERIFY(!m_credentials.contains(id)); // no secret without its profile
    QVERIFY(m_profiles->profiles().isEmpty());
    QVERIFY(!resultText().contains(QLatin1String("unsaved-secret")));
    editor->reject();
}

void TestProfileEditor::aNewStsTokenTypedAloneIsStored()
{
    openDialog(&m_credentials);
    ProfileEditDialog *editor = openAdd();
    QVERIFY(editor);
    child<QComboBox>(editor, "kindCombo")->setCurrentIndex(1); // STS token
    type(editor, {{"nameEdit", "temp"},
                  {"accessKeyIdEdit", "STS.abc"},
                  {"secretEdit", "sts-secret"},
                  {"stsTokenEdit", "token-1"}});
    bool ok = false;
    QVERIFY(clickOkAndWait(editor, &ok));
    QVERIFY(ok);
    QTRY_VERIFY(!m_dialog->editor());
    const QString id = m_profiles->findByName(QStringLiteral("temp"))->id;

    // The token expired: the user types only the new one and leaves the secret field empty.
    child<QTableWidget>(m_dialog.get(), "profilesTable")->selectRow(0);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "editButton"), Qt::LeftButton);
    editor = m_dialog->editor();
    QVERIFY(editor);
    type(editor, {{"stsTokenEdit", "token-2"}});
    QVERIFY(clickOkAndWait(editor, &ok));
    QVERIFY2(ok, qPrintable(resultText()));
    const SecretResult stored = read(id);
    QCOMPARE(stored.secret, QStringLiteral("sts-secret"));
    QCOMPARE(stored.securityToken, QStringLiteral("token-2"));
}

void TestProfileEditor::brokenEntriesAreListedRepairedAndRemoved()
{
    // A hand-edited file: one entry with an endpoint the network layer would refuse, one without an id.
    const QString id = Profile::newId();
    m_store->settings().beginWriteArray(QStringLiteral("profiles"), 2);
    m_store->settings().setArrayIndex(0);
    m_store->settings().setValue(QStringLiteral("id"), id);
    m_store->settings().setValue(QStringLiteral("name"), QStringLiteral("remote"));
    m_store->settings().setValue(QStringLiteral("provider"), QStringLiteral("aliyun"));
    m_store->settings().setValue(QStringLiteral("accessKeyId"), QStringLiteral("LTAI"));
    m_store->settings().setValue(QStringLiteral("endpoint"), QStringLiteral("http://example.com"));
    m_store->settings().setArrayIndex(1);
    m_store->settings().setValue(QStringLiteral("name"), QStringLiteral("anonymous"));
    m_store->settings().endArray();
    m_store->settings().sync();
    m_profiles->reload();
    QCOMPARE(m_profiles->brokenProfiles().size(), 2);
    m_credentials.writeSecret(id, QStringLiteral("remote-secret"), {}, this, [](const ApiError &) {});
    openDialog(&m_credentials);
    auto *table = child<QTableWidget>(m_dialog.get(), "profilesTable");
    QCOMPARE(table->rowCount(), 2);
    int remote = -1; // the list is sorted by name (issue 20), not in file order
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("remote"))
            remote = row;
    }
    QVERIFY(remote >= 0);
    QVERIFY(table->item(remote, 1)->text().contains(QLatin1String("broken")));
    QVERIFY(table->item(remote, 1)->text().contains(QLatin1String("https")));
    table->selectRow(remote);
    QVERIFY(child<QPushButton>(m_dialog.get(), "editButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "testButton")->isEnabled()); // never used as it is

    // Repair: the editor opens on what could be read; a valid endpoint makes it a profile again.
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "editButton"), Qt::LeftButton);
    ProfileEditDialog *editor = m_dialog->editor();
    QVERIFY(editor);
    QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("remote"));
    child<QLineEdit>(editor, "endpointEdit")->setText(QStringLiteral("https://vpc.example.com"));
    bool ok = false;
    QVERIFY(clickOkAndWait(editor, &ok));
    QVERIFY2(ok, qPrintable(resultText()));
    QVERIFY(m_profiles->findById(id));
    QCOMPARE(read(id).secret, QStringLiteral("remote-secret"));

    // The entry without an id can only be removed.
    QCOMPARE(m_profiles->brokenProfiles().size(), 1);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("anonymous"))
            table->selectRow(row);
    }
    QVERIFY(!child<QPushButton>(m_dialog.get(), "editButton")->isEnabled());
    QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_profiles->brokenProfiles().isEmpty());
    QCOMPARE(table->rowCount(), 1);
}

void TestProfileEditor::importSaysTheSecretsStayOrRemovesThem()
{
    const QString path = m_store->filePath(QStringLiteral("aliyun-config.json"));
    const auto entry = [](const char *name, const char *secret) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("mode"), QStringLiteral("AK")},
                           {QStringLiteral("access_key_id"), QStringLiteral("LTAI") + QLatin1String(name)},
                           {QStringLiteral("access_key_secret"), QLatin1String(secret)},
                           {QStringLiteral("region_id"), QStringLiteral("cn-hangzhou")},
                           {QStringLiteral("retry_count"), 3}};
    };
    const QJsonObject config{
        {QStringLiteral("current"), QStringLiteral("one")},
        {QStringLiteral("profiles"), QJsonArray{entry("one", "secret-one"), entry("two", "secret-two")}}};
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(config).toJson());
    }
    openDialog(&m_credentials);
    m_dialog->setAliyunConfigPath(path);
    const auto import = [&](bool removeSecrets) {
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "importButton"), Qt::LeftButton);
        QPointer<QDialog> chooser = m_dialog->findChild<QDialog *>(QStringLiteral("importDialog"));
        QVERIFY(chooser);
        auto *list = child<QListWidget>(chooser, "importList");
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Unchecked); // "two" stays out
        child<QCheckBox>(chooser, "removeSecretsCheck")->setChecked(removeSecrets);
        QSignalSpy finished(m_dialog.get(), &AccountsDialog::operationFinished);
        QTest::mouseClick(chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!finished.isEmpty());
        QTRY_VERIFY(chooser.isNull()); // it deletes itself on close
    };

    import(false);
    QVERIFY(m_profiles->findByName(QStringLiteral("one")));
    QVERIFY2(resultText().contains(QLatin1String("still in plaintext")), qPrintable(resultText()));
    QFile unchanged(path);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(unchanged.readAll()).object(), config);
    unchanged.close();

    import(true); // "one" is imported already: its secret can now leave the file
    QFile rewritten(path);
    QVERIFY(rewritten.open(QIODevice::ReadOnly));
    QJsonObject expected = config;
    QJsonArray profiles = expected.value(QLatin1String("profiles")).toArray();
    QJsonObject one = profiles.at(0).toObject();
    one.insert(QStringLiteral("access_key_secret"), QString());
    profiles.replace(0, one);
    expected.insert(QStringLiteral("profiles"), profiles);
    QCOMPARE(QJsonDocument::fromJson(rewritten.readAll()).object(), expected); // everything else as it was
    QCOMPARE(test::unixMode(path), 0600);
    QVERIFY2(resultText().contains(QLatin1String("Removed the secrets of one")), qPrintable(resultText()));
    QVERIFY(!resultText().contains(QLatin1String("secret-one")));
}

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
