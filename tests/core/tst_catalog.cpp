#include "catalog.h"
#include "flowlog.h"

#include <QTest>
#include <QTimeZone>

using namespace flowlog;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vpcEndpointIsCentralOrRegional_data();
    void vpcEndpointIsCentralOrRegional();
    void endpointOverrideReplacesSchemeHostPort();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();
    void providerTimesParse_data();
    void providerTimesParse();
};

void TestCatalog::vpcEndpointIsCentralOrRegional_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("host");
    QTest::newRow("hangzhou") << "cn-hangzhou" << "vpc.aliyuncs.com";
    QTest::newRow("us-east-1") << "us-east-1" << "vpc.aliyuncs.com";
    QTest::newRow("frankfurt") << "eu-central-1" << "vpc.eu-central-1.aliyuncs.com";
    QTest::newRow("chengdu") << "cn-chengdu" << "vpc.cn-chengdu.aliyuncs.com";
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
    QTest::newRow("http localhost") << "http://localhost:80/" << true;
    QTest::newRow("http ::1") << "http://[::1]:80/" << true;
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

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
