// Pure request builders of the six Alibaba operations: every parameter, on the wire (GET query / POST form), with
// Chinese, spaces, '+', '*', '~', '/' and Tag.1 .. Tag.11 in the right order.
#include "aliyunoperations.h"
#include "jobfactory.h"

#include <QTest>
#include <QUrlQuery>

using namespace flowlog;

namespace {

const QString tricky = QStringLiteral("流日志 a+b*c~d/e");

QList<Tag> elevenTags()
{
    QList<Tag> tags;
    for (int i = 1; i <= 11; ++i)
        tags.append({QStringLiteral("k%1").arg(i), i == 3 ? tricky : QStringLiteral("v%1").arg(i)});
    return tags;
}

// What the service reads back from the wire: '+' is a space, then percent-decoding (as a form decoder does).
QList<std::pair<QString, QString>> decodeWire(const QByteArray &encoded)
{
    QList<std::pair<QString, QString>> out;
    for (const QByteArray &part : encoded.split('&')) {
        const qsizetype eq = part.indexOf('=');
        QByteArray k = part.left(eq);
        QByteArray v = part.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

QString wireValue(const QList<std::pair<QString, QString>> &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return QStringLiteral("<absent>");
}

FlowLogDraft fullDraft(Service service)
{
    FlowLogDraft d;
    d.service = service;
    d.region = QStringLiteral("cn-hangzhou");
    d.name = tricky;
    d.description = QStringLiteral("安全 审计 + * ~ /");
    d.resourceType = QStringLiteral("VSwitch");
    d.resourceId = QStringLiteral("vsw-1");
    d.trafficType = QStringLiteral("All");
    d.trafficPaths = {QStringLiteral("all"), QStringLiteral("internetGateway")};
    d.projectName = QStringLiteral("proj-1");
    d.logStoreName = QStringLiteral("store_1");
    d.intervalSeconds = 600;
    d.cenId = QStringLiteral("cen-1");
    d.transitRouterId = QStringLiteral("tr-1");
    d.transitRouterAttachmentId = QStringLiteral("tr-attach-1");
    d.logFormat = QStringLiteral("${srcaddr}${dstaddr}${bytes}");
    d.ecrId = QStringLiteral("ecr-1");
    d.instanceId = QStringLiteral("vbr-1");
    d.samplingRate = QStringLiteral("1:2048");
    d.tags = elevenTags();
    d.clientToken = QStringLiteral("token-1");
    return d;
}

// The calls the operation rows build for a list page and for a create (what every attempt sends).
aliyun::RpcCall listCall(const aliyun::FlowLogList &op, const SourceSpec &s, int pageNumber, int pageSize)
{
    return aliyun::rpcCall(op, s, s, Cursor{pageNumber, {}, pageNumber - 1, pageSize});
}

aliyun::RpcCall tokenCall(const SourceSpec &s, const QString &token, int maxResults)
{
    return aliyun::rpcCall(aliyun::ecrDescribeFlowLogs, s, s, Cursor{1, token, 0, maxResults});
}

aliyun::RpcCall createCall(const aliyun::FlowLogCreate &op, const SourceSpec &target, const FlowLogDraft &draft)
{
    return aliyun::rpcCall(op, target, CreateInput{target, draft});
}

SourceSpec target(Service service)
{
    SourceSpec s;
    s.service = service;
    s.region = QStringLiteral("cn-hangzhou");
    s.profileName = QStringLiteral("p");
    return s;
}

} // namespace

class TestAliyunRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyParameterReachesTheWire_data();
    void everyParameterReachesTheWire();
    void tagsAreNumberedInDraftOrderAndSignedInByteOrder();
    void listCallsUseTheirPagingStyle();
    void ecrListCarriesNextTokenVerbatim();
    void cenListTakesCenIdFromInstance();
    void vpcIntervalIsMinutesOnTheWire();
    void optionalParametersAreOmittedWhenEmpty();
    void dryRunOnlyWhenAsked();
    void everyAttemptGetsAFreshNonceButTheSameClientToken();
};

using Expected = QList<std::pair<QString, QString>>;

void TestAliyunRequests::everyParameterReachesTheWire_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("host");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<bool>("acs3");

