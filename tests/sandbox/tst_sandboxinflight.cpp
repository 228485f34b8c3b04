// /__sandbox/stats reports the most requests in flight at once overall ("maxInFlight") and for one account
// ("maxInFlightPerAccount"), from arrival until the answer is written, the injected latency included. The account is
// the one the request's credentials belong to: its access key (signature v1 or ACS3), STS credentials AssumeRole
// issued for it, a Huawei access key or the agency call's temporary credentials. A client's per-account limit can
// be checked against it. --account-limit N throttles a request that arrives while its account has N being served.
#include "networkpool.h"
#include "sandboxprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <vector>

using namespace flowlog;
using namespace flowlog::test;

namespace {

const QString kVpc = QStringLiteral("2016-04-28");
const QString kSts = QStringLiteral("2015-04-01");

// Long enough that requests sent in one go are all in flight before the first answer is written.
constexpr int kLatencyMs = 1500;

} // namespace

class TestSandboxInFlight final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_admin;
    QString m_aliyun; // a plain Alibaba account
    QString m_huawei; // a plain Huawei account

    // Requests sent at once, each on its own manager (QNetworkAccessManager opens at most 6 connections a host).
    struct Batch
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        QList<QNetworkReply *> replies;
        void send(const SignedRequest &request)
        {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            replies.append(start(*nams.back(), request));
        }
        // Every answer's status.
        QList<int> finishAll()
        {
            QList<int> statuses;
            for (QNetworkReply *r : std::as_const(replies))
                statuses.append(finish(r).status);
            replies.clear();
            return statuses;
        }
    };

    // Starts sandbox with kLatencyMs, 2 flow logs a source and the arguments; names its first plain Alibaba and
    // Huawei accounts.
    static void startWithLatency(SandboxProcess &sandbox, const QStringList &arguments, QString *aliyun,
                                 QString *huawei)
    {
        QString error;
        QVERIFY2(sandbox.start(arguments + QStringList{QStringLiteral("--latency-ms"), QString::number(kLatencyMs),
                                                       QStringLiteral("--flowlogs"), QStringLiteral("2")},
                               &error),
                 qPrintable(error));
        for (const QJsonObject &p : sandbox.profiles()) {
            if (p.contains(QLatin1String("memberOf")) || p.value(QLatin1String("organization")).toBool())
                continue;
            QString *slot = p.value(QLatin1String("provider")).toString() == QLatin1String("aliyun") ? aliyun : huawei;
            if (slot->isEmpty())
                *slot = p.value(QLatin1String("name")).toString();
        }
        QVERIFY(!aliyun->isEmpty());
        QVERIFY(!huawei->isEmpty());
    }

    QJsonObject stats()
    {
        return admin(m_admin, m_sandbox.baseUrl(), "GET", QStringLiteral("/__sandbox/stats")).json();
    }
    void resetStats()
    {
        QCOMPARE(admin(m_admin, m_sandbox.baseUrl(), "POST", QStringLiteral("/__sandbox/stats/reset")).status, 200);
    }
    static int number(const QJsonObject &s, const char *key) { return s.value(QLatin1String(key)).toInt(-1); }

    SignedRequest listVpc(const Credentials &credentials, const QString &account, bool acs3 = false) const
    {
        const QString region = m_sandbox.profile(account)
                                   .value(QLatin1String("regions"))
                                   .toArray()
                                   .at(0)
                                   .toString(QStringLiteral("cn-hangzhou"));
        return signedRpcCall(m_sandbox.baseUrl(), credentials, QStringLiteral("DescribeFlowLogs"), kVpc,
                             {{QStringLiteral("RegionId"), region}}, acs3);
    }
    SignedRequest listProjects(const Credentials &credentials) const
    {
        return signedRest(m_sandbox.baseUrl(), credentials, "GET", QStringLiteral("/v3/projects"));
    }

    // Temporary credentials for an organisation member: STS AssumeRole (Alibaba) or the agency call (Huawei).
    Credentials assumeAliyun(const QString &member)
    {
        const QJsonObject p = m_sandbox.profile(member);
        const Probe assumed =
            rpc(m_admin, m_sandbox.baseUrl(), m_sandbox.credentials(p.value(QLatin1String("memberOf")).toString()),
                QStringLiteral("AssumeRole"), kSts,
                {{QStringLiteral("RoleArn"), p.value(QLatin1String("roleArn")).toString()},
                 {QStringLiteral("RoleSessionName"), QStringLiteral("flowlog-test")}});
        const QJsonObject c = assumed.json().value(QLatin1String("Credentials")).toObject();
        return Credentials{c.value(QLatin1String("AccessKeyId")).toString(),
                           c.value(QLatin1String("AccessKeySecret")).toString(),
                           c.value(QLatin1String("SecurityToken")).toString()};
    }
    Credentials assumeHuawei(const QString &member)
    {
        const QJsonObject p = m_sandbox.profile(member);
        const QJsonObject assumeRole{
            {QStringLiteral("agency_name"), p.value(QLatin1String("agencyName"))},
            {QStringLiteral("domain_id"), p.value(QLatin1String("domainId"))},
            {QStringLiteral("session_user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("flowlog")}}}};
        const QJsonObject body{
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("identity"),
                          QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("assume_role")}},
                                      {QStringLiteral("assume_role"), assumeRole}}}}}};
        const Probe assumed =
            rest(m_admin, m_sandbox.baseUrl(), m_sandbox.credentials(p.value(QLatin1String("memberOf")).toString()),
                 "POST", QStringLiteral("/v3.0/OS-CREDENTIAL/securitytokens"), {},
                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        const QJsonObject c = assumed.json().value(QLatin1String("credential")).toObject();
        return Credentials{c.value(QLatin1String("access")).toString(), c.value(QLatin1String("secret")).toString(),
                           c.value(QLatin1String("securitytoken")).toString()};
    }

