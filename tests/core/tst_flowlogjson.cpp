// json::appendRow (issue 19 goal 4): exportJson and exportNdjson write each row straight into the output instead of
// through QJsonObject and QJsonDocument; the output must stay byte for byte what the QJsonDocument path wrote, for
// every value a row can hold: escapes, non-ASCII, lone surrogates (written the slow way), tags, freshness marks and
// the raw object re-indented from its compact text (or the slow way when the text is not Qt's compact form).
#include "flowlogexport.h"
#include "flowlogjson.h"
#include "textsafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace flowlog;

namespace {

// The writer before: QJsonObject rows in a QJsonArray, QJsonDocument's text.
QByteArray referenceJson(const QList<FlowLog> &rows, const QList<RowFreshness> &freshness)
{
    const bool marked = freshness.size() == rows.size();
    QJsonArray arr;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject o = rows.at(i).toJson();
        if (marked) {
            o.insert(QStringLiteral("stale"), freshness.at(i).stale);
            if (freshness.at(i).stale)
                o.insert(QStringLiteral("lastSeen"), freshness.at(i).lastSeen.isValid()
                                                         ? freshness.at(i).lastSeen.toUTC().toString(Qt::ISODate)
                                                         : QString());
        }
        arr.append(o);
    }
    return terminalSafeJson(QJsonDocument(arr).toJson(QJsonDocument::Indented));
}

QByteArray referenceNdjson(const QList<FlowLog> &rows)
{
    QByteArray out;
    for (const FlowLog &f : rows)
        out += terminalSafeJson(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)) + '\n';
    return out;
}

// Longer than the writer's room grows at a time (16 KB), with escapes, unsafe and non-ASCII characters throughout, so
// some land where the room ends.
QString longString()
{
    static const QString text = [] {
        QString t;
        for (int i = 0; t.size() < 17000; ++i) {
            t += QStringLiteral("abcdefghij").left(1 + i % 10);
            static const char16_t specials[] = {u'"', u'\\', u'\n', u'\x01', 0x7f, 0x85, 0xe9, 0x202e, 0x4e2d, 0x2066};
            t += QChar(specials[i % 10]);
        }
        return t + QString::fromUtf16(u"\U0001F600");
    }();
    return text;
}

const QStringList &strings()
{
    static const QStringList values = {
        QString(),
        QStringLiteral("plain"),
        QStringLiteral("quote \" backslash \\ slash /"),
        QStringLiteral("controls \n \r \t \b \f"),
        QString::fromUtf16(u"low \u0001 \u001f del \u007f"),
        QString::fromUtf16(u"\u4e2d\u6587 caf\u00e9"),
        QString::fromUtf16(u"emoji \U0001F600 and C1 \u0085 bidi \u202e"),
        QString(QChar(0xD800)) + QStringLiteral(" lone high"),
        QStringLiteral("lone low ") + QChar(0xDC00),
        QString(QChar(0xDC00)) + QChar(0xD800),
        QString(QChar(0xD800)) + QStringLiteral("A: a high surrogate before a plain character"),
        QStringLiteral("a pair at the end ") + QString::fromUtf16(u"\U0010FFFF"),
        // The edges of the ranges terminal safety escapes, and noncharacters (Qt writes them as UTF-8).
        QString::fromUtf16(u"\u007e \u007f \u0080 \u009f \u00a0 \u061b \u061c \u061d \u200d \u200e \u200f \u2010 "
                           u"\u2027 \u2028 \u202e \u202f \u2065 \u2066 \u2069 \u206a \u07ff \u0800 \uffff \ufffe"),
        QStringLiteral("12345678\x7f"), // DEL right after a word of plain ASCII
        longString(),
    };
    return values;
}

// Raw JSON texts, and whether they are Qt's compact form of an object (the fast path copies those).
struct Raw
{
    QByteArray text;
    bool fast;
};

