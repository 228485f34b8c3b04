// Provider errors reach the user with their code, message and request id, and never with a secret or a token
// (issue 15): Alibaba's SignatureDoesNotMatch quotes the server's string to sign, SecurityToken and all; a Huawei
// gateway may quote signed headers. Real signed requests of STS credentials against the scripted server; the
// message, the hint, the display string, the retry notices and the debug log are checked.
#include "jobfactory.h"
#include "scriptedserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;
using test::Reply;
using test::ScriptedServer;

namespace {

const QString stsToken = QStringLiteral("CAIS9QF1q6Ft5B2yfSjIr5bSGdf+jr1Ehq/xPEX/0Vl9ZvgOkqbnsmTz==");
const QString stsSecret = QStringLiteral("sts-secret-9f8e7d");

QStringList g_log;

void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// What the service writes: its string to sign, the canonical query %-encoded once more, so the token appears
// double-encoded; a plain copy and a once-encoded copy in the dynamic message for good measure.
QByteArray signatureMismatch(const QString &requestId)
{
    const QString stringToSign = QStringLiteral("GET&%2F&AccessKeyId%3DSTS.NTest%26Action%3DDescribeFlowLogs%26"
                                                "SecurityToken%3D") +
                                 encoded(encoded(stsToken)) + QStringLiteral("%26Signature%3DzZ9%252Bsig%253D%26") +
                                 QStringLiteral("SignatureMethod%3DHMAC-SHA1");
    const QJsonObject body{
        {QStringLiteral("RequestId"), requestId},
        {QStringLiteral("Code"), QStringLiteral("SignatureDoesNotMatch")},
        {QStringLiteral("Message"), QStringLiteral("Specified signature is not matched with our calculation. server "
                                                   "string to sign is:") +
                                        stringToSign},
        {QStringLiteral("DynamicMessage"),
         QStringLiteral("SecurityToken=") + stsToken + QStringLiteral(" SecurityToken%3D") + encoded(stsToken)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void verifyClean(const QString &text)
{
    QVERIFY2(!text.contains(QLatin1String("CAIS9QF1")), qPrintable(text));
    QVERIFY2(!text.contains(stsSecret), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("zZ9")), qPrintable(text));
}

} // namespace

class TestProviderErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aliyunStringToSignNeverShowsTheToken();
    void huaweiGatewayTextNeverShowsTheToken();

private:
    ListResult list(const SourceSpec &source, QList<ApiError> *retries);
    QNetworkAccessManager m_nam;
};

void TestProviderErrors::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("flowlog.*.debug=true"));
    qInstallMessageHandler(collect);
}

void TestProviderErrors::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

ListResult TestProviderErrors::list(const SourceSpec &source, QList<ApiError> *retries)
{
    RetryPolicy policy;
    policy.baseDelayMs = 5;
    const std::unique_ptr<ListJob> job(
        makeListJob(source, Credentials{QStringLiteral("STS.NTest"), stsSecret, stsToken}, &m_nam, policy, nullptr));
    QSignalSpy retrying(job.get(), &ListJob::retrying);
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    if (!finished.wait(10000))
        return {};
    for (const auto &args : retrying)
        retries->append(args.at(2).value<ApiError>());
    return finished.first().first().value<ListResult>();
}

void TestProviderErrors::aliyunStringToSignNeverShowsTheToken()
{
    // First a 503 that quotes the token (retried: its notice and the debug log see it), then the mismatch.
    ScriptedServer server({Reply::json(503, R"({"RequestId":"R-503","Code":"InternalError","Message":"busy, )"
                                            "SecurityToken=" +
                                                stsToken.toUtf8() + R"("})"),
                           Reply::json(400, signatureMismatch(QStringLiteral("R-SIG")))});
    SourceSpec source;
    source.profileId = QStringLiteral("p");
    source.profileName = QStringLiteral("sts-profile");
    source.service = Service::Vpc;
    source.region = QStringLiteral("cn-hangzhou");
    source.endpointOverride = server.url();
    g_log.clear();
    QList<ApiError> retries;
    const ListResult r = list(source, &retries);
    // The request carried the token (that is what the service quotes back).
    QVERIFY(server.requests().first().query().queryItemValue(QStringLiteral("SecurityToken"), QUrl::FullyDecoded) ==
            stsToken);

    QCOMPARE(r.error.kind, ApiError::Kind::Provider);
    QCOMPARE(r.error.code, QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(r.error.requestId, QStringLiteral("R-SIG"));
    QVERIFY(r.error.message.contains(QLatin1String("server string to sign is:GET&%2F&")));
    QVERIFY(r.error.message.contains(QLatin1String("SecurityToken%3D***")));
    verifyClean(r.error.message);
    verifyClean(r.error.dynamicMessage);
    verifyClean(r.error.toDisplayString());
    QCOMPARE(retries.size(), 1);
    verifyClean(retries.first().toDisplayString());
    QVERIFY(!g_log.isEmpty()); // the retry was logged...
    for (const QString &line : std::as_const(g_log))
        verifyClean(line); // ...without the token
}

void TestProviderErrors::huaweiGatewayTextNeverShowsTheToken()
{
    ScriptedServer server({Reply::json(401, R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication )"
                                            R"(information: canonical request had x-security-token:)" +
                                                stsToken.toUtf8() + R"(","request_id":"R-HW"})")});
    SourceSpec source;
    source.profileId = QStringLiteral("p");
    source.profileName = QStringLiteral("hw-sts");
    source.service = Service::Er;
    source.region = QStringLiteral("cn-north-4");
    source.projectId = QStringLiteral("proj");
    source.instanceId = QStringLiteral("er-1");
    source.endpointOverride = server.url();
    QList<ApiError> retries;
    const ListResult r = list(source, &retries);
    QCOMPARE(server.requests().first().header("X-Security-Token"), stsToken.toUtf8());
    QCOMPARE(r.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(r.error.requestId, QStringLiteral("R-HW"));
    QVERIFY(r.error.message.contains(QLatin1String("x-security-token:***")));
    verifyClean(r.error.toDisplayString());
}

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "tst_providererrors.moc"
