// flowlog-sandbox's Huawei ER module over raw HTTP: the gateway's authentication (forged signature, unknown key,
// stale X-Sdk-Date, missing header), project and router checks, the list page's exact shape and paging, the
// create rules (core rule table, X-Client-Token idempotency) and the deterministic seed.
#include "huaweisigner.h"
#include "sandboxfixture.h"
#include "sandboxsettle.h"
#include "seededids.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QByteArray requestIdHeader;
    QByteArray clientTokenHeader;
};

} // namespace

class TestSandboxHuawei : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPageHasTheDocumentedShape();
    void pagingReturnsEveryRowOnceWithMarkerOnlyWhenMoreRemain();
    void repeatedResourceIdAndTypeFilter();
    void sortKeyAndDirectionOrderRows_data();
    void sortKeyAndDirectionOrderRows();
    void invalidListParametersAre400_data();
    void invalidListParametersAre400();
    void forgedSignatureIs401();
    void unknownAccessKeyIs401();
    void staleSdkDateIs401WithDateMessage_data();
    void staleSdkDateIs401WithDateMessage();
    void missingAuthorizationIs401();
    void wrongProjectIdIsRejected();
    void projectHeaderMustMatchPath();
    void unknownRouterIs404();
    void unknownPathIsGateway404();
    void createAnswers202AndIsIdempotentPerToken();
    void createValidatesWithTheRuleTable_data();
    void createValidatesWithTheRuleTable();
    void seedIsRealisticAndDeterministic();

private:
    [[nodiscard]] huawei::RestCall listCall(const huawei::Query &query = {}) const;
    [[nodiscard]] huawei::RestCall createCall(const QByteArray &body, const QByteArray &token) const;
    [[nodiscard]] Answer send(const HttpRequest &request);
    [[nodiscard]] Answer send(const huawei::RestCall &call, const QDateTime &when = QDateTime::currentDateTimeUtc());
    [[nodiscard]] QList<QJsonObject> listAll(const huawei::Query &extra = {}, int limit = 100, int *pages = nullptr);
    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    QString m_region;
    QString m_attachment; // a seeded attachment of the router listCall() names: what creates watch
};

void TestSandboxHuawei::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                              QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("7")},
                             &error),
             qPrintable(error));
    QCOMPARE(m_sandbox.profiles(Provider::Huawei).size(), 1);
    m_profile = m_sandbox.profiles(Provider::Huawei).first();
    m_region = m_profile.regions.first();
    m_attachment =
        test::SeededIds(m_sandbox.resources(m_profile.name)).erAttachment(m_profile.erIds.value(m_region).value(0));
    QVERIFY(!m_attachment.isEmpty());
    // The seeded transitional flow logs (modifying) settle --transition-ms after the start: a listing sorted by
    // state that pages across that moment sees one twice (the sandbox's "ready" line comes before it).
    QVERIFY(test::waitUntilSettled(m_sandbox));
}

huawei::RestCall TestSandboxHuawei::listCall(const huawei::Query &query) const
{
    huawei::RestCall call;
    call.endpoint = m_profile.endpoint;
    call.endpoint.setPath({});
    call.path = QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs")
                    .arg(m_profile.projectIds.value(m_region), m_profile.erIds.value(m_region).value(0));
    call.query = query;
    call.headers = {{"Content-Type", "application/json"}};
    return call;
}

huawei::RestCall TestSandboxHuawei::createCall(const QByteArray &body, const QByteArray &token) const
{
    huawei::RestCall call = listCall();
    call.method = "POST";
    call.body = body;
    if (!token.isEmpty())
        call.headers.emplace_back("X-Client-Token", token);
    return call;
}

