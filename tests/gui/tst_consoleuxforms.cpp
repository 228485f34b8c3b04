// Issue 20 in the console's forms and dialogs against the real sandbox: why Create is disabled, a form that does not
// jump, the duplicate warning, the language restart, "Add account…" on the empty screen, the tag editor's small
// things, and the accounts list's sorting and search.
#include "accountsdialog.h"
#include "consoleuxtestutil.h"
#include "createflowlogdialog.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "mainwindow.h"
#include "profileeditdialog.h"
#include "settings.h"
#include "settingsdialog.h"
#include "tageditor.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

class TestConsoleUxForms : public ConsoleUxTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void createSaysWhyItIsDisabledAndTheFormDoesNotJump();
    void duplicateCreateAsksFirst();
    void languageChangeOffersARestartAndRestarts();
    void addAccountOnTheEmptyScreenOpensTheAddForm();
    void tagEditorFocusesKeyAndSaysWhatAPasteDid();
    void accountsListSortsAndSearches();
};

void TestConsoleUxForms::createSaysWhyItIsDisabledAndTheFormDoesNotJump()
{
    auto window = makeWindow();
    window->newFlowLog();
    auto *dialog = window->findChild<CreateFlowLogDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *account = dialog->findChild<QComboBox *>(QStringLiteral("accountCombo"));
    account->setCurrentIndex(0);
    auto *service = dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
    service->setCurrentIndex(service->findText(QStringLiteral("VPC")));
    auto *why = dialog->findChild<QLabel *>(QStringLiteral("whyDisabledLabel"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(!create->isEnabled());
    // Untouched: the line names the first missing field anyway.
    QVERIFY2(why->isVisible() && why->text().startsWith(QLatin1String("Create is disabled: Resource type:")),
             qPrintable(why->text()));
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("resourceTypeCombo"));
    type->setCurrentIndex(type->findText(QStringLiteral("VSwitch")));
    QVERIFY2(why->text().startsWith(QLatin1String("Create is disabled: Resource ID:")), qPrintable(why->text()));
    // An id of another resource's shape is named too (issue 20 item 2).
    auto *resourceId = dialog->findChild<QLineEdit *>(QStringLiteral("resourceIdEdit"));
    QTest::keyClicks(resourceId, QStringLiteral("eni-abc"));
    QCOMPARE(why->text(),
             QStringLiteral("Create is disabled: Resource ID: The vSwitch id must start with vsw- (now “eni-abc”)."));
    QCOMPARE(dialog->messageFor(QStringLiteral("resourceId")),
             QStringLiteral("The vSwitch id must start with vsw- (now “eni-abc”)."));
    resourceId->clear();
    QTest::keyClicks(resourceId, QStringLiteral("vsw-ux-1"));
    QVERIFY2(why->text().startsWith(QLatin1String("Create is disabled: Project:")), qPrintable(why->text()));

    // A message appearing under the name does not move the fields below it.
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
    const int before = description->mapTo(dialog, QPoint(0, 0)).y();
    QTest::keyClicks(name, QStringLiteral("9lives"));
    QVERIFY(!dialog->messageFor(QStringLiteral("name")).isEmpty());
    QCOMPARE(description->mapTo(dialog, QPoint(0, 0)).y(), before);
    QVERIFY2(why->text().startsWith(QLatin1String("Create is disabled: Name:")), qPrintable(why->text()));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("lives9"));
    QVERIFY(dialog->messageFor(QStringLiteral("name")).isEmpty());
    QCOMPARE(description->mapTo(dialog, QPoint(0, 0)).y(), before);

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("projectNameEdit")), QStringLiteral("ux-project"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("logStoreNameEdit")), QStringLiteral("ux_store"));
    QVERIFY2(create->isEnabled(), qPrintable(why->text()));
    QCOMPARE(why->text(), QString());
    dialog->reject();
}

