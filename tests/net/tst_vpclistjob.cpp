// The vertical slice: a v1-signed VPC DescribeFlowLogs over real HTTP to flowlog-sandbox, every page followed.
#include "aliyunoperations.h"
#include "jobfactory.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

class TestVpcListJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildCallCarriesRegionPagingAndFilters();
    void followsEveryPageAgainstSandbox();
    void wrongSecretFailsWithProviderCodeAndRequestId();
    void unknownKeyFailsWithNotFoundHint();
    void abortEmitsFinishedOnce();

private:
    SourceSpec sourceFor(const Profile &p, const QString &region) const;
    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
};

void TestVpcListJob::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("120")}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.profiles(Provider::Aliyun).isEmpty());
}

SourceSpec TestVpcListJob::sourceFor(const Profile &p, const QString &region) const
{
    SourceSpec s;
    s.profileId = p.id;
    s.profileName = p.name;
    s.service = Service::Vpc;
    s.region = region;
    s.endpointOverride = p.endpoint;
    return s;
}

void TestVpcListJob::buildCallCarriesRegionPagingAndFilters()
{
    SourceSpec s;
    s.region = QStringLiteral("cn-beijing");
    s.filters = {{QStringLiteral("VpcId"), QStringLiteral("vpc-1")},
                 {QStringLiteral("Tags.1.Key"), QStringLiteral("env")}};
    const aliyun::RpcCall call = aliyun::rpcCall(aliyun::vpcDescribeFlowLogs, s, s, Cursor{3, {}, 2, 50});
    QCOMPARE(call.action, QStringLiteral("DescribeFlowLogs"));
    QCOMPARE(call.version, QStringLiteral("2016-04-28"));
    QCOMPARE(call.endpoint.host(), QStringLiteral("vpc.aliyuncs.com"));
    QVERIFY(call.params.contains(std::pair{QStringLiteral("RegionId"), QStringLiteral("cn-beijing")}));
    QVERIFY(call.params.contains(std::pair{QStringLiteral("PageNumber"), QStringLiteral("3")}));
    QVERIFY(call.params.contains(std::pair{QStringLiteral("PageSize"), QStringLiteral("50")}));
    QVERIFY(call.params.contains(std::pair{QStringLiteral("VpcId"), QStringLiteral("vpc-1")}));
    QVERIFY(call.params.contains(std::pair{QStringLiteral("Tags.1.Key"), QStringLiteral("env")}));
    s.region = QStringLiteral("eu-central-1");
    QCOMPARE(aliyun::rpcCall(aliyun::vpcDescribeFlowLogs, s, s).endpoint.host(),
             QStringLiteral("vpc.eu-central-1.aliyuncs.com"));
}

void TestVpcListJob::followsEveryPageAgainstSandbox()
{
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    const std::unique_ptr<ListJob> job(
        makeListJob(sourceFor(p, p.regions.first()), m_sandbox.credentials(p), &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy pages(job.get(), &ListJob::pageReceived);
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    const ListResult result = finished.first().first().value<ListResult>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(result.pages, 3); // 120 rows at 50 per page
    QCOMPARE(result.rows, 120);
    QSet<QString> ids;
    for (const auto &args : pages) {
        for (const FlowLog &f : args.first().value<QList<FlowLog>>()) {
            QVERIFY(f.id.startsWith(QLatin1String("fl-")));
            QCOMPARE(f.account, p.name);
            QCOMPARE(f.service, Service::Vpc);
            QVERIFY(f.created.isValid());
            ids.insert(f.id);
        }
    }
    QCOMPARE(ids.size(), 120); // no duplicates, nothing missing
}

void TestVpcListJob::wrongSecretFailsWithProviderCodeAndRequestId()
{
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    Credentials bad = m_sandbox.credentials(p);
    bad.secret += QStringLiteral("x");
    const std::unique_ptr<ListJob> job(
        makeListJob(sourceFor(p, p.regions.first()), bad, &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    const ListResult result = finished.first().first().value<ListResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Provider);
    QCOMPARE(result.error.code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(result.error.httpStatus, 400);
    QVERIFY(!result.error.requestId.isEmpty());
    QVERIFY(result.error.toDisplayString().contains(result.error.requestId));
    QVERIFY(!result.error.toDisplayString().contains(bad.secret)); // never echo the secret
}

void TestVpcListJob::unknownKeyFailsWithNotFoundHint()
{
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    const std::unique_ptr<ListJob> job(makeListJob(sourceFor(p, p.regions.first()),
                                                   Credentials{QStringLiteral("LTAInotakey"), QStringLiteral("s"), {}},
                                                   &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    const ListResult result = finished.first().first().value<ListResult>();
    QCOMPARE(result.error.code, QStringLiteral("InvalidAccessKeyId.NotFound"));
    QVERIFY(result.error.hint.contains(p.name));
}

void TestVpcListJob::abortEmitsFinishedOnce()
{
    const Profile p = m_sandbox.profiles(Provider::Aliyun).first();
    const std::unique_ptr<ListJob> job(
        makeListJob(sourceFor(p, p.regions.first()), m_sandbox.credentials(p), &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    job->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ListResult>().error.kind, ApiError::Kind::Aborted);
    QCoreApplication::processEvents(); // nothing queued may emit a second finished
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestVpcListJob)
#include "tst_vpclistjob.moc"
