#include "catalog.h"
#include "flowlog.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace flowlog;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyServiceHasItsRow();
    void providersAndServicesComeFromTheRows();
    void vpcEndpointIsCentralOrRegional_data();
    void vpcEndpointIsCentralOrRegional();
    void endpointOverrideReplacesSchemeHostPort();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void providerTimesParse_data();
    void providerTimesParse();
    void usualTimesReadAsQtReadsThem();
};

void TestCatalog::everyServiceHasItsRow()
{
    QSet<QString> keys;
    for (const Service s : allServices) {
        const ServiceTraits &t = traits(s);
        QCOMPARE(t.service, s);
        QVERIFY(t.product);
        QCOMPARE(t.product->provider, t.provider);
        QVERIFY(serviceFromKey(serviceKey(s)) == std::optional<Service>(s));
        QVERIFY(serviceFromKey(serviceKey(s).toUpper()) == std::optional<Service>(s));
        QVERIFY(!serviceDisplayName(s).isEmpty());
        QCOMPARE(apiVersion(s), QString(t.product->version));
        QVERIFY(!t.listAction.isEmpty() && !t.createAction.isEmpty() && !t.idField.isEmpty());
        QVERIFY(t.maxFlowLogsPerSource > 0);
        QVERIFY(serviceEndpoint(s, QStringLiteral("cn-north-4")).isValid());
        keys.insert(serviceKey(s));
        switch (t.scope) {
        case Scope::Global:
            QVERIFY(!t.homeRegion.isEmpty());
            break;
        case Scope::PerInstance:
        case Scope::PerRegion:
            QVERIFY(t.homeRegion.isEmpty());
            break;
        }
    }
    QCOMPARE(keys.size(), int(std::size(allServices)));
    QVERIFY(!serviceFromKey(u"nope"));
}

void TestCatalog::providersAndServicesComeFromTheRows()
{
    QCOMPARE(providerOf(Service::Er), Provider::Huawei);
    QCOMPARE(providerOf(Service::Ecr), Provider::Aliyun);
    QCOMPARE(servicesOf(Provider::Huawei), QList<Service>{Service::Er});
    QCOMPARE(servicesOf(Provider::Aliyun), (QList<Service>{Service::Vpc, Service::Cen, Service::Ecr}));
    QCOMPARE(traits(Service::Ecr).scope, Scope::Global);
    QCOMPARE(QString(traits(Service::Ecr).homeRegion), QStringLiteral("cn-shanghai"));
    QCOMPARE(traits(Service::Er).scope, Scope::PerInstance);
    QCOMPARE(traits(Service::Cen).listAction, QLatin1StringView("DescribeFlowlogs"));
    for (const Provider p : allProviders) {
        QVERIFY(providerFromKey(providerKey(p)) == std::optional<Provider>(p));
        QVERIFY(!providerDisplayName(p).isEmpty());
    }
    QVERIFY(providerFromKey(u"alibaba") == std::optional<Provider>(Provider::Aliyun));
}

void TestCatalog::vpcEndpointIsCentralOrRegional_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("host");
    QTest::newRow("hangzhou") << "cn-hangzhou"
                              << "vpc.aliyuncs.com";
    QTest::newRow("us-east-1") << "us-east-1"
                               << "vpc.aliyuncs.com";
    QTest::newRow("frankfurt") << "eu-central-1"
                               << "vpc.eu-central-1.aliyuncs.com";
    QTest::newRow("chengdu") << "cn-chengdu"
                             << "vpc.cn-chengdu.aliyuncs.com";
}

void TestCatalog::vpcEndpointIsCentralOrRegional()
{
    QFETCH(QString, region);
    QFETCH(QString, host);
    QCOMPARE(serviceEndpoint(Service::Vpc, region).host(), host);
    QCOMPARE(serviceEndpoint(Service::Vpc, region).scheme(), QStringLiteral("https"));
}

void TestCatalog::endpointOverrideReplacesSchemeHostPort()
{
    const QUrl er = serviceEndpoint(Service::Er, QStringLiteral("cn-north-4"));
    QCOMPARE(er.host(), QStringLiteral("er.cn-north-4.myhuaweicloud.com"));
    const QUrl o = applyEndpointOverride(er, QUrl(QStringLiteral("http://127.0.0.1:4321")));
    QCOMPARE(o.toString(), QStringLiteral("http://127.0.0.1:4321/"));
    QCOMPARE(applyEndpointOverride(er, QUrl()), er);
    QCOMPARE(serviceEndpoint(Service::Ecr, {}).host(), QStringLiteral("expressconnectrouter.cn-shanghai.aliyuncs.com"));
    QCOMPARE(serviceEndpoint(Service::Cen, QStringLiteral("cn-beijing")).host(), QStringLiteral("cbn.aliyuncs.com"));
}

