// SDK-HMAC-SHA256 against every hw-* vector produced by @huaweicloud/huaweicloud-sdk-core
// (tests/data/signing-vectors.json), step by step and through the product's request builders.
#include "huaweioperations.h"
#include "huaweisigner.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace flowlog;

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

huawei::Query queryOf(const QJsonObject &params)
{
    huawei::Query q;
    for (auto it = params.begin(); it != params.end(); ++it)
        q.append({it.key(), it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString()});
    return q;
}

QByteArray headerValue(const HttpRequest &req, QByteArrayView name)
{
    for (const auto &[k, v] : req.headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QDateTime fromSdkDate(const QString &s)
{
    QDateTime dt = QDateTime::fromString(s, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

Credentials credentialsOf(const QJsonObject &in)
{
    return Credentials{text(in, "ak"), text(in, "sk"), {}};
}

// The SourceSpec a console would build for the vectors' ER instance.
SourceSpec vectorSource(const QJsonObject &in)
{
    SourceSpec s;
    s.service = Service::Er;
    s.region = QStringLiteral("cn-north-4");
    s.projectId = text(in, "projectId");
    s.instanceId = text(in.value(QLatin1String("pathParams")).toObject(), "er_id");
    return s;
}

} // namespace

class TestHuaweiSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducesEverySdkVector_data();
    void reproducesEverySdkVector();
    void listBuilderReproducesListVectors_data();
    void listBuilderReproducesListVectors();
    void createBuilderReproducesUnicodeVectorWithClientToken();
    void canonicalUriAlwaysEndsInSlash_data();
    void canonicalUriAlwaysEndsInSlash();
    void canonicalQuerySortsRepeatedKeysByValue();
    void hostHeaderKeepsNonDefaultPort_data();
    void hostHeaderKeepsNonDefaultPort();
    void securityTokenIsSentAndSigned();
    void sdkDateIsUtc();
    void wireQueryKeepsPlusAndAmpersandEncoded();
};

void TestHuaweiSigner::reproducesEverySdkVector_data()
{
    QTest::addColumn<QJsonObject>("vector");
    int count = 0;
    for (const QJsonValue &v : test::signingVectors()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("scheme")).toString() == QLatin1String("SDK-HMAC-SHA256")) {
            QTest::newRow(o.value(QLatin1String("id")).toString().toUtf8().constData()) << o;
            ++count;
        }
    }
    QVERIFY2(count >= 5, "expected every hw-* vector from tests/data/signing-vectors.json");
}

void TestHuaweiSigner::reproducesEverySdkVector()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject in = vector.value(QLatin1String("input")).toObject();
    const QJsonObject out = vector.value(QLatin1String("output")).toObject();
    const QByteArray method = text(in, "method").toLatin1();
    huawei::Headers headers;
    QString path;
    QString date;
    QByteArray body;
    if (in.contains(QLatin1String("endpoint"))) {
        // ClientBuilder vectors: the SDK adds content-type, X-Project-Id, host and X-Sdk-Date.
        const QJsonObject pathParams = in.value(QLatin1String("pathParams")).toObject();
        path = text(in, "url").replace(QLatin1String("{project_id}"), text(in, "projectId"));
        for (auto it = pathParams.begin(); it != pathParams.end(); ++it)
            path.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
        date = text(in, "xSdkDate");
        const QJsonObject given = in.value(QLatin1String("headers")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        if (!given.contains(QLatin1String("Content-Type")))
            headers.emplace_back("Content-Type", "application/json");
        headers.emplace_back("X-Project-Id", text(in, "projectId").toUtf8());
        headers.emplace_back("Host", QUrl(text(in, "endpoint")).host().toUtf8());
        headers.emplace_back("X-Sdk-Date", date.toUtf8());
        const QJsonValue wireBody = out.value(QLatin1String("body"));
        body = wireBody.isString() ? wireBody.toString().toUtf8() : QByteArray();
    } else {
        // AKSKSigner.sign vectors: the headers are given as sent.
        path = QUrl(text(in, "url")).path();
        const QJsonObject given = in.value(QLatin1String("headers")).toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        date = given.value(QLatin1String("X-Sdk-Date")).toString();
    }
    const huawei::Signature s = huawei::sign(method, path, queryOf(in.value(QLatin1String("queryParams")).toObject()),
                                             headers, body, date, credentialsOf(in));
    QCOMPARE(s.canonicalRequest, text(out, "canonicalRequest").toUtf8());
    QCOMPARE(s.stringToSign, text(out, "stringToSign").toUtf8());
    if (out.contains(QLatin1String("signedHeaders")))
        QCOMPARE(s.signedHeaders, text(out, "signedHeaders").toUtf8());
    QCOMPARE(s.signature, text(out, "signature").toUtf8());
    QCOMPARE(s.authorization, text(out, "authorization").toUtf8());
}

