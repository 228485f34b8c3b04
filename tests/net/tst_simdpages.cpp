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
#include <QSet>
#include <QTest>

#include <string_view>

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
    void sharedStringsAreTheirText();
    void rowsShareRepeatedValues();
    void pagesOfOddRows();
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

void TstSimdPages::sharedStringsAreTheirText()
{
    // The cache holds 1,024 strings (512 sets of two): thousands of distinct values collide, and each must still read
    // as its own text, whatever was read before it in its slot. Lengths around the cached limit (48 bytes), non-ASCII
    // text and empty text included.
    QList<QByteArray> texts = {"",
                               "Active",
                               "Inactive",
                               "cn-hangzhou",
                               "安全审计",
                               "\xc3\xa9t\xc3\xa9",
                               QByteArray(48, 'a'),
                               QByteArray(49, 'a'),
                               QByteArray(47, 'a') + "b",
                               QByteArray(48, 'a').replace(47, 1, "b")};
    for (int i = 0; i < 3000; ++i)
        texts.append("flowlog-project-" + QByteArray::number(i));
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray &t : std::as_const(texts)) {
            const QString shared = json::sharedString(std::string_view(t.constData(), std::size_t(t.size())));
            QCOMPARE(shared, QString::fromUtf8(t));
            QCOMPARE(shared.size(), QString::fromUtf8(t).size());
        }
    }
    // A short value read twice in a row is one string; a long one is its own each time (never cached).
    const QString a = json::sharedString("Active");
    QCOMPARE(json::sharedString("Active").constData(), a.constData());
    const std::string_view longText("a description longer than the forty-eight bytes cached");
    QVERIFY(json::sharedString(longText).constData() != json::sharedString(longText).constData());
    QCOMPARE(json::sharedString(longText), QString::fromUtf8(longText.data(), qsizetype(longText.size())));
}

void TstSimdPages::rowsShareRepeatedValues()
{
    // Rows of a page with the same status, types, region, storage and tags hold one string for each (no allocation a
    // field), equal to what the QJsonDocument path reads.
    QJsonObject row = QJsonDocument::fromJson(test::readData(kSamples.at(0)))
                          .object()
                          .value(QLatin1StringView("FlowLogs"))
                          .toArray()
                          .at(0)
                          .toObject();
    QVERIFY(!row.isEmpty());
    QJsonArray rows;
    for (int i = 0; i < 3; ++i) {
        row.insert(QStringLiteral("FlowLogId"), QStringLiteral("fl-%1").arg(i));
        rows.append(row);
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("RequestId"), QStringLiteral("r")},
                                                      {QStringLiteral("TotalCount"), 3},
                                                      {QStringLiteral("FlowLogs"), rows}})
                                .toJson(QJsonDocument::Compact);
    const ListPage page = parseVpcFlowLogsPage(body, ctx, JsonParser::Simdjson);
    const ListPage reference = parseVpcFlowLogsPage(body, ctx, JsonParser::QJsonDocumentOnly);
    QCOMPARE(page.rows.size(), 3);
    QCOMPARE(test::pageDifference(page, reference), QString());
    const FlowLog &first = page.rows.at(0);
    const FlowLog &third = page.rows.at(2);
    QVERIFY(!first.status.isEmpty() && !first.storageProject.isEmpty() && !first.tags.isEmpty());
    for (const auto member : {&FlowLog::status, &FlowLog::region, &FlowLog::resourceType, &FlowLog::trafficType,
                              &FlowLog::storageProject, &FlowLog::storageStore, &FlowLog::deliverStatus})
        QCOMPARE((third.*member).constData(), (first.*member).constData());
    QCOMPARE(third.tags.at(0).key.constData(), first.tags.at(0).key.constData());
    QCOMPARE(third.tags.at(0).value.constData(), first.tags.at(0).value.constData());
    QVERIFY(third.id.constData() != first.id.constData());
}

void TstSimdPages::pagesOfOddRows()
{
    // Pages the page buffer must split or skip: more rows than a packed block holds (50), a single row, none, rows
    // with empty and escaped text, and a page whose last row falls back to QJsonDocument (1.5) after the rows before
    // it were written into the thread's buffer. Raw JSON byte for byte as the reference writes it.
    const QJsonObject sample = QJsonDocument::fromJson(test::readData(kSamples.at(2))).object();
    const QJsonObject row = sample.value(QLatin1StringView("FlowLogs")).toArray().at(0).toObject();
    QVERIFY(!row.isEmpty());
    const auto body = [&](int n, const QByteArray &lastRowExtra) {
        QJsonArray rows;
        for (int i = 0; i < n; ++i) {
            QJsonObject r = row;
            r.insert(QStringLiteral("FlowLogId"), QStringLiteral("ecr-flog-%1").arg(i));
            r.insert(QStringLiteral("Description"),
                     i % 3 == 0 ? QString() : QStringLiteral("say \"%1\"\n").arg(i) + QChar(1));
            rows.append(r);
        }
        QJsonObject root = sample;
        root.insert(QStringLiteral("FlowLogs"), rows);
        QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Compact);
        if (!lastRowExtra.isEmpty()) {
            const qsizetype at = text.lastIndexOf("\"FlowLogId\"");
            text.insert(at, lastRowExtra);
        }
        return text;
    };
    for (const int n : {0, 1, 49, 50, 51, 120}) {
        const ListPage page = parseEcrFlowLogsPage(body(n, {}), ctx, JsonParser::Simdjson);
        QCOMPARE(page.rows.size(), n);
        QCOMPARE(test::pageDifference(page, parseEcrFlowLogsPage(body(n, {}), ctx, JsonParser::QJsonDocumentOnly)),
                 QString());
        QSet<const char *> blocks;
        for (const FlowLog &f : page.rows)
            blocks.insert(f.rawJson.packed().constData());
        QCOMPARE(blocks.size(), (n + 49) / 50);
        const QString d = differenceOnAnyParser(body(n, "\"Extra\":1.5,"));
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
}

QTEST_GUILESS_MAIN(TstSimdPages)
#include "tst_simdpages.moc"