const QList<Raw> &rawTexts()
{
    static const QList<Raw> values = {
        {QByteArray(), true},
        {QByteArray("{}"), true},
        {QByteArray(R"({"A":[1,[2,[]],{"k":[{}]}],"D":1.5,"E":1e+21,"F":false,"FlowLogId":"fl-1","Meta":{},"N":-12,)"
                    R"("S":"a\"b\\c\u0001\n","T":true,"Tags":{"Tag":[]},"Z":null,"a!":0,"a":1})"),
         false}, // "a!" before "a": not QJsonObject's order
        {QByteArray(R"({"A":[1,[2,[]],{"k":[{}]}],"D":1.5,"E":1e+21,"F":false,"FlowLogId":"fl-1","Meta":{},"N":-12,)"
                    R"("S":"a\"b\\c\u0001\n","T":true,"Tags":{"Tag":[]},"Z":null,"a":1,"a!":0})"),
         true},
        {QJsonDocument(QJsonObject{{QStringLiteral("x"), QString::fromUtf16(u"\u4e2d \U0001F600 \u007f")},
                                   {QStringLiteral("y"), QJsonArray{1, 2.25, -0.5, 1e-7, QJsonObject{}}}})
             .toJson(QJsonDocument::Compact),
         true},
        {QByteArray(R"({ "spaced": 1 })"), false},
        {QByteArray("[1,2]"), false},                // not an object: Qt reads an empty object
        {QByteArray("{\"cut\":"), false},            // damaged
        {QByteArray(R"({"b":1,"a":2})"), false},     // keys not sorted
        {QByteArray(R"({"a":1.50})"), false},        // Qt writes 1.5
        {QByteArray(R"({"a":"\/\u0041"})"), false},  // Qt writes / and A
        {QByteArray(R"({"a":"x""y"})"), false},      // not JSON
        {QByteArray(R"({"a":tru})"), false},         // not JSON
        {QByteArray("{\"a\":\"\xc3\x28\"}"), false}, // not UTF-8
        // Characters terminal safety escapes, in keys and values, beside safe neighbours: copied escaped.
        {QJsonDocument(
             QJsonObject{{QStringLiteral("Bidi"), QString::fromUtf16(u"a\u202eb\u2066c\u061cd\u0085e\u007f")},
                         {QStringLiteral("Del\x7fKey"), QString::fromUtf16(u"\u00a0\u2030\u206a\u2010\u061b")},
                         {QStringLiteral("Long"), longString()}})
             .toJson(QJsonDocument::Compact),
         true},
        {QJsonDocument(QJsonObject{{QString::fromUtf16(u"K\u202e"), 1}}).toJson(QJsonDocument::Compact),
         false},                                         // a key that is not plain ASCII: its order is QString's
        {QByteArray("{\"a\":\"\xed\xa0\x80\"}"), false}, // an encoded surrogate
        {QByteArray(R"({"a":"\u001f\u0008"})"), false},  // Qt writes \b
        {QByteArray(R"({"a":"\u001F"})"), false},        // upper-case hex
    };
    return values;
}

FlowLog row(QRandomGenerator &rng)
{
    const auto pick = [&rng] { return strings().at(rng.bounded(strings().size())); };
    FlowLog f;
    f.account = pick();
    f.profileId = QStringLiteral("p1");
    f.provider = rng.bounded(2) ? Provider::Aliyun : Provider::Huawei;
    f.service = f.provider == Provider::Aliyun ? Service::Vpc : Service::Er;
    f.region = QStringLiteral("cn-hangzhou");
    f.id = pick();
    f.name = pick();
    f.description = pick();
    f.status = rng.bounded(2) ? QStringLiteral("Active") : QStringLiteral("available");
    f.resourceType = pick();
    f.resourceId = pick();
    f.trafficType = pick();
    f.storageProject = pick();
    f.storageStore = pick();
    f.intervalSeconds = static_cast<int>(rng.bounded(2000)) - 10;
    f.samplingRate = pick();
    // Times in UTC and at an offset, with milliseconds (ISODate drops them), and years the hand-written form leaves
    // to Qt.
    static const int years[] = {2026, 1999, 999, 10000, 1000, 9999};
    const QDate day(years[rng.bounded(6)], 1 + rng.bounded(12), 1 + rng.bounded(28));
    const QTime time(rng.bounded(24), rng.bounded(60), rng.bounded(60), rng.bounded(1000));
    switch (rng.bounded(3)) {
    case 0:
        f.created = QDateTime(day, time, Qt::UTC);
        break;
    case 1:
        f.created = QDateTime(day, time, Qt::OffsetFromUTC, (rng.bounded(25) - 12) * 1800);
        break;
    default:
        break; // none
    }
    for (int t = static_cast<int>(rng.bounded(3)); t > 0; --t)
        f.tags.append({pick(), pick()});
    if (rng.bounded(2))
        f.deliverStatus = pick();
    if (rng.bounded(2))
        f.deliverMessage = pick();
    f.rawJson = PackedJson(rawTexts().at(rng.bounded(rawTexts().size())).text, f.service);
    return f;
}

} // namespace