Answer TestSandboxHuawei::send(const HttpRequest &request)
{
    QNetworkRequest r(request.url);
    for (const auto &[k, v] : request.headers)
        r.setRawHeader(k, v);
    QNetworkReply *reply = m_nam.sendCustomRequest(r, request.method, request.body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Answer a;
    if (!done.wait(10000))
        return a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.raw = reply->readAll();
    a.body = QJsonDocument::fromJson(a.raw).object();
    a.requestIdHeader = reply->rawHeader("X-Request-Id");
    a.clientTokenHeader = reply->rawHeader("X-Client-Token");
    reply->deleteLater();
    return a;
}

Answer TestSandboxHuawei::send(const huawei::RestCall &call, const QDateTime &when)
{
    return send(huawei::signRequest(call, m_sandbox.credentials(m_profile), when));
}

QList<QJsonObject> TestSandboxHuawei::listAll(const huawei::Query &extra, int limit, int *pages)
{
    QList<QJsonObject> out;
    QString marker;
    for (int page = 1; page < 1000; ++page) {
        huawei::Query q = {{QStringLiteral("limit"), QString::number(limit)}};
        if (!marker.isEmpty())
            q.append({QStringLiteral("marker"), marker});
        q.append(extra);
        const Answer a = send(listCall(q));
        if (a.status != 200)
            return {};
        for (const QJsonValue &v : a.body.value(QLatin1String("flow_logs")).toArray())
            out.append(v.toObject());
        marker = a.body.value(QLatin1String("page_info")).toObject().value(QLatin1String("next_marker")).toString();
        if (marker.isEmpty()) {
            if (pages)
                *pages = page;
            break;
        }
    }
    return out;
}

void TestSandboxHuawei::listPageHasTheDocumentedShape()
{
    const Answer a = send(listCall({{QStringLiteral("limit"), QStringLiteral("2")}}));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.keys(),
             (QStringList{QStringLiteral("flow_logs"), QStringLiteral("page_info"), QStringLiteral("request_id")}));
    QVERIFY(!a.requestIdHeader.isEmpty());
    QCOMPARE(a.body.value(QLatin1String("request_id")).toString().toLatin1(), a.requestIdHeader);
    const QJsonArray rows = a.body.value(QLatin1String("flow_logs")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject fl = rows.first().toObject();
    static const QStringList keys = {QStringLiteral("created_at"),
                                     QStringLiteral("description"),
                                     QStringLiteral("enabled"),
                                     QStringLiteral("id"),
                                     QStringLiteral("log_aggregation_interval"),
                                     QStringLiteral("log_group_id"),
                                     QStringLiteral("log_store_type"),
                                     QStringLiteral("log_stream_id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("project_id"),
                                     QStringLiteral("resource_id"),
                                     QStringLiteral("resource_type"),
                                     QStringLiteral("state"),
                                     QStringLiteral("updated_at")};
    QCOMPARE(fl.keys(), keys);
    QVERIFY(fl.value(QLatin1String("log_aggregation_interval")).isDouble()); // Integer in the page
    QVERIFY(fl.value(QLatin1String("enabled")).isBool());
    QCOMPARE(fl.value(QLatin1String("project_id")).toString(), m_profile.projectIds.value(m_region));
    QCOMPARE(fl.value(QLatin1String("resource_type")).toString(), QStringLiteral("attachment"));
    QCOMPARE(fl.value(QLatin1String("log_store_type")).toString(), QStringLiteral("LTS"));
    const QJsonObject info = a.body.value(QLatin1String("page_info")).toObject();
    QCOMPARE(info.value(QLatin1String("current_count")).toInt(), 2);
    QVERIFY(info.value(QLatin1String("current_count")).isDouble());
    QCOMPARE(info.value(QLatin1String("next_marker")).toString(),
             rows.last().toObject().value(QLatin1String("id")).toString());
}

void TestSandboxHuawei::pagingReturnsEveryRowOnceWithMarkerOnlyWhenMoreRemain()
{
    int pages = 0;
    const QList<QJsonObject> rows = listAll({}, 100, &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(rows.size(), 250);
    QSet<QString> ids;
    for (const QJsonObject &o : rows)
        ids.insert(o.value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 250);

    // Exactly at the end: a full last page carries no marker. Without limit, everything comes at once.
    const Answer last =
        send(listCall({{QStringLiteral("limit"), QStringLiteral("50")},
                       {QStringLiteral("marker"), rows.at(199).value(QLatin1String("id")).toString()}}));
    QCOMPARE(last.status, 200);
    QCOMPARE(last.body.value(QLatin1String("flow_logs")).toArray().size(), 50);
    QVERIFY(!last.body.value(QLatin1String("page_info")).toObject().contains(QLatin1String("next_marker")));
    const Answer whole = send(listCall());
    QCOMPARE(whole.body.value(QLatin1String("flow_logs")).toArray().size(), 250);
    QCOMPARE(whole.body.value(QLatin1String("page_info")).toObject().value(QLatin1String("current_count")).toInt(),
             250);
}

void TestSandboxHuawei::repeatedResourceIdAndTypeFilter()
{
    const QList<QJsonObject> rows = listAll();
    QVERIFY(rows.size() > 10);
    const QString a = rows.at(3).value(QLatin1String("resource_id")).toString();
    const QString b = rows.at(9).value(QLatin1String("resource_id")).toString();
    const QList<QJsonObject> found = listAll({{QStringLiteral("resource_id"), a}, {QStringLiteral("resource_id"), b}});
    QCOMPARE(found.size(), 2);
    const QList<QJsonObject> typed = listAll({{QStringLiteral("resource_type"), QStringLiteral("attachment")}});
    QCOMPARE(typed.size(), rows.size());
    QVERIFY(listAll({{QStringLiteral("resource_type"), QStringLiteral("vpc")}}).isEmpty());
}

void TestSandboxHuawei::sortKeyAndDirectionOrderRows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("dir");
    QTest::newRow("name asc") << QStringLiteral("name") << QStringLiteral("asc");
    QTest::newRow("name desc") << QStringLiteral("name") << QStringLiteral("desc");
    QTest::newRow("id asc") << QStringLiteral("id") << QStringLiteral("asc");
    QTest::newRow("state desc") << QStringLiteral("state") << QStringLiteral("desc");
}

void TestSandboxHuawei::sortKeyAndDirectionOrderRows()
{
    QFETCH(QString, key);
    QFETCH(QString, dir);
    int pages = 0;
    const QList<QJsonObject> rows =
        listAll({{QStringLiteral("sort_key"), key}, {QStringLiteral("sort_dir"), dir}}, 70, &pages);
    QCOMPARE(rows.size(), 250); // the marker works in any order
    QCOMPARE(pages, 4);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString prev = rows.at(i - 1).value(key).toString();
        const QString cur = rows.at(i).value(key).toString();
        QVERIFY2(dir == QLatin1String("asc") ? prev <= cur : prev >= cur,
                 qPrintable(prev + QLatin1String(" / ") + cur));
    }
}

void TestSandboxHuawei::invalidListParametersAre400_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("limit 0") << QStringLiteral("limit") << QStringLiteral("0");
    QTest::newRow("limit 2001") << QStringLiteral("limit") << QStringLiteral("2001");
    QTest::newRow("limit text") << QStringLiteral("limit") << QStringLiteral("ten");
    QTest::newRow("sort_key") << QStringLiteral("sort_key") << QStringLiteral("created_at");
    QTest::newRow("sort_dir") << QStringLiteral("sort_dir") << QStringLiteral("up");
    QTest::newRow("unknown marker") << QStringLiteral("marker") << QStringLiteral("no-such-id");
}

