// Provider text cannot drive what the user sees: the table's display text and the details pane show control and
// bidi characters escaped, and tooltips and labels that carry provider text are plain text, never rich text.
#include "createflowlogdialog.h"
#include "detailspane.h"
#include "flowlogtablemodel.h"
#include "memorycredentialstore.h"
#include "profileeditdialog.h"
#include "profilestore.h"
#include "textsafety.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace flowlog;

namespace {

// A name with a terminal title escape, a right-to-left override and markup; a description with a line break,
// an isolate and a C1 control.
const QString hostileName = QStringLiteral("web\x1b]0;owned\x07") + QChar(0x202E) + QStringLiteral("gpj.exe<b>x</b>");
const QString hostileDescription = QStringLiteral("line1\nline2 ") + QChar(0x2066) + QStringLiteral("iso") +
                                   QChar(0x0085) + QStringLiteral("<img src=x>");

FlowLog hostileRow()
{
    FlowLog f;
    f.account = QStringLiteral("acc");
    f.profileId = QStringLiteral("p1");
    f.region = QStringLiteral("cn-hangzhou");
    f.id = QStringLiteral("fl-1");
    f.name = hostileName;
    f.description = hostileDescription;
    f.status = QStringLiteral("Active");
    f.deliverStatus = QStringLiteral("FAILED");
    f.deliverMessage = QStringLiteral("<i>denied</i>\x1b[2J");
    return f;
}

bool hasUnsafe(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isUnsafeForDisplay(c.unicode()); });
}

// What Qt shows for a tooltip: rich text when it looks like markup, which is what a plain-text tooltip must not be.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

} // namespace

class TestDisplaySafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeForDisplayWritesEveryUnsafeCharacterVisibly_data();
    void escapeForDisplayWritesEveryUnsafeCharacterVisibly();
    void tableDisplayTextIsEscapedAndToolTipsArePlain();
    void detailsPaneShowsEscapedPlainText();
    void labelsThatShowProviderTextArePlainText();
};

void TestDisplaySafety::escapeForDisplayWritesEveryUnsafeCharacterVisibly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("web-logs 中文") << QStringLiteral("web-logs 中文");
    QTest::newRow("escape") << QStringLiteral("a\x1b[31mb") << QStringLiteral("a\\x1B[31mb");
    QTest::newRow("newline tab cr") << QStringLiteral("a\nb\tc\rd") << QStringLiteral("a\\nb\\tc\\rd");
    QTest::newRow("bel del") << QStringLiteral("\x07\x7f") << QStringLiteral("\\x07\\x7F");
    QTest::newRow("c1") << QString(QChar(0x9B)) << QStringLiteral("\\x9B");
    QTest::newRow("rlo") << QStringLiteral("a") + QChar(0x202E) + QStringLiteral("b") << QStringLiteral("a\\u202Eb");
    QTest::newRow("lre..rlo") << QString(QChar(0x202A)) + QChar(0x202D) << QStringLiteral("\\u202A\\u202D");
    QTest::newRow("isolates") << QString(QChar(0x2066)) + QChar(0x2069) << QStringLiteral("\\u2066\\u2069");
    QTest::newRow("marks and separators")
        << QString(QChar(0x200F)) + QChar(0x061C) + QChar(0x2028) << QStringLiteral("\\u200F\\u061C\\u2028");
}

void TestDisplaySafety::escapeForDisplayWritesEveryUnsafeCharacterVisibly()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(escapeForDisplay(text), shown);
    QVERIFY(!hasUnsafe(escapeForDisplay(text)));
}

void TestDisplaySafety::tableDisplayTextIsEscapedAndToolTipsArePlain()
{
    FlowLogTableModel model;
    model.appendRows(QStringLiteral("src"), {hostileRow()});
    for (int c = 0; c < FlowLogTableModel::ColumnCount; ++c) {
        const QModelIndex index = model.index(0, c);
        const QString display = index.data(Qt::DisplayRole).toString();
        QVERIFY2(!hasUnsafe(display), qPrintable(display));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(!shownToolTip(tip).contains(QLatin1Char('\x1b')), qPrintable(tip));
    }
    QCOMPARE(model.index(0, FlowLogTableModel::Name).data().toString(), escapeForDisplay(hostileName));
    // The markup in the name and the delivery message is shown as written, not rendered.
    QCOMPARE(shownToolTip(model.index(0, FlowLogTableModel::Name).data(Qt::ToolTipRole).toString()),
             escapeForDisplay(hostileName));
    QVERIFY(shownToolTip(model.index(0, FlowLogTableModel::Status).data(Qt::ToolTipRole).toString())
                .contains(QLatin1String("<i>denied</i>")));
    // Sorting and filtering still see the provider's value.
    QCOMPARE(model.at(0).name, hostileName);
}

void TestDisplaySafety::detailsPaneShowsEscapedPlainText()
{
    DetailsPane pane;
    pane.setFlowLog(hostileRow());
    auto *title = pane.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QCOMPARE(title->text(), escapeForDisplay(hostileName));
    auto *tree = pane.findChild<QTreeWidget *>(QStringLiteral("fieldsTree"));
    QVERIFY(tree);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QVERIFY2(!hasUnsafe(item->text(1)), qPrintable(item->text(1)));
        QVERIFY(!shownToolTip(item->toolTip(1)).contains(QLatin1Char('\x1b')));
    }
}

void TestDisplaySafety::labelsThatShowProviderTextArePlainText()
{
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    CreateFlowLogDialog create(&profiles, &credentials, {});
    auto *status = create.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QCOMPARE(status->textFormat(), Qt::PlainText);
    const auto errorLabels = create.findChildren<QLabel *>(QRegularExpression(QStringLiteral("Error$")));
    QVERIFY(!errorLabels.isEmpty());
    for (const QLabel *label : errorLabels)
        QCOMPARE(label->textFormat(), Qt::PlainText);
    ProfileEditDialog editor(&profiles, Profile{}, true);
    QCOMPARE(editor.findChild<QLabel *>(QStringLiteral("errorLabel"))->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestDisplaySafety)
#include "tst_displaysafety.moc"
