// Export (GUI Export and flowlog-cli --format csv|json|ndjson): RFC 4180 CSV whose cells a spreadsheet never runs
// as formulas, JSON whose text cannot drive a terminal yet holds the same values, and files only the user can read.
#include "flowlogexport.h"
#include "testdata.h"
#include "textsafety.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>

using namespace flowlog;

namespace {

FlowLog row(const QString &name, const QString &description = {})
{
    FlowLog f;
    f.account = QStringLiteral("acc");
    f.id = QStringLiteral("fl-1");
    f.region = QStringLiteral("cn-hangzhou");
    f.name = name;
    f.description = description;
    f.status = QStringLiteral("Active");
    f.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
    return f;
}

// The cells of a CSV line that has no quoted line breaks.
QStringList cellsOf(const QByteArray &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    const QString text = QString::fromUtf8(line);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    return cells << cell;
}

// terminalSafeJson() as it was written first, a byte at a time: the reference for the one that skips plain ASCII a
// word at a time.
QByteArray terminalSafeBytewise(const QByteArray &json)
{
    QByteArray out;
    const auto byte = [&json](qsizetype i) { return static_cast<unsigned char>(json.at(i)); };
    const auto escape = [&out](char16_t c) {
        out += "\\u" + QByteArray::number(c, 16).toUpper().rightJustified(4, '0');
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char b = byte(i);
        if (b == 0x7F) {
            escape(0x7F);
        } else if (b == 0xC2 && i + 1 < n && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) {
            escape(byte(++i));
        } else if (b == 0xD8 && i + 1 < n && byte(i + 1) == 0x9C) {
            escape(0x061C);
            ++i;
        } else if (b == 0xE2 && i + 2 < n && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81) &&
                   isUnsafeForDisplay(
                       char16_t(((b & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F)))) {
            escape(char16_t(((b & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F)));
            i += 2;
        } else {
            out += char(b);
        }
    }
    return out;
}

} // namespace

class TestFlowLogExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesCommasQuotesAndNewlines();
    void csvCellsNeverStartAFormula_data();
    void csvCellsNeverStartAFormula();
    void csvHeaderOnceAndRowsOnly();
    void jsonEscapesBidiAndControlsButKeepsValues();
    void ndjsonIsOneObjectALine();
    void terminalSafeJsonMatchesAByteByByteScan();
    void saveExportWritesAPrivateFileInTheChosenFormat();
};

void TestFlowLogExport::csvQuotesCommasQuotesAndNewlines()
{
    QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField(QStringLiteral("l1\nl2")), QStringLiteral("\"l1\nl2\""));
    const QByteArray csv = exportCsv({row(QStringLiteral("n"), QStringLiteral("x, \"y\""))});
    QVERIFY(csv.startsWith("account,cloud,service,region,id,"));
    QVERIFY(csv.contains("\"x, \"\"y\"\"\""));
}

void TestFlowLogExport::csvCellsNeverStartAFormula_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
    QTest::newRow("+") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("full-width =") << QString(QChar(0xFF1D)) + QStringLiteral("1")
                                  << QStringLiteral("'") + QChar(0xFF1D) + QStringLiteral("1");
    QTest::newRow("full-width +") << QString(QChar(0xFF0B)) << QStringLiteral("'") + QChar(0xFF0B);
    QTest::newRow("full-width -") << QString(QChar(0xFF0D)) << QStringLiteral("'") + QChar(0xFF0D);
    QTest::newRow("full-width @") << QString(QChar(0xFF20)) << QStringLiteral("'") + QChar(0xFF20);
    QTest::newRow("inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestFlowLogExport::csvCellsNeverStartAFormula()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    // The cell a spreadsheet reads back, after RFC 4180 unquoting.
    const QString field = csvField(value);
    const QString unquoted = field.startsWith(QLatin1Char('"'))
                                 ? field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""))
                                 : field;
    QCOMPARE(unquoted, cell);
    // In a whole export, name and description cells.
    const QByteArray csv = exportCsv({row(value, value)});
    const QList<QByteArray> lines = csv.split('\n');
    if (!value.contains(QLatin1Char('\r'))) {
        const QStringList cells = cellsOf(lines.at(1).chopped(1));
        QCOMPARE(cells.at(5), cell);  // name
        QCOMPARE(cells.at(15), cell); // description
    }
}

void TestFlowLogExport::csvHeaderOnceAndRowsOnly()
{
    const QByteArray withHeader = exportCsv({row(QStringLiteral("a")), row(QStringLiteral("b"))});
    QCOMPARE(withHeader.count("\r\n"), 3);
    const QByteArray rowsOnly = exportCsv({row(QStringLiteral("a"))}, false);
    QCOMPARE(rowsOnly.count("\r\n"), 1);
    QVERIFY(rowsOnly.startsWith("acc,"));
    QVERIFY(exportCsv({}, false).isEmpty());
}

