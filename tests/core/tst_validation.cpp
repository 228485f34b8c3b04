// The one rule table at every boundary: lengths n-1/n/n+1, each forbidden prefix, each enum value and a wrong one,
// tag count 20/21 and the tag key length per service.
#include "validation.h"
#include "validationtestutil.h"

#include <QTest>

#include <algorithm>

#include <functional>

using namespace flowlog;
using namespace flowlog::test;

Q_DECLARE_METATYPE(flowlog::FlowLogDraft)

namespace {

struct RowBuilder
{
    // Adds a row: a valid draft of s changed by edit, and the rule (empty = valid) with its provider code.
    void operator()(const char *name, Service s, const std::function<void(FlowLogDraft &)> &edit,
                    const QString &rule = {}, const QString &code = {}) const
    {
        FlowLogDraft d = validDraft(s);
        edit(d);
        QTest::newRow(name) << d << rule << code;
    }
};

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDraftsHaveNoViolations();
    void ruleAtBoundary_data();
    void ruleAtBoundary();
};

void TestValidation::validDraftsHaveNoViolations()
{
    for (Service s : allServices) {
        const auto v = validateDraft(validDraft(s));
        QVERIFY2(v.isEmpty(), qPrintable(serviceKey(s) + QStringLiteral(": ") +
                                         (v.isEmpty() ? QString() : v.first().rule + v.first().message)));
    }
}

