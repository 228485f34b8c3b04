// What the table, the facets, exports and `flowlog-cli list --status` call a flow log's status (core/flowlogstatus):
// an ER flow log that is "available" is Active when enabled and Inactive when disabled, its enabled flag read as a
// boolean or as text (type drift), absent meaning enabled; every other status and service as the provider wrote it.
#include "flowlogstatus.h"
#include "lifecycle.h"

#include <QTest>

using namespace flowlog;

namespace {

FlowLog erRow(const QString &state, const QByteArray &enabledJson)
{
    FlowLog f;
    f.provider = Provider::Huawei;
    f.service = Service::Er;
    f.id = QStringLiteral("fl-1");
    f.status = state;
    QByteArray raw = "{\"id\":\"fl-1\",\"state\":\"" + state.toUtf8() + "\"";
    if (!enabledJson.isEmpty())
        raw += ",\"enabled\":" + enabledJson;
    f.rawJson = PackedJson(raw + "}", Service::Er);
    return f;
}

} // namespace

class TestFlowLogStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void erAvailableIsActiveOrInactive_data()
    {
        QTest::addColumn<QByteArray>("enabled");
        QTest::addColumn<bool>("isOn");
        QTest::newRow("true") << QByteArray("true") << true;
        QTest::newRow("false") << QByteArray("false") << false;
        QTest::newRow("text false") << QByteArray("\"false\"") << false;
        QTest::newRow("text FALSE") << QByteArray("\" FALSE \"") << false;
        QTest::newRow("text true") << QByteArray("\"true\"") << true;
        QTest::newRow("absent") << QByteArray() << true;
        QTest::newRow("null") << QByteArray("null") << true;
    }

    void erAvailableIsActiveOrInactive()
    {
        QFETCH(QByteArray, enabled);
        QFETCH(bool, isOn);
        const FlowLog f = erRow(QStringLiteral("available"), enabled);
        QCOMPARE(isEnabled(f), isOn);
        QCOMPARE(shownStatus(f), isOn ? QStringLiteral("Active") : QStringLiteral("Inactive"));
        QCOMPARE(phaseOf(f), isOn ? FlowLogPhase::Active : FlowLogPhase::Inactive);
        QCOMPARE(f.toJson().value(QLatin1String("status")).toString(), shownStatus(f));
        QCOMPARE(f.hasProblem(), !isOn);
        QCOMPARE(f.status, QStringLiteral("available")); // the provider's value is kept
    }

    void otherStatesAndServicesAreAsWritten()
    {
        QCOMPARE(shownStatus(erRow(QStringLiteral("modifying"), "false")), QStringLiteral("modifying"));
        QCOMPARE(shownStatus(erRow(QStringLiteral("failed"), "true")), QStringLiteral("failed"));
        FlowLog vpc;
        vpc.service = Service::Vpc;
        vpc.status = QStringLiteral("Inactive");
        vpc.rawJson = PackedJson("{\"enabled\":false,\"Status\":\"Inactive\"}", Service::Vpc);
        QVERIFY(isEnabled(vpc)); // only ER has the flag; Alibaba's Status says it
        QCOMPARE(shownStatus(vpc), QStringLiteral("Inactive"));
        vpc.status = QStringLiteral("available"); // not ER: never rewritten
        QCOMPARE(shownStatus(vpc), QStringLiteral("available"));
    }
};

QTEST_GUILESS_MAIN(TestFlowLogStatus)
#include "tst_flowlogstatus.moc"