    const Expected vpcList = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                              {QStringLiteral("PageNumber"), QStringLiteral("2")},
                              {QStringLiteral("PageSize"), QStringLiteral("50")},
                              {QStringLiteral("FlowLogName"), tricky},
                              {QStringLiteral("VpcId"), QStringLiteral("vpc-1")},
                              {QStringLiteral("Tags.1.Key"), QStringLiteral("env")}};
    const Expected cenList = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                              {QStringLiteral("PageNumber"), QStringLiteral("2")},
                              {QStringLiteral("PageSize"), QStringLiteral("50")},
                              {QStringLiteral("FlowLogName"), tricky},
                              {QStringLiteral("CenId"), QStringLiteral("cen-1")},
                              {QStringLiteral("TransitRouterId"), QStringLiteral("tr-1")},
                              {QStringLiteral("TransitRouterAttachmentId"), QStringLiteral("tr-attach-1")},
                              {QStringLiteral("Interval"), QStringLiteral("600")},
                              {QStringLiteral("FlowLogVersion"), QStringLiteral("3")},
                              {QStringLiteral("Status"), QStringLiteral("Active")},
                              {QStringLiteral("Tag.1.Key"), QStringLiteral("部门")},
                              {QStringLiteral("Tag.1.Value"), QStringLiteral("网络 +")}};
    const Expected ecrList = {{QStringLiteral("EcrId"), QStringLiteral("ecr-1")},
                              {QStringLiteral("MaxResults"), QStringLiteral("50")},
                              {QStringLiteral("NextToken"), QStringLiteral("AAAA+/b=")},
                              {QStringLiteral("FlowLogName"), tricky},
                              {QStringLiteral("InstanceId"), QStringLiteral("vbr-1")}};
    Expected vpcCreate = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                          {QStringLiteral("ResourceType"), QStringLiteral("VSwitch")},
                          {QStringLiteral("ResourceId"), QStringLiteral("vsw-1")},
                          {QStringLiteral("TrafficType"), QStringLiteral("All")},
                          {QStringLiteral("ProjectName"), QStringLiteral("proj-1")},
                          {QStringLiteral("LogStoreName"), QStringLiteral("store_1")},
                          {QStringLiteral("FlowLogName"), tricky},
                          {QStringLiteral("Description"), QStringLiteral("安全 审计 + * ~ /")},
                          {QStringLiteral("AggregationInterval"), QStringLiteral("10")},
                          {QStringLiteral("TrafficPath.1"), QStringLiteral("all")},
                          {QStringLiteral("TrafficPath.2"), QStringLiteral("internetGateway")},
                          {QStringLiteral("Tag.3.Value"), tricky},
                          {QStringLiteral("Tag.11.Key"), QStringLiteral("k11")},
                          {QStringLiteral("ClientToken"), QStringLiteral("token-1")}};
    Expected cenCreate = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                          {QStringLiteral("CenId"), QStringLiteral("cen-1")},
                          {QStringLiteral("ProjectName"), QStringLiteral("proj-1")},
                          {QStringLiteral("LogStoreName"), QStringLiteral("store_1")},
                          {QStringLiteral("FlowLogName"), tricky},
                          {QStringLiteral("Description"), QStringLiteral("安全 审计 + * ~ /")},
                          {QStringLiteral("TransitRouterId"), QStringLiteral("tr-1")},
                          {QStringLiteral("TransitRouterAttachmentId"), QStringLiteral("tr-attach-1")},
                          {QStringLiteral("Interval"), QStringLiteral("600")},
                          {QStringLiteral("LogFormatString"), QStringLiteral("${srcaddr}${dstaddr}${bytes}")},
                          {QStringLiteral("Tag.1.Key"), QStringLiteral("k1")},
                          {QStringLiteral("Tag.11.Value"), QStringLiteral("v11")},
                          {QStringLiteral("ClientToken"), QStringLiteral("token-1")}};
    Expected ecrCreate = {{QStringLiteral("EcrId"), QStringLiteral("ecr-1")},
                          {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                          {QStringLiteral("InstanceId"), QStringLiteral("vbr-1")},
                          {QStringLiteral("ProjectName"), QStringLiteral("proj-1")},
                          {QStringLiteral("LogStoreName"), QStringLiteral("store_1")},
                          {QStringLiteral("FlowLogName"), tricky},
                          {QStringLiteral("Description"), QStringLiteral("安全 审计 + * ~ /")},
                          {QStringLiteral("Interval"), QStringLiteral("600")},
                          {QStringLiteral("SamplingRate"), QStringLiteral("1:2048")},
                          {QStringLiteral("Tag.3.Value"), tricky},
                          {QStringLiteral("DryRun"), QStringLiteral("true")},
                          {QStringLiteral("ClientToken"), QStringLiteral("token-1")}};
    for (const bool acs3 : {false, true}) {
        const char *sig = acs3 ? "acs3" : "v1";
        QTest::addRow("vpc-list-%s", sig)
            << 0 << QByteArray("GET") << QStringLiteral("DescribeFlowLogs") << QStringLiteral("2016-04-28")
            << QStringLiteral("vpc.aliyuncs.com") << vpcList << acs3;
        QTest::addRow("cen-list-%s", sig)
            << 1 << QByteArray("GET") << QStringLiteral("DescribeFlowlogs") << QStringLiteral("2017-09-12")
            << QStringLiteral("cbn.aliyuncs.com") << cenList << acs3;
        QTest::addRow("ecr-list-%s", sig)
            << 2 << QByteArray("GET") << QStringLiteral("DescribeFlowLogs") << QStringLiteral("2023-09-01")
            << QStringLiteral("expressconnectrouter.cn-shanghai.aliyuncs.com") << ecrList << acs3;
        QTest::addRow("vpc-create-%s", sig)
            << 3 << QByteArray("POST") << QStringLiteral("CreateFlowLog") << QStringLiteral("2016-04-28")
            << QStringLiteral("vpc.aliyuncs.com") << vpcCreate << acs3;
        QTest::addRow("cen-create-%s", sig)
            << 4 << QByteArray("POST") << QStringLiteral("CreateFlowlog") << QStringLiteral("2017-09-12")
            << QStringLiteral("cbn.aliyuncs.com") << cenCreate << acs3;
        QTest::addRow("ecr-create-%s", sig)
            << 5 << QByteArray("POST") << QStringLiteral("CreateFlowLog") << QStringLiteral("2023-09-01")
            << QStringLiteral("expressconnectrouter.cn-shanghai.aliyuncs.com") << ecrCreate << acs3;
    }
}

