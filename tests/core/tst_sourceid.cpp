// SourceId: the one place that builds and parses "profileId[~accountId]/service/region[/instance]".
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
    QTest::addColumn<QString>("account");
    QTest::newRow("vpc per region") << QStringLiteral("6f1c0d3e-1/vpc/cn-hangzhou") << QStringLiteral("6f1c0d3e-1")
                                    << int(Service::Vpc) << QStringLiteral("cn-hangzhou") << QString() << QString();
    QTest::newRow("ecr per instance") << QStringLiteral("p/ecr/cn-shanghai/ecr-abc") << QStringLiteral("p")
                                      << int(Service::Ecr) << QStringLiteral("cn-shanghai") << QStringLiteral("ecr-abc")
                                      << QString();
    QTest::newRow("er router uuid") << QStringLiteral("p/er/cn-north-4/a43c55e9-1b2c-4d5e-8f90-123456789abc")
                                    << QStringLiteral("p") << int(Service::Er) << QStringLiteral("cn-north-4")
                                    << QStringLiteral("a43c55e9-1b2c-4d5e-8f90-123456789abc") << QString();
    // An organisation member reached through profile p: its account id after '~'.
    QTest::newRow("member vpc") << QStringLiteral("p~1234567890/vpc/eu-central-1") << QStringLiteral("p")
                                << int(Service::Vpc) << QStringLiteral("eu-central-1") << QString()
                                << QStringLiteral("1234567890");
    QTest::newRow("member er") << QStringLiteral("p~d0a1/er/cn-north-4/er-1") << QStringLiteral("p") << int(Service::Er)
                               << QStringLiteral("cn-north-4") << QStringLiteral("er-1") << QStringLiteral("d0a1");
}

void TestSourceId::roundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, profileId);
    QFETCH(int, service);
    QFETCH(QString, region);
    QFETCH(QString, instance);
    QFETCH(QString, account);
    const std::optional<SourceId> id = SourceId::parse(text);
    QVERIFY(id);
    QCOMPARE(id->profileId, profileId);
    QCOMPARE(int(id->service), service);
    QCOMPARE(id->region, region);
    QCOMPARE(id->instanceId, instance);
    QCOMPARE(id->accountId, account);
    QCOMPARE(id->toString(), text);
    QCOMPARE(accountKey(profileId, account), text.section(u'/', 0, 0));
    QCOMPARE(SourceId::profileIdOf(text), profileId);
    QCOMPARE((SourceId{profileId, static_cast<Service>(service), region, instance, account}), *id);
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
    QTest::newRow("empty member") << QStringLiteral("p~/vpc/cn-hangzhou");
    QTest::newRow("member without profile") << QStringLiteral("~123/vpc/cn-hangzhou");
}

void TestSourceId::rejectsWhatIsNotASourceId()
{
    QFETCH(QString, text);
    QVERIFY(!SourceId::parse(text));
    QVERIFY(SourceId::profileIdOf(text).isEmpty());
}

QTEST_GUILESS_MAIN(TestSourceId)
#include "tst_sourceid.moc"
