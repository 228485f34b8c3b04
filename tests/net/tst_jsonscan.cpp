// scanJsonObject: the judges' one-pass check that waves whole JSON objects through without building a document.
#include "jsonscan.h"

#include <QTest>

using namespace flowlog;

class TestJsonScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesBodies_data();
    void classifiesBodies();
    void everyTruncationOfAPageIsCaught();
};

void TestJsonScan::classifiesBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("balanced");
    QTest::addColumn<bool>("successKey");
    QTest::addColumn<bool>("successTrue");
    QTest::newRow("page") << QByteArray(R"({"RequestId":"r","FlowLogs":{"FlowLog":[{"Name":"a{b"},{"Name":"c]"}]}})")
                          << true << false << false;
    QTest::newRow("whitespace around") << QByteArray(" \n{ \"a\" : [ 1, 2 ] }\r\n") << true << false << false;
    QTest::newRow("escaped quote and backslash")
        << QByteArray(R"({"a":"say \"}\" and \\","b":1})") << true << false << false;
    QTest::newRow("success true") << QByteArray(R"({"Success":true,"Data":{}})") << true << true << true;
    QTest::newRow("success \"true\"") << QByteArray(R"({"Success": "true"})") << true << true << true;
    QTest::newRow("success false") << QByteArray(R"({"Code":"X","Success":false})") << true << true << false;
    QTest::newRow("nested Success is not the answer's")
        << QByteArray(R"({"Data":{"Success":false}})") << true << false << false;
    QTest::newRow("Success as a value") << QByteArray(R"({"Status":"Success"})") << true << false << false;
    QTest::newRow("truncated") << QByteArray(R"({"FlowLogs":{"FlowLog":[{"Name":"a"},)") << false << false << false;
    QTest::newRow("truncated in a string") << QByteArray(R"({"Name":"ab)") << false << false << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1}<html>)") << false << false << false;
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false << false << false;
    QTest::newRow("array") << QByteArray("[1,2]") << false << false << false;
    QTest::newRow("empty") << QByteArray() << false << false << false;
    QTest::newRow("too many closers") << QByteArray("{}}") << false << false << false;
}

void TestJsonScan::classifiesBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, balanced);
    QFETCH(bool, successKey);
    QFETCH(bool, successTrue);
    const JsonScan scan = scanJsonObject(body);
    QCOMPARE(scan.balancedObject, balanced);
    QCOMPARE(scan.successKey, successKey);
    QCOMPARE(scan.successTrue, successTrue);
}

void TestJsonScan::everyTruncationOfAPageIsCaught()
{
    // A connection cut anywhere leaves an unbalanced body, which the judges then hand to the full parser.
    const QByteArray page = R"({"RequestId":"r-1","TotalCount":2,"FlowLogs":{"FlowLog":[{"FlowLogId":"fl-1",)"
                            R"("Tags":{"Tag":[{"Key":"k","Value":"v\"}"}]}},{"FlowLogId":"fl-2"}]}})";
    QVERIFY(scanJsonObject(page).balancedObject);
    for (qsizetype n = 0; n < page.size(); ++n)
        QVERIFY2(!scanJsonObject(QByteArrayView(page).first(n)).balancedObject, qPrintable(QString::number(n)));
}

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
