// The simdjson page parsers against their QJsonDocument reference (what every page went through before): the same
// page, paging, errors, every field of every row and the raw JSON byte for byte, for the providers' samples, every
// value type in every field and envelope member (the type-drift fault's shapes among them), duplicate and non-ASCII
// keys, escapes, numbers QJsonDocument reads differently (1e400, 2^53 + 1, 1.0), a BOM, trailing bytes, deep
// nesting and every truncation of a page. And that plain pages do take the simdjson path.
#include "aliyunparsers.h"
#include "huaweiparsers.h"
#include "samepage.h"
#include "simdobject.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace flowlog;

namespace {

struct NamedParser
{
    const char *name;
    ListPage (*parse)(const QByteArray &, const RowContext &, JsonParser);
};

const QList<NamedParser> &parsers()
{
    static const QList<NamedParser> all = {
        {"vpc", parseVpcFlowLogsPage},
        {"cen", parseCenFlowLogsPage},
        {"ecr", parseEcrFlowLogsPage},
        {"er", huawei::parseErFlowLogsPage},
    };
    return all;
}

const RowContext ctx{QStringLiteral("acct"), QStringLiteral("p-1"), QStringLiteral("cn-hangzhou")};

// Every parser on body: the simdjson page must be the reference page. Returns the first difference.
QString differenceOnAnyParser(const QByteArray &body)
{
    for (const NamedParser &p : parsers()) {
        const QString d = test::pageDifference(p.parse(body, ctx, JsonParser::Simdjson),
                                               p.parse(body, ctx, JsonParser::QJsonDocumentOnly));
        if (!d.isEmpty())
            return QStringLiteral("%1 on %2: %3").arg(QLatin1String(p.name), QString::fromUtf8(body.left(300)), d);
    }
    return {};
}

const QStringList kSamples = {QStringLiteral("aliyun-vpc-DescribeFlowLogs.sample.json"),
                              QStringLiteral("aliyun-cen-DescribeFlowlogs.sample.json"),
                              QStringLiteral("aliyun-ecr-DescribeFlowLogs.sample.json"),
                              QStringLiteral("huawei-er-list-response.json")};

// Values of every JSON type and the edge cases of each, as raw JSON text.
const QList<QByteArray> kValues = {
    R"("x")",
    R"("")",
    R"(" 42 ")",
    R"("1:4096 ")",
    "42",
    "0",
    "-7",
    "-0",
    "1.0",
    "1.5",
    "1e2",
    "1e400",
    "-1e400",
    "9007199254740992",
    "9007199254740993",
    "-9007199254740993",
    "18446744073709551615",
    "123456789012345678901234567890",
    "true",
    "false",
    "null",
    "[]",
    "{}",
    R"([1,"a",null])",
    R"([{"Key":"k","Value":"v"},{"TagKey":"k2","TagValue":3},"x",{"Value":"no key"}])",
    R"({"Tag":[{"Key":"k"}]})",
    R"({"Tag":{"TagKey":"k","TagValue":true}})",
    R"({"FlowLog":[{"FlowLogId":"fl-1"}]})",
    R"({"FlowLog":{"FlowLogId":"fl-2","flow":1}})",
    R"({"Key":"k"})",
    R"({"a":1,"a":2})",
    R"({"clé":1})",
    R"([{"FlowLogId":"fl-3","id":"x-3"}])",
    R"("\u00e9\ud83d\ude00")",
    R"("\udc00")",
    R"("\ud800x")",
    R"("a\"b\\c\/d\n\t\r\b\f\u001f\u007f\u0000")",
    "\"\xc3\xa9\xe4\xb8\xad\xef\xbf\xbf\xf4\x8f\xbf\xbf\"",
    R"("2024-01-02T03:04:05.678Z")",
    R"("2023-09-21T04:20Z")",
    R"("2020-03-11 15:13:31")",
    R"("2020-03-11T15:13:31+08:00")",
};

// body with the value of key in object (the page itself when rowIndex < 0, else that row) replaced by value text.
QByteArray withValue(const QJsonObject &page, QLatin1StringView listKey, int rowIndex, const QString &key,
                     const QByteArray &value)
{
    static const QString placeholder = QStringLiteral("@@placeholder@@");
    QJsonObject root = page;
    if (rowIndex < 0) {
        root.insert(key, placeholder);
    } else {
        QJsonArray rows = root.value(listKey).toArray();
        QJsonObject row = rows.at(rowIndex).toObject();
        row.insert(key, placeholder);
        rows.replace(rowIndex, row);
        root.insert(listKey, rows);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact).replace("\"" + placeholder.toUtf8() + "\"", value);
}

} // namespace

class TstSimdPages : public QObject
{
    Q_OBJECT

private slots:
    void plainPagesTakeTheSimdjsonPath();
    void samplesAndEveryTruncation();
    void everyValueInEveryField_data();
    void everyValueInEveryField();
    void wholeBodies_data();
    void wholeBodies();
};

void TstSimdPages::plainPagesTakeTheSimdjsonPath()
{
    // Each sample through its own parser: a plain page must not fall back to QJsonDocument (that would be the
    // parser of before, correct but ten times slower), and a page with a 1.5 in it must.
    for (int i = 0; i < kSamples.size(); ++i) {
        const QByteArray body = test::readData(kSamples.at(i));
        QVERIFY(!body.isEmpty());
        const quint64 before = json::simdPageCount();
        const ListPage page = parsers().at(i).parse(body, ctx, JsonParser::Simdjson);
        QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
        QVERIFY(!page.rows.isEmpty());
        QCOMPARE(json::simdPageCount(), before + 1);
        const QByteArray drifted = QByteArray(body).replace("\"Status\"", "\"Extra\":1.5,\"Status\"");
        const ListPage again = parsers().at(i).parse(drifted, ctx, JsonParser::Simdjson);
        QVERIFY(!again.rows.isEmpty() || again.error.isError());
        QCOMPARE(json::simdPageCount(), before + (drifted == body ? 2 : 1));
    }
}