void TestFlowLogExport::jsonEscapesBidiAndControlsButKeepsValues()
{
    const QString name = QStringLiteral("a") + QChar(0x202E) + QChar(0x2066) + QChar(0x200F) + QChar(0x061C) +
                         QChar(0x2028) + QChar(0x0085) + QStringLiteral("\x7f\x1b b 中文");
    const QByteArray json = exportJson({row(name, QStringLiteral("\x1b[2J"))});
    // Nothing in the text a terminal would act on...
    const QString text = QString::fromUtf8(json);
    for (const QChar c : text)
        QVERIFY2(!isUnsafeForDisplay(c.unicode()) || c == QLatin1Char('\n'),
                 qPrintable(QString::number(c.unicode(), 16)));
    QVERIFY(json.contains("\\u202E") || json.contains("\\u202e"));
    QVERIFY(json.contains("中文")); // other text stays readable
    // ...and the same values when parsed.
    const QJsonObject o = QJsonDocument::fromJson(json).array().first().toObject();
    QCOMPARE(o.value(QLatin1String("name")).toString(), name);
    QCOMPARE(o.value(QLatin1String("description")).toString(), QStringLiteral("\x1b[2J"));
    QCOMPARE(terminalSafeJson("{\"a\":\"plain\"}"), QByteArray("{\"a\":\"plain\"}"));
}

void TestFlowLogExport::ndjsonIsOneObjectALine()
{
    const QString name = QStringLiteral("x") + QChar(0x202E);
    const QByteArray out = exportNdjson({row(QStringLiteral("a\nb")), row(name)});
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.last().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object(), row(QStringLiteral("a\nb")).toJson());
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("name")).toString(), name);
    QVERIFY(!lines.at(1).contains(QString(QChar(0x202E)).toUtf8()));
}

void TestFlowLogExport::terminalSafeJsonMatchesAByteByByteScan()
{
    // Texts of the bytes that matter (the leads and seconds of the unsafe characters, their safe neighbours, plain
    // ASCII) at every length up to a few words: unsafe characters start anywhere in a word of 8 bytes, end the text,
    // or are cut short by its end.
    static const unsigned char pieces[][3] = {{'a'},
                                              {'"'},
                                              {0x7E},
                                              {0x7F},
                                              {0xC2, 0x80},
                                              {0xC2, 0x9F},
                                              {0xC2, 0xA0},
                                              {0xD8, 0x9C},
                                              {0xD8, 0x9B},
                                              {0xE2, 0x80, 0x8E},
                                              {0xE2, 0x80, 0xAE},
                                              {0xE2, 0x80, 0xAF},
                                              {0xE2, 0x81, 0xA6},
                                              {0xE2, 0x81, 0xAA},
                                              {0xE2, 0x82, 0xAC},
                                              {0xE4, 0xB8, 0xAD}};
    QRandomGenerator rng(8);
    for (int round = 0; round < 4000; ++round) {
        QByteArray text;
        const int count = static_cast<int>(rng.bounded(24));
        for (int k = 0; k < count; ++k) {
            const auto &piece = pieces[rng.bounded(int(std::size(pieces)))];
            for (const unsigned char b : piece) {
                if (b != 0)
                    text += char(b);
            }
            if (rng.bounded(3) == 0)
                text += QByteArray(static_cast<int>(rng.bounded(12)), 'x'); // runs of plain ASCII of any length
        }
        if (rng.bounded(4) == 0 && !text.isEmpty())
            text.chop(1); // cut a character short
        QCOMPARE(terminalSafeJson(text), terminalSafeBytewise(text));
    }
    QCOMPARE(terminalSafeJson(QByteArray()), QByteArray());
}

void TestFlowLogExport::saveExportWritesAPrivateFileInTheChosenFormat()
{
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther));
    const int dirMode = test::unixMode(dir.path());
    QString error;
    const QString csvPath = dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY2(saveExport(csvPath, {row(QStringLiteral("=1"))}, &error), qPrintable(error));
    QCOMPARE(test::unixMode(csvPath), 0600);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), exportCsv({row(QStringLiteral("=1"))}));
    const QString jsonPath = dir.filePath(QStringLiteral("rows.JSON"));
    QVERIFY(saveExport(jsonPath, {row(QStringLiteral("a"))}, &error));
    QCOMPARE(test::unixMode(jsonPath), 0600);
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 1);
    QCOMPARE(test::unixMode(dir.path()), dirMode); // the user's directory is left as it is
    QVERIFY(!saveExport(dir.filePath(QStringLiteral("missing/rows.csv")), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestFlowLogExport)
#include "tst_flowlogexport.moc"