void TestSandboxHuawei::invalidListParametersAre400()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Answer a = send(listCall({{key, value}}));
    QCOMPARE(a.status, 400);
    QVERIFY2(a.body.value(QLatin1String("error_code")).toString().startsWith(QLatin1String("ER.")), a.raw.constData());
    QVERIFY(!a.body.value(QLatin1String("error_msg")).toString().isEmpty());
    QVERIFY(!a.requestIdHeader.isEmpty());
}

void TestSandboxHuawei::forgedSignatureIs401()
{
    HttpRequest req =
        huawei::signRequest(listCall(), m_sandbox.credentials(m_profile), QDateTime::currentDateTimeUtc());
    for (auto &[k, v] : req.headers) {
        if (k == "Authorization")
            v[v.size() - 1] = v.endsWith('0') ? '1' : '0';
    }
    const Answer forged = send(req);
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0301"));
    QVERIFY(forged.body.value(QLatin1String("error_msg"))
                .toString()
                .startsWith(QLatin1String("Incorrect IAM authentication information")));

    // Signed correctly, then changed on the way: the query is part of the signature.
    HttpRequest tampered = huawei::signRequest(listCall({{QStringLiteral("limit"), QStringLiteral("5")}}),
                                               m_sandbox.credentials(m_profile), QDateTime::currentDateTimeUtc());
    tampered.url.setQuery(QStringLiteral("limit=6"));
    QCOMPARE(send(tampered).status, 401);

    // A wrong secret is a bad signature too.
    const Credentials wrong{m_profile.accessKeyId, QStringLiteral("wrong"), {}};
    const Answer bad = send(huawei::signRequest(listCall(), wrong, QDateTime::currentDateTimeUtc()));
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0301"));
}