void TestAliyunRequests::everyParameterReachesTheWire()
{
    QFETCH(int, which);
    QFETCH(QByteArray, method);
    QFETCH(QString, action);
    QFETCH(QString, version);
    QFETCH(QString, host);
    QFETCH(Expected, expected);
    QFETCH(bool, acs3);

    aliyun::RpcCall call;
    SourceSpec s = target(static_cast<Service>(which % 3));
    FlowLogDraft d = fullDraft(s.service);
    d.dryRun = true;
    switch (which) {
    case 0:
        s.filters = {{QStringLiteral("FlowLogName"), tricky},
                     {QStringLiteral("VpcId"), QStringLiteral("vpc-1")},
                     {QStringLiteral("Tags.1.Key"), QStringLiteral("env")}};
        call = listCall(aliyun::vpcDescribeFlowLogs, s, 2, 50);
        break;
    case 1:
        s.filters = {{QStringLiteral("FlowLogName"), tricky},
                     {QStringLiteral("CenId"), QStringLiteral("cen-1")},
                     {QStringLiteral("TransitRouterId"), QStringLiteral("tr-1")},
                     {QStringLiteral("TransitRouterAttachmentId"), QStringLiteral("tr-attach-1")},
                     {QStringLiteral("Interval"), QStringLiteral("600")},
                     {QStringLiteral("FlowLogVersion"), QStringLiteral("3")},
                     {QStringLiteral("Status"), QStringLiteral("Active")},
                     {QStringLiteral("Tag.1.Key"), QStringLiteral("部门")},
                     {QStringLiteral("Tag.1.Value"), QStringLiteral("网络 +")}};
        call = listCall(aliyun::cenDescribeFlowlogs, s, 2, 50);
        break;
    case 2:
        s.instanceId = QStringLiteral("ecr-1");
        s.filters = {{QStringLiteral("FlowLogName"), tricky}, {QStringLiteral("InstanceId"), QStringLiteral("vbr-1")}};
        call = tokenCall(s, QStringLiteral("AAAA+/b="), 50);
        break;
    case 3:
        call = createCall(aliyun::vpcCreateFlowLog, s, d);
        break;
    case 4:
        call = createCall(aliyun::cenCreateFlowlog, s, d);
        break;
    case 5:
        call = createCall(aliyun::ecrCreateFlowLog, s, d);
        break;
    }
    QCOMPARE(call.method, method);
    QCOMPARE(call.action, action);
    QCOMPARE(call.version, version);
    QCOMPARE(call.endpoint.host(), host);
    QCOMPARE(call.endpoint.scheme(), QStringLiteral("https"));
    call.signatureVersion = acs3 ? aliyun::SignatureVersion::Acs3 : aliyun::SignatureVersion::V1;

    const HttpRequest req = aliyun::buildRpcRequest(call, {QStringLiteral("ak"), QStringLiteral("sk"), {}},
                                                    QDateTime::currentDateTimeUtc(), QStringLiteral("nonce"));
    QCOMPARE(req.method, method);
    const QByteArray wire = method == "GET" ? req.url.query(QUrl::FullyEncoded).toLatin1() : req.body;
    if (method == "POST") {
        QVERIFY(req.url.query().isEmpty() || !acs3);
        bool form = false;
        for (const auto &[k, v] : req.headers)
            form = form ||
                   (k.compare("content-type", Qt::CaseInsensitive) == 0 && v == "application/x-www-form-urlencoded");
        QVERIFY(form);
    }
    // Nothing the service would mis-read: no literal '+', '*', ' ' or non-ASCII on the wire.
    QVERIFY(!wire.contains('+'));
    QVERIFY(!wire.contains('*'));
    QVERIFY(!wire.contains(' '));
    for (const char c : wire)
        QVERIFY(static_cast<unsigned char>(c) < 0x80);
    const auto pairs = decodeWire(wire);
    for (const auto &[k, v] : expected)
        QCOMPARE(wireValue(pairs, k), v);
    if (acs3) {
        QCOMPARE(wireValue(pairs, QStringLiteral("Signature")), QStringLiteral("<absent>"));
    } else {
        QCOMPARE(wireValue(pairs, QStringLiteral("Action")), action);
        QCOMPARE(wireValue(pairs, QStringLiteral("Version")), version);
        QCOMPARE(wireValue(pairs, QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
        QVERIFY(wireValue(pairs, QStringLiteral("Signature")) != QStringLiteral("<absent>"));
    }
}

void TestAliyunRequests::tagsAreNumberedInDraftOrderAndSignedInByteOrder()
{
    const aliyun::RpcCall call = createCall(aliyun::vpcCreateFlowLog, target(Service::Vpc), fullDraft(Service::Vpc));
    QStringList tagKeys;
    for (const auto &[k, v] : call.params) {
        if (k.startsWith(QLatin1String("Tag.")) && k.endsWith(QLatin1String(".Key")))
            tagKeys << k + QLatin1Char('=') + v;
    }
    QCOMPARE(tagKeys.size(), 11);
    for (int i = 1; i <= 11; ++i)
        QCOMPARE(tagKeys.at(i - 1), QStringLiteral("Tag.%1.Key=k%1").arg(i));
    const QByteArray canonical = aliyun::canonicalQuery(call.params);
    const qsizetype t1 = canonical.indexOf("Tag.1.Key=");
    const qsizetype t10 = canonical.indexOf("Tag.10.Key=");
    const qsizetype t11 = canonical.indexOf("Tag.11.Key=");
    const qsizetype t2 = canonical.indexOf("Tag.2.Key=");
    QVERIFY(t1 >= 0 && t1 < t10 && t10 < t11 && t11 < t2);
}

void TestAliyunRequests::listCallsUseTheirPagingStyle()
{
    const aliyun::RpcCall cen = listCall(aliyun::cenDescribeFlowlogs, target(Service::Cen), 7, 20);
    QVERIFY(cen.params.contains(std::pair{QStringLiteral("PageNumber"), QStringLiteral("7")}));
    QVERIFY(cen.params.contains(std::pair{QStringLiteral("PageSize"), QStringLiteral("20")}));
    SourceSpec ecr = target(Service::Ecr);
    ecr.instanceId = QStringLiteral("ecr-9");
    const aliyun::RpcCall first = tokenCall(ecr, {}, 10);
    for (const auto &[k, v] : first.params)
        QVERIFY(k != QLatin1String("NextToken") && k != QLatin1String("PageNumber"));
    QVERIFY(first.params.contains(std::pair{QStringLiteral("EcrId"), QStringLiteral("ecr-9")}));
    QVERIFY(first.params.contains(std::pair{QStringLiteral("MaxResults"), QStringLiteral("10")}));
}

void TestAliyunRequests::ecrListCarriesNextTokenVerbatim()
{
    SourceSpec ecr = target(Service::Ecr);
    ecr.instanceId = QStringLiteral("ecr-9");
    const QString token = QStringLiteral("AAAAAYws9fJ0Ur4MGm/5OkDoW/Zn0J0/sCjivzwX9oBcwFnWaaas/kSG+J/WzLOxJHS4****");
    aliyun::RpcCall call = tokenCall(ecr, token, 10);
    const HttpRequest req = aliyun::buildRpcRequest(call, {QStringLiteral("ak"), QStringLiteral("sk"), {}},
                                                    QDateTime::currentDateTimeUtc(), QStringLiteral("n"));
    QCOMPARE(wireValue(decodeWire(req.url.query(QUrl::FullyEncoded).toLatin1()), QStringLiteral("NextToken")), token);
}

void TestAliyunRequests::cenListTakesCenIdFromInstance()
{
    SourceSpec s = target(Service::Cen);
    s.instanceId = QStringLiteral("cen-from-instance");
    QVERIFY(listCall(aliyun::cenDescribeFlowlogs, s, 1, 20)
                .params.contains(std::pair{QStringLiteral("CenId"), QStringLiteral("cen-from-instance")}));
    s.filters = {{QStringLiteral("CenId"), QStringLiteral("cen-filter")}};
    int count = 0;
    for (const auto &[k, v] : listCall(aliyun::cenDescribeFlowlogs, s, 1, 20).params)
        count += k == QLatin1String("CenId") ? 1 : 0;
    QCOMPARE(count, 1); // an explicit filter wins, never two CenIds
}

void TestAliyunRequests::vpcIntervalIsMinutesOnTheWire()
{
    FlowLogDraft d = fullDraft(Service::Vpc);
    for (const auto &[seconds, minutes] : {std::pair{60, 1}, std::pair{300, 5}, std::pair{600, 10}}) {
        d.intervalSeconds = seconds;
        QVERIFY(createCall(aliyun::vpcCreateFlowLog, target(Service::Vpc), d)
                    .params.contains(std::pair{QStringLiteral("AggregationInterval"), QString::number(minutes)}));
    }
}

void TestAliyunRequests::optionalParametersAreOmittedWhenEmpty()
{
    FlowLogDraft d;
    d.service = Service::Cen;
    d.cenId = QStringLiteral("cen-1");
    d.projectName = QStringLiteral("p");
    d.logStoreName = QStringLiteral("s");
    const aliyun::RpcCall call = createCall(aliyun::cenCreateFlowlog, target(Service::Cen), d);
    QStringList keys;
    for (const auto &[k, v] : call.params)
        keys << k;
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("CenId"), QStringLiteral("LogStoreName"), QStringLiteral("ProjectName"),
                                QStringLiteral("RegionId")}));
}