void TestHuaweiSigner::listBuilderReproducesListVectors_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("basic") << QStringLiteral("hw-er-list-basic");
    QTest::newRow("tricky encoding") << QStringLiteral("hw-er-list-tricky-encoding");
}

void TestHuaweiSigner::listBuilderReproducesListVectors()
{
    QFETCH(QString, id);
    const QJsonObject vector = test::signingVector(id);
    const QJsonObject in = vector.value(QLatin1String("input")).toObject();
    const QJsonObject out = vector.value(QLatin1String("output")).toObject();
    const QJsonObject query = in.value(QLatin1String("queryParams")).toObject();

    SourceSpec source = vectorSource(in);
    // Params other than limit and marker reach the wire through the source's filters.
    for (auto it = query.begin(); it != query.end(); ++it) {
        if (it.key() != QLatin1String("limit") && it.key() != QLatin1String("marker"))
            source.filters.append({it.key(), it.value().toString()});
    }
    const Cursor cursor{1, query.value(QLatin1String("marker")).toString(), 0,
                        query.value(QLatin1String("limit")).toInt()};
    const huawei::RestCall call = huawei::restCall(huawei::erListFlowLogs, source, source, cursor);
    const HttpRequest req = huawei::signRequest(call, credentialsOf(in), fromSdkDate(text(in, "xSdkDate")));

    QCOMPARE(req.method, QByteArray("GET"));
    QCOMPARE(headerValue(req, "Authorization"), text(out, "authorization").toUtf8());
    QCOMPARE(headerValue(req, "X-Sdk-Date"), text(in, "xSdkDate").toUtf8());
    QCOMPARE(headerValue(req, "Host"), QByteArray("er.cn-north-4.myhuaweicloud.com"));
    QCOMPARE(headerValue(req, "X-Project-Id"), text(in, "projectId").toUtf8());
    QVERIFY(req.body.isEmpty());

    // Same URL as the SDK's, up to the order of the query and the SDK's literal '*'.
    const QUrl expected(text(out, "url"));
    QCOMPARE(req.url.scheme(), expected.scheme());
    QCOMPARE(req.url.host(), expected.host());
    QCOMPARE(req.url.path(QUrl::FullyEncoded), expected.path(QUrl::FullyEncoded));
    auto items = [](const QUrl &u) {
        QList<std::pair<QString, QString>> list = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(items(req.url), items(expected));
}

void TestHuaweiSigner::createBuilderReproducesUnicodeVectorWithClientToken()
{
    const QJsonObject vector = test::signingVector(QStringLiteral("hw-er-create-unicode-json"));
    const QJsonObject in = vector.value(QLatin1String("input")).toObject();
    const QJsonObject out = vector.value(QLatin1String("output")).toObject();
    const QJsonObject fl = in.value(QLatin1String("body")).toObject().value(QLatin1String("flow_log")).toObject();

    FlowLogDraft draft;
    draft.service = Service::Er;
    draft.region = QStringLiteral("cn-north-4");
    draft.name = fl.value(QLatin1String("name")).toString();
    draft.description = fl.value(QLatin1String("description")).toString();
    draft.resourceId = fl.value(QLatin1String("resource_id")).toString();
    draft.logGroupId = fl.value(QLatin1String("log_group_id")).toString();
    draft.logStreamId = fl.value(QLatin1String("log_stream_id")).toString();
    draft.clientToken = in.value(QLatin1String("headers")).toObject().value(QLatin1String("X-Client-Token")).toString();
    QCOMPARE(draft.clientToken, QStringLiteral("token-0001"));

    // Chinese, emoji, quotes, backslash and newline: the body is the SDK's, byte for byte.
    QCOMPARE(huawei::createBody(draft), text(out, "body").toUtf8());

    const SourceSpec target = vectorSource(in);
    const huawei::RestCall call = huawei::restCall(huawei::erCreateFlowLog, target, CreateInput{target, draft});
    const HttpRequest req = huawei::signRequest(call, credentialsOf(in), fromSdkDate(text(in, "xSdkDate")));
    QCOMPARE(req.method, QByteArray("POST"));
    QCOMPARE(req.body, text(out, "body").toUtf8());
    QCOMPARE(headerValue(req, "X-Client-Token"), QByteArray("token-0001"));
    QCOMPARE(headerValue(req, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(headerValue(req, "Authorization"), text(out, "authorization").toUtf8());
    QVERIFY(headerValue(req, "Authorization").contains("x-client-token"));
    QCOMPARE(req.url.toString(QUrl::FullyEncoded), text(out, "url"));

    // The token is what makes a retry safe: a different token is a different signature.
    draft.clientToken = QStringLiteral("token-0002");
    const HttpRequest other =
        huawei::signRequest(huawei::restCall(huawei::erCreateFlowLog, target, CreateInput{target, draft}),
                            credentialsOf(in), fromSdkDate(text(in, "xSdkDate")));
    QVERIFY(headerValue(other, "Authorization") != headerValue(req, "Authorization"));
}

void TestHuaweiSigner::canonicalUriAlwaysEndsInSlash_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no slash") << QStringLiteral("/v3/p/flow-logs") << QByteArray("/v3/p/flow-logs/");
    QTest::newRow("slash") << QStringLiteral("/v3/p/flow-logs/") << QByteArray("/v3/p/flow-logs/");
    QTest::newRow("root") << QString() << QByteArray("/");
    QTest::newRow("encoded segment") << QStringLiteral("/v3/a b/中") << QByteArray("/v3/a%20b/%E4%B8%AD/");
}

void TestHuaweiSigner::canonicalUriAlwaysEndsInSlash()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(huawei::canonicalUri(path), expected);
}

void TestHuaweiSigner::canonicalQuerySortsRepeatedKeysByValue()
{
    const huawei::Query q = {{QStringLiteral("resource_id"), QStringLiteral("b")},
                             {QStringLiteral("limit"), QStringLiteral("100")},
                             {QStringLiteral("resource_id"), QStringLiteral("a")},
                             {QStringLiteral("enterprise_project_id"), QString()},
                             {QStringLiteral("marker"), QStringLiteral("x+y")}};
    QCOMPARE(huawei::canonicalQuery(q),
             QByteArray("enterprise_project_id=&limit=100&marker=x%2By&resource_id=a&resource_id=b"));
}

void TestHuaweiSigner::hostHeaderKeepsNonDefaultPort_data()
{
    QTest::addColumn<QUrl>("endpoint");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("https default") << QUrl(QStringLiteral("https://er.cn-north-4.myhuaweicloud.com"))
                                   << QByteArray("er.cn-north-4.myhuaweicloud.com");
    QTest::newRow("https 443") << QUrl(QStringLiteral("https://er.x.com:443")) << QByteArray("er.x.com");
    QTest::newRow("sandbox port") << QUrl(QStringLiteral("http://127.0.0.1:8123")) << QByteArray("127.0.0.1:8123");
}

void TestHuaweiSigner::hostHeaderKeepsNonDefaultPort()
{
    QFETCH(QUrl, endpoint);
    QFETCH(QByteArray, expected);
    QCOMPARE(huawei::hostHeader(endpoint), expected);
}

void TestHuaweiSigner::securityTokenIsSentAndSigned()
{
    huawei::RestCall call;
    call.endpoint = QUrl(QStringLiteral("https://er.cn-north-4.myhuaweicloud.com"));
    call.path = QStringLiteral("/v3/p/enterprise-router/e/flow-logs");
    const QDateTime now(QDate(2024, 3, 15), QTime(8, 15, 30), QTimeZone::utc());
    const HttpRequest sts =
        huawei::signRequest(call, {QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("tok")}, now);
    QCOMPARE(headerValue(sts, "X-Security-Token"), QByteArray("tok"));
    QVERIFY(headerValue(sts, "Authorization").contains("SignedHeaders=host;x-sdk-date;x-security-token,"));
    const HttpRequest plain = huawei::signRequest(call, {QStringLiteral("AK"), QStringLiteral("SK"), {}}, now);
    QVERIFY(headerValue(plain, "X-Security-Token").isEmpty());
    QVERIFY(headerValue(plain, "Authorization").contains("SignedHeaders=host;x-sdk-date,"));
}

void TestHuaweiSigner::sdkDateIsUtc()
{
    const QDateTime local(QDate(2024, 3, 15), QTime(16, 15, 30, 999), QTimeZone(8 * 3600));
    QCOMPARE(huawei::sdkDate(local), QStringLiteral("20240315T081530Z"));
}

void TestHuaweiSigner::wireQueryKeepsPlusAndAmpersandEncoded()
{
    huawei::RestCall call;
    call.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
    call.path = QStringLiteral("/v3/p/enterprise-router/e/flow-logs");
    call.query = {{QStringLiteral("marker"), QStringLiteral("a+b&c=d e")}};
    const HttpRequest req =
        huawei::signRequest(call, {QStringLiteral("AK"), QStringLiteral("SK"), {}}, QDateTime::currentDateTimeUtc());
    QCOMPARE(req.url.query(QUrl::FullyEncoded), QStringLiteral("marker=a%2Bb%26c%3Dd%20e"));
    QCOMPARE(headerValue(req, "Host"), QByteArray("127.0.0.1:9"));
}

QTEST_GUILESS_MAIN(TestHuaweiSigner)
#include "tst_huaweisigner.moc"
