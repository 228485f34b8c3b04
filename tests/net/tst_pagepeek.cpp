// PagePeek: the paging members of a list page read in one pass (TotalCount, PageNumber, NextToken, next_marker and
// the page's row count), as the list engine uses them to queue follow-ups before the full parse; anything it
// cannot read exactly is not ok, so the engine waits for the parse.
#include "pagepeek.h"

#include <QTest>

using namespace flowlog;

class TestPagePeek final : public QObject
{
    Q_OBJECT

private slots:
    void aliyunPageNumberPage()
    {
        const PagePeek p =
            peekPage(R"({"RequestId":"r","Success":true,"TotalCount":"120","PageNumber":1,"PageSize":50,)"
                     R"("FlowLogs":{"FlowLog":[{"FlowLogId":"a","Tags":{"Tag":[]}},{"FlowLogId":"b"}]}})",
                     PeekFormat::Aliyun);
        QVERIFY(p.ok);
        QCOMPARE(p.totalCount, 120);
        QCOMPARE(p.pageNumber, 1);
        QCOMPARE(p.rows, 2);
        QVERIFY(p.nextToken.isEmpty());
    }

    void aliyunTokenPage()
    {
        const PagePeek p = peekPage(
            R"({"NextToken":"tok-2","MaxResults":2,"TotalCount":5,"FlowLogs":[{"FlowLogId":"a"},{"FlowLogId":"b"}]})",
            PeekFormat::Aliyun);
        QVERIFY(p.ok);
        QCOMPARE(p.nextToken, QByteArray("tok-2"));
        QCOMPARE(p.rows, 2);
        QCOMPARE(p.totalCount, 5);
        const PagePeek last = peekPage(R"({"NextToken":null,"FlowLogs":[]})", PeekFormat::Aliyun);
        QVERIFY(last.ok);
        QVERIFY(last.nextToken.isEmpty());
        QCOMPARE(last.rows, 0);
    }

    void huaweiMarkerPage()
    {
        const PagePeek p = peekPage(R"({"flow_logs":[{"id":"1"},{"id":"2"},{"id":"3"}],)"
                                    R"("page_info":{"next_marker":"m3","current_count":3},"request_id":"x"})",
                                    PeekFormat::Huawei);
        QVERIFY(p.ok);
        QCOMPARE(p.nextToken, QByteArray("m3"));
        QCOMPARE(p.rows, 3);
        QCOMPARE(p.totalCount, -1);
    }

    void whatItCannotReadIsNotOk_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"TotalCount":3,"FlowLogs":{"FlowLog":[{"a":1})");
        QTest::newRow("trailing bytes") << QByteArray(R"({"TotalCount":3} x)");
        QTest::newRow("not an object") << QByteArray(R"([1,2])");
        QTest::newRow("TotalCount as text") << QByteArray(R"({"TotalCount":"many","FlowLogs":[]})");
        // Not a raw string: moc misreads a backslash-quote inside one.
        QTest::newRow("escaped token") << QByteArray("{\"NextToken\":\"a\\\"b\",\"FlowLogs\":[]}");
        QTest::newRow("empty") << QByteArray();
    }
    void whatItCannotReadIsNotOk()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!peekPage(body, PeekFormat::Aliyun).ok);
    }

    void rowsAreUnknownWithoutOneList()
    {
        // Two arrays: which one holds the rows is the parser's to say.
        const PagePeek two = peekPage(R"({"TotalCount":4,"A":[1,2],"B":[3]})", PeekFormat::Aliyun);
        QVERIFY(two.ok);
        QCOMPARE(two.rows, -1);
        const PagePeek none = peekPage(R"({"TotalCount":4})", PeekFormat::Aliyun);
        QVERIFY(none.ok);
        QCOMPARE(none.rows, -1);
        QVERIFY(!peekPage(R"({"TotalCount":4})", PeekFormat::None).ok);
    }
};

QTEST_GUILESS_MAIN(TestPagePeek)
#include "tst_pagepeek.moc"