void TestSandboxHuawei::unknownAccessKeyIs401()
{
    const Credentials unknown{QStringLiteral("HWNOSUCHKEY"), m_sandbox.credentials(m_profile).secret, {}};
    const Answer a = send(huawei::signRequest(listCall(), unknown, QDateTime::currentDateTimeUtc()));
    QCOMPARE(a.status, 401);
    QCOMPARE(a.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0301"));
    // An Alibaba account's key is not a Huawei key.
    const Profile ali = m_sandbox.profiles(Provider::Aliyun).first();
    QCOMPARE(send(huawei::signRequest(listCall(), m_sandbox.credentials(ali), QDateTime::currentDateTimeUtc())).status,
             401);
}

void TestSandboxHuawei::staleSdkDateIs401WithDateMessage_data()
{
    QTest::addColumn<int>("offsetSecs");
    QTest::addColumn<int>("status");
    QTest::newRow("20 min late") << -20 * 60 << 401;
    QTest::newRow("20 min early") << 20 * 60 << 401;
    QTest::newRow("10 min late") << -10 * 60 << 200;
}

void TestSandboxHuawei::staleSdkDateIs401WithDateMessage()
{
    QFETCH(int, offsetSecs);
    QFETCH(int, status);
    const Answer a = send(listCall({{QStringLiteral("limit"), QStringLiteral("1")}}),
                          QDateTime::currentDateTimeUtc().addSecs(offsetSecs));
    QCOMPARE(a.status, status);
    if (status == 401) {
        QCOMPARE(a.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0301"));
        QVERIFY(a.body.value(QLatin1String("error_msg")).toString().contains(QLatin1String("date")));
    }
}

void TestSandboxHuawei::missingAuthorizationIs401()
{
    HttpRequest req =
        huawei::signRequest(listCall(), m_sandbox.credentials(m_profile), QDateTime::currentDateTimeUtc());
    req.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    const Answer a = send(req);
    QCOMPARE(a.status, 401);
    QCOMPARE(a.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0301"));
}

void TestSandboxHuawei::wrongProjectIdIsRejected()
{
    huawei::RestCall call = listCall();
    // Another region's project of the same account, and a project of nobody.
    const QString otherRegion = m_profile.regions.last();
    QVERIFY(otherRegion != m_region);
    call.path.replace(m_profile.projectIds.value(m_region), m_profile.projectIds.value(otherRegion));
    const Answer other = send(call);
    QVERIFY2(other.status == 403 || other.status == 404, other.raw.constData()); // the router is not in that region
    call = listCall();
    call.path.replace(m_profile.projectIds.value(m_region), QString(32, QLatin1Char('f')));
    const Answer nobody = send(call);
    QCOMPARE(nobody.status, 403);
    QCOMPARE(nobody.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0302"));
}

void TestSandboxHuawei::projectHeaderMustMatchPath()
{
    huawei::RestCall call = listCall();
    call.headers.emplace_back("X-Project-Id", QByteArray(32, 'a'));
    QCOMPARE(send(call).status, 403);
    call = listCall();
    call.headers.emplace_back("X-Project-Id", m_profile.projectIds.value(m_region).toLatin1());
    QCOMPARE(send(call).status, 200);
}

void TestSandboxHuawei::unknownRouterIs404()
{
    huawei::RestCall call = listCall();
    call.path.replace(m_profile.erIds.value(m_region).value(0), QStringLiteral("00000000-0000-4000-8000-000000000000"));
    const Answer a = send(call);
    QCOMPARE(a.status, 404);
    QVERIFY(a.body.value(QLatin1String("error_code")).toString().startsWith(QLatin1String("ER.")));
}

void TestSandboxHuawei::unknownPathIsGateway404()
{
    huawei::RestCall call = listCall();
    call.path.replace(QLatin1String("flow-logs"), QLatin1String("flow-logz"));
    const Answer a = send(call);
    QCOMPARE(a.status, 404);
    QCOMPARE(a.body.value(QLatin1String("error_code")).toString(), QStringLiteral("APIGW.0101"));
}

void TestSandboxHuawei::createAnswers202AndIsIdempotentPerToken()
{
    m_sandbox.resetStats();
    const QByteArray body =
        QByteArray(R"({"flow_log":{"name":"sandbox-idem","description":"幂等","resource_type":"attachment",
        "resource_id":"@attachment","log_store_type":"LTS",
        "log_group_id":"0139393c-eeb2-49f0-bbd4-c5faec6b1497","log_stream_id":"d22c3b44-2f71-470f-83f3-96a8af6956ad"}})")
            .replace("@attachment", m_attachment.toLatin1());
    const Answer first = send(createCall(body, "tok-sandbox-1"));
    QCOMPARE(first.status, 202);
    QCOMPARE(first.clientTokenHeader, QByteArray("tok-sandbox-1"));
    QCOMPARE(first.body.keys(), (QStringList{QStringLiteral("flow_log"), QStringLiteral("request_id")}));
    const QJsonObject fl = first.body.value(QLatin1String("flow_log")).toObject();
    QCOMPARE(fl.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(fl.value(QLatin1String("description")).toString(), QStringLiteral("幂等"));
    QCOMPARE(fl.value(QLatin1String("project_id")).toString(), m_profile.projectIds.value(m_region));
    QVERIFY(fl.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));
    const QString id = fl.value(QLatin1String("id")).toString();

    const Answer again = send(createCall(body, "tok-sandbox-1"));
    QCOMPARE(again.status, 202);
    QCOMPARE(again.body.value(QLatin1String("flow_log")).toObject().value(QLatin1String("id")).toString(), id);
    QCOMPARE(again.clientTokenHeader, QByteArray("tok-sandbox-1"));
    const QJsonObject stats = m_sandbox.stats();
    QCOMPARE(stats.value(QLatin1String("created")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("byOperation")).toObject().value(QLatin1String("er.CreateFlowLog")).toInt(), 2);

    // Visible in the next listing, once.
    const QList<QJsonObject> rows = listAll();
    QCOMPARE(rows.size(), 251);
    QCOMPARE(std::count_if(rows.cbegin(), rows.cend(),
                           [&](const QJsonObject &o) { return o.value(QLatin1String("id")).toString() == id; }),
             qsizetype(1));

    // Without a token every request is a new flow log.
    QCOMPARE(send(createCall(body, {})).status, 202);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 2);
    // A token over 64 characters is refused.
    QCOMPARE(send(createCall(body, QByteArray(65, 't'))).status, 400);
}

void TestSandboxHuawei::createValidatesWithTheRuleTable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedCode"); // empty: the rule table's code for the equivalent draft
    QTest::addColumn<QString>("clearField");
    const QByteArray ok = R"({"flow_log":{"name":"n1","resource_type":"attachment","resource_id":"r1",
        "log_store_type":"LTS","log_group_id":"g1","log_stream_id":"s1"}})";
    // Huawei ids are UUIDs (the rule table checks their shape): r1, g1 and s1 stand for these.
    const auto uuids = [](QByteArray body) {
        return body.replace("\"r1\"", "\"6f83b848-8331-4271-ac0c-ef94b7686402\"")
            .replace("\"g1\"", "\"0139393c-eeb2-49f0-bbd4-c5faec6b1497\"")
            .replace("\"s1\"", "\"d22c3b44-2f71-470f-83f3-96a8af6956ad\"");
    };
    QTest::newRow("no name") << uuids(QByteArray(ok).replace(R"("name":"n1",)", "")) << QString()
                             << QStringLiteral("name");
    QTest::newRow("no log group") << uuids(QByteArray(ok).replace(R"("log_group_id":"g1",)", "")) << QString()
                                  << QStringLiteral("logGroupId");
    QTest::newRow("no resource") << uuids(QByteArray(ok).replace(R"("resource_id":"r1",)", "")) << QString()
                                 << QStringLiteral("resourceId");
    QTest::newRow("attachment not a uuid") << QByteArray(ok) << QString() << QStringLiteral("shape");
    QTest::newRow("not json") << QByteArray("{flow_log") << QStringLiteral("ER.04000003") << QString();
    QTest::newRow("no flow_log") << QByteArray(R"({"name":"x"})") << QStringLiteral("ER.04000003") << QString();
    QTest::newRow("number name") << QByteArray(ok).replace(R"("n1")", "12") << QStringLiteral("ER.04000003")
                                 << QString();
    QTest::newRow("store not LTS") << uuids(QByteArray(ok).replace(R"("LTS")", R"("OBS")"))
                                   << QStringLiteral("ER.04000001") << QString();
}

