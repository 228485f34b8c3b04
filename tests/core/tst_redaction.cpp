// redactSecrets and ApiError::setProviderText: the one filter provider text passes before it becomes an error or a
// log line. Tokens and signatures in every form a provider or the network stack writes them; nothing else touched.
#include "apierror.h"
#include "redaction.h"

#include <QTest>

using namespace flowlog;

namespace {

const QString token = QStringLiteral("CAIS9QF1q6Ft5B2yfSjIr5bSGdf+jr1Ehq/xPEX/0Vl9ZvgOkqbnsmTzsJ==");
const QString signature = QStringLiteral("Fg1jZX9pZ3y4ejDq0dCgQ3Pyk0U=");

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsAreRedacted_data();
    void secretsAreRedacted();
    void harmlessTextIsKept_data();
    void harmlessTextIsKept();
    void providerTextIsRedactedWhenItBecomesAnError();
};

void TestRedaction::secretsAreRedacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("gone");
    QTest::addColumn<QStringList>("kept");
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(token)); // CAIS...%2B...%3D%3D
    const QString enc2 = QString::fromLatin1(QUrl::toPercentEncoding(enc));  // ...%252B...
    const QString sigEnc = QString::fromLatin1(QUrl::toPercentEncoding(signature));

    // Alibaba's SignatureDoesNotMatch: the server's string to sign, the canonical query %-encoded once more.
    QTest::newRow("string to sign, double-encoded")
        << QStringLiteral("Specified signature is not matched with our calculation. server string to sign is:GET&%2F&"
                          "AccessKeyId%3DLTAI5tExample%26Action%3DDescribeFlowLogs%26SecurityToken%3D") +
               enc2 + QStringLiteral("%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dabc%26Signature%3D") +
               QString::fromLatin1(QUrl::toPercentEncoding(sigEnc)) + QStringLiteral("%26Version%3D2016-04-28")
        << QStringList{enc2, QString::fromLatin1(QUrl::toPercentEncoding(sigEnc)), QStringLiteral("CAIS9QF1")}
        << QStringList{QStringLiteral("Specified signature is not matched"),
                       QStringLiteral("SignatureMethod%3DHMAC-SHA1"), QStringLiteral("SignatureNonce%3Dabc"),
                       QStringLiteral("AccessKeyId%3DLTAI5tExample"), QStringLiteral("Version%3D2016-04-28")};
    QTest::newRow("once-encoded query") << QStringLiteral("GET&%2F&Action%3DX%26SecurityToken%3D") + enc +
                                               QStringLiteral("%26Timestamp%3D2024")
                                        << QStringList{enc, QStringLiteral("CAIS9QF1")}
                                        << QStringList{QStringLiteral("Timestamp%3D2024"),
                                                       QStringLiteral("Action%3DX")};
    QTest::newRow("plain query") << QStringLiteral("https://vpc.aliyuncs.com/?Action=X&SecurityToken=") + token +
                                        QStringLiteral("&Signature=") + signature +
                                        QStringLiteral("&SignatureVersion=1.0")
                                 << QStringList{token, signature, QStringLiteral("CAIS9QF1")}
                                 << QStringList{QStringLiteral("Action=X"), QStringLiteral("SignatureVersion=1.0")};
    QTest::newRow("headers") << QStringLiteral("X-Security-Token: ") + token +
                                    QStringLiteral("\nx-acs-security-token:") + token +
                                    QStringLiteral("\nAuthorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, "
                                                   "Signature=") +
                                    QStringLiteral("0a1b2c3d4e")
                             << QStringList{token, QStringLiteral("0a1b2c3d4e")}
                             << QStringList{QStringLiteral("Access=AK"), QStringLiteral("SignedHeaders=host")};
    QTest::newRow("json") << QStringLiteral(R"({"AccessKeySecret":"s3cr3t-value","SecurityToken": ")") + token +
                                 QStringLiteral(R"(","access_key_secret":"other-secret","Expiration":"2030"})")
                          << QStringList{QStringLiteral("s3cr3t-value"), token, QStringLiteral("other-secret")}
                          << QStringList{QStringLiteral("Expiration"), QStringLiteral("2030")};
    QTest::newRow("huawei agency credential") << QStringLiteral(R"({"credential":{"access":"AK","secret":"hw-sk",)"
                                                                R"("securitytoken":"hw-token-123"}})")
                                              << QStringList{QStringLiteral("hw-sk"), QStringLiteral("hw-token-123")}
                                              << QStringList{QStringLiteral(R"("access":"AK")")};
    // Temporary credentials granted by STS AssumeRole: the key id, the secret and the token.
    QTest::newRow("sts credentials") << QStringLiteral(R"({"Credentials":{"AccessKeyId":"STS.NUgYrLnoC37mZZCNnAbez2",)"
                                                       R"("AccessKeySecret":"tmp-secret-9","SecurityToken":")") +
                                            token + QStringLiteral(R"(","Expiration":"2030-01-01T00:00:00Z"}})")
                                     << QStringList{QStringLiteral("NUgYrLnoC37mZZCNnAbez2"),
                                                    QStringLiteral("tmp-secret-9"), token}
                                     << QStringList{QStringLiteral("AccessKeyId"), QStringLiteral("Expiration")};
    QTest::newRow("temporary key in a string to sign")
        << QStringLiteral("server string to sign is:GET&%2F&AccessKeyId%3DSTS.NUgYrLnoC37mZZCNnAbez2%26Action%3DX")
        << QStringList{QStringLiteral("NUgYrLnoC37mZZCNnAbez2")}
        << QStringList{QStringLiteral("AccessKeyId%3DSTS.***%26Action%3DX")};
}

void TestRedaction::secretsAreRedacted()
{
    QFETCH(QString, text);
    QFETCH(QStringList, gone);
    QFETCH(QStringList, kept);
    const QString out = redactSecrets(text);
    for (const QString &g : gone)
        QVERIFY2(!out.contains(g), qPrintable(out));
    for (const QString &k : kept)
        QVERIFY2(out.contains(k), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("***")));
    QCOMPARE(redactSecrets(out), out); // idempotent
}

void TestRedaction::harmlessTextIsKept_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("message") << QStringLiteral("The specified FlowLogName is invalid.");
    QTest::newRow("signature words") << QStringLiteral("The request signature we calculated does not match.");
    QTest::newRow("token words") << QStringLiteral("The security token included in the request is expired");
    QTest::newRow("unicode") << QStringLiteral("指定的参数无效 SignatureMethod=HMAC-SHA1");
    QTest::newRow("empty") << QString();
    QTest::newRow("sts words") << QStringLiteral("Call STS.AssumeRole first; STS.x is short.");
}

void TestRedaction::harmlessTextIsKept()
{
    QFETCH(QString, text);
    QCOMPARE(redactSecrets(text), text);
}

void TestRedaction::providerTextIsRedactedWhenItBecomesAnError()
{
    ApiError e;
    e.code = QStringLiteral("SignatureDoesNotMatch");
    e.setProviderText(QStringLiteral("server string to sign is:GET&%2F&SecurityToken%3D") + token,
                      QStringLiteral("SecurityToken=") + token, QStringLiteral("Signature=") + signature);
    QVERIFY(!e.message.contains(token));
    QVERIFY(!e.dynamicMessage.contains(token));
    QVERIFY(!e.accessDeniedDetail.contains(signature));
    QVERIFY(!e.toDisplayString().contains(QLatin1String("CAIS9QF1")));
    QVERIFY(e.message.contains(QLatin1String("server string to sign is:GET")));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
