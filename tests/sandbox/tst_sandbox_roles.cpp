// flowlog-sandbox's organisations on the Alibaba side: the --print-profiles lines of management and member
// accounts, STS AssumeRole (the only way to a member), temporary credentials with their security token until they
// expire, Resource Directory ListAccounts, DescribeExpressConnectRouter, DescribeRegions over every known region,
// the --deny hooks, and /__sandbox/stats counting every account.
#include "sandboxprobe.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

const QString kVpc = QStringLiteral("2016-04-28");
const QString kCen = QStringLiteral("2017-09-12");
const QString kEcr = QStringLiteral("2023-09-01");
const QString kSts = QStringLiteral("2015-04-01");
const QString kRd = QStringLiteral("2020-03-31");

QString code(const Probe &p)
{
    return p.json().value(QLatin1String("Code")).toString();
}

// Which RAM action a NoPermission answer names.
QString deniedAction(const Probe &p)
{
    return p.json().value(QLatin1String("AccessDeniedDetail")).toObject().value(QLatin1String("AuthAction")).toString();
}

} // namespace

class TestSandboxRoles final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    // --org-members 3 --regions-spread --flowlogs 4: ali-prod manages ali-prod-m1..m3, hw-payments hw-payments-m1..m3.
    SandboxProcess m_org;

    // AssumeRole into member on the management key of sandbox; the answer.
    Probe assume(SandboxProcess &sandbox, const QString &member, const Params &extra = {})
    {
        const QString management = sandbox.profile(member).value(QLatin1String("memberOf")).toString();
        Params params{{QStringLiteral("RoleArn"), sandbox.profile(member).value(QLatin1String("roleArn")).toString()},
                      {QStringLiteral("RoleSessionName"), QStringLiteral("flowlog-test")}};
        params.append(extra);
        return rpc(m_nam, sandbox.baseUrl(), sandbox.credentials(management), QStringLiteral("AssumeRole"), kSts,
                   params);
    }
    static Credentials temporary(const Probe &assumed)
    {
        const QJsonObject c = assumed.json().value(QLatin1String("Credentials")).toObject();
        return Credentials{c.value(QLatin1String("AccessKeyId")).toString(),
                           c.value(QLatin1String("AccessKeySecret")).toString(),
                           c.value(QLatin1String("SecurityToken")).toString()};
    }
    Probe listVpc(SandboxProcess &sandbox, const Credentials &credentials, const QString &region, bool acs3 = false)
    {
        return rpc(m_nam, sandbox.baseUrl(), credentials, QStringLiteral("DescribeFlowLogs"), kVpc,
                   {{QStringLiteral("RegionId"), region}, {QStringLiteral("PageSize"), QStringLiteral("50")}}, acs3);
    }

    // What AssumeRole refuses, and how: the caller's key, the parameters, the answer.
    struct Refusal
    {
        const char *name;
        const char *caller;
        Params params;
        int status;
        const char *code;
    };
    QList<Refusal> refusals() const
    {
        const QString m1 = m_org.profile(QStringLiteral("ali-prod-m1")).value(QLatin1String("roleArn")).toString();
        const QString arnOf = QStringLiteral("acs:ram::%1:role/ResourceDirectoryAccountAccessRole");
        const QString own =
            arnOf.arg(m_org.profile(QStringLiteral("ali-prod")).value(QLatin1String("accountId")).toString());
        const auto with = [](const QString &arn, const char *session, const char *duration = nullptr) {
            Params p{{QStringLiteral("RoleSessionName"), QLatin1String(session)}};
            if (!arn.isEmpty())
                p.append({QStringLiteral("RoleArn"), arn});
            if (duration)
                p.append({QStringLiteral("DurationSeconds"), QLatin1String(duration)});
            return p;
        };
        return {
            {"unknown account", "ali-prod", with(arnOf.arg(QStringLiteral("1999999999999999")), "flowlog-test"), 404,
             "EntityNotExist.Role"},
            {"no such role", "ali-prod",
             with(QString(m1).replace(QStringLiteral("Directory"), QStringLiteral("Other")), "flowlog-test"), 404,
             "EntityNotExist.Role"},
            {"the management account's own", "ali-prod", with(own, "flowlog-test"), 404, "EntityNotExist.Role"},
            {"not trusted", "ali-staging", with(m1, "flowlog-test"), 403, "NoPermission"},
            {"malformed arn", "ali-prod", with(QStringLiteral("arn:aws:iam::1:role/x"), "flowlog-test"), 400,
             "InvalidParameter.RoleArn"},
            {"short session", "ali-prod", with(m1, "a"), 400, "InvalidParameter.RoleSessionName"},
            {"session with a space", "ali-prod", with(m1, "a b"), 400, "InvalidParameter.RoleSessionName"},
            {"duration too short", "ali-prod", with(m1, "flowlog-test", "899"), 400,
             "InvalidParameter.DurationSeconds"},
            {"duration too long", "ali-prod", with(m1, "flowlog-test", "3601"), 400,
             "InvalidParameter.DurationSeconds"},
            {"no role", "ali-prod", with(QString(), "flowlog-test"), 400, "MissingRoleArn"},
        };
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_org.start({QStringLiteral("--org-members"), QStringLiteral("3"), QStringLiteral("--regions-spread"),
                              QStringLiteral("--flowlogs"), QStringLiteral("4")},
                             &error),
                 qPrintable(error));
        QCOMPARE(m_org.profiles().size(), 9);
    }

    void profilesNameOrganisationsAndMembers()
    {
        const QJsonObject ali = m_org.profile(QStringLiteral("ali-prod"));
        QCOMPARE(ali.value(QLatin1String("organization")), QJsonValue(true));
        QCOMPARE(ali.value(QLatin1String("memberRole")).toString(),
                 QStringLiteral("ResourceDirectoryAccountAccessRole"));
        const QJsonObject hw = m_org.profile(QStringLiteral("hw-payments"));
        QCOMPARE(hw.value(QLatin1String("organization")), QJsonValue(true));
        QCOMPARE(hw.value(QLatin1String("memberAgency")).toString(), QStringLiteral("flowlog-audit"));
        QVERIFY(!m_org.profile(QStringLiteral("ali-staging")).contains(QLatin1String("organization")));
        for (const QJsonObject &p : m_org.profiles()) {
            const QString id = p.value(QLatin1String("accountId")).toString();
            const bool aliyun = p.value(QLatin1String("provider")).toString() == QLatin1String("aliyun");
            QVERIFY2(QRegularExpression(aliyun ? QStringLiteral("^\\d{16}$") : QStringLiteral("^[0-9a-f]{32}$"))
                         .match(id)
                         .hasMatch(),
                     qPrintable(id));
        }
        const QJsonObject m1 = m_org.profile(QStringLiteral("ali-prod-m1"));
        QCOMPARE(m1.value(QLatin1String("memberOf")).toString(), QStringLiteral("ali-prod"));
        QCOMPARE(m1.value(QLatin1String("roleArn")).toString(),
                 QStringLiteral("acs:ram::%1:role/ResourceDirectoryAccountAccessRole")
                     .arg(m1.value(QLatin1String("accountId")).toString()));
        QVERIFY(m1.value(QLatin1String("accessKeyId")).toString().isEmpty()); // reachable only through the role
        QVERIFY(m1.value(QLatin1String("secret")).toString().isEmpty());
        const QJsonObject hm2 = m_org.profile(QStringLiteral("hw-payments-m2"));
        QCOMPARE(hm2.value(QLatin1String("memberOf")).toString(), QStringLiteral("hw-payments"));
        QCOMPARE(hm2.value(QLatin1String("agencyName")).toString(), QStringLiteral("flowlog-audit"));
        QCOMPARE(hm2.value(QLatin1String("domainId")).toString(), hm2.value(QLatin1String("accountId")).toString());
    }

    void assumeRoleReachesThatMemberOnly()
    {
        const Probe assumed = assume(m_org, QStringLiteral("ali-prod-m1"));
        QCOMPARE(assumed.status, 200);
        const QJsonObject c = assumed.json().value(QLatin1String("Credentials")).toObject();
        QVERIFY(c.value(QLatin1String("AccessKeyId")).toString().startsWith(QLatin1String("STS.")));
        QVERIFY(c.value(QLatin1String("SecurityToken")).toString().startsWith(QLatin1String("CAIS")));
        const QDateTime expires = QDateTime::fromString(c.value(QLatin1String("Expiration")).toString(), Qt::ISODate);
        QVERIFY2(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60, qPrintable(expires.toString()));
        const QJsonObject user = assumed.json().value(QLatin1String("AssumedRoleUser")).toObject();
        QCOMPARE(user.value(QLatin1String("Arn")).toString(),
                 m_org.profile(QStringLiteral("ali-prod-m1")).value(QLatin1String("roleArn")).toString() +
                     QStringLiteral("/flowlog-test"));
        QVERIFY(user.value(QLatin1String("AssumedRoleId")).toString().endsWith(QLatin1String(":flowlog-test")));

        // The member's own flow logs, in its own regions, with v1 and ACS3 alike; none of the management account's.
        const Credentials member = temporary(assumed);
        QSet<QString> memberIds;
        for (const QJsonValue &region :
             m_org.profile(QStringLiteral("ali-prod-m1")).value(QLatin1String("regions")).toArray()) {
            const Probe v1 = listVpc(m_org, member, region.toString());
            QCOMPARE(v1.status, 200);
            QCOMPARE(v1.json().value(QLatin1String("TotalCount")).toString(), QStringLiteral("4"));
            const Probe acs3 = listVpc(m_org, member, region.toString(), true);
            QCOMPARE(acs3.status, 200);
            for (const QJsonValue &row : v1.json().value(QLatin1String("FlowLogs")).toArray())
                memberIds.insert(row.toObject().value(QLatin1String("FlowLogId")).toString());
        }
        QCOMPARE(memberIds.size(), 12);
        const QString someRegion =
            m_org.profile(QStringLiteral("ali-prod-m1")).value(QLatin1String("regions")).toArray().first().toString();
        for (const QJsonValue &row : listVpc(m_org, m_org.credentials(QStringLiteral("ali-prod")), someRegion)
                                         .json()
                                         .value(QLatin1String("FlowLogs"))
                                         .toArray())
            QVERIFY(!memberIds.contains(row.toObject().value(QLatin1String("FlowLogId")).toString()));
        const Probe routers = rpc(m_nam, m_org.baseUrl(), member, QStringLiteral("DescribeExpressConnectRouter"), kEcr);
        QCOMPARE(
            routers.first("EcrList").value(QLatin1String("OwnerId")).toInteger(),
            m_org.profile(QStringLiteral("ali-prod-m1")).value(QLatin1String("accountId")).toString().toLongLong());
    }

    void assumeRoleRefusesAsTheServiceDoes_data()
    {
        QTest::addColumn<int>("row");
        const QList<Refusal> rows = refusals();
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(rows.at(i).name) << i;
    }
    void assumeRoleRefusesAsTheServiceDoes()
    {
        QFETCH(int, row);
        const Refusal r = refusals().at(row);
        const Probe p = rpc(m_nam, m_org.baseUrl(), m_org.credentials(QLatin1String(r.caller)),
                            QStringLiteral("AssumeRole"), kSts, r.params);
        QCOMPARE(p.status, r.status);
        QCOMPARE(code(p), QLatin1String(r.code));
        QVERIFY(!p.json().value(QLatin1String("RequestId")).toString().isEmpty());
    }

    void temporaryCredentialsNeedTheirTokenUntilTheyExpire()
    {
        const auto started = startSandbox({QStringLiteral("--org-members"), QStringLiteral("2"),
                                           QStringLiteral("--sts-max-duration-s"), QStringLiteral("2")});
        QVERIFY(started);
        SandboxProcess &sandbox = *started;
        const Probe first = assume(sandbox, QStringLiteral("ali-prod-m1"));
        const Probe second = assume(sandbox, QStringLiteral("ali-prod-m2"));
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        // The cap shows in the answer: the credentials expire in about 2 s, not an hour.
        const QDateTime expires = QDateTime::fromString(
            first.json().value(QLatin1String("Credentials")).toObject().value(QLatin1String("Expiration")).toString(),
            Qt::ISODate);
        QVERIFY2(QDateTime::currentDateTimeUtc().secsTo(expires) <= 2, qPrintable(expires.toString(Qt::ISODate)));
        const Credentials good = temporary(first);
        const QString region = QStringLiteral("cn-hangzhou");
        Credentials noToken = good;
        noToken.securityToken.clear();
        Credentials otherToken = good;
        otherToken.securityToken = temporary(second).securityToken;
        Credentials malformed = good;
        malformed.securityToken = QStringLiteral("not-a-token");
        QCOMPARE(code(listVpc(sandbox, noToken, region)), QStringLiteral("MissingSecurityToken"));
        QCOMPARE(code(listVpc(sandbox, otherToken, region)),
                 QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"));
        QCOMPARE(code(listVpc(sandbox, malformed, region)), QStringLiteral("InvalidSecurityToken.Malformed"));
        QCOMPARE(listVpc(sandbox, good, region).status, 200);
        // Then they expire, and the service says so (the key is still known: not "not found").
        QTRY_COMPARE_WITH_TIMEOUT(code(listVpc(sandbox, good, region)), QStringLiteral("InvalidSecurityToken.Expired"),
                                  5000);
        QCOMPARE(listVpc(sandbox, good, region, true).status, 400);
    }

    void listAccountsIsForTheManagementAccountOnly()
    {
        const Credentials management = m_org.credentials(QStringLiteral("ali-prod"));
        const Probe all = rpc(m_nam, m_org.baseUrl(), management, QStringLiteral("ListAccounts"), kRd);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(QLatin1String("TotalCount")).toInt(), 4);
        const QJsonArray accounts =
            all.json().value(QLatin1String("Accounts")).toObject().value(QLatin1String("Account")).toArray();
        QCOMPARE(accounts.size(), 4);
        QCOMPARE(accounts.at(0).toObject().value(QLatin1String("AccountId")).toString(),
                 m_org.profile(QStringLiteral("ali-prod")).value(QLatin1String("accountId")).toString());
        QCOMPARE(accounts.at(0).toObject().value(QLatin1String("Type")).toString(), QStringLiteral("CloudAccount"));
        QStringList members;
        for (qsizetype i = 1; i < accounts.size(); ++i) {
            const QJsonObject a = accounts.at(i).toObject();
            QCOMPARE(a.value(QLatin1String("Type")).toString(), QStringLiteral("ResourceAccount"));
            QCOMPARE(a.value(QLatin1String("Status")).toString(), QStringLiteral("CreateSuccess"));
            members << a.value(QLatin1String("DisplayName")).toString();
            QCOMPARE(a.value(QLatin1String("AccountId")).toString(),
                     m_org.profile(members.last()).value(QLatin1String("accountId")).toString());
        }
        QCOMPARE(members, (QStringList{QStringLiteral("ali-prod-m1"), QStringLiteral("ali-prod-m2"),
                                       QStringLiteral("ali-prod-m3")}));
        const Probe second = rpc(
            m_nam, m_org.baseUrl(), management, QStringLiteral("ListAccounts"), kRd,
            {{QStringLiteral("PageNumber"), QStringLiteral("2")}, {QStringLiteral("PageSize"), QStringLiteral("3")}},
            true);
        QCOMPARE(
            second.json().value(QLatin1String("Accounts")).toObject().value(QLatin1String("Account")).toArray().size(),
            1);
        QCOMPARE(code(rpc(m_nam, m_org.baseUrl(), management, QStringLiteral("ListAccounts"), kRd,
                          {{QStringLiteral("PageSize"), QStringLiteral("101")}})),
                 QStringLiteral("InvalidParameter.PageSize"));
        const Probe plain = rpc(m_nam, m_org.baseUrl(), m_org.credentials(QStringLiteral("ali-staging")),
                                QStringLiteral("ListAccounts"), kRd);
        QCOMPARE(plain.status, 404);
        QCOMPARE(code(plain), QStringLiteral("NotExists.ResourceDirectory"));
        const Probe member = rpc(m_nam, m_org.baseUrl(), temporary(assume(m_org, QStringLiteral("ali-prod-m2"))),
                                 QStringLiteral("ListAccounts"), kRd);
        QCOMPARE(member.status, 409);
        QCOMPARE(code(member), QStringLiteral("NoPermission.ResourceDirectory.MemberAccount"));
    }

    void denyHooksAnswerWithTheProvidersCodes()
    {
        const auto started =
            startSandbox({QStringLiteral("--org-members"), QStringLiteral("2"), QStringLiteral("--deny"),
                          QStringLiteral("list-accounts"), QStringLiteral("--deny"), QStringLiteral("role:ali-prod-m2"),
                          QStringLiteral("--deny"), QStringLiteral("flowlogs:cn-shanghai"), QStringLiteral("--deny"),
                          QStringLiteral("regions")});
        QVERIFY(started);
        SandboxProcess &sandbox = *started;
        const Credentials management = sandbox.credentials(QStringLiteral("ali-prod"));
        const Probe regions = rpc(m_nam, sandbox.baseUrl(), management, QStringLiteral("DescribeRegions"), kVpc);
        QCOMPARE(regions.status, 403);
        QCOMPARE(code(regions), QStringLiteral("NoPermission"));
        QCOMPARE(deniedAction(regions), QStringLiteral("vpc:DescribeRegions"));
        const Probe listing = rpc(m_nam, sandbox.baseUrl(), management, QStringLiteral("ListAccounts"), kRd);
        QCOMPARE(listing.status, 403);
        QCOMPARE(code(listing), QStringLiteral("NoPermission"));
        QCOMPARE(deniedAction(listing), QStringLiteral("resourcemanager:ListAccounts"));
        QCOMPARE(assume(sandbox, QStringLiteral("ali-prod-m1")).status, 200);
        const Probe missingRole = assume(sandbox, QStringLiteral("ali-prod-m2"));
        QCOMPARE(missingRole.status, 404);
        QCOMPARE(code(missingRole), QStringLiteral("EntityNotExist.Role"));
        const Probe denied = listVpc(sandbox, management, QStringLiteral("cn-shanghai"));
        QCOMPARE(denied.status, 403);
        QCOMPARE(deniedAction(denied), QStringLiteral("vpc:DescribeFlowLogs"));
        QCOMPARE(listVpc(sandbox, management, QStringLiteral("cn-hangzhou")).status, 200);
        QCOMPARE(code(rpc(m_nam, sandbox.baseUrl(), management, QStringLiteral("DescribeFlowlogs"), kCen,
                          {{QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}})),
                 QStringLiteral("NoPermission"));
    }

    void describeExpressConnectRouterFindsUnnamedInstances()
    {
        const Credentials management = m_org.credentials(QStringLiteral("ali-prod"));
        const QString named =
            m_org.profile(QStringLiteral("ali-prod")).value(QLatin1String("ecrIds")).toArray().first().toString();
        const Probe first = rpc(m_nam, m_org.baseUrl(), management, QStringLiteral("DescribeExpressConnectRouter"),
                                kEcr, {{QStringLiteral("MaxResults"), QStringLiteral("1")}});
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QLatin1String("TotalCount")), QJsonValue(2));
        const QJsonObject router = first.first("EcrList");
        for (const char *key : {"EcrId", "Name", "AlibabaSideAsn", "Status", "BizStatus", "OwnerId", "GmtCreate"})
            QVERIFY2(router.contains(QLatin1String(key)), key);
        const QString token = first.json().value(QLatin1String("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        const Probe second =
            rpc(m_nam, m_org.baseUrl(), management, QStringLiteral("DescribeExpressConnectRouter"), kEcr,
                {{QStringLiteral("MaxResults"), QStringLiteral("1")}, {QStringLiteral("NextToken"), token}}, true);
        QCOMPARE(second.status, 200);
        QVERIFY(second.json().value(QLatin1String("NextToken")).toString().isEmpty());
        const QStringList ids{router.value(QLatin1String("EcrId")).toString(),
                              second.first("EcrList").value(QLatin1String("EcrId")).toString()};
        QVERIFY(ids.contains(named));
        const QString unnamed = ids.at(ids.at(0) == named ? 1 : 0);
        // The instance no profile names has flow logs of its own.
        const Probe logs = rpc(m_nam, m_org.baseUrl(), management, QStringLiteral("DescribeFlowLogs"), kEcr,
                               {{QStringLiteral("EcrId"), unnamed}});
        QCOMPARE(logs.json().value(QLatin1String("TotalCount")), QJsonValue(4));
    }

    void describeRegionsListsEveryKnownRegion()
    {
        const Credentials staging = m_org.credentials(QStringLiteral("ali-staging"));
        const Probe p = rpc(m_nam, m_org.baseUrl(), staging, QStringLiteral("DescribeRegions"), kVpc,
                            {{QStringLiteral("AcceptLanguage"), QStringLiteral("en-US")}});
        QMap<QString, QJsonObject> regions;
        for (const QJsonValue &v :
             p.json().value(QLatin1String("Regions")).toObject().value(QLatin1String("Region")).toArray())
            regions.insert(v.toObject().value(QLatin1String("RegionId")).toString(), v.toObject());
        QVERIFY2(regions.size() >= 20, qPrintable(QString::number(regions.size())));
        QCOMPARE(regions.value(QStringLiteral("eu-central-1")).value(QLatin1String("RegionEndpoint")).toString(),
                 QStringLiteral("vpc.eu-central-1.aliyuncs.com"));
        QCOMPARE(regions.value(QStringLiteral("eu-central-1")).value(QLatin1String("LocalName")).toString(),
                 QStringLiteral("Germany (Frankfurt)"));
        QCOMPARE(regions.value(QStringLiteral("cn-hangzhou")).value(QLatin1String("RegionEndpoint")).toString(),
                 QStringLiteral("vpc.aliyuncs.com"));
        // --regions-spread: every one of them holds flow logs.
        for (const QString &region : regions.keys())
            QCOMPARE(listVpc(m_org, staging, region).json().value(QLatin1String("TotalCount")).toString(),
                     QStringLiteral("4"));
    }

    void statsCountEveryAccountAndItsFlowLogs()
    {
        const QJsonObject stats = admin(m_nam, m_org.baseUrl(), "GET", QStringLiteral("/__sandbox/stats")).json();
        QCOMPARE(stats.value(QLatin1String("accounts")).toInt(), 9);
        // 4 a source. ali-prod and ali-staging: VPC and CEN in 29 regions and 2 ECR instances (120 sources);
        // hw-payments: a router in each of 16 regions plus one more in cn-north-4 (17); each Alibaba member: VPC and
        // CEN in 3 regions and an ECR (7); each Huawei member: a router in each of 3 regions.
        QCOMPARE(stats.value(QLatin1String("flowLogs")).toInt(), 4 * (120 + 17 + 3 * 7 + 3 * 3));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRoles)
#include "tst_sandbox_roles.moc"