void TestSandboxHuawei::createValidatesWithTheRuleTable()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedCode);
    QFETCH(QString, clearField);
    if (expectedCode.isEmpty()) {
        FlowLogDraft d;
        d.service = Service::Er;
        d.region = m_region;
        d.erId = m_profile.erIds.value(m_region).value(0);
        d.name = QStringLiteral("n1");
        d.resourceType = QStringLiteral("attachment");
        const bool shapes = clearField == QLatin1String("shape"); // r1, g1 and s1 as they are
        d.resourceId = shapes ? QStringLiteral("r1") : QStringLiteral("6f83b848-8331-4271-ac0c-ef94b7686402");
        d.logGroupId = shapes ? QStringLiteral("g1") : QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497");
        d.logStreamId = shapes ? QStringLiteral("s1") : QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad");
        if (clearField == QLatin1String("name"))
            d.name.clear();
        else if (clearField == QLatin1String("logGroupId"))
            d.logGroupId.clear();
        else if (clearField == QLatin1String("resourceId"))
            d.resourceId.clear();
        const QList<Violation> v = validateDraft(d);
        QVERIFY(!v.isEmpty());
        expectedCode = v.first().providerCode;
    }
    m_sandbox.resetStats();
    const Answer a = send(createCall(body, {}));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.body.value(QLatin1String("error_code")).toString(), expectedCode);
    QVERIFY(!a.body.value(QLatin1String("error_msg")).toString().isEmpty());
    QCOMPARE(m_sandbox.stats().value(QLatin1String("created")).toInt(), 0);
}