void TestConsoleUxForms::duplicateCreateAsksFirst()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(sweep(*window));
    // A VSwitch flow log of the table, as the target of a new one with the same storage.
    FlowLogTableModel *table = window->tableModel();
    // ... on a vSwitch the account still has (a few seeded flow logs watch one that is gone: the sandbox, like the
    // service, refuses to create on those).
    const auto isSeededVSwitch = [this](const FlowLog &f) {
        const QJsonArray ids = m_console.sandbox.resources(f.account)
                                   .value(QLatin1String("regions"))
                                   .toObject()
                                   .value(f.region)
                                   .toObject()
                                   .value(QLatin1String("vSwitches"))
                                   .toArray();
        return ids.contains(QJsonValue(f.resourceId));
    };
    int existing = -1;
    for (int i = 0; i < table->rowCount() && existing < 0; ++i) {
        if (table->at(i).resourceType == QLatin1String("VSwitch") && !table->at(i).storageProject.isEmpty() &&
            isSeededVSwitch(table->at(i)))
            existing = i;
    }
    QVERIFY(existing >= 0);
    const FlowLog row = table->at(existing);
    auto *view = window->findChild<QTableView *>(QStringLiteral("flowLogTable"));
    QVERIFY(view->selectionModel());
    window->proxyModel()->setFacet(FlowLogFilterProxy::Facet::Account, {row.account});
    QVERIFY(window->findChild<QTableView *>(QStringLiteral("flowLogTable")));
    for (int i = 0; i < window->proxyModel()->rowCount(); ++i) {
        if (window->proxyModel()->index(i, 0).data(FlowLogTableModel::KeyRole).toString() == row.key())
            view->setCurrentIndex(window->proxyModel()->index(i, FlowLogTableModel::Name));
    }
    window->newFlowLog();
    auto *dialog = window->findChild<CreateFlowLogDialog *>();
    QVERIFY(dialog);
    FlowLogDraft draft = dialog->currentDraft();
    QCOMPARE(draft.region, row.region);
    draft.resourceType = QStringLiteral("VSwitch");
    draft.resourceId = row.resourceId;
    draft.trafficType = QStringLiteral("All");
    draft.projectName = row.storageProject;
    draft.logStoreName = row.storageStore;
    draft.name = QStringLiteral("another-one");
    dialog->setDraft(draft);
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));

    // Cancel: nothing is sent.
    m_console.sandbox.resetStats();
    QString question;
    whenShown<QMessageBox>(QStringLiteral("duplicateQuestion"), [&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    create->click();
    QVERIFY2(question.contains(row.id) && question.contains(QLatin1String("already records")), qPrintable(question));
    QVERIFY(question.endsWith(QLatin1String("Create another one anyway?")));
    QVERIFY(!dialog->isBusy());
    QCOMPARE(m_console.sandbox.stats().value(QLatin1String("created")).toInt(), 0);

    // Create Anyway: it is created.
    QSignalSpy created(dialog, &CreateFlowLogDialog::flowLogCreated);
    whenShown<QMessageBox>(QStringLiteral("duplicateQuestion"), [](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == QLatin1String("Create Anyway"))
                b->click();
        }
    });
    create->click();
    QVERIFY(created.wait(20000));
    QCOMPARE(m_console.sandbox.stats().value(QLatin1String("created")).toInt(), 1);
}

void TestConsoleUxForms::languageChangeOffersARestartAndRestarts()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    int restarts = 0;
    window->setRestartHandler([&restarts] { ++restarts; });
    QString question;
    whenShown<SettingsDialog>({}, [&question](SettingsDialog *dialog) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        whenShown<QMessageBox>(QStringLiteral("restartQuestion"), [&question](QMessageBox *box) {
            question = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QLatin1String("Restart Now"))
                    b->click();
            }
        });
        dialog->accept();
    });
    window->openSettings();
    QVERIFY2(question.contains(QLatin1String("after a restart")), qPrintable(question));
    QCOMPARE(restarts, 1);
    QCOMPARE(m_console.settings->stringValue(Settings::Key::Language), QStringLiteral("zh_CN"));

    // "Later": no restart, and the status bar says when it applies.
    whenShown<SettingsDialog>({}, [](SettingsDialog *dialog) {
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        whenShown<QMessageBox>(QStringLiteral("restartQuestion"), [](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == QLatin1String("Later"))
                    b->click();
            }
        });
        dialog->accept();
    });
    window->openSettings();
    QCOMPARE(restarts, 1);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("next time")));
}