void TestAliyunRequests::dryRunOnlyWhenAsked()
{
    FlowLogDraft d = fullDraft(Service::Ecr);
    d.dryRun = false;
    for (const auto &[k, v] : createCall(aliyun::ecrCreateFlowLog, target(Service::Ecr), d).params)
        QVERIFY(k != QLatin1String("DryRun"));
    SourceSpec s = target(Service::Ecr);
    s.instanceId = QStringLiteral("ecr-from-target");
    d.ecrId.clear();
    QVERIFY(createCall(aliyun::ecrCreateFlowLog, s, d)
                .params.contains(std::pair{QStringLiteral("EcrId"), QStringLiteral("ecr-from-target")}));
}

void TestAliyunRequests::everyAttemptGetsAFreshNonceButTheSameClientToken()
{
    FlowLogDraft d = fullDraft(Service::Vpc);
    d.clientToken.clear();
    const std::unique_ptr<CreateJob> job(makeCreateJob(target(Service::Vpc), d,
                                                       Credentials{QStringLiteral("ak"), QStringLiteral("sk"), {}},
                                                       nullptr, RetryPolicy{}, nullptr));
    QVERIFY(!job->draft().clientToken.isEmpty()); // fixed once, before the first attempt
    const aliyun::RpcCall a = createCall(aliyun::vpcCreateFlowLog, job->target(), job->draft());
    const aliyun::RpcCall b = createCall(aliyun::vpcCreateFlowLog, job->target(), job->draft());
    QCOMPARE(wireValue(a.params, QStringLiteral("ClientToken")), job->draft().clientToken);
    QCOMPARE(wireValue(b.params, QStringLiteral("ClientToken")), job->draft().clientToken);
    const HttpRequest r1 = aliyun::buildRpcRequest(a, {QStringLiteral("ak"), QStringLiteral("sk"), {}},
                                                   QDateTime::currentDateTimeUtc(), aliyun::newNonce());
    const HttpRequest r2 = aliyun::buildRpcRequest(b, {QStringLiteral("ak"), QStringLiteral("sk"), {}},
                                                   QDateTime::currentDateTimeUtc(), aliyun::newNonce());
    QVERIFY(wireValue(decodeWire(r1.body), QStringLiteral("SignatureNonce")) !=
            wireValue(decodeWire(r2.body), QStringLiteral("SignatureNonce")));
}

QTEST_GUILESS_MAIN(TestAliyunRequests)
#include "tst_aliyunrequests.moc"
