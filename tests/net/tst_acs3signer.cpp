// ACS3-HMAC-SHA256 against the vectors produced by the official SDKs (tests/data/signing-vectors.json).
#include "acs3signer.h"
#include "aliyunrpc.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace flowlog;

class TestAcs3Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reproducesEverySdkVectorStepByStep_data();
    void reproducesEverySdkVectorStepByStep();
    void builtRequestCarriesSignedHeadersAndAuthorization();
    void postSendsFormBodyAndSignsItsHash();
    void stsAddsSignedSecurityToken();
    void hostHeaderKeepsNonDefaultPortOnly();
};

void TestAcs3Signer::reproducesEverySdkVectorStepByStep_data()
{
    QTest::addColumn<QJsonObject>("vector");
    int count = 0;
    for (const QJsonValue &v : test::signingVectors()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("id")).toString().startsWith(QLatin1String("acs3-"))) {
            QTest::newRow(o.value(QLatin1String("id")).toString().toUtf8().constData()) << o;
            ++count;
        }
    }
    QVERIFY2(count >= 3, "expected every acs3-* vector from tests/data/signing-vectors.json");
}

void TestAcs3Signer::reproducesEverySdkVectorStepByStep()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject in = vector.value(QLatin1String("input")).toObject();
    const QJsonObject out = vector.value(QLatin1String("output")).toObject();
    aliyun::Params query;
    const QJsonObject q = out.value(QLatin1String("query")).toObject();
    for (auto it = q.begin(); it != q.end(); ++it)
        query.append({it.key(), it.value().toString()});
    // The vectors' signed headers, as the SDK sent them (minus Authorization and accept, which are not signed).
    aliyun::HeaderList headers;
    const QJsonObject h = out.value(QLatin1String("headers")).toObject();
    for (auto it = h.begin(); it != h.end(); ++it) {
        if (it.key() != QLatin1String("Authorization"))
            headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }
    const aliyun::Acs3Signature sig = aliyun::acs3Sign(
        in.value(QLatin1String("method")).toString().toUtf8(), in.value(QLatin1String("path")).toString().toUtf8(),
        query, headers, QByteArray(), in.value(QLatin1String("accessKeyId")).toString(),
        in.value(QLatin1String("accessKeySecret")).toString());
    QCOMPARE(QString::fromUtf8(sig.canonicalRequest), out.value(QLatin1String("canonicalRequest")).toString());
    QCOMPARE(QString::fromUtf8(sig.hashedCanonicalRequest),
             out.value(QLatin1String("hashedCanonicalRequest")).toString());
    QCOMPARE(QString::fromUtf8(sig.stringToSign), out.value(QLatin1String("stringToSign")).toString());
    QCOMPARE(QString::fromUtf8(sig.signedHeaders), out.value(QLatin1String("signedHeaders")).toString());
    QCOMPARE(QString::fromUtf8(sig.signature), out.value(QLatin1String("signature")).toString());
    QCOMPARE(QString::fromUtf8(sig.authorization), out.value(QLatin1String("authorization")).toString());

    // Our own header set for the same call signs the same bytes.
    const aliyun::HeaderList own = aliyun::acs3Headers(
        in.value(QLatin1String("host")).toString().toUtf8(), h.value(QLatin1String("x-acs-action")).toString(),
        h.value(QLatin1String("x-acs-version")).toString(), in.value(QLatin1String("xAcsDate")).toString(),
        in.value(QLatin1String("xAcsSignatureNonce")).toString(), QByteArray(), QString());
    const aliyun::Acs3Signature ownSig = aliyun::acs3Sign(
        in.value(QLatin1String("method")).toString().toUtf8(), "/", query, own, QByteArray(),
        in.value(QLatin1String("accessKeyId")).toString(), in.value(QLatin1String("accessKeySecret")).toString());
    QCOMPARE(QString::fromUtf8(ownSig.authorization), out.value(QLatin1String("authorization")).toString());

    // The SDK's wire URL leaves '*' literal; decoded, it is the same query we sign.
    const QUrlQuery wire(QUrl(out.value(QLatin1String("url")).toString()));
    for (const auto &[k, v] : std::as_const(query))
        QCOMPARE(wire.queryItemValue(k, QUrl::FullyDecoded), v);
}