void TestValidation::ruleAtBoundary_data()
{
    QTest::addColumn<FlowLogDraft>("draft");
    QTest::addColumn<QString>("rule"); // empty: the draft must be valid
    QTest::addColumn<QString>("code");
    const RowBuilder row;
    const Service V = Service::Vpc, C = Service::Cen, E = Service::Ecr, H = Service::Er;
    const auto set = [](QString FlowLogDraft::*member, QString value) {
        return [member, value](FlowLogDraft &d) { d.*member = value; };
    };

    // --- VPC FlowLogName: 2-128, letters/digits/._-, starts with a letter, no http(s)://
    row("vpc name empty is optional", V, set(&FlowLogDraft::name, {}));
    row("vpc name 1", V, set(&FlowLogDraft::name, chars(1)), QStringLiteral("name.length"),
        QStringLiteral("InvalidName"));
    row("vpc name 2", V, set(&FlowLogDraft::name, chars(2)));
    row("vpc name 3", V, set(&FlowLogDraft::name, chars(3)));
    row("vpc name 127", V, set(&FlowLogDraft::name, chars(127)));
    row("vpc name 128", V, set(&FlowLogDraft::name, chars(128)));
    row("vpc name 129", V, set(&FlowLogDraft::name, chars(129)), QStringLiteral("name.length"),
        QStringLiteral("InvalidName"));
    row("vpc name all allowed chars", V, set(&FlowLogDraft::name, QStringLiteral("a.b_c-D9")));
    row("vpc name space", V, set(&FlowLogDraft::name, QStringLiteral("ab cd")), QStringLiteral("name.chars"),
        QStringLiteral("InvalidName"));
    row("vpc name slash", V, set(&FlowLogDraft::name, QStringLiteral("ab/cd")), QStringLiteral("name.chars"),
        QStringLiteral("InvalidName"));
    row("vpc name starts with digit", V, set(&FlowLogDraft::name, QStringLiteral("1abc")), QStringLiteral("name.first"),
        QStringLiteral("InvalidName"));
    row("vpc name starts with underscore", V, set(&FlowLogDraft::name, QStringLiteral("_abc")),
        QStringLiteral("name.first"), QStringLiteral("InvalidName"));
    row("vpc name http", V, set(&FlowLogDraft::name, QStringLiteral("http://x")), QStringLiteral("name.prefix"),
        QStringLiteral("InvalidName"));
    row("vpc name https", V, set(&FlowLogDraft::name, QStringLiteral("https://x")), QStringLiteral("name.prefix"),
        QStringLiteral("InvalidName"));
    row("vpc name httpx is fine", V, set(&FlowLogDraft::name, QStringLiteral("httpx")));
    // --- VPC Description: 2-256, starts with a letter, no http(s)://
    row("vpc description empty is optional", V, set(&FlowLogDraft::description, {}));
    row("vpc description 1", V, set(&FlowLogDraft::description, chars(1)), QStringLiteral("description.length"),
        QStringLiteral("InvalidDescription"));
    row("vpc description 2", V, set(&FlowLogDraft::description, chars(2)));
    row("vpc description 255", V, set(&FlowLogDraft::description, chars(255)));
    row("vpc description 256", V, set(&FlowLogDraft::description, chars(256)));
    row("vpc description 257", V, set(&FlowLogDraft::description, chars(257)), QStringLiteral("description.length"),
        QStringLiteral("InvalidDescription"));
    row("vpc description starts with space", V, set(&FlowLogDraft::description, QStringLiteral(" abc")),
        QStringLiteral("description.first"), QStringLiteral("InvalidDescription"));
    row("vpc description http", V, set(&FlowLogDraft::description, QStringLiteral("http://a")),
        QStringLiteral("description.prefix"), QStringLiteral("InvalidDescription"));
    row("vpc description https", V, set(&FlowLogDraft::description, QStringLiteral("https://a")),
        QStringLiteral("description.prefix"), QStringLiteral("InvalidDescription"));
    // --- VPC enums and required ids
    row("vpc region missing", V, set(&FlowLogDraft::region, {}), QStringLiteral("region.required"),
        QStringLiteral("MissingParameter"));
    const auto resource = [](const char *type, const char *id) {
        return [type, id](FlowLogDraft &d) {
            d.resourceType = QLatin1String(type);
            d.resourceId = QLatin1String(id);
        };
    };
    row("vpc resource type NetworkInterface", V, resource("NetworkInterface", "eni-bp1abc"));
    row("vpc resource type VSwitch", V, resource("VSwitch", "vsw-bp1abc"));
    row("vpc resource type VPC", V, resource("VPC", "vpc-bp1abc"));
    // Id shapes (issue 20): the id's prefix matches the resource type.
    row("vpc vswitch id eni-abc", V, resource("VSwitch", "eni-abc"), QStringLiteral("resourceId.shape"),
        QStringLiteral("InvalidResourceId.NotFound"));
    row("vpc eni id vsw-abc", V, resource("NetworkInterface", "vsw-abc"), QStringLiteral("resourceId.shape"),
        QStringLiteral("InvalidResourceId.NotFound"));
    row("vpc vpc id bare prefix", V, resource("VPC", "vpc-"), QStringLiteral("resourceId.shape"),
        QStringLiteral("InvalidResourceId.NotFound"));
    row("vpc vpc id with a space", V, resource("VPC", "vpc-a b"), QStringLiteral("resourceId.shape"),
        QStringLiteral("InvalidResourceId.NotFound"));
    row("vpc resource type wrong", V, set(&FlowLogDraft::resourceType, QStringLiteral("Vpc")),
        QStringLiteral("resourceType.enum"), QStringLiteral("INVALID_PARAMETER"));
    row("vpc resource type missing", V, set(&FlowLogDraft::resourceType, {}), QStringLiteral("resourceType.required"),
        QStringLiteral("MissingParameter"));
    row("vpc resource id missing", V, set(&FlowLogDraft::resourceId, QStringLiteral("  ")),
        QStringLiteral("resourceId.required"), QStringLiteral("MissingParameter"));
    row("vpc traffic All", V, set(&FlowLogDraft::trafficType, QStringLiteral("All")));
    row("vpc traffic Allow", V, set(&FlowLogDraft::trafficType, QStringLiteral("Allow")));
    row("vpc traffic Drop", V, set(&FlowLogDraft::trafficType, QStringLiteral("Drop")));
    row("vpc traffic wrong", V, set(&FlowLogDraft::trafficType, QStringLiteral("Deny")),
        QStringLiteral("trafficType.enum"), QStringLiteral("INVALID_PARAMETER"));
    row("vpc traffic missing", V, set(&FlowLogDraft::trafficType, {}), QStringLiteral("trafficType.required"),
        QStringLiteral("MissingParameter"));
    row("vpc traffic path all", V, [](FlowLogDraft &d) { d.trafficPaths = {QStringLiteral("all")}; });
    row("vpc traffic path internetGateway", V,
        [](FlowLogDraft &d) { d.trafficPaths = {QStringLiteral("internetGateway")}; });
    row(
        "vpc traffic path wrong", V,
        [](FlowLogDraft &d) {
            d.trafficPaths = {QStringLiteral("all"), QStringLiteral("nat")};
        },
        QStringLiteral("trafficPath.enum"), QStringLiteral("INVALID_PARAMETER"));
    // --- VPC interval: 1/5/10 minutes
    row("vpc interval default", V, [](FlowLogDraft &d) { d.intervalSeconds = 0; });
    row("vpc interval 60", V, [](FlowLogDraft &d) { d.intervalSeconds = 60; });
    row("vpc interval 300", V, [](FlowLogDraft &d) { d.intervalSeconds = 300; });
    row("vpc interval 600", V, [](FlowLogDraft &d) { d.intervalSeconds = 600; });
    row(
        "vpc interval 120", V, [](FlowLogDraft &d) { d.intervalSeconds = 120; }, QStringLiteral("interval.enum"),
        QStringLiteral("InvalidParameter.Interval"));
    row(
        "vpc interval 10 (minutes, not seconds)", V, [](FlowLogDraft &d) { d.intervalSeconds = 10; },
        QStringLiteral("interval.enum"), QStringLiteral("InvalidParameter.Interval"));
    row(
        "vpc interval unreadable", V, [](FlowLogDraft &d) { d.intervalSeconds = -1; }, QStringLiteral("interval.enum"),
        QStringLiteral("InvalidParameter.Interval"));

    // --- SLS names (same rule for every Alibaba service)
    for (Service s : {V, C, E}) {
        const QByteArray p = serviceKey(s).toLatin1();
        const auto name = [&p](const char *what) { return QByteArray(p + ' ' + what); };
        const QString code = s == V   ? QStringLiteral("INVALID_PARAMETER")
                             : s == C ? QStringLiteral("InvalidParameter")
                                      : QStringLiteral("IllegalParamFormat.ProjectName");
        const QString storeCode = s == E ? QStringLiteral("IllegalParamFormat.LogStoreName") : code;
        row(name("project missing").constData(), s, set(&FlowLogDraft::projectName, {}),
            QStringLiteral("projectName.required"), QStringLiteral("MissingParameter"));
        row(name("project 2").constData(), s, set(&FlowLogDraft::projectName, chars(2)),
            QStringLiteral("projectName.length"), code);
        row(name("project 3").constData(), s, set(&FlowLogDraft::projectName, chars(3)));
        row(name("project 4").constData(), s, set(&FlowLogDraft::projectName, chars(4)));
        row(name("project 62").constData(), s, set(&FlowLogDraft::projectName, chars(62)));
        row(name("project 63").constData(), s, set(&FlowLogDraft::projectName, chars(63)));
        row(name("project 64").constData(), s, set(&FlowLogDraft::projectName, chars(64)),
            QStringLiteral("projectName.length"), code);
        row(name("project uppercase").constData(), s, set(&FlowLogDraft::projectName, QStringLiteral("FlowLogProject")),
            QStringLiteral("projectName.chars"), code);
        row(name("project underscore").constData(), s, set(&FlowLogDraft::projectName, QStringLiteral("flow_log")),
            QStringLiteral("projectName.chars"), code);
        row(name("project starts with hyphen").constData(), s, set(&FlowLogDraft::projectName, QStringLiteral("-flow")),
            QStringLiteral("projectName.edge"), code);
        row(name("project ends with hyphen").constData(), s, set(&FlowLogDraft::projectName, QStringLiteral("flow-")),
            QStringLiteral("projectName.edge"), code);
        row(name("project digits").constData(), s, set(&FlowLogDraft::projectName, QStringLiteral("9f-0")));
        row(name("logstore missing").constData(), s, set(&FlowLogDraft::logStoreName, {}),
            QStringLiteral("logStoreName.required"), QStringLiteral("MissingParameter"));
        row(name("logstore 2").constData(), s, set(&FlowLogDraft::logStoreName, chars(2)),
            QStringLiteral("logStoreName.length"), storeCode);
        row(name("logstore 3").constData(), s, set(&FlowLogDraft::logStoreName, chars(3)));
        row(name("logstore 63").constData(), s, set(&FlowLogDraft::logStoreName, chars(63)));
        row(name("logstore 64").constData(), s, set(&FlowLogDraft::logStoreName, chars(64)),
            QStringLiteral("logStoreName.length"), storeCode);
        row(name("logstore underscore and hyphen").constData(), s,
            set(&FlowLogDraft::logStoreName, QStringLiteral("a_b-c")));
        row(name("logstore uppercase").constData(), s, set(&FlowLogDraft::logStoreName, QStringLiteral("FlowLogStore")),
            QStringLiteral("logStoreName.chars"), storeCode);
        row(name("logstore dot").constData(), s, set(&FlowLogDraft::logStoreName, QStringLiteral("a.bc")),
            QStringLiteral("logStoreName.chars"), storeCode);
        row(name("logstore starts with underscore").constData(), s,
            set(&FlowLogDraft::logStoreName, QStringLiteral("_abc")), QStringLiteral("logStoreName.edge"), storeCode);
        row(name("logstore ends with underscore").constData(), s,
            set(&FlowLogDraft::logStoreName, QStringLiteral("abc_")), QStringLiteral("logStoreName.edge"), storeCode);
    }

    // --- Tags (VPC, CEN, ECR): count, key length per service, prefixes, http, duplicates
    for (Service s : {V, C, E}) {
        const QByteArray p = serviceKey(s).toLatin1();
        const auto name = [&p](const char *what) { return QByteArray(p + ' ' + what); };
        const int keyMax = s == C ? 64 : 128;
        const auto tag = [](QString k, QString v) { return [k, v](FlowLogDraft &d) { d.tags = {{k, v}}; }; };
        const QString K = QStringLiteral("IllegalParam.TagKey"), TV = QStringLiteral("IllegalParam.TagValue");
        row(name("tags none").constData(), s, [](FlowLogDraft &d) { d.tags.clear(); });
        row(name("tags 19").constData(), s, [](FlowLogDraft &d) { d.tags = tagsOf(19); });
        row(name("tags 20").constData(), s, [](FlowLogDraft &d) { d.tags = tagsOf(20); });
        row(
            name("tags 21").constData(), s, [](FlowLogDraft &d) { d.tags = tagsOf(21); }, QStringLiteral("tags.count"),
            K);
        row(name("tag key max-1").constData(), s, tag(chars(keyMax - 1, QLatin1Char('k')), {}));
        row(name("tag key max").constData(), s, tag(chars(keyMax, QLatin1Char('k')), {}));
        row(name("tag key max+1").constData(), s, tag(chars(keyMax + 1, QLatin1Char('k')), {}),
            QStringLiteral("tags.key.length"), K);
        row(name("tag key empty").constData(), s, tag({}, QStringLiteral("v")), QStringLiteral("tags.key.required"), K);
        row(name("tag key aliyun").constData(), s, tag(QStringLiteral("aliyunTeam"), {}),
            QStringLiteral("tags.key.prefix"), K);
        row(name("tag key acs:").constData(), s, tag(QStringLiteral("acs:team"), {}), QStringLiteral("tags.key.prefix"),
            K);
        row(name("tag key acs without colon").constData(), s, tag(QStringLiteral("acsteam"), {}));
        row(name("tag key contains http").constData(), s, tag(QStringLiteral("see-http://x"), {}),
            QStringLiteral("tags.key.http"), K);
        row(name("tag key contains https").constData(), s, tag(QStringLiteral("see-https://x"), {}),
            QStringLiteral("tags.key.http"), K);
        row(
            name("tag key duplicate").constData(), s,
            [](FlowLogDraft &d) {
                d.tags = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("2")}};
            },
            QStringLiteral("tags.key.duplicate"), K);
        row(name("tag value empty").constData(), s, tag(QStringLiteral("k"), {}));
        row(name("tag value 127").constData(), s, tag(QStringLiteral("k"), chars(127)));
        row(name("tag value 128").constData(), s, tag(QStringLiteral("k"), chars(128)));
        row(name("tag value 129").constData(), s, tag(QStringLiteral("k"), chars(129)),
            QStringLiteral("tags.value.length"), TV);
        row(name("tag value aliyun").constData(), s, tag(QStringLiteral("k"), QStringLiteral("aliyun-x")),
            QStringLiteral("tags.value.prefix"), TV);
        row(name("tag value acs:").constData(), s, tag(QStringLiteral("k"), QStringLiteral("acs:x")),
            QStringLiteral("tags.value.prefix"), TV);
        if (s == V) {
            row(name("tag value with http is allowed").constData(), s,
                tag(QStringLiteral("k"), QStringLiteral("see http://x")));
        } else {
            row(name("tag value contains http").constData(), s,
                tag(QStringLiteral("k"), QStringLiteral("see http://x")), QStringLiteral("tags.value.http"), TV);
            row(name("tag value contains https").constData(), s,
                tag(QStringLiteral("k"), QStringLiteral("see https://x")), QStringLiteral("tags.value.http"), TV);
        }
    }

    // --- CEN: FlowLogName empty or 1-128, Description empty or 1-256, no http(s)://, LogFormatString, ids
    row("cen name empty", C, set(&FlowLogDraft::name, {}));
    row("cen name 1", C, set(&FlowLogDraft::name, chars(1)));
    row("cen name 127", C, set(&FlowLogDraft::name, chars(127)));
    row("cen name 128", C, set(&FlowLogDraft::name, chars(128)));
    row("cen name 129", C, set(&FlowLogDraft::name, chars(129)), QStringLiteral("name.length"),
        QStringLiteral("InvalidName"));
    row("cen name may start with digit and hold spaces", C, set(&FlowLogDraft::name, QStringLiteral("1 flow log")));
    row("cen name http", C, set(&FlowLogDraft::name, QStringLiteral("http://x")), QStringLiteral("name.prefix"),
        QStringLiteral("InvalidName"));
    row("cen name https", C, set(&FlowLogDraft::name, QStringLiteral("HTTPS://x")), QStringLiteral("name.prefix"),
        QStringLiteral("InvalidName"));
    row("cen description 1", C, set(&FlowLogDraft::description, chars(1)));
    row("cen description 255", C, set(&FlowLogDraft::description, chars(255)));
    row("cen description 256", C, set(&FlowLogDraft::description, chars(256)));
    row("cen description 257", C, set(&FlowLogDraft::description, chars(257)), QStringLiteral("description.length"),
        QStringLiteral("InvalidDescription"));
    row("cen description http", C, set(&FlowLogDraft::description, QStringLiteral("http://x")),
        QStringLiteral("description.prefix"), QStringLiteral("InvalidDescription"));
    row("cen description https", C, set(&FlowLogDraft::description, QStringLiteral("https://x")),
        QStringLiteral("description.prefix"), QStringLiteral("InvalidDescription"));
    row("cen id missing", C, set(&FlowLogDraft::cenId, {}), QStringLiteral("cenId.required"),
        QStringLiteral("MissingParameter"));
    row("cen region missing", C, set(&FlowLogDraft::region, {}), QStringLiteral("region.required"),
        QStringLiteral("MissingParameter"));
    row("cen id made up", C, set(&FlowLogDraft::cenId, QStringLiteral("my-cen")), QStringLiteral("cenId.shape"),
        QStringLiteral("InvalidCenId.NotFound"));
    row("cen transit router tr-", C, set(&FlowLogDraft::transitRouterId, QStringLiteral("tr-bp1abc")));
    row("cen transit router wrong", C, set(&FlowLogDraft::transitRouterId, QStringLiteral("vtb-abc")),
        QStringLiteral("transitRouterId.shape"), QStringLiteral("InvalidTransitRouterId.NotFound"));
    row("cen attachment tr-attach-", C,
        set(&FlowLogDraft::transitRouterAttachmentId, QStringLiteral("tr-attach-bp1abc")));
    row("cen attachment wrong", C, set(&FlowLogDraft::transitRouterAttachmentId, QStringLiteral("attach-1")),
        QStringLiteral("transitRouterAttachmentId.shape"), QStringLiteral("InvalidTransitRouterAttachmentId.NotFound"));
    row("cen interval 60", C, [](FlowLogDraft &d) { d.intervalSeconds = 60; });
    row("cen interval 600", C, [](FlowLogDraft &d) { d.intervalSeconds = 600; });
    row(
        "cen interval 300", C, [](FlowLogDraft &d) { d.intervalSeconds = 300; }, QStringLiteral("interval.enum"),
        QStringLiteral("InvalidParameter.Interval"));
    row(
        "cen interval 59", C, [](FlowLogDraft &d) { d.intervalSeconds = 59; }, QStringLiteral("interval.enum"),
        QStringLiteral("InvalidParameter.Interval"));
    const QString fmt = QStringLiteral("${srcaddr}${dstaddr}${bytes}");
    row("cen log format default", C, set(&FlowLogDraft::logFormat, fmt));
    row("cen log format 999", C, set(&FlowLogDraft::logFormat, fmt + chars(999 - fmt.size(), QLatin1Char('x'))));
    row("cen log format 1000", C, set(&FlowLogDraft::logFormat, fmt + chars(1000 - fmt.size(), QLatin1Char('x'))));
    row("cen log format 1001", C, set(&FlowLogDraft::logFormat, fmt + chars(1001 - fmt.size(), QLatin1Char('x'))),
        QStringLiteral("logFormat.length"), QStringLiteral("InvalidParameter"));
    row("cen log format wrong start", C, set(&FlowLogDraft::logFormat, QStringLiteral("${dstaddr}${srcaddr}${bytes}")),
        QStringLiteral("logFormat.start"), QStringLiteral("InvalidParameter"));

    // --- ECR: FlowLogName 0-128, Description 0-256, no http(s)://, ids, interval, sampling
    row("ecr name 0", E, set(&FlowLogDraft::name, {}));
    row("ecr name 127", E, set(&FlowLogDraft::name, chars(127)));
    row("ecr name 128", E, set(&FlowLogDraft::name, chars(128)));
    row("ecr name 129", E, set(&FlowLogDraft::name, chars(129)), QStringLiteral("name.length"),
        QStringLiteral("IllegalParamFormat.FlowLogName"));
    row("ecr name http", E, set(&FlowLogDraft::name, QStringLiteral("http://x")), QStringLiteral("name.prefix"),
        QStringLiteral("IllegalParamFormat.FlowLogName"));
    row("ecr name https", E, set(&FlowLogDraft::name, QStringLiteral("https://x")), QStringLiteral("name.prefix"),
        QStringLiteral("IllegalParamFormat.FlowLogName"));
    row("ecr description 255", E, set(&FlowLogDraft::description, chars(255)));
    row("ecr description 256", E, set(&FlowLogDraft::description, chars(256)));
    row("ecr description 257", E, set(&FlowLogDraft::description, chars(257)), QStringLiteral("description.length"),
        QStringLiteral("IllegalParamFormat.Description"));
    row("ecr description http", E, set(&FlowLogDraft::description, QStringLiteral("http://x")),
        QStringLiteral("description.prefix"), QStringLiteral("IllegalParamFormat.Description"));
    row("ecr description https", E, set(&FlowLogDraft::description, QStringLiteral("https://x")),
        QStringLiteral("description.prefix"), QStringLiteral("IllegalParamFormat.Description"));
    row("ecr id missing", E, set(&FlowLogDraft::ecrId, {}), QStringLiteral("ecrId.required"),
        QStringLiteral("MissingParameter"));
    row("ecr vbr missing", E, set(&FlowLogDraft::instanceId, {}), QStringLiteral("instanceId.required"),
        QStringLiteral("MissingParameter"));
    row("ecr vbr abc", E, set(&FlowLogDraft::instanceId, QStringLiteral("abc")), QStringLiteral("instanceId.shape"),
        QStringLiteral("ResourceNotFound.InstanceId"));
    row("ecr id made up", E, set(&FlowLogDraft::ecrId, QStringLiteral("router-1")), QStringLiteral("ecrId.shape"),
        QStringLiteral("ResourceNotFound.EcrId"));
    row("ecr region is optional", E, set(&FlowLogDraft::region, {}));
    row("ecr sampling 1:4096", E, set(&FlowLogDraft::samplingRate, QStringLiteral("1:4096")));
    row("ecr sampling 1:2048", E, set(&FlowLogDraft::samplingRate, QStringLiteral("1:2048")));
    row("ecr sampling 1:1024", E, set(&FlowLogDraft::samplingRate, QStringLiteral("1:1024")));
    row("ecr sampling default", E, set(&FlowLogDraft::samplingRate, {}));
    row("ecr sampling wrong", E, set(&FlowLogDraft::samplingRate, QStringLiteral("1:512")),
        QStringLiteral("samplingRate.enum"), QStringLiteral("IllegalParamFormat.SamplingRate"));
    row("ecr interval 60", E, [](FlowLogDraft &d) { d.intervalSeconds = 60; });
    row("ecr interval 600", E, [](FlowLogDraft &d) { d.intervalSeconds = 600; });
    row(
        "ecr interval 300", E, [](FlowLogDraft &d) { d.intervalSeconds = 300; }, QStringLiteral("interval.enum"),
        QStringLiteral("IllegalParamFormat.Interval"));
    row(
        "ecr interval 601", E, [](FlowLogDraft &d) { d.intervalSeconds = 601; }, QStringLiteral("interval.enum"),
        QStringLiteral("IllegalParamFormat.Interval"));

    // --- Huawei ER: name 1-64, description 0-255, resource_type attachment, ids, interval 60..600, no tags
    const QString er = QStringLiteral("ER.0001");
    row("er name 0", H, set(&FlowLogDraft::name, {}), QStringLiteral("name.required"), er);
    row("er name 1", H, set(&FlowLogDraft::name, chars(1)));
    row("er name 63", H, set(&FlowLogDraft::name, chars(63)));
    row("er name 64", H, set(&FlowLogDraft::name, chars(64)));
    row("er name 65", H, set(&FlowLogDraft::name, chars(65)), QStringLiteral("name.length"), er);
    row("er description 0", H, set(&FlowLogDraft::description, {}));
    row("er description 254", H, set(&FlowLogDraft::description, chars(254)));
    row("er description 255", H, set(&FlowLogDraft::description, chars(255)));
    row("er description 256", H, set(&FlowLogDraft::description, chars(256)), QStringLiteral("description.length"), er);
    row("er resource type attachment", H, set(&FlowLogDraft::resourceType, QStringLiteral("attachment")));
    row("er resource type wrong", H, set(&FlowLogDraft::resourceType, QStringLiteral("vpc")),
        QStringLiteral("resourceType.enum"), er);
    row("er id missing", H, set(&FlowLogDraft::erId, {}), QStringLiteral("erId.required"), er);
    row("er attachment missing", H, set(&FlowLogDraft::resourceId, {}), QStringLiteral("resourceId.required"), er);
    row("er log group missing", H, set(&FlowLogDraft::logGroupId, {}), QStringLiteral("logGroupId.required"), er);
    row("er log stream missing", H, set(&FlowLogDraft::logStreamId, {}), QStringLiteral("logStreamId.required"), er);
    row("er region missing", H, set(&FlowLogDraft::region, {}), QStringLiteral("region.required"), er);
    // Id shapes (issue 20): Huawei ids are UUIDs.
    row("er attachment not a uuid", H, set(&FlowLogDraft::resourceId, QStringLiteral("not-a-uuid")),
        QStringLiteral("resourceId.shape"), er);
    row("er attachment uppercase uuid", H,
        set(&FlowLogDraft::resourceId, QStringLiteral("6F83B848-8331-4271-AC0C-EF94B7686402")));
    row("er attachment uuid without dashes", H,
        set(&FlowLogDraft::resourceId, QStringLiteral("6f83b84883314271ac0cef94b7686402")),
        QStringLiteral("resourceId.shape"), er);
    row("er log group not a uuid", H, set(&FlowLogDraft::logGroupId, QStringLiteral("group-1")),
        QStringLiteral("logGroupId.shape"), er);
    row("er log stream not a uuid", H, set(&FlowLogDraft::logStreamId, QStringLiteral("stream-1")),
        QStringLiteral("logStreamId.shape"), er);
    row("er id not a uuid", H, set(&FlowLogDraft::erId, QStringLiteral("er-1")), QStringLiteral("erId.shape"), er);
    row(
        "er interval 59", H, [](FlowLogDraft &d) { d.intervalSeconds = 59; }, QStringLiteral("interval.enum"), er);
    row("er interval 60", H, [](FlowLogDraft &d) { d.intervalSeconds = 60; });
    row("er interval 61", H, [](FlowLogDraft &d) { d.intervalSeconds = 61; });
    row("er interval 599", H, [](FlowLogDraft &d) { d.intervalSeconds = 599; });
    row("er interval 600", H, [](FlowLogDraft &d) { d.intervalSeconds = 600; });
    row(
        "er interval 601", H, [](FlowLogDraft &d) { d.intervalSeconds = 601; }, QStringLiteral("interval.enum"), er);
    row(
        "er tags are not sent", H, [](FlowLogDraft &d) { d.tags = tagsOf(1); }, QStringLiteral("tags.unsupported"), er);
}

void TestValidation::ruleAtBoundary()
{
    QFETCH(FlowLogDraft, draft);
    QFETCH(QString, rule);
    QFETCH(QString, code);
    const QList<Violation> violations = validateDraft(draft);
    if (rule.isEmpty()) {
        QVERIFY2(violations.isEmpty(),
                 qPrintable(violations.isEmpty()
                                ? QString()
                                : violations.first().rule + QStringLiteral(": ") + violations.first().message));
        return;
    }
    const auto it =
        std::find_if(violations.cbegin(), violations.cend(), [&](const Violation &v) { return v.rule == rule; });
    QVERIFY2(
        it != violations.cend(),
        qPrintable(QStringLiteral("expected %1, got %2 violation(s)%3")
                       .arg(rule)
                       .arg(violations.size())
                       .arg(violations.isEmpty() ? QString() : QStringLiteral(" first ") + violations.first().rule)));
    QCOMPARE(it->providerCode, code);
    QCOMPARE(it->field, rule.section(QLatin1Char('.'), 0, 0));
    QVERIFY(!it->message.isEmpty());
    // Only the one field this row breaks is reported.
    for (const Violation &v : violations)
        QCOMPARE(v.field, it->field);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
