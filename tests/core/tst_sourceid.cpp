// SourceId: the one place that builds and parses "profileId/service/region[/instance]".
#include "sourceid.h"

#include <QTest>

using namespace flowlog;

class TestSourceId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void rejectsWhatIsNotASourceId_data();
    void rejectsWhatIsNotASourceId();
};

void TestSourceId::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("instance");
    QTest::newRow("vpc per region") << QStringLiteral("6f1c0d3e-1/vpc/cn-hangzhou") << QStringLiteral("6f1c0d3e-1")
                                    << int(Service::Vpc) << QStringLiteral("cn-hangzhou") << QString();
    QTest::newRow("ecr per instance") << QStringLiteral("p/ecr/cn-shanghai/ecr-abc") << QStringLiteral("p")
                                      << int(Service::Ecr) << QStringLiteral("cn-shanghai")
                                      << QStringLiteral("ecr-abc");
    QTest::newRow("er router uuid") << QStringLiteral("p/er/cn-north-4/a43c55e9-1b2c-4d5e-8f90-123456789abc")
                                    << QStringLiteral("p") << int(Service::Er) << QStringLiteral("cn-north-4")
                                    << QStringLiteral("a43c55e9-1b2c-4d5e-8f90-123456789abc");
}

void TestSourceId::roundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, profileId);
    QFETCH(int, service);
    QFETCH(QString, region);
    QFETCH(QString, instance);
    const std::optional<SourceId> id = SourceId::parse(text);
    QVERIFY(id);
    QCOMPARE(id->profileId, profileId);
    QCOMPARE(int(id->service), service);
    QCOMPARE(id->region, region);
    QCOMPARE(id->instanceId, instance);
    QCOMPARE(id->toString(), text);
    QCOMPARE(SourceId::profileIdOf(text), profileId);
    QCOMPARE((SourceId{profileId, static_cast<Service>(service), region, instance}), *id);
}

void TestSourceId::rejectsWhatIsNotASourceId_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("two parts") << QStringLiteral("p/vpc");
    QTest::newRow("five parts") << QStringLiteral("p/er/r/i/x");
    QTest::newRow("unknown service") << QStringLiteral("p/nat/cn-hangzhou");
    QTest::newRow("empty region") << QStringLiteral("p/vpc//i");
    QTest::newRow("empty profile") << QStringLiteral("/vpc/cn-hangzhou");
}

void TestSourceId::rejectsWhatIsNotASourceId()
{
    QFETCH(QString, text);
    QVERIFY(!SourceId::parse(text));
    QVERIFY(SourceId::profileIdOf(text).isEmpty());
}

QTEST_GUILESS_MAIN(TestSourceId)
#include "tst_sourceid.moc"
