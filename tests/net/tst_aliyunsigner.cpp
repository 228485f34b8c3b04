// RPC signature v1 against the vectors produced by the official SDKs (tests/data/signing-vectors.json).
#include "aliyunrpc.h"
#include "aliyunsigner.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace flowlog;

class TestAliyunSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncodeLeavesOnlyUnreserved_data();
    void percentEncodeLeavesOnlyUnreserved();
    void canonicalQuerySortsByRawKeyBytes();
    void v1ReproducesSdkVectors_data();
    void v1ReproducesSdkVectors();
    void v1AddsSecurityTokenForSts();
    void getRequestCarriesSignedQueryAndPostCarriesForm();
    void timestampIsUtcWithoutMillis();
};

void TestAliyunSigner::percentEncodeLeavesOnlyUnreserved_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("star") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("tilde") << QStringLiteral("~") << QByteArray("~");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("chinese") << QStringLiteral("中文") << QByteArray("%E4%B8%AD%E6%96%87");
    QTest::newRow("emoji") << QStringLiteral("😀") << QByteArray("%F0%9F%98%80");
    QTest::newRow("unreserved") << QStringLiteral("Az09-_.") << QByteArray("Az09-_.");
}

void TestAliyunSigner::percentEncodeLeavesOnlyUnreserved()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(aliyun::percentEncode(input), expected);
}

void TestAliyunSigner::canonicalQuerySortsByRawKeyBytes()
{
    aliyun::Params params;
    for (int i = 11; i >= 1; --i)
        params.append({QStringLiteral("Tag.%1.Key").arg(i), QStringLiteral("k%1").arg(i)});
    const QByteArray q = aliyun::canonicalQuery(params);
    // Byte order: Tag.1. < Tag.10. < Tag.11. < Tag.2. ...
    QVERIFY(q.startsWith("Tag.1.Key=k1&Tag.10.Key=k10&Tag.11.Key=k11&Tag.2.Key=k2"));
    QVERIFY(q.endsWith("Tag.9.Key=k9"));
}

void TestAliyunSigner::v1ReproducesSdkVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    int count = 0;
    for (const QJsonValue &v : test::signingVectors()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("scheme")).toString().startsWith(QLatin1String("RPC-v1"))) {
            QTest::newRow(o.value(QLatin1String("id")).toString().toUtf8().constData()) << o;
            ++count;
        }
    }
    QVERIFY2(count >= 7, "expected every RPC v1 vector from tests/data/signing-vectors.json");
}

void TestAliyunSigner::v1ReproducesSdkVectors()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject in = vector.value(QLatin1String("input")).toObject();
    const QJsonObject out = vector.value(QLatin1String("output")).toObject();
    const QJsonObject signedParams = in.value(QLatin1String("signedParams")).toObject();
    aliyun::Params params;
    for (auto it = signedParams.begin(); it != signedParams.end(); ++it)
        params.append({it.key(), it.value().toString()});

    const QByteArray method = in.value(QLatin1String("method")).toString().toLatin1();
    const QByteArray canonical = aliyun::canonicalQuery(params);
    QCOMPARE(canonical, out.value(QLatin1String("canonicalizedQueryString")).toString().toUtf8());
    const QByteArray sts = aliyun::rpcStringToSign(method, canonical);
    QCOMPARE(sts, out.value(QLatin1String("stringToSign")).toString().toUtf8());
    const QString secret = in.value(QLatin1String("accessKeySecret")).toString();
    QCOMPARE(aliyun::rpcSignature(sts, secret), out.value(QLatin1String("signature")).toString().toLatin1());

    // The product path: action params + common params built by the signer give the same wire string.
    aliyun::Params actionParams;
    static const QStringList common = {
        QStringLiteral("AccessKeyId"),     QStringLiteral("Action"),           QStringLiteral("Format"),
        QStringLiteral("SignatureMethod"), QStringLiteral("SignatureNonce"),   QStringLiteral("SignatureVersion"),
        QStringLiteral("Timestamp"),       QStringLiteral("Version"),          QStringLiteral("SecurityToken")};
    for (const auto &[k, v] : params) {
        if (!common.contains(k))
            actionParams.append({k, v});
    }
    const QJsonValue token = in.value(QLatin1String("securityToken"));
    const Credentials creds{in.value(QLatin1String("accessKeyId")).toString(), secret,
                            token.isString() ? token.toString() : QString()};
    const aliyun::Params full = aliyun::rpcSignedParams(
        actionParams, in.value(QLatin1String("action")).toString(), in.value(QLatin1String("apiVersion")).toString(),
        creds, in.value(QLatin1String("timestamp")).toString(), in.value(QLatin1String("signatureNonce")).toString(),
        signedParams.value(QLatin1String("Format")).toString());
    const QByteArray wire = aliyun::signRpc(method, full, secret);
    QCOMPARE(wire, canonical + '&' + out.value(QLatin1String("signatureParam")).toString().toLatin1());
    if (method == "POST")
        QCOMPARE(wire, out.value(QLatin1String("body")).toString().toUtf8());
    else
        QVERIFY(out.value(QLatin1String("url")).toString().toUtf8().endsWith("/?" + wire));
}

