// GET /__sandbox/stats counts API requests by operation and POST /__sandbox/stats/reset zeroes the counters.
#include "sandboxfixture.h"
#include "sandboxprobe.h"

#include <QJsonDocument>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

class TestSandboxStats final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Credentials m_credentials;
    QString m_region;

    Probe listVpc()
    {
        return get(m_nam, signedRpc(m_sandbox.baseUrl(), m_credentials, QStringLiteral("DescribeFlowLogs"),
                                    QStringLiteral("2016-04-28"),
                                    {{QStringLiteral("RegionId"), m_region},
                                     {QStringLiteral("PageSize"), QStringLiteral("10")}}));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                                  QStringLiteral("10")},
                                 &error),
                 qPrintable(error));
        const Profile ali = m_sandbox.profiles(Provider::Aliyun).value(0);
        m_credentials = m_sandbox.credentials(ali);
        m_region = ali.regions.value(0);
    }

    void init() { m_sandbox.resetStats(); }

    void startsAtZeroWithTheContractKeys()
    {
        const QJsonObject s = m_sandbox.stats();
        for (const char *key : {"requests", "flowLogs", "accounts", "created", "byOperation", "faults"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QLatin1String("requests")).toInteger(), 0);
        QCOMPARE(s.value(QLatin1String("created")).toInteger(), 0);
        QVERIFY(s.value(QLatin1String("flowLogs")).toInteger() > 0);
        QCOMPARE(s.value(QLatin1String("accounts")).toInteger(), 3);
    }

    void countsApiRequestsByOperation()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(listVpc().status, 200);
        const QJsonObject s = m_sandbox.stats();
        QCOMPARE(s.value(QLatin1String("requests")).toInteger(), 3);
        QCOMPARE(
            s.value(QLatin1String("byOperation")).toObject().value(QLatin1String("vpc.DescribeFlowLogs")).toInteger(),
            3);
        // Reading the stats is not an API request.
        QCOMPARE(m_sandbox.stats().value(QLatin1String("requests")).toInteger(), 3);
    }

    void requestsOneAfterAnotherAreOneInFlight()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(listVpc().status, 200);
        const QJsonObject s = m_sandbox.stats();
        QCOMPARE(s.value(QLatin1String("maxInFlight")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("maxInFlightPerAccount")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("inFlight")).toInt(), 0);
        m_sandbox.resetStats();
        QCOMPARE(m_sandbox.stats().value(QLatin1String("maxInFlightPerAccount")).toInt(), 0);
    }

    void countsRejectedRequestsToo()
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(QStringLiteral("/"));
        url.setQuery(QStringLiteral("Action=DescribeFlowLogs&Version=2016-04-28"));
        const Probe p = get(m_nam, QNetworkRequest(url));
        QCOMPARE(p.status, 400);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("requests")).toInteger(), 1);
    }

    void resetZeroesTheCounters()
    {
        QCOMPARE(listVpc().status, 200);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("requests")).toInteger(), 1);
        const qint64 flowLogs = m_sandbox.stats().value(QLatin1String("flowLogs")).toInteger();
        m_sandbox.resetStats();
        const QJsonObject s = m_sandbox.stats();
        QCOMPARE(s.value(QLatin1String("requests")).toInteger(), 0);
        QVERIFY(s.value(QLatin1String("byOperation")).toObject().isEmpty());
        // flowLogs is what exists, not a counter.
        QCOMPARE(s.value(QLatin1String("flowLogs")).toInteger(), flowLogs);
    }

    void theSeedDecidesTheData_data()
    {
        QTest::addColumn<QString>("otherSeed");
        QTest::addColumn<bool>("same");
        QTest::newRow("same seed, same bytes") << QStringLiteral("31") << true;
        QTest::newRow("other seed, other data") << QStringLiteral("32") << false;
    }
    void theSeedDecidesTheData()
    {
        QFETCH(QString, otherSeed);
        QFETCH(bool, same);
        SandboxFixture a;
        SandboxFixture b;
        QString error;
        QVERIFY2(a.start({QStringLiteral("--seed"), QStringLiteral("31")}, &error), qPrintable(error));
        QVERIFY2(b.start({QStringLiteral("--seed"), otherSeed}, &error), qPrintable(error));
        const auto firstPage = [this](SandboxFixture &sandbox) {
            const Profile ali = sandbox.profiles(Provider::Aliyun).value(0);
            return get(m_nam, signedRpc(sandbox.baseUrl(), sandbox.credentials(ali), QStringLiteral("DescribeFlowLogs"),
                                        QStringLiteral("2016-04-28"),
                                        {{QStringLiteral("RegionId"), ali.regions.value(0)},
                                         {QStringLiteral("PageSize"), QStringLiteral("50")}}))
                .body;
        };
        const QByteArray pageA = firstPage(a);
        const QByteArray pageB = firstPage(b);
        QVERIFY(pageA.contains("FlowLogId"));
        QCOMPARE(pageA == pageB, same);
    }

    void unknownPathsAnswer404()
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(QStringLiteral("/nowhere"));
        QCOMPARE(get(m_nam, QNetworkRequest(url)).status, 404);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("requests")).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxStats)
#include "tst_sandboxstats.moc"