void TestSandboxHuawei::seedIsRealisticAndDeterministic()
{
    // A second sandbox with the same seed serves the same flow logs, byte for byte.
    test::SandboxFixture twin;
    QString error;
    QVERIFY2(twin.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                         QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("7")},
                        &error),
             qPrintable(error));
    // Both after their seeded transitional flow logs settled (they do --transition-ms after start).
    QVERIFY(test::waitUntilSettled(twin));
    QVERIFY(test::waitUntilSettled(m_sandbox));
    const Profile twinProfile = twin.profiles(Provider::Huawei).first();
    QCOMPARE(twinProfile.accessKeyId, m_profile.accessKeyId);
    QCOMPARE(twinProfile.projectIds, m_profile.projectIds);
    huawei::RestCall call = listCall({{QStringLiteral("limit"), QStringLiteral("40")}});
    const Answer mine = send(call);
    call.endpoint = twinProfile.endpoint;
    call.endpoint.setPath({});
    const Answer theirs =
        send(huawei::signRequest(call, twin.credentials(twinProfile), QDateTime::currentDateTimeUtc()));
    QCOMPARE(theirs.status, 200);
    QCOMPARE(theirs.body.value(QLatin1String("flow_logs")), mine.body.value(QLatin1String("flow_logs")));

    const QList<QJsonObject> rows = listAll();
    QSet<QString> states;
    int chinese = 0;
    int withMillis = 0;
    QDateTime oldest;
    QDateTime newest;
    for (const QJsonObject &o : rows) {
        states.insert(o.value(QLatin1String("state")).toString());
        const QString d = o.value(QLatin1String("description")).toString();
        if (std::any_of(d.cbegin(), d.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
            ++chinese;
        const QString created = o.value(QLatin1String("created_at")).toString();
        if (created.contains(QLatin1Char('.')))
            ++withMillis;
        const QDateTime t = QDateTime::fromString(created, Qt::ISODateWithMs);
        QVERIFY2(t.isValid(), qPrintable(created));
        if (!oldest.isValid() || t < oldest)
            oldest = t;
        if (!newest.isValid() || t > newest)
            newest = t;
    }
    QVERIFY(states.contains(QStringLiteral("available")));
    QVERIFY(states.contains(QStringLiteral("failed")));
    QVERIFY(chinese > 0);
    QVERIFY(withMillis > 0 && withMillis < rows.size());
    QVERIFY(oldest.daysTo(newest) > 365); // spread over two years
}

QTEST_GUILESS_MAIN(TestSandboxHuawei)
#include "tst_sandbox_huawei.moc"
