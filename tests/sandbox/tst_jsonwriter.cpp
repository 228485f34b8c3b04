// The sandbox's memoising JSON writer gives exactly QJsonDocument's compact bytes, and never a stale record.
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace flowlog::sandbox;

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject record(const QString &id, const QString &status)
    {
        return QJsonObject{
            {QStringLiteral("FlowLogId"), id},
            {QStringLiteral("Status"), status},
            {QStringLiteral("Description"), QStringLiteral("安全审计 \"quoted\" \\ \n\t\u0001 end")},
            {QStringLiteral("AggregationInterval"), 10},
            {QStringLiteral("Ratio"), 0.125},
            {QStringLiteral("Big"), 9007199254740991.0},
            {QStringLiteral("Enabled"), true},
            {QStringLiteral("Nothing"), QJsonValue::Null},
            {QStringLiteral("TrafficPath"), QJsonArray{QStringLiteral("all"), 1, false}},
            {QStringLiteral("Tags"), QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")}}}}};
    }

private slots:
    void writesWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("vpc page") << QJsonObject{
            {QStringLiteral("RequestId"), QStringLiteral("5A7D")},
            {QStringLiteral("TotalCount"), QStringLiteral("2")},
            {QStringLiteral("FlowLogs"),
             QJsonObject{
                 {QStringLiteral("FlowLog"), QJsonArray{record(QStringLiteral("fl-1"), QStringLiteral("Active")),
                                                        record(QStringLiteral("fl-2"), QStringLiteral("Inactive"))}}}}};
        QTest::newRow("er page") << QJsonObject{
            {QStringLiteral("flow_logs"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a-b")},
                                    {QStringLiteral("state"), QStringLiteral("available")}}}},
            {QStringLiteral("page_info"), QJsonObject{{QStringLiteral("next_marker"), QStringLiteral("a-b")},
                                                      {QStringLiteral("current_count"), 1}}}};
        QTest::newRow("error") << QJsonObject{{QStringLiteral("Code"), QStringLiteral("Throttling.User")},
                                              {QStringLiteral("Empty"), QJsonArray{}},
                                              {QStringLiteral("EmptyObject"), QJsonObject{}}};
    }
    void writesWhatQJsonDocumentWrites()
    {
        QFETCH(QJsonObject, body);
        JsonWriter writer;
        const QByteArray expected = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QCOMPARE(writer.write(body), expected);
        // Second time from the cache: the same bytes.
        QCOMPARE(writer.write(body), expected);
    }

    void writesAnExtraMemberAsIfInserted_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("first") << QStringLiteral("AAA");
        QTest::newRow("middle") << QStringLiteral("RequestId");
        QTest::newRow("last") << QStringLiteral("zzz");
        QTest::newRow("existing replaced") << QStringLiteral("TotalCount");
        QTest::newRow("lower case") << QStringLiteral("request_id");
    }
    void writesAnExtraMemberAsIfInserted()
    {
        QFETCH(QString, key);
        const QJsonObject body{
            {QStringLiteral("TotalCount"), QStringLiteral("2")},
            {QStringLiteral("PageNumber"), QStringLiteral("1")},
            {QStringLiteral("Success"), true},
            {QStringLiteral("FlowLogs"), QJsonArray{record(QStringLiteral("fl-1"), QStringLiteral("Active"))}}};
        QJsonObject inserted = body;
        inserted.insert(key, QStringLiteral("5A7D-\u00e9"));
        JsonWriter writer;
        QCOMPARE(writer.write(body, key, QStringLiteral("5A7D-\u00e9")),
                 QJsonDocument(inserted).toJson(QJsonDocument::Compact));
    }

    void aChangedRecordIsWrittenAfresh()
    {
        JsonWriter writer;
        const QJsonObject before{
            {QStringLiteral("FlowLogs"), QJsonArray{record(QStringLiteral("fl-1"), QStringLiteral("Activating"))}}};
        const QJsonObject after{
            {QStringLiteral("FlowLogs"), QJsonArray{record(QStringLiteral("fl-1"), QStringLiteral("Active"))}}};
        QVERIFY(writer.write(before).contains("\"Activating\""));
        const QByteArray second = writer.write(after);
        QVERIFY(second.contains("\"Active\""));
        QVERIFY(!second.contains("\"Activating\""));
    }

    void rememberedRecordsAreWrittenAsIfFresh()
    {
        // The sandbox writes its seeded records ahead of the first answer: what it later sends from the memo is
        // what QJsonDocument writes, and a record that changed since is not taken from it.
        JsonWriter writer;
        const QJsonObject seeded = record(QStringLiteral("fl-2"), QStringLiteral("Active"));
        QVERIFY(writer.remember(seeded));
        const QJsonObject page{{QStringLiteral("FlowLogs"), QJsonArray{seeded}}};
        QCOMPARE(writer.write(page), QJsonDocument(page).toJson(QJsonDocument::Compact));
        const QJsonObject changed{
            {QStringLiteral("FlowLogs"), QJsonArray{record(QStringLiteral("fl-2"), QStringLiteral("Inactive"))}}};
        QCOMPARE(writer.write(changed), QJsonDocument(changed).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
