// A create whose answer is lost after the service committed it (reset-after-commit) exists exactly once: the
// client retries with the draft's one client token, and the service answers the retry with the same flow log.
#include "jobfactory.h"
#include "sandboxfixture.h"
#include "seededids.h"
#include "sweeprunner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

class TestFaultCreateCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostAnswerAfterCommitCreatesExactlyOnce_data();
    void lostAnswerAfterCommitCreatesExactlyOnce();

private:
    QNetworkAccessManager m_nam;
};

namespace {

constexpr int kDrafts = 6;

SourceSpec targetFor(const Profile &p, Service service)
{
    SourceSpec s;
    s.profileId = p.id;
    s.profileName = p.name;
    s.service = service;
    s.region = p.regions.value(0);
    s.endpointOverride = p.endpoint;
    if (service == Service::Er) {
        s.projectId = p.projectIds.value(s.region);
        s.instanceId = p.erIds.value(s.region).value(0);
    }
    return s;
}

// A draft on resourceId, a network the account has (an ER attachment of the router, a vSwitch).
FlowLogDraft draftFor(const SourceSpec &target, const QString &name, const QString &resourceId)
{
    FlowLogDraft d;
    d.service = target.service;
    d.region = target.region;
    d.name = name;
    switch (target.service) {
    case Service::Er:
        d.erId = target.instanceId;
        d.resourceType = QStringLiteral("attachment");
        d.resourceId = resourceId;
        d.logGroupId = QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497");
        d.logStreamId = QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad");
        break;
    case Service::Vpc:
        d.resourceType = QStringLiteral("VSwitch");
        d.resourceId = resourceId;
        d.trafficType = QStringLiteral("All");
        d.projectName = QStringLiteral("fault-project");
        d.logStoreName = QStringLiteral("fault-store");
        break;
    default:
        break;
    }
    return d;
}

} // namespace

void TestFaultCreateCommit::lostAnswerAfterCommitCreatesExactlyOnce_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<Provider>("provider");
    QTest::newRow("huawei er") << Service::Er << Provider::Huawei;
    QTest::newRow("aliyun vpc") << Service::Vpc << Provider::Aliyun;
}

void TestFaultCreateCommit::lostAnswerAfterCommitCreatesExactlyOnce()
{
    QFETCH(Service, service);
    QFETCH(Provider, provider);
    test::SandboxFixture sandbox;
    QString error;
    // Half the answers (creates and listings alike) are dropped after the work is done; the seed fixes which.
    QVERIFY2(sandbox.start({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--accounts"),
                            QStringLiteral("3"), QStringLiteral("--flowlogs"), QStringLiteral("5"),
                            QStringLiteral("--fault"), QStringLiteral("reset-after-commit:0.5")},
                           &error),
             qPrintable(error));
    QVERIFY(!sandbox.profiles(provider).isEmpty());
    const Profile profile = sandbox.profiles(provider).first();
    const SourceSpec target = targetFor(profile, service);
    const test::SeededIds seeded(sandbox.resources(profile.name));
    const QString resourceId =
        service == Service::Er ? seeded.erAttachment(target.instanceId) : seeded.vSwitch(target.region);
    QVERIFY(!resourceId.isEmpty());
    sandbox.resetStats();

    RetryPolicy policy = test::fastRetryPolicy();
    int lostAnswers = 0;
    QStringList ids;
    for (int i = 0; i < kDrafts; ++i) {
        FlowLogDraft draft = draftFor(target, QStringLiteral("fl-commit-%1").arg(i), resourceId);
        draft.ensureClientToken(); // one token for every attempt of this draft, as the dialog keeps it
        CreateResult result;
        for (int attempt = 0; attempt < 10; ++attempt) {
            std::unique_ptr<CreateJob> job(
                makeCreateJob(target, draft, sandbox.credentials(profile), &m_nam, policy, nullptr));
            QVERIFY(job);
            QCOMPARE(job->draft().clientToken, draft.clientToken);
            QSignalSpy retrying(job.get(), &CreateJob::retrying);
            QSignalSpy finished(job.get(), &CreateJob::finished);
            job->start();
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.size(), 1);
            lostAnswers += static_cast<int>(retrying.size());
            result = finished.first().first().value<CreateResult>();
            if (!result.error.isError())
                break;
            // The only acceptable failure is "the outcome is unknown"; the same draft is then retried.
            QVERIFY2(result.error.maybeCommitted, qPrintable(result.error.toDisplayString()));
            ++lostAnswers;
        }
        QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
        QVERIFY(!result.flowLogId.isEmpty());
        ids << result.flowLogId;
    }
    QVERIFY2(lostAnswers > 0, "the fault never hit a create: the test proves nothing");
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kDrafts);

    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("created")).toInt(), kDrafts);

    // A later listing shows every draft exactly once.
    RetryPolicy listPolicy = test::fastRetryPolicy();
    listPolicy.maxTransientRetries = 30; // the listing's answers are dropped half the time too
    std::unique_ptr<ListJob> list(makeListJob(target, sandbox.credentials(profile), &m_nam, listPolicy, nullptr));
    QVERIFY(list);
    QSignalSpy pages(list.get(), &ListJob::pageReceived);
    QSignalSpy done(list.get(), &ListJob::finished);
    list->start();
    QVERIFY(done.wait(30000));
    const ListResult listed = done.first().first().value<ListResult>();
    QVERIFY2(!listed.error.isError(), qPrintable(listed.error.toDisplayString()));
    QMap<QString, int> seen;
    for (const auto &args : pages) {
        for (const FlowLog &f : args.first().value<QList<FlowLog>>()) {
            if (f.name.startsWith(QLatin1String("fl-commit-")))
                seen[f.name] += 1;
        }
    }
    QCOMPARE(seen.size(), kDrafts);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + QLatin1String(" listed more than once")));
}

QTEST_GUILESS_MAIN(TestFaultCreateCommit)
#include "tst_fault_create_commit.moc"
