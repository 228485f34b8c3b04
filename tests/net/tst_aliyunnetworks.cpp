// The networks flow logs watch, as rows: VPC DescribeVpcs, its pure request and its mapper, run by the generic list
// engine (a ResourceListJob) against the real flowlog-sandbox (v1 signatures, page after page) and the scripted
// server (an answer the sandbox never gives).
#include "aliyunnetworks.h"
#include "jobbinding.h"
#include "sandboxfixture.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;
using test::Reply;
using test::ScriptedServer;

class TestAliyunNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describeVpcsRequestIsTheDocumentedCall();
    void describeVpcsListsEveryVpcPageByPage();
    void describeVpcsFiltersByVpcId();
    void describeVpcsEntryWithoutIdIsAParseError();

private:
    struct Outcome
    {
        ListResult result;
        QList<Resource> rows;
    };
    [[nodiscard]] SourceSpec sandboxSource() const;
    Outcome list(const SourceSpec &source, const Credentials &credentials);
    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestAliyunNetworks::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("120")}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.profiles(Provider::Aliyun).isEmpty());
}

SourceSpec TestAliyunNetworks::sandboxSource() const
{
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    SourceSpec s;
    s.profileId = p.id;
    s.profileName = p.name;
    s.region = p.regions.first();
    s.endpointOverride = p.endpoint;
    return s;
}

TestAliyunNetworks::Outcome TestAliyunNetworks::list(const SourceSpec &source, const Credentials &credentials)
{
    const std::unique_ptr<ResourceListJob> job(
        bindResourceListJob(aliyun::vpcDescribeVpcs, source, credentials, &m_nam, RetryPolicy{}, nullptr));
    Outcome out;
    job->setSink([&out](const QList<Resource> &rows) { out.rows.append(rows); });
    QSignalSpy finished(job.get(), &ResourceListJob::finished);
    job->start();
    if (!finished.wait(20000))
        return out;
    out.result = finished.first().first().value<ListResult>();
    return out;
}

void TestAliyunNetworks::describeVpcsRequestIsTheDocumentedCall()
{
    SourceSpec s;
    s.region = QStringLiteral("cn-hangzhou");
    s.filters = {{QStringLiteral("VpcName"), QStringLiteral("prod")}};
    const aliyun::RpcCall call = aliyun::rpcCall(aliyun::vpcDescribeVpcs, s, s, Cursor{2, {}, 1, 50});
    QCOMPARE(call.action, QStringLiteral("DescribeVpcs"));
    QCOMPARE(call.version, QStringLiteral("2016-04-28"));
    QCOMPARE(call.method, QByteArray("GET"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("vpc.aliyuncs.com"));
    QCOMPARE(call.params, (Params{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                  {QStringLiteral("PageNumber"), QStringLiteral("2")},
                                  {QStringLiteral("PageSize"), QStringLiteral("50")},
                                  {QStringLiteral("VpcName"), QStringLiteral("prod")}}));
    // Page after page, never a jump (Throttling.DeepPageSkip); 50 is the API's largest page.
    QCOMPARE(aliyun::vpcDescribeVpcs.rules.paging, PagingStyle::PageNumber);
    QCOMPARE(aliyun::vpcDescribeVpcs.rules.pageSizeFor(500), 50);
}

void TestAliyunNetworks::describeVpcsListsEveryVpcPageByPage()
{
    SourceSpec s = sandboxSource();
    s.pageSize = 2;
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    const Outcome out = list(s, m_sandbox.credentials(p));
    QVERIFY2(!out.result.error.isError(), qPrintable(out.result.error.toDisplayString()));
    // The region's seeded networks: more than one page of 2.
    QVERIFY2(out.rows.size() > 2, qPrintable(QString::number(out.rows.size())));
    QCOMPARE(out.result.rows, out.rows.size());
    QCOMPARE(out.result.pages, (out.rows.size() + 1) / 2);
    QCOMPARE(out.result.requests, out.result.pages); // one request a page, none repeated, none skipped
    QSet<QString> ids;
    int defaults = 0;
    for (const Resource &vpc : out.rows) {
        QVERIFY2(vpc.id.startsWith(QLatin1String("vpc-")), qPrintable(vpc.id));
        QCOMPARE(vpc.region, s.region);
        QCOMPARE(vpc.status, QStringLiteral("Available"));
        QCOMPARE(vpc.account, p.name);
        QVERIFY(!vpc.attribute(u"CidrBlock").isEmpty());
        const QString isDefault = vpc.attribute(u"IsDefault");
        QVERIFY2(isDefault == QLatin1String("true") || isDefault == QLatin1String("false"), qPrintable(isDefault));
        defaults += isDefault == QLatin1String("true") ? 1 : 0;
        ids.insert(vpc.id);
    }
    QVERIFY(defaults <= 1); // a region has at most one default VPC
    QCOMPARE(ids.size(), out.rows.size()); // nothing twice
}

void TestAliyunNetworks::describeVpcsFiltersByVpcId()
{
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    const Outcome all = list(sandboxSource(), m_sandbox.credentials(p));
    QVERIFY2(all.rows.size() > 2, qPrintable(all.result.error.toDisplayString()));
    SourceSpec s = sandboxSource();
    const QString wanted = all.rows.at(1).id;
    s.filters = {{QStringLiteral("VpcId"), wanted}};
    const Outcome one = list(s, m_sandbox.credentials(p));
    QVERIFY2(!one.result.error.isError(), qPrintable(one.result.error.toDisplayString()));
    QCOMPARE(one.rows.size(), 1);
    QCOMPARE(one.rows.first().id, wanted);
}

void TestAliyunNetworks::describeVpcsEntryWithoutIdIsAParseError()
{
    ScriptedServer server({Reply::json(
        200, R"({"RequestId":"R1","TotalCount":1,"PageNumber":1,"PageSize":50,"Vpcs":{"Vpc":[{"VpcName":"x"}]}})")});
    SourceSpec s;
    s.profileName = QStringLiteral("prod");
    s.region = QStringLiteral("cn-hangzhou");
    s.endpointOverride = server.url();
    const Outcome out = list(s, Credentials{QStringLiteral("ak"), QStringLiteral("sk"), {}});
    QCOMPARE(out.result.error.kind, ApiError::Kind::Parse);
    QCOMPARE(out.result.error.requestId, QStringLiteral("R1"));
    QVERIFY(out.rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestAliyunNetworks)
#include "tst_aliyunnetworks.moc"
