// flowlog-sandbox's organisations on the Huawei side: IAM KeystoneListProjects (a project per region and MOS), ER
// ListEnterpriseRouters (routers no profile names), the agency token call (the only way to a member), temporary
// keys with their signed X-Security-Token until they expire, Organizations ListAccounts, and the --deny hooks.
#include "sandboxprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

QString errorCode(const Probe &p)
{
    return p.json().value(QLatin1String("error_code")).toString();
}

QString erFlowLogs(const QString &project, const QString &router)
{
    return QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs").arg(project, router);
}

} // namespace

class TestSandboxHuaweiOrg final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    // --accounts 6 --org-members 3 --regions-spread --flowlogs 4: hw-payments manages hw-payments-m1..m3; hw-corp is
    // a second, plain Huawei account.
    SandboxProcess m_org;

    Probe assumeAgency(SandboxProcess &sandbox, const QString &caller, const QJsonObject &assumeRole)
    {
        const QJsonObject body{
            {QStringLiteral("auth"),
             QJsonObject{{QStringLiteral("identity"),
                          QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("assume_role")}},
                                      {QStringLiteral("assume_role"), assumeRole}}}}}};
        return rest(m_nam, sandbox.baseUrl(), sandbox.credentials(caller), "POST",
                    QStringLiteral("/v3.0/OS-CREDENTIAL/securitytokens"), {},
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Probe assumeMember(SandboxProcess &sandbox, const QString &member)
    {
        const QJsonObject p = sandbox.profile(member);
        return assumeAgency(
            sandbox, p.value(QLatin1String("memberOf")).toString(),
            {{QStringLiteral("agency_name"), p.value(QLatin1String("agencyName"))},
             {QStringLiteral("domain_id"), p.value(QLatin1String("domainId"))},
             {QStringLiteral("session_user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("flowlog")}}}});
    }
    static Credentials temporary(const Probe &assumed)
    {
        const QJsonObject c = assumed.json().value(QLatin1String("credential")).toObject();
        return Credentials{c.value(QLatin1String("access")).toString(), c.value(QLatin1String("secret")).toString(),
                           c.value(QLatin1String("securitytoken")).toString()};
    }
    // A member's first region, its project and router there.
    struct Place
    {
        QString region;
        QString project;
        QString router;
    };
    static Place firstPlace(const QJsonObject &profile)
    {
        const QString region = profile.value(QLatin1String("erIds")).toObject().keys().value(0);
        return {region, profile.value(QLatin1String("projectIds")).toObject().value(region).toString(),
                profile.value(QLatin1String("erIds")).toObject().value(region).toArray().first().toString()};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_org.start({QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--org-members"),
                              QStringLiteral("3"), QStringLiteral("--regions-spread"), QStringLiteral("--flowlogs"),
                              QStringLiteral("4")},
                             &error),
                 qPrintable(error));
        QVERIFY(!m_org.profile(QStringLiteral("hw-corp")).isEmpty());
    }

    void keystoneListProjectsNamesAProjectPerRegionAndMos()
    {
        const Credentials owner = m_org.credentials(QStringLiteral("hw-payments"));
        const Probe p = rest(m_nam, m_org.baseUrl(), owner, "GET", QStringLiteral("/v3/projects"));
        QCOMPARE(p.status, 200);
        QVERIFY(!p.json().contains(QLatin1String("request_id"))); // IAM bodies carry none
        QVERIFY(!p.header("X-Request-Id").isEmpty());
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : p.json().value(QLatin1String("projects")).toArray())
            byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
        QVERIFY2(byName.size() >= 11, qPrintable(QString::number(byName.size())));
        QVERIFY(byName.contains(QStringLiteral("MOS")));
        const QJsonObject named =
            m_org.profile(QStringLiteral("hw-payments")).value(QLatin1String("projectIds")).toObject();
        for (auto it = named.begin(); it != named.end(); ++it)
            QCOMPARE(byName.value(it.key()).value(QLatin1String("id")).toString(), it.value().toString());
        const QJsonObject north = byName.value(QStringLiteral("cn-north-4"));
        QCOMPARE(north.value(QLatin1String("domain_id")).toString(),
                 m_org.profile(QStringLiteral("hw-payments")).value(QLatin1String("accountId")).toString());
        QCOMPARE(north.value(QLatin1String("enabled")), QJsonValue(true));
        QCOMPARE(north.value(QLatin1String("is_domain")), QJsonValue(false));

        const Probe one = rest(m_nam, m_org.baseUrl(), owner, "GET", QStringLiteral("/v3/projects"),
                               {{QStringLiteral("name"), QStringLiteral("cn-north-4")}});
        QCOMPARE(one.json().value(QLatin1String("projects")).toArray().size(), 1);
        const Probe paged =
            rest(m_nam, m_org.baseUrl(), owner, "GET", QStringLiteral("/v3/projects"),
                 {{QStringLiteral("page"), QStringLiteral("2")}, {QStringLiteral("per_page"), QStringLiteral("5")}});
        QCOMPARE(paged.json().value(QLatin1String("projects")).toArray().size(), 5);
        const Probe half = rest(m_nam, m_org.baseUrl(), owner, "GET", QStringLiteral("/v3/projects"),
                                {{QStringLiteral("page"), QStringLiteral("1")}});
        QCOMPARE(half.status, 400);
        QCOMPARE(half.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 400);
    }

    void listEnterpriseRoutersFindsRoutersNoProfileNames()
    {
        const Credentials owner = m_org.credentials(QStringLiteral("hw-payments"));
        const QJsonObject profile = m_org.profile(QStringLiteral("hw-payments"));
        const QString north =
            profile.value(QLatin1String("projectIds")).toObject().value(QLatin1String("cn-north-4")).toString();
        const QString path = QStringLiteral("/v3/%1/enterprise-router/instances").arg(north);
        const Probe first =
            rest(m_nam, m_org.baseUrl(), owner, "GET", path, {{QStringLiteral("limit"), QStringLiteral("1")}});
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json().value(QLatin1String("request_id")).toString().isEmpty());
        const QJsonObject router = first.first("instances");
        QCOMPARE(router.value(QLatin1String("project_id")).toString(), north);
        QCOMPARE(router.value(QLatin1String("state")).toString(), QStringLiteral("available"));
        const QString marker =
            first.json().value(QLatin1String("page_info")).toObject().value(QLatin1String("next_marker")).toString();
        QCOMPARE(marker, router.value(QLatin1String("id")).toString());
        const Probe second = rest(m_nam, m_org.baseUrl(), owner, "GET", path,
                                  {{QStringLiteral("limit"), QStringLiteral("1")}, {QStringLiteral("marker"), marker}});
        const QString other = second.first("instances").value(QLatin1String("id")).toString();
        QVERIFY(!second.json().value(QLatin1String("page_info")).toObject().contains(QLatin1String("next_marker")));
        // cn-north-4 has the router the profile names and one it does not; both have flow logs.
        const QJsonArray named =
            profile.value(QLatin1String("erIds")).toObject().value(QLatin1String("cn-north-4")).toArray();
        QCOMPARE(named.size(), 1);
        QVERIFY(QStringList({marker, other}).contains(named.first().toString()));
        for (const QString &id : {marker, other})
            QCOMPARE(rest(m_nam, m_org.baseUrl(), owner, "GET", erFlowLogs(north, id))
                         .json()
                         .value(QLatin1String("flow_logs"))
                         .toArray()
                         .size(),
                     4);
        // A region no profile names a router in still has one.
        const QString africa =
            profile.value(QLatin1String("projectIds")).toObject().value(QLatin1String("af-south-1")).toString();
        QCOMPARE(
            rest(m_nam, m_org.baseUrl(), owner, "GET", QStringLiteral("/v3/%1/enterprise-router/instances").arg(africa))
                .json()
                .value(QLatin1String("instances"))
                .toArray()
                .size(),
            1);
        // Another domain's project is not this one's.
        const QString foreign = firstPlace(m_org.profile(QStringLiteral("hw-payments-m1"))).project;
        const Probe refused = rest(m_nam, m_org.baseUrl(), owner, "GET",
                                   QStringLiteral("/v3/%1/enterprise-router/instances").arg(foreign));
        QCOMPARE(refused.status, 403);
        QCOMPARE(errorCode(refused), QStringLiteral("APIGW.0302"));
    }

    void agencyTokenReachesThatMemberOnly()
    {
        const Probe assumed = assumeMember(m_org, QStringLiteral("hw-payments-m1"));
        QCOMPARE(assumed.status, 201);
        QVERIFY(!assumed.json().contains(QLatin1String("request_id")));
        const QJsonObject credential = assumed.json().value(QLatin1String("credential")).toObject();
        QVERIFY(credential.value(QLatin1String("access")).toString().startsWith(QLatin1String("HSTA")));
        const QDateTime expires =
            QDateTime::fromString(credential.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 900) < 60, qPrintable(expires.toString()));

        const QJsonObject member = m_org.profile(QStringLiteral("hw-payments-m1"));
        const Place place = firstPlace(member);
        const Probe logs =
            rest(m_nam, m_org.baseUrl(), temporary(assumed), "GET", erFlowLogs(place.project, place.router));
        QCOMPARE(logs.status, 200);
        QCOMPARE(logs.json().value(QLatin1String("flow_logs")).toArray().size(), 4);
        const Probe projects = rest(m_nam, m_org.baseUrl(), temporary(assumed), "GET", QStringLiteral("/v3/projects"),
                                    {{QStringLiteral("name"), place.region}});
        QCOMPARE(projects.first("projects").value(QLatin1String("id")).toString(), place.project);
        // The management key itself does not reach the member's data.
        QCOMPARE(rest(m_nam, m_org.baseUrl(), m_org.credentials(QStringLiteral("hw-payments")), "GET",
                      erFlowLogs(place.project, place.router))
                     .status,
                 403);
    }

    void agencyTokenRefusesAsTheServiceDoes()
    {
        const QJsonObject member = m_org.profile(QStringLiteral("hw-payments-m2"));
        const QJsonValue domain = member.value(QLatin1String("domainId"));
        const auto refused = [&](const QString &caller, const QJsonObject &assumeRole, int status, const char *code) {
            const Probe p = assumeAgency(m_org, caller, assumeRole);
            return p.status == status && errorCode(p) == QLatin1String(code);
        };
        const QString payments = QStringLiteral("hw-payments");
        QVERIFY(refused(
            payments, {{QStringLiteral("agency_name"), QStringLiteral("other")}, {QStringLiteral("domain_id"), domain}},
            404, "IAM.0004"));
        QVERIFY(refused(payments,
                        {{QStringLiteral("agency_name"), QStringLiteral("flowlog-audit")},
                         {QStringLiteral("domain_id"), QStringLiteral("0123456789abcdef0123456789abcdef")}},
                        404, "IAM.0004"));
        QVERIFY(refused(
            QStringLiteral("hw-corp"),
            {{QStringLiteral("agency_name"), QStringLiteral("flowlog-audit")}, {QStringLiteral("domain_id"), domain}},
            403, "IAM.0003"));
        QVERIFY(refused(payments, {{QStringLiteral("agency_name"), QStringLiteral("flowlog-audit")}}, 400, "IAM.0001"));
        QVERIFY(refused(payments,
                        {{QStringLiteral("agency_name"), QStringLiteral("flowlog-audit")},
                         {QStringLiteral("domain_id"), domain},
                         {QStringLiteral("duration_seconds"), 100}},
                        400, "IAM.0001"));
        // By domain name as well as by id.
        QCOMPARE(assumeAgency(m_org, payments,
                              {{QStringLiteral("agency_name"), QStringLiteral("flowlog-audit")},
                               {QStringLiteral("domain_name"), member.value(QLatin1String("name"))}})
                     .status,
                 201);
    }

    void temporaryKeysNeedTheirSignedTokenUntilTheyExpire()
    {
        const auto started = startSandbox({QStringLiteral("--org-members"), QStringLiteral("2"),
                                           QStringLiteral("--sts-max-duration-s"), QStringLiteral("2")});
        QVERIFY(started);
        SandboxProcess &sandbox = *started;
        const Place place = firstPlace(sandbox.profile(QStringLiteral("hw-payments-m1")));
        const QString path = erFlowLogs(place.project, place.router);
        // Two members' keys: each is good with its own token only.
        const Credentials good = temporary(assumeMember(sandbox, QStringLiteral("hw-payments-m1")));
        const Credentials other = temporary(assumeMember(sandbox, QStringLiteral("hw-payments-m2")));
        Credentials noToken = good;
        noToken.securityToken.clear();
        Credentials otherToken = good;
        otherToken.securityToken = other.securityToken;
        const auto message = [](const Probe &p) { return p.json().value(QLatin1String("error_msg")).toString(); };
        const Probe without = rest(m_nam, sandbox.baseUrl(), noToken, "GET", path);
        QCOMPARE(without.status, 401);
        QVERIFY2(message(without).contains(QLatin1String("X-Security-Token")), qPrintable(message(without)));
        const Probe mismatched = rest(m_nam, sandbox.baseUrl(), otherToken, "GET", path);
        QCOMPARE(errorCode(mismatched), QStringLiteral("APIGW.0301"));
        QVERIFY2(message(mismatched).contains(QLatin1String("does not match")), qPrintable(message(mismatched)));
        QCOMPARE(rest(m_nam, sandbox.baseUrl(), good, "GET", path).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            message(rest(m_nam, sandbox.baseUrl(), good, "GET", path)).contains(QLatin1String("expired")), 5000);
        QCOMPARE(errorCode(rest(m_nam, sandbox.baseUrl(), good, "GET", path)), QStringLiteral("APIGW.0301"));
    }

    void organizationsListAccountsIsForTheManagementAccountOnly()
    {
        const Credentials management = m_org.credentials(QStringLiteral("hw-payments"));
        const QString path = QStringLiteral("/v1/organizations/accounts");
        const Probe all = rest(m_nam, m_org.baseUrl(), management, "GET", path);
        QCOMPARE(all.status, 200);
        const QJsonArray accounts = all.json().value(QLatin1String("accounts")).toArray();
        QCOMPARE(accounts.size(), 4);
        QCOMPARE(accounts.first().toObject().value(QLatin1String("id")).toString(),
                 m_org.profile(QStringLiteral("hw-payments")).value(QLatin1String("accountId")).toString());
        QCOMPARE(accounts.first().toObject().value(QLatin1String("join_method")).toString(), QStringLiteral("invited"));
        QCOMPARE(accounts.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("hw-payments-m1"));
        QCOMPARE(accounts.at(1).toObject().value(QLatin1String("join_method")).toString(), QStringLiteral("created"));
        QCOMPARE(accounts.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("active"));
        const Probe page =
            rest(m_nam, m_org.baseUrl(), management, "GET", path, {{QStringLiteral("limit"), QStringLiteral("3")}});
        const QString marker =
            page.json().value(QLatin1String("page_info")).toObject().value(QLatin1String("next_marker")).toString();
        QCOMPARE(marker, accounts.at(2).toObject().value(QLatin1String("id")).toString());
        const Probe rest2 = rest(m_nam, m_org.baseUrl(), management, "GET", path,
                                 {{QStringLiteral("limit"), QStringLiteral("3")}, {QStringLiteral("marker"), marker}});
        QCOMPARE(rest2.json().value(QLatin1String("accounts")).toArray().size(), 1);
        const Probe plain = rest(m_nam, m_org.baseUrl(), m_org.credentials(QStringLiteral("hw-corp")), "GET", path);
        QCOMPARE(plain.status, 401);
        QCOMPARE(errorCode(plain), QStringLiteral("Organizations.1002"));
        const Probe member =
            rest(m_nam, m_org.baseUrl(), temporary(assumeMember(m_org, QStringLiteral("hw-payments-m3"))), "GET", path);
        QCOMPARE(errorCode(member), QStringLiteral("Organizations.1002"));
    }

    void denyHooksAnswerWithTheProvidersCodes()
    {
        const auto started =
            startSandbox({QStringLiteral("--org-members"), QStringLiteral("2"), QStringLiteral("--deny"),
                          QStringLiteral("list-accounts"), QStringLiteral("--deny"),
                          QStringLiteral("role:hw-payments-m2"), QStringLiteral("--deny"),
                          QStringLiteral("flowlogs:cn-north-4"), QStringLiteral("--deny"), QStringLiteral("regions")});
        QVERIFY(started);
        SandboxProcess &sandbox = *started;
        const Credentials management = sandbox.credentials(QStringLiteral("hw-payments"));
        const Probe projects = rest(m_nam, sandbox.baseUrl(), management, "GET", QStringLiteral("/v3/projects"));
        QCOMPARE(projects.status, 403);
        QCOMPARE(projects.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")),
                 QJsonValue(403));
        const Probe listing =
            rest(m_nam, sandbox.baseUrl(), management, "GET", QStringLiteral("/v1/organizations/accounts"));
        QCOMPARE(listing.status, 403);
        QCOMPARE(errorCode(listing), QStringLiteral("APIGW.0302"));
        QCOMPARE(assumeMember(sandbox, QStringLiteral("hw-payments-m1")).status, 201);
        const Probe missing = assumeMember(sandbox, QStringLiteral("hw-payments-m2"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), QStringLiteral("IAM.0004"));
        const QJsonObject profile = sandbox.profile(QStringLiteral("hw-payments"));
        const auto flowLogsIn = [&](const QString &region) {
            return rest(
                m_nam, sandbox.baseUrl(), management, "GET",
                erFlowLogs(
                    profile.value(QLatin1String("projectIds")).toObject().value(region).toString(),
                    profile.value(QLatin1String("erIds")).toObject().value(region).toArray().first().toString()));
        };
        const Probe denied = flowLogsIn(QStringLiteral("cn-north-4"));
        QCOMPARE(denied.status, 403);
        QCOMPARE(errorCode(denied), QStringLiteral("APIGW.0302"));
        QCOMPARE(flowLogsIn(QStringLiteral("ap-southeast-1")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHuaweiOrg)
#include "tst_sandbox_huawei_org.moc"