void TestAliyunSigner::v1AddsSecurityTokenForSts()
{
    const aliyun::Params p = aliyun::rpcSignedParams({}, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2016-04-28"),
                                                     Credentials{QStringLiteral("STS.x"), QStringLiteral("s"), QStringLiteral("tok")},
                                                     QStringLiteral("2024-03-15T08:15:30Z"), QStringLiteral("n"));
    QVERIFY(p.contains(std::pair{QStringLiteral("SecurityToken"), QStringLiteral("tok")}));
    const aliyun::Params plain = aliyun::rpcSignedParams({}, QStringLiteral("A"), QStringLiteral("V"),
                                                         Credentials{QStringLiteral("AK"), QStringLiteral("s"), {}},
                                                         QStringLiteral("2024-03-15T08:15:30Z"), QStringLiteral("n"));
    for (const auto &[k, v] : plain)
        QVERIFY(k != QLatin1String("SecurityToken"));
}

void TestAliyunSigner::getRequestCarriesSignedQueryAndPostCarriesForm()
{
    aliyun::RpcCall call;
    call.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
    call.action = QStringLiteral("DescribeFlowLogs");
    call.version = QStringLiteral("2016-04-28");
    call.params = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                   {QStringLiteral("FlowLogName"), QStringLiteral("a+b c")}};
    const QDateTime now(QDate(2024, 3, 15), QTime(8, 15, 30), QTimeZone::utc());
    const HttpRequest get = aliyun::buildRpcRequest(call, {QStringLiteral("AK"), QStringLiteral("SK"), {}}, now, QStringLiteral("n1"));
    QCOMPARE(get.method, QByteArray("GET"));
    QVERIFY(get.body.isEmpty());
    const QByteArray query = get.url.query(QUrl::FullyEncoded).toLatin1();
    QVERIFY2(query.contains("FlowLogName=a%2Bb%20c"), query.constData()); // '+' encoded, never left literal
    QVERIFY(query.contains("Timestamp=2024-03-15T08%3A15%3A30Z"));
    QVERIFY(query.contains("&Signature="));

    call.method = "POST";
    const HttpRequest post = aliyun::buildRpcRequest(call, {QStringLiteral("AK"), QStringLiteral("SK"), {}}, now, QStringLiteral("n1"));
    QVERIFY(post.url.query().isEmpty());
    QVERIFY(post.body.contains("FlowLogName=a%2Bb%20c"));
    bool hasForm = false;
    for (const auto &[k, v] : post.headers)
        hasForm = hasForm || (k == "Content-Type" && v == "application/x-www-form-urlencoded");
    QVERIFY(hasForm);
}

void TestAliyunSigner::timestampIsUtcWithoutMillis()
{
    const QDateTime local(QDate(2024, 3, 15), QTime(16, 15, 30, 999), QTimeZone(8 * 3600));
    QCOMPARE(aliyun::timestamp(local), QStringLiteral("2024-03-15T08:15:30Z"));
}

QTEST_GUILESS_MAIN(TestAliyunSigner)
#include "tst_aliyunsigner.moc"