void TstSimdPages::samplesAndEveryTruncation()
{
    for (const QString &sample : kSamples) {
        const QByteArray body = test::readData(sample);
        for (qsizetype n = 0; n <= body.size(); ++n) {
            const QString d = differenceOnAnyParser(body.left(n));
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("%1 cut at %2: %3").arg(sample).arg(n).arg(d)));
        }
    }
}

void TstSimdPages::everyValueInEveryField_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("listKey");
    QTest::newRow("vpc") << kSamples.at(0) << QStringLiteral("FlowLogs");
    QTest::newRow("ecr") << kSamples.at(2) << QStringLiteral("FlowLogs");
    QTest::newRow("er") << kSamples.at(3) << QStringLiteral("flow_logs");
}

void TstSimdPages::everyValueInEveryField()
{
    QFETCH(QString, sample);
    QFETCH(QString, listKey);
    const QJsonObject page = QJsonDocument::fromJson(test::readData(sample)).object();
    const QByteArray listKeyBytes = listKey.toLatin1();
    const QLatin1StringView list(listKeyBytes);
    const QJsonObject row = page.value(list).toArray().at(0).toObject();
    QVERIFY(!row.isEmpty());
    QStringList rowKeys = row.keys();
    rowKeys << QStringLiteral("Extra") << QStringLiteral("Tags");
    QStringList pageKeys = page.keys();
    pageKeys << QStringLiteral("NextToken") << QStringLiteral("page_info") << QStringLiteral("total_count");
    int checked = 0;
    for (const QByteArray &value : kValues) {
        for (const QString &key : rowKeys) {
            const QByteArray body = withValue(page, list, 0, key, value);
            const QString d = differenceOnAnyParser(body);
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("row %1 = %2: %3").arg(key, QString::fromUtf8(value), d)));
            ++checked;
        }
        for (const QString &key : pageKeys) {
            const QString d = differenceOnAnyParser(withValue(page, list, -1, key, value));
            QVERIFY2(d.isEmpty(), qPrintable(QStringLiteral("page %1 = %2: %3").arg(key, QString::fromUtf8(value), d)));
            ++checked;
        }
    }
    QVERIFY(checked > 200);
}

void TstSimdPages::wholeBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray vpc = test::readData(kSamples.at(0));
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf") + vpc;
    QTest::newRow("trailing nul") << vpc + QByteArray(1, '\0');
    QTest::newRow("trailing garbage") << vpc + " x";
    QTest::newRow("whitespace around") << " \n\t" + vpc + "\r\n ";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray(R"("{}")");
    QTest::newRow("two objects") << QByteArray("{}{}");
    QTest::newRow("duplicate FlowLogs") << QByteArray(
        R"({"RequestId":"r","FlowLogs":[{"FlowLogId":"a"}],"FlowLogs":[{"FlowLogId":"b"}]})");
    QTest::newRow("duplicate id in a row")
        << QByteArray(R"({"RequestId":"r","FlowLogs":[{"FlowLogId":"a","FlowLogId":"b","id":"c","id":"d"}]})");
    QTest::newRow("duplicate flow_logs") << QByteArray(R"({"request_id":"r","flow_logs":[{"id":"a"}],"flow_logs":[]})");
    QTest::newRow("row not an object") << QByteArray(R"({"RequestId":"r","FlowLogs":[1],"flow_logs":[1]})");
    QTest::newRow("row without id") << QByteArray(R"({"RequestId":"r","FlowLogs":[{}],"flow_logs":[{}]})");
    QTest::newRow("invalid utf-8") << QByteArray("{\"RequestId\":\"\xff\",\"FlowLogs\":[]}");
    QTest::newRow("encoded surrogate") << QByteArray("{\"RequestId\":\"\xed\xa0\x80\",\"FlowLogs\":[]}");
    QTest::newRow("unescaped control") << QByteArray("{\"RequestId\":\"a\tb\",\"FlowLogs\":[]}");
    QTest::newRow("leading zero") << QByteArray(R"({"TotalCount":01,"FlowLogs":[]})");
    QTest::newRow("non-ascii keys") << QByteArray(
        R"({"RequestId":"r","FlowLogs":[{"FlowLogId":"a","zé":1,"z":2,"é":3,"😀":4,"":5}],)"
        R"("flow_logs":[{"id":"a","ﬀ":1,"😀":2}]})");
    for (const int depth : {100, 500, 600, 1023, 1100}) {
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        QTest::newRow(qPrintable(QStringLiteral("nesting %1").arg(depth)))
            << QByteArray(R"({"RequestId":"r","Deep":)") + nested + R"(,"FlowLogs":[{"FlowLogId":"a","x":)" + nested +
                   R"(}],"flow_logs":[{"id":"a","x":)" + nested + "}]}";
    }
}

void TstSimdPages::wholeBodies()
{
    QFETCH(QByteArray, body);
    const QString d = differenceOnAnyParser(body);
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

QTEST_GUILESS_MAIN(TstSimdPages)
#include "tst_simdpages.moc"