void TestConsoleUxForms::addAccountOnTheEmptyScreenOpensTheAddForm()
{
    m_console.profiles->replaceAll({});
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addAccountButton"));
    QVERIFY(add->isVisible());
    add->click();
    AccountsDialog *accounts = nullptr;
    QTRY_VERIFY((accounts = window->findChild<AccountsDialog *>()) && accounts->isVisible());
    QVERIFY(accounts->editor());
    QTRY_VERIFY(accounts->editor()->isVisible());
    QVERIFY(accounts->editor()->isNew());
    accounts->editor()->reject();
    accounts->reject();
}

void TestConsoleUxForms::tagEditorFocusesKeyAndSaysWhatAPasteDid()
{
    TagEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.findChild<QPushButton *>(QStringLiteral("addTagButton"))->click();
    // The cursor is in the new row's Key: typing goes there.
    QTRY_VERIFY(QApplication::focusWidget() && qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("env"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(editor.tags().value(0).key, QStringLiteral("env")); // the delegate commits on its next turn

    QCOMPARE(editor.pasteText(QStringLiteral("team=net\nowner\n")), 2);
    QCOMPARE(editor.tags().size(), 3);
    QCOMPARE(editor.tags().at(2).key, QStringLiteral("owner"));
    QCOMPARE(editor.tags().at(2).value, QString());
    QVERIFY2(editor.message().contains(QStringLiteral("1 line had no “=”: it became a key with an empty value.")),
             qPrintable(editor.message()));
}

void TestConsoleUxForms::accountsListSortsAndSearches()
{
    QList<Profile> many;
    for (const char *name : {"prod-eu", "dev-2", "prod-cn", "dev-10", "audit"}) {
        Profile p;
        p.id = Profile::newId();
        p.name = QLatin1String(name);
        p.provider = Provider::Aliyun;
        p.accessKeyId = QStringLiteral("LTAI") + p.name;
        p.regions = {p.name.endsWith(QLatin1String("cn")) ? QStringLiteral("cn-beijing")
                                                          : QStringLiteral("eu-central-1")};
        many << p;
    }
    m_console.profiles->replaceAll(many);
    QNetworkAccessManager *nam = m_console.nam.get();
    AccountsDialog dialog(m_console.profiles.get(), m_console.credentials.get(),
                          [nam](const Profile &) { return nam; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("profilesTable"));
    const auto visibleNames = [table] {
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (!table->isRowHidden(r))
                names << table->item(r, 0)->text();
        }
        return names;
    };
    QCOMPARE(visibleNames(), (QStringList{QStringLiteral("audit"), QStringLiteral("dev-10"), QStringLiteral("dev-2"),
                                          QStringLiteral("prod-cn"), QStringLiteral("prod-eu")}));
    table->sortByColumn(0, Qt::DescendingOrder); // a header click
    QCOMPARE(visibleNames().first(), QStringLiteral("prod-eu"));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("accountsSearch"));
    QTest::keyClicks(search, QStringLiteral("PROD"));
    QCOMPARE(visibleNames(), (QStringList{QStringLiteral("prod-eu"), QStringLiteral("prod-cn")}));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("beijing")); // a region
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("prod-cn")});
    // A profile added while searching appears only if it matches.
    Profile more = many.first();
    more.id = Profile::newId();
    more.name = QStringLiteral("beijing-ops");
    m_console.profiles->replaceAll(many + QList<Profile>{more});
    QCOMPARE(visibleNames().size(), 2);
    search->clear();
    QCOMPARE(visibleNames().size(), 6);
}

QTEST_MAIN(TestConsoleUxForms)
#include "tst_consoleuxforms.moc"
