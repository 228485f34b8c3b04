// Each --fault kind as a plain QNetworkAccessManager client observes it: the failures the console must survive.
#include "sandboxfixture.h"
#include "sandboxprobe.h"
#include "seededids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    // A started sandbox with the given extra flags, and a signed VPC list request for its first Alibaba account.
    struct Setup
    {
        std::unique_ptr<SandboxFixture> sandbox = std::make_unique<SandboxFixture>();
        Credentials credentials;
        QString region;
        QString vpcId; // a VPC of the account in region, which creates watch
    };
    static std::unique_ptr<Setup> startWith(const QStringList &flags)
    {
        auto s = std::make_unique<Setup>();
        QString error;
        if (!s->sandbox->start(flags, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        const QList<Profile> ali = s->sandbox->profiles(Provider::Aliyun);
        if (ali.isEmpty())
            return nullptr;
        s->credentials = s->sandbox->credentials(ali.first());
        s->region = ali.first().regions.value(0, QStringLiteral("cn-hangzhou"));
        s->vpcId = SeededIds(s->sandbox->resources(ali.first().name)).vpc(s->region);
        return s;
    }
    static QNetworkRequest vpcList(const Setup &s, const QString &pageNumber = QStringLiteral("1"))
    {
        return signedRpc(s.sandbox->baseUrl(), s.credentials, QStringLiteral("DescribeFlowLogs"),
                         QStringLiteral("2016-04-28"),
                         {{QStringLiteral("RegionId"), s.region},
                          {QStringLiteral("PageSize"), QStringLiteral("5")},
                          {QStringLiteral("PageNumber"), pageNumber}});
    }
    // A signed VPC CreateFlowLog with a client token (a fresh nonce on each call).
    static QNetworkRequest vpcCreate(const Setup &s, const QString &clientToken)
    {
        return signedRpc(s.sandbox->baseUrl(), s.credentials, QStringLiteral("CreateFlowLog"),
                         QStringLiteral("2016-04-28"),
                         {{QStringLiteral("RegionId"), s.region},
                          {QStringLiteral("ResourceType"), QStringLiteral("VPC")},
                          {QStringLiteral("ResourceId"), s.vpcId},
                          {QStringLiteral("TrafficType"), QStringLiteral("All")},
                          {QStringLiteral("ProjectName"), QStringLiteral("flowlog-test")},
                          {QStringLiteral("LogStoreName"), QStringLiteral("vpc-flowlog")},
                          {QStringLiteral("FlowLogName"), QStringLiteral("reset-after-commit")},
                          {QStringLiteral("ClientToken"), clientToken}});
    }
    static qint64 faultCount(SandboxFixture &sandbox, const QString &kind)
    {
        return sandbox.stats().value(QLatin1String("faults")).toObject().value(kind).toInteger();
    }

private slots:
    void throttleAnswersLikeAlibaba()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("throttle")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s));
        QVERIFY2(p.status == 400 || p.status == 429, QByteArray::number(p.status).constData());
        QCOMPARE(p.json().value(QLatin1String("Code")).toString(), QStringLiteral("Throttling.User"));
        QVERIFY(!p.json().value(QLatin1String("RequestId")).toString().isEmpty());
        bool ok = false;
        QVERIFY(p.header("x-acs-retry-after").toInt(&ok) > 0 && ok);
        QVERIFY2(QRegularExpression(QStringLiteral("^Limit:\\d+,Remain:0,TimeLeft:\\d+,Reset:\\d+$"))
                     .match(QString::fromLatin1(p.header("x-ratelimit-user-api")))
                     .hasMatch(),
                 p.header("x-ratelimit-user-api").constData());
        QCOMPARE(faultCount(*s->sandbox, QStringLiteral("throttle")), 1);
    }

    void throttleAnswersLikeHuawei()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("throttle")});
        QVERIFY(s);
        QUrl url = s->sandbox->baseUrl();
        url.setPath(QStringLiteral("/v3/0605767a9980d5762fbcc00b3537e757/enterprise-router/er-1/flow-logs"));
        const Probe p = get(m_nam, QNetworkRequest(url));
        QCOMPARE(p.status, 429);
        QCOMPARE(p.json().value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0308"));
        QVERIFY(!p.header("retry-after").isEmpty());
    }

    void error5xxAnswersAServiceError()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("error5xx")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s));
        QVERIFY2(p.status == 500 || p.status == 503, QByteArray::number(p.status).constData());
        const QString code = p.json().value(QLatin1String("Code")).toString();
        QVERIFY2(code == QLatin1String("ServiceUnavailable") || code == QLatin1String("InternalError"),
                 qPrintable(code));
    }

    void resetDropsTheConnectionWithoutAnAnswer()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("reset")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s));
        QCOMPARE(p.status, 0);
        QVERIFY2(p.error == QNetworkReply::RemoteHostClosedError || p.error == QNetworkReply::ConnectionRefusedError,
                 qPrintable(QString::number(p.error)));
        const QJsonObject stats = s->sandbox->stats();
        // The provider module never saw it.
        QVERIFY(stats.value(QLatin1String("byOperation")).toObject().isEmpty());
        QVERIFY(stats.value(QLatin1String("faults")).toObject().value(QLatin1String("reset")).toInteger() >= 1);
    }

    void resetAfterCommitRunsTheRequestThenDrops()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("reset-after-commit")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s));
        QCOMPARE(p.status, 0);
        QVERIFY2(p.error == QNetworkReply::RemoteHostClosedError, qPrintable(QString::number(p.error)));
        // The provider module did the work although the client saw no answer.
        const QJsonObject by = s->sandbox->stats().value(QLatin1String("byOperation")).toObject();
        QVERIFY2(by.value(QLatin1String("vpc.DescribeFlowLogs")).toInteger() >= 1,
                 QJsonDocument(by).toJson().constData());
    }

    void truncateSendsAShortBodyThenCloses()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("truncate")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s));
        QVERIFY(p.error != QNetworkReply::NoError);
        QVERIFY(p.contentLength > 0);
        QVERIFY2(p.body.size() < p.contentLength,
                 qPrintable(QStringLiteral("%1 of %2").arg(p.body.size()).arg(p.contentLength)));
        QVERIFY(QJsonDocument::fromJson(p.body).isNull());
    }

    void htmlAnswersAGatewayPage()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("html")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s));
        QCOMPARE(p.status, 502);
        QVERIFY2(p.contentType.startsWith("text/html"), p.contentType.constData());
        QVERIFY(p.body.contains("<html>"));
    }

    void typeDriftChangesTheTypesOfTheSameData()
    {
        const auto normal = startWith({QStringLiteral("--seed"), QStringLiteral("5")});
        const auto drifted = startWith(
            {QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--fault"), QStringLiteral("type-drift")});
        QVERIFY(normal && drifted);
        const QJsonObject a = get(m_nam, vpcList(*normal)).json();
        const QJsonObject b = get(m_nam, vpcList(*drifted)).json();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // The documented shape sends counters as strings; the drifted one as numbers, and the list wrapped.
        QVERIFY(a.value(QLatin1String("TotalCount")).isString());
        QVERIFY(b.value(QLatin1String("TotalCount")).isDouble());
        QCOMPARE(QString::number(b.value(QLatin1String("TotalCount")).toInteger()),
                 a.value(QLatin1String("TotalCount")).toString());
        QVERIFY(a.value(QLatin1String("Success")).isString());
        QVERIFY(b.value(QLatin1String("Success")).isBool());
        QVERIFY(a.value(QLatin1String("FlowLogs")).isArray() || a.value(QLatin1String("FlowLogs")).isObject());
        QVERIFY(a.value(QLatin1String("FlowLogs")).type() != b.value(QLatin1String("FlowLogs")).type() ||
                QJsonDocument(a.value(QLatin1String("FlowLogs")).toObject()).toJson() !=
                    QJsonDocument(b.value(QLatin1String("FlowLogs")).toObject()).toJson());
    }

    void tokenLoopAnswersThePreviousPage()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("token-loop")});
        QVERIFY(s);
        const QJsonObject page3 = get(m_nam, vpcList(*s, QStringLiteral("3"))).json();
        QCOMPARE(page3.value(QLatin1String("PageNumber")).toString(), QStringLiteral("2"));
        const QJsonObject page1 = get(m_nam, vpcList(*s, QStringLiteral("1"))).json();
        QCOMPARE(page1.value(QLatin1String("PageNumber")).toString(), QStringLiteral("1"));
    }

    void tokenLoopRepeatsTheEcrNextToken()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("token-loop")});
        QVERIFY(s);
        const QString ecrId = s->sandbox->profiles(Provider::Aliyun).value(0).ecrIds.value(0);
        const auto list = [&](const QString &token) {
            QList<std::pair<QString, QString>> params{{QStringLiteral("EcrId"), ecrId},
                                                      {QStringLiteral("MaxResults"), QStringLiteral("2")}};
            if (!token.isEmpty())
                params.append({QStringLiteral("NextToken"), token});
            return get(m_nam, signedRpc(s->sandbox->baseUrl(), s->credentials, QStringLiteral("DescribeFlowLogs"),
                                        QStringLiteral("2023-09-01"), params))
                .json();
        };
        const QString token = list({}).value(QLatin1String("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(list(token).value(QLatin1String("NextToken")).toString(), token);
    }

    void resetAfterCommitCommitsAVpcCreate()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("reset-after-commit")});
        QVERIFY(s);
        const qint64 before = s->sandbox->stats().value(QLatin1String("flowLogs")).toInteger();
        const Probe p = get(m_nam, vpcCreate(*s, QStringLiteral("reset-after-commit-vpc")));
        QCOMPARE(p.status, 0);
        QVERIFY2(p.error == QNetworkReply::RemoteHostClosedError, qPrintable(QString::number(p.error)));
        const QJsonObject stats = s->sandbox->stats();
        QCOMPARE(stats.value(QLatin1String("created")).toInteger(), 1);
        QCOMPARE(stats.value(QLatin1String("flowLogs")).toInteger(), before + 1);
    }

    void tokenLoopRepeatsTheErMarker()
    {
        SandboxFixture sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--fault"), QStringLiteral("token-loop")}, &error), qPrintable(error));
        const Profile hw = sandbox.profiles(Provider::Huawei).value(0);
        const QString region = hw.erIds.firstKey();
        const auto list = [&](const QList<std::pair<QString, QString>> &query) {
            return send(m_nam, signedEr(sandbox.baseUrl(), sandbox.credentials(hw), hw.projectIds.value(region),
                                        hw.erIds.value(region).value(0), query))
                .json();
        };
        const QString marker = list({{QStringLiteral("limit"), QStringLiteral("2")}})
                                   .value(QLatin1String("page_info"))
                                   .toObject()
                                   .value(QLatin1String("next_marker"))
                                   .toString();
        QVERIFY(!marker.isEmpty());
        const QJsonObject second =
            list({{QStringLiteral("limit"), QStringLiteral("2")}, {QStringLiteral("marker"), marker}});
        QCOMPARE(second.value(QLatin1String("page_info")).toObject().value(QLatin1String("next_marker")).toString(),
                 marker);
    }

    void resetAfterCommitCreatesAlthoughTheClientSawNoAnswer()
    {
        // The same seed gives the same routers and attachments: read a valid target from an unfaulted twin.
        const QStringList seed{QStringLiteral("--seed"), QStringLiteral("77")};
        SandboxFixture twin;
        SandboxFixture faulted;
        QString error;
        QVERIFY2(twin.start(seed, &error), qPrintable(error));
        QVERIFY2(
            faulted.start(seed + QStringList{QStringLiteral("--fault"), QStringLiteral("reset-after-commit")}, &error),
            qPrintable(error));
        const Profile hw = twin.profiles(Provider::Huawei).value(0);
        const QString region = hw.erIds.firstKey();
        const QString project = hw.projectIds.value(region);
        const QString er = hw.erIds.value(region).value(0);
        const QJsonObject sample = send(m_nam, signedEr(twin.baseUrl(), twin.credentials(hw), project, er))
                                       .json()
                                       .value(QLatin1String("flow_logs"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QVERIFY(!sample.isEmpty());
        const QJsonObject flowLog{{QStringLiteral("name"), QStringLiteral("reset-after-commit")},
                                  {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                                  {QStringLiteral("resource_id"), SeededIds(twin.resources(hw.name)).erAttachment(er)},
                                  {QStringLiteral("log_group_id"), sample.value(QLatin1String("log_group_id"))},
                                  {QStringLiteral("log_stream_id"), sample.value(QLatin1String("log_stream_id"))},
                                  {QStringLiteral("log_store_type"), QStringLiteral("LTS")}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("flow_log"), flowLog}}).toJson(QJsonDocument::Compact);

        const qint64 before = faulted.stats().value(QLatin1String("flowLogs")).toInteger();
        const Probe p = send(
            m_nam, signedEr(faulted.baseUrl(), faulted.credentials(hw), project, er, {}, body, "reset-after-commit-1"));
        QCOMPARE(p.status, 0);
        QVERIFY(p.error != QNetworkReply::NoError);
        const QJsonObject stats = faulted.stats();
        QCOMPARE(stats.value(QLatin1String("created")).toInteger(), 1);
        QCOMPARE(stats.value(QLatin1String("flowLogs")).toInteger(), before + 1);
    }

    void slowStallsPastTheClientTimeout()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("slow")});
        QVERIFY(s);
        const Probe p = get(m_nam, vpcList(*s), 800);
        QCOMPARE(p.status, 0);
        QVERIFY2(p.error == QNetworkReply::OperationCanceledError || p.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(p.error)));
        QVERIFY2(p.elapsedMs >= 700, qPrintable(QString::number(p.elapsedMs)));
        // The stall does not block the loop: the stats endpoint answers meanwhile.
        QCOMPARE(faultCount(*s->sandbox, QStringLiteral("slow")), 1);
    }

    void runtimeFaultLosesOneAnswerThenTheRerunGoesThrough()
    {
        const auto s = startWith({});
        QVERIFY(s);
        const QUrl base = s->sandbox->baseUrl();
        const QString faultsPath = QStringLiteral("/__sandbox/faults");
        const qint64 before = s->sandbox->stats().value(QLatin1String("flowLogs")).toInteger();

        Probe set = admin(m_nam, base, "POST", faultsPath, R"({"kind":"reset-after-commit","rate":1})");
        QCOMPARE(set.status, 200);
        const QJsonArray active = set.json().value(QLatin1String("faults")).toArray();
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("reset-after-commit"));
        QCOMPARE(active.first().toObject().value(QLatin1String("rate")).toDouble(), 1.0);

        // The first create is carried out, but its answer is lost.
        const QString token = QStringLiteral("runtime-fault-rerun");
        const Probe lost = get(m_nam, vpcCreate(*s, token));
        QCOMPARE(lost.status, 0);
        QCOMPARE(s->sandbox->stats().value(QLatin1String("created")).toInteger(), 1);

        const Probe cleared = admin(m_nam, base, "DELETE", faultsPath);
        QCOMPARE(cleared.status, 200);
        QVERIFY(cleared.json().value(QLatin1String("faults")).toArray().isEmpty());

        // The rerun with the same client token answers with the flow log the lost call made: still one created.
        const Probe rerun = get(m_nam, vpcCreate(*s, token));
        QCOMPARE(rerun.status, 200);
        const QString id = rerun.json().value(QLatin1String("FlowLogId")).toString();
        QVERIFY2(id.startsWith(QLatin1String("fl-")), rerun.body.constData());
        const QJsonObject stats = s->sandbox->stats();
        QCOMPARE(stats.value(QLatin1String("created")).toInteger(), 1);
        QCOMPARE(stats.value(QLatin1String("flowLogs")).toInteger(), before + 1);
        // QNetworkAccessManager resends a GET once when the connection drops unanswered: at least one was lost.
        QVERIFY(
            stats.value(QLatin1String("faults")).toObject().value(QLatin1String("reset-after-commit")).toInteger() >=
            1);
    }

    void runtimeFaultReplacesTheRateOfAKind()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("throttle:0.5")});
        QVERIFY(s);
        const QUrl base = s->sandbox->baseUrl();
        const QString faultsPath = QStringLiteral("/__sandbox/faults");
        QCOMPARE(admin(m_nam, base, "GET", faultsPath).json().value(QLatin1String("faults")).toArray().size(), 1);
        const QJsonArray list = admin(m_nam, base, "POST", faultsPath, R"({"kind":"throttle","rate":1})")
                                    .json()
                                    .value(QLatin1String("faults"))
                                    .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("rate")).toDouble(), 1.0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(get(m_nam, vpcList(*s)).json().value(QLatin1String("Code")).toString(),
                     QStringLiteral("Throttling.User"));
        // Rate 0 removes the kind.
        QVERIFY(admin(m_nam, base, "POST", faultsPath, R"({"kind":"throttle","rate":0})")
                    .json()
                    .value(QLatin1String("faults"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(get(m_nam, vpcList(*s)).status, 200);
    }

    void runtimeFaultRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode","rate":1})") << QStringLiteral("explode");
        QTest::newRow("rate above 1") << QByteArray(R"({"kind":"reset","rate":1.5})") << QStringLiteral("1.5");
        QTest::newRow("negative rate") << QByteArray(R"({"kind":"reset","rate":-0.1})") << QStringLiteral("rate");
        QTest::newRow("rate as text") << QByteArray(R"({"kind":"reset","rate":"all"})") << QStringLiteral("all");
        QTest::newRow("not json") << QByteArray("kind=reset") << QStringLiteral("JSON");
    }
    void runtimeFaultRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto s = startWith({});
        QVERIFY(s);
        const Probe p = admin(m_nam, s->sandbox->baseUrl(), "POST", QStringLiteral("/__sandbox/faults"), body);
        QCOMPARE(p.status, 400);
        const QString error = p.json().value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(mentions), qPrintable(error));
        // Nothing was set: API requests are served normally.
        QCOMPARE(get(m_nam, vpcList(*s)).status, 200);
    }

    void faultsSpareTheSandboxEndpoints()
    {
        const auto s = startWith({QStringLiteral("--fault"), QStringLiteral("reset")});
        QVERIFY(s);
        const QJsonObject stats = s->sandbox->stats();
        QVERIFY(stats.contains(QLatin1String("requests")));
        QCOMPARE(stats.value(QLatin1String("requests")).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