private slots:
    void initTestCase()
    {
        startWithLatency(
            m_sandbox,
            {QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--org-members"), QStringLiteral("1")},
            &m_aliyun, &m_huawei);
    }

    void init() { resetStats(); }

    void countsOneAccountsConcurrentRequests()
    {
        // 7 requests of one Alibaba account (its key, v1 and ACS3 signatures) and 3 of a Huawei account at once.
        Batch batch;
        const Credentials ali = m_sandbox.credentials(m_aliyun);
        for (int i = 0; i < 7; ++i)
            batch.send(listVpc(ali, m_aliyun, i % 2 == 1));
        for (int i = 0; i < 3; ++i)
            batch.send(listProjects(m_sandbox.credentials(m_huawei)));
        QTRY_COMPARE_WITH_TIMEOUT(number(stats(), "inFlight"), 10, kLatencyMs);
        for (const int status : batch.finishAll())
            QCOMPARE(status, 200);
        const QJsonObject s = stats();
        QCOMPARE(number(s, "maxInFlightPerAccount"), 7);
        QCOMPARE(s.value(QLatin1String("maxInFlightAccount")).toString(), m_aliyun);
        QCOMPARE(number(s, "maxInFlight"), 10);
        QCOMPARE(number(s, "inFlight"), 0); // every answer written
    }

    void temporaryCredentialsCountForTheirAccount()
    {
        // Two AssumeRole sessions into the same Alibaba member are one account; so are two Huawei agency sessions.
        const QString aliMember = QStringLiteral("ali-prod-m1");
        const QString hwMember = QStringLiteral("hw-payments-m1");
        QVERIFY(!m_sandbox.profile(aliMember).isEmpty());
        QVERIFY(!m_sandbox.profile(hwMember).isEmpty());
        const Credentials sts1 = assumeAliyun(aliMember);
        const Credentials sts2 = assumeAliyun(aliMember);
        const Credentials agency1 = assumeHuawei(hwMember);
        const Credentials agency2 = assumeHuawei(hwMember);
        QVERIFY(!sts1.securityToken.isEmpty() && sts1.accessKeyId != sts2.accessKeyId);
        QVERIFY(!agency1.securityToken.isEmpty() && agency1.accessKeyId != agency2.accessKeyId);
        resetStats(); // the assume calls above were one at a time

        Batch batch;
        for (int i = 0; i < 3; ++i) {
            batch.send(listVpc(sts1, aliMember));
            batch.send(listVpc(sts2, aliMember, true));
        }
        for (int i = 0; i < 2; ++i) {
            batch.send(listProjects(agency1));
            batch.send(listProjects(agency2));
        }
        QTRY_COMPARE_WITH_TIMEOUT(number(stats(), "inFlight"), 10, kLatencyMs);
        for (const int status : batch.finishAll())
            QCOMPARE(status, 200);
        const QJsonObject s = stats();
        QCOMPARE(number(s, "maxInFlightPerAccount"), 6);
        QCOMPARE(s.value(QLatin1String("maxInFlightAccount")).toString(), aliMember);
        QCOMPARE(number(s, "maxInFlight"), 10);
    }

    void rejectedAndUnknownCredentialsCountOverallOnly()
    {
        Batch batch;
        const Credentials unknown{QStringLiteral("unknown-test-key-id"), QStringLiteral("secret"), {}};
        for (int i = 0; i < 3; ++i)
            batch.send(listVpc(unknown, m_aliyun));
        batch.send(listVpc(m_sandbox.credentials(m_aliyun), m_aliyun));
        QTRY_COMPARE_WITH_TIMEOUT(number(stats(), "inFlight"), 4, kLatencyMs);
        const QList<int> statuses = batch.finishAll();
        QCOMPARE(statuses.count(404), 3);
        const QJsonObject s = stats();
        QCOMPARE(number(s, "maxInFlight"), 4);
        QCOMPARE(number(s, "maxInFlightPerAccount"), 1);
    }

    void oneManagerCapsAtSixAndThePoolDoesNot()
    {
        // Qt 6.4 opens at most 6 connections per host and manager and queues the rest inside: 14 requests of one
        // account through one manager are 6 on the wire. NetworkPool (what the sweeps use) puts all 14 there.
        const Credentials ali = m_sandbox.credentials(m_aliyun);
        {
            QNetworkAccessManager one;
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 14; ++i)
                replies.append(start(one, listVpc(ali, m_aliyun)));
            for (QNetworkReply *r : std::as_const(replies))
                QCOMPARE(finish(r).status, 200);
            QCOMPARE(number(stats(), "maxInFlightPerAccount"), NetworkPool::connectionsPerHost);
        }
        resetStats();
        NetworkPool pool([] { return new QNetworkAccessManager; });
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 14; ++i) {
            const SignedRequest request = listVpc(ali, m_aliyun);
            QNetworkAccessManager *nam = pool.acquire(request.request.url());
            QNetworkReply *reply = start(*nam, request);
            pool.track(reply, nam, request.request.url());
            replies.append(reply);
        }
        QCOMPARE(pool.managerCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(number(stats(), "inFlight"), 14, kLatencyMs);
        for (QNetworkReply *r : std::as_const(replies))
            QCOMPARE(finish(r).status, 200);
        QCOMPARE(number(stats(), "maxInFlightPerAccount"), 14);
    }

    void accountLimitThrottlesWhatIsOverIt()
    {
        // 5 requests of one Alibaba account and 2 of a Huawei account at once, limit 3: the Alibaba account's two
        // last are throttled with the provider's answer and hint; the refused ones do not count against the limit,
        // and once the others are answered the account is served again.
        SandboxProcess limited;
        QString aliyun;
        QString huawei;
        startWithLatency(
            limited,
            {QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--account-limit"), QStringLiteral("3")},
            &aliyun, &huawei);
        if (QTest::currentTestFailed())
            return;
        const auto limitedStats = [&] {
            return admin(m_admin, limited.baseUrl(), "GET", QStringLiteral("/__sandbox/stats")).json();
        };
        const Credentials ali = limited.credentials(aliyun);
        const QString region = limited.profile(aliyun).value(QLatin1String("regions")).toArray().at(0).toString();
        const auto list = [&] {
            return signedRpcCall(limited.baseUrl(), ali, QStringLiteral("DescribeFlowLogs"), kVpc,
                                 {{QStringLiteral("RegionId"), region}});
        };
        Batch batch;
        for (int i = 0; i < 5; ++i)
            batch.send(list());
        for (int i = 0; i < 2; ++i)
            batch.send(
                signedRest(limited.baseUrl(), limited.credentials(huawei), "GET", QStringLiteral("/v3/projects")));
        QTRY_COMPARE_WITH_TIMEOUT(number(limitedStats(), "inFlight"), 7, kLatencyMs);
        Probe throttled;
        QList<int> statuses;
        for (QNetworkReply *r : std::as_const(batch.replies)) {
            const Probe p = finish(r);
            statuses.append(p.status);
            if (p.status != 200)
                throttled = p;
        }
        batch.replies.clear();
        QCOMPARE(statuses.count(200), 5);
        QCOMPARE(throttled.json().value(QLatin1String("Code")).toString(), QStringLiteral("Throttling.User"));
        QVERIFY(throttled.status == 400 || throttled.status == 429);
        QVERIFY(throttled.header("x-acs-retry-after").toInt() > 0);
        QJsonObject s = limitedStats();
        QCOMPARE(number(s, "throttled"), 2);
        QCOMPARE(s.value(QLatin1String("faults")).toObject().value(QLatin1String("account-limit")).toInt(), 2);
        QCOMPARE(number(s, "maxInFlightPerAccount"), 5); // the sandbox counts what arrived, throttled or not

        Batch again;
        for (int i = 0; i < 3; ++i)
            again.send(list());
        for (const int status : again.finishAll())
            QCOMPARE(status, 200);
        QCOMPARE(number(limitedStats(), "throttled"), 2);
    }

    void resetStartsFromWhatIsInFlight()
    {
        Batch batch;
        for (int i = 0; i < 4; ++i)
            batch.send(listVpc(m_sandbox.credentials(m_aliyun), m_aliyun));
        QTRY_COMPARE_WITH_TIMEOUT(number(stats(), "inFlight"), 4, kLatencyMs);
        resetStats();
        QJsonObject s = stats();
        QCOMPARE(number(s, "maxInFlight"), 4);
        QCOMPARE(number(s, "maxInFlightPerAccount"), 4);
        for (const int status : batch.finishAll())
            QCOMPARE(status, 200);
        resetStats();
        s = stats();
        QCOMPARE(number(s, "maxInFlight"), 0);
        QCOMPARE(number(s, "maxInFlightPerAccount"), 0);
        QCOMPARE(s.value(QLatin1String("maxInFlightAccount")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestSandboxInFlight)
#include "tst_sandboxinflight.moc"