class TestFlowLogJson final : public QObject
{
    Q_OBJECT

private slots:
    void theRowsAreWrittenAsQJsonDocumentWritesThem()
    {
        QRandomGenerator rng(19);
        QList<FlowLog> rows;
        QList<RowFreshness> freshness;
        for (int i = 0; i < 600; ++i) {
            rows.append(row(rng));
            freshness.append({rng.bounded(2) == 1, rng.bounded(2) ? rows.last().created : QDateTime()});
        }
        QCOMPARE(exportJson(rows), referenceJson(rows, {}));
        QCOMPARE(exportJson(rows, freshness), referenceJson(rows, freshness));
        QCOMPARE(exportNdjson(rows), referenceNdjson(rows));
        QCOMPARE(exportJson({}), referenceJson({}, {}));
        QCOMPARE(exportNdjson({}), referenceNdjson({}));
    }

    void eachValueAloneOnBothPaths()
    {
        // Every string and every raw text in a row of its own: the fast path where it can vouch for Qt's text (and
        // then the same bytes as the slow one), nothing half-written where it cannot.
        for (const QString &s : strings()) {
            for (const Raw &raw : rawTexts()) {
                FlowLog f;
                f.name = s;
                f.tags = {{s, s}};
                f.rawJson = PackedJson(raw.text, Service::Vpc);
                QByteArray fast;
                const bool taken = json::appendRow(fast, f, 1);
                QVERIFY2(taken == raw.fast, raw.text.constData());
                if (!taken) {
                    QVERIFY(fast.isEmpty());
                    continue;
                }
                QByteArray reference;
                json::appendRowSlowly(reference, f.toJson(), 1);
                QCOMPARE(fast, reference);
                QByteArray compact;
                QVERIFY(json::appendRow(compact, f, -1));
                QCOMPARE(compact, terminalSafeJson(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)));
            }
        }
    }

    void rowsAfterAnyAmountOfText()
    {
        // The writer writes into the room past what the array holds, grown 16 KB at a time: the same row after any
        // amount of earlier text (room ending anywhere in it) is the same text.
        FlowLog f;
        f.name = longString();
        f.description = strings().at(6);
        f.tags = {{strings().at(3), longString()}};
        f.rawJson = PackedJson(rawTexts().at(rawTexts().size() - 5).text, Service::Vpc);
        QByteArray reference;
        json::appendRowSlowly(reference, f.toJson(), 2);
        for (const qsizetype before : {0, 1, 7, 4095, 16383, 16384, 16385, 40000}) {
            QByteArray out(before, 'x');
            QVERIFY(json::appendRow(out, f, 2));
            QCOMPARE(out.size(), before + reference.size());
            QVERIFY(out.startsWith(QByteArray(before, 'x')));
            QCOMPARE(out.sliced(before), reference);
        }
    }

    void writeJsonPrintsTheExportInPieces()
    {
        // flowlog-cli list --format json prints writeJson's pieces as they are written: together exportJson's text.
        QRandomGenerator rng(4);
        QList<FlowLog> rows;
        for (int i = 0; i < 400; ++i)
            rows.append(row(rng));
        QByteArray printed;
        int pieces = 0;
        writeJson(rows, [&](QByteArrayView piece) {
            printed += piece;
            ++pieces;
        });
        QCOMPARE(printed, exportJson(rows));
        QVERIFY2(pieces > 2, qPrintable(QString::number(pieces))); // 400 rows with long strings: several pieces
        printed.clear();
        writeJson({}, [&printed](QByteArrayView piece) { printed += piece; });
        QCOMPARE(printed, exportJson({}));
    }
};

QTEST_GUILESS_MAIN(TestFlowLogJson)
#include "tst_flowlogjson.moc"