void TestAcs3Signer::builtRequestCarriesSignedHeadersAndAuthorization()
{
    const QJsonObject vector = test::signingVector(QStringLiteral("acs3-vpc-describe-product-sdk"));
    const QJsonObject out = vector.value(QLatin1String("output")).toObject();
    aliyun::RpcCall call;
    call.endpoint = QUrl(QStringLiteral("https://vpc.aliyuncs.com"));
    call.method = "GET";
    call.action = QStringLiteral("DescribeFlowLogs");
    call.version = QStringLiteral("2016-04-28");
    call.signatureVersion = aliyun::SignatureVersion::Acs3;
    call.params = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                   {QStringLiteral("FlowLogName"), QStringLiteral("流日志 demo*~")},
                   {QStringLiteral("PageNumber"), QStringLiteral("1")},
                   {QStringLiteral("PageSize"), QStringLiteral("20")}};
    const QDateTime now(QDate(2024, 3, 15), QTime(8, 15, 30), QTimeZone::utc());
    const HttpRequest req = aliyun::buildRpcRequest(call, {QStringLiteral("testid"), QStringLiteral("testsecret"), {}},
                                                    now, QStringLiteral("acs3-nonce-0001"));
    QCOMPARE(req.method, QByteArray("GET"));
    QVERIFY(req.body.isEmpty());
    QCOMPARE(
        req.url.query(QUrl::FullyEncoded).toLatin1(),
        QByteArray("FlowLogName=%E6%B5%81%E6%97%A5%E5%BF%97%20demo%2A~&PageNumber=1&PageSize=20&RegionId=cn-hangzhou"));
    QByteArray authorization;
    QByteArray date;
    QByteArray provider;
    for (const auto &[k, v] : req.headers) {
        if (k == "Authorization")
            authorization = v;
        if (k == "x-acs-date")
            date = v;
        if (k == "x-acs-credentials-provider")
            provider = v;
    }
    QCOMPARE(date, QByteArray("2024-03-15T08:15:30Z"));
    QCOMPARE(provider, QByteArray("static_ak"));
    // Same inputs as the POST vector except the method: the signature must differ from it, and be well-formed.
    QVERIFY(authorization.startsWith("ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=host;x-acs-action;"));
    QVERIFY(!authorization.endsWith(out.value(QLatin1String("signature")).toString().toUtf8()));
    call.method = "POST";
    call.params = {}; // the vector's POST carries its parameters in the query: emulate through acs3Sign above
}

void TestAcs3Signer::postSendsFormBodyAndSignsItsHash()
{
    aliyun::RpcCall call;
    call.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    call.method = "POST";
    call.action = QStringLiteral("CreateFlowLog");
    call.version = QStringLiteral("2016-04-28");
    call.signatureVersion = aliyun::SignatureVersion::Acs3;
    call.params = {{QStringLiteral("FlowLogName"), QStringLiteral("a+b c*~/")}};
    const HttpRequest req = aliyun::buildRpcRequest(call, {QStringLiteral("ak"), QStringLiteral("sk"), {}},
                                                    QDateTime::currentDateTimeUtc(), QStringLiteral("n1"));
    QCOMPARE(req.body, QByteArray("FlowLogName=a%2Bb%20c%2A~%2F"));
    QVERIFY(req.url.query().isEmpty());
    QByteArray hash;
    QByteArray authorization;
    for (const auto &[k, v] : req.headers) {
        if (k == "x-acs-content-sha256")
            hash = v;
        if (k == "Authorization")
            authorization = v;
    }
    QCOMPARE(hash, aliyun::acs3ContentHash(req.body));
    QVERIFY(authorization.contains("SignedHeaders=content-type;host;x-acs-action;"));
}

void TestAcs3Signer::stsAddsSignedSecurityToken()
{
    const aliyun::HeaderList h = aliyun::acs3Headers("vpc.aliyuncs.com", QStringLiteral("A"), QStringLiteral("V"),
                                                     QStringLiteral("2024-03-15T08:15:30Z"), QStringLiteral("n"),
                                                     QByteArray(), QStringLiteral("sts-token"));
    QVERIFY(h.contains(std::pair{QByteArray("x-acs-security-token"), QByteArray("sts-token")}));
    const aliyun::Acs3Signature sig =
        aliyun::acs3Sign("GET", "/", {}, h, QByteArray(), QStringLiteral("ak"), QStringLiteral("sk"));
    QVERIFY(sig.signedHeaders.contains("x-acs-security-token"));
    QVERIFY(sig.canonicalRequest.contains("x-acs-security-token:sts-token\n"));
}

void TestAcs3Signer::hostHeaderKeepsNonDefaultPortOnly()
{
    QCOMPARE(aliyun::hostHeader(QUrl(QStringLiteral("https://vpc.aliyuncs.com/"))), QByteArray("vpc.aliyuncs.com"));
    QCOMPARE(aliyun::hostHeader(QUrl(QStringLiteral("https://vpc.aliyuncs.com:443/"))), QByteArray("vpc.aliyuncs.com"));
    QCOMPARE(aliyun::hostHeader(QUrl(QStringLiteral("http://127.0.0.1:4567/"))), QByteArray("127.0.0.1:4567"));
}

QTEST_GUILESS_MAIN(TestAcs3Signer)
#include "tst_acs3signer.moc"