void TestCatalog::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://vpc.aliyuncs.com/" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:1234/" << true;
    QTest::newRow("http 127.5") << "http://127.5.6.7/" << true;
    // A name is not an address: "localhost" could resolve anywhere (issue 15).
    QTest::newRow("http localhost") << "http://localhost:80/" << false;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/" << false;
    QTest::newRow("http ::1") << "http://[::1]:80/" << true;
    QTest::newRow("http ::1 long form") << "http://[0:0:0:0:0:0:0:1]/" << true;
    QTest::newRow("http v4-mapped loopback") << "http://[::ffff:127.0.0.1]/" << true;
    QTest::newRow("http v4-mapped remote") << "http://[::ffff:10.0.0.1]/" << false;
    QTest::newRow("http 127.1 (an address QUrl completes)") << "http://127.1/" << true;
    QTest::newRow("http trailing dot (a name)") << "http://127.0.0.1./" << false;
    QTest::newRow("https localhost") << "https://localhost/" << true;
    QTest::newRow("no host") << "http:///x" << false;
    QTest::newRow("http remote") << "http://vpc.aliyuncs.com/" << false;
    QTest::newRow("http private") << "http://10.0.0.1/" << false;
    QTest::newRow("http 127 prefix trick") << "http://127.0.0.1.evil.com/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
}

void TestCatalog::plainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedEndpoint(QUrl(url)), allowed);
}

void TestCatalog::providerTimesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2023, 9, 21), QTime(4, 20, 0), QTimeZone::utc());
    QTest::newRow("no seconds (ECR)") << "2023-09-21T04:20Z" << t;
    QTest::newRow("seconds") << "2023-09-21T04:20:00Z" << t;
    QTest::newRow("millis (Huawei)") << "2023-09-21T04:20:00.000Z" << t;
    QTest::newRow("offset") << "2023-09-21T12:20:00+08:00" << t;
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("month 13") << "2023-13-21T04:20:00Z" << QDateTime();
    QTest::newRow("no 29 February in 2023") << "2023-02-29T04:20:00Z" << QDateTime();
    QTest::newRow("29 February 2024") << "2024-02-29T04:20:00Z"
                                      << QDateTime(QDate(2024, 2, 29), QTime(4, 20, 0), QTimeZone::utc());
    QTest::newRow("padded") << " 2023-09-21T04:20:00Z " << t;
    QTest::newRow("a digit short") << "2023-09-21T04:20:0Z" << QDateTime();
}

void TestCatalog::providerTimesParse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime got = parseProviderTime(text);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

// How Qt reads a time in the providers' forms (what parseProviderTime did before it read the usual ones by hand).
QDateTime qtReading(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
        dt.setTimeZone(QTimeZone::utc());
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

void TestCatalog::usualTimesReadAsQtReadsThem()
{
    // Every field at and beyond its limits, in the three forms read by hand (seconds, milliseconds, no seconds).
    const QStringList years = {QStringLiteral("0000"), QStringLiteral("0001"), QStringLiteral("1970"),
                               QStringLiteral("2024"), QStringLiteral("2100"), QStringLiteral("9999")};
    const QStringList monthDays = {QStringLiteral("00-10"), QStringLiteral("01-00"), QStringLiteral("01-31"),
                                   QStringLiteral("02-28"), QStringLiteral("02-29"), QStringLiteral("02-30"),
                                   QStringLiteral("04-31"), QStringLiteral("12-31"), QStringLiteral("13-01"),
                                   QStringLiteral("1a-01")};
    const QStringList times = {QStringLiteral("00:00"), QStringLiteral("23:59"), QStringLiteral("24:00"),
                               QStringLiteral("12:60"), QStringLiteral("1:300")};
    const QStringList tails = {QStringLiteral("Z"),      QStringLiteral(":00Z"),     QStringLiteral(":59Z"),
                               QStringLiteral(":60Z"),   QStringLiteral(":07.999Z"), QStringLiteral(":07.000Z"),
                               QStringLiteral(":07.5Z"), QStringLiteral(":07.12aZ"), QStringLiteral(":07z"),
                               QStringLiteral(":07")};
    int compared = 0;
    for (const QString &y : years) {
        for (const QString &md : monthDays) {
            for (const QString &hm : times) {
                for (const QString &tail : tails) {
                    const QString text = y + QLatin1Char('-') + md + QLatin1Char('T') + hm + tail;
                    const QDateTime expected = qtReading(text);
                    const QDateTime got = parseProviderTime(text);
                    QVERIFY2(got.isValid() == expected.isValid(), qPrintable(text));
                    if (expected.isValid()) {
                        QVERIFY2(got.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch(), qPrintable(text));
                        QVERIFY2(got.timeSpec() == Qt::UTC, qPrintable(text));
                        ++compared;
                    }
                }
            }
        }
    }
    QVERIFY(compared > 100); // most of them are valid times
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
