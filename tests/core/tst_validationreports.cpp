// What validation reports besides one rule at its boundary: every rule a draft breaks, the tag row a violation
// names, the intervals, sampling rates and tag key lengths per service, the form field a provider's error code or
// message names, and interval text.
#include "validation.h"
#include "validationtestutil.h"

#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

class TestValidationReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBrokenRuleIsReported();
    void tagViolationsNameTheirRow();
    void intervalsPerServiceInSeconds();
    void providerErrorsMapToFields_data();
    void providerErrorsMapToFields();
    void intervalTextParses_data();
    void intervalTextParses();
};

void TestValidationReports::everyBrokenRuleIsReported()
{
    FlowLogDraft d = validDraft(Service::Vpc);
    d.name = QStringLiteral("1");        // length and first letter
    d.projectName = QStringLiteral("A"); // length, chars, edge
    d.resourceId.clear();
    const QList<Violation> v = validateDraft(d);
    QStringList rules;
    for (const Violation &x : v)
        rules << x.rule;
    QCOMPARE(rules, (QStringList{QStringLiteral("name.length"), QStringLiteral("name.first"),
                                 QStringLiteral("resourceId.required"), QStringLiteral("projectName.length"),
                                 QStringLiteral("projectName.chars"), QStringLiteral("projectName.edge")}));
    const auto byField = violationsByField(v);
    QCOMPARE(byField.size(), 3);
    QCOMPARE(byField.value(QStringLiteral("name")), v.first().message);
}

void TestValidationReports::tagViolationsNameTheirRow()
{
    FlowLogDraft d = validDraft(Service::Cen);
    d.tags = {{QStringLiteral("ok"), QStringLiteral("1")}, {QStringLiteral("acs:x"), QStringLiteral("2")}};
    const QList<Violation> v = validateDraft(d);
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().tagIndex, 1);
    QVERIFY(v.first().message.contains(QLatin1String("Tag 2")));
    d.tags = tagsOf(21);
    QCOMPARE(validateDraft(d).first().tagIndex, -1);
}

void TestValidationReports::intervalsPerServiceInSeconds()
{
    QCOMPARE(allowedIntervalsSeconds(Service::Vpc), (QList<int>{60, 300, 600}));
    QCOMPARE(allowedIntervalsSeconds(Service::Cen), (QList<int>{60, 600}));
    QCOMPARE(allowedIntervalsSeconds(Service::Ecr), (QList<int>{60, 600}));
    QCOMPARE(allowedIntervalsSeconds(Service::Er).first(), 60);
    QCOMPARE(allowedIntervalsSeconds(Service::Er).last(), 600);
    for (Service s : allServices) {
        QCOMPARE(defaultIntervalSeconds(s), 600);
        for (int v : allowedIntervalsSeconds(s))
            QVERIFY(isAllowedInterval(s, v));
    }
    QCOMPARE(maxTagKeyLength(Service::Cen), 64);
    QCOMPARE(maxTagKeyLength(Service::Vpc), 128);
    QCOMPARE(maxTagKeyLength(Service::Ecr), 128);
    QCOMPARE(allowedSamplingRates(),
             (QStringList{QStringLiteral("1:4096"), QStringLiteral("1:2048"), QStringLiteral("1:1024")}));
}

void TestValidationReports::providerErrorsMapToFields_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("InvalidName") << Service::Cen << QStringLiteral("InvalidName") << QString()
                                 << QStringLiteral("name");
    QTest::newRow("InvalidDescription") << Service::Vpc << QStringLiteral("InvalidDescription") << QString()
                                        << QStringLiteral("description");
    QTest::newRow("TagKey") << Service::Cen << QStringLiteral("IllegalParam.TagKey") << QString()
                            << QStringLiteral("tags");
    QTest::newRow("TagValue") << Service::Ecr << QStringLiteral("IllegalParam.TagValue") << QString()
                              << QStringLiteral("tags");
    QTest::newRow("Interval") << Service::Cen << QStringLiteral("InvalidParameter.Interval") << QString()
                              << QStringLiteral("interval");
    QTest::newRow("ecr format code") << Service::Ecr << QStringLiteral("IllegalParamFormat.FlowLogName") << QString()
                                     << QStringLiteral("name");
    QTest::newRow("ecr vbr") << Service::Ecr << QStringLiteral("IllegalParamFormat.InstanceId") << QString()
                             << QStringLiteral("instanceId");
    QTest::newRow("vpc message names parameter")
        << Service::Vpc << QStringLiteral("INVALID_PARAMETER")
        << QStringLiteral("The parameter ResourceType is invalid.") << QStringLiteral("resourceType");
    QTest::newRow("vpc aggregation interval") << Service::Vpc << QStringLiteral("InvalidParameter.AggregationInterval")
                                              << QString() << QStringLiteral("interval");
    QTest::newRow("missing RegionId") << Service::Cen << QStringLiteral("MissingRegionId") << QString()
                                      << QStringLiteral("region");
    QTest::newRow("region not found") << Service::Vpc << QStringLiteral("InvalidRegionId.NotFound") << QString()
                                      << QStringLiteral("region");
    QTest::newRow("ecr resource not found")
        << Service::Ecr << QStringLiteral("ResourceNotFound.EcrId") << QString() << QStringLiteral("ecrId");
    QTest::newRow("flowlog id is no field")
        << Service::Cen << QStringLiteral("InvalidFlowlogId.NotFound") << QString() << QString();
    QTest::newRow("huawei message") << Service::Er << QStringLiteral("ER.0001")
                                    << QStringLiteral("Invalid log_group_id: not found")
                                    << QStringLiteral("logGroupId");
    QTest::newRow("huawei whole words only")
        << Service::Er << QStringLiteral("ER.0001") << QStringLiteral("log_store_name is not supported") << QString();
    QTest::newRow("nothing named") << Service::Vpc << QStringLiteral("Throttling.User")
                                   << QStringLiteral("Request was denied") << QString();
}

void TestValidationReports::providerErrorsMapToFields()
{
    QFETCH(Service, service);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, field);
    QCOMPARE(fieldForProviderError(service, code, message), field);
}

void TestValidationReports::intervalTextParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds");
    QTest::newRow("bare") << QStringLiteral("60") << 60;
    QTest::newRow("seconds") << QStringLiteral("600s") << 600;
    QTest::newRow("minute") << QStringLiteral("1m") << 60;
    QTest::newRow("ten minutes") << QStringLiteral("10m") << 600;
    QTest::newRow("garbage") << QStringLiteral("soon") << -1;
    QTest::newRow("zero") << QStringLiteral("0") << -1;
}

void TestValidationReports::intervalTextParses()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    QCOMPARE(parseIntervalSeconds(text), seconds);
}

QTEST_GUILESS_MAIN(TestValidationReports)
#include "tst_validationreports.moc"
