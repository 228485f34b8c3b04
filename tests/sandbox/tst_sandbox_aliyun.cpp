// flowlog-sandbox's Alibaba module on the wire: each list API's exact response shape and types, paging limits,
// seeded data, deterministic seeding, and the ACS3 check's independence from the client's encoding of '*'.
#include "acs3signer.h"
#include "aliyunrpc.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace flowlog;

class TestSandboxAliyun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vpcPageHasStringCountersAndCapsPageSize();
    void cenPageNestsFlowLogAndTagArrays();
    void ecrPageIsFlatWithTypedCountersAndOpaqueTokens();
    void ecrRequiresEcrId();
    void seededDataLooksReal();
    void sameSeedGivesSameData();
    void acs3AcceptsLiteralStarOnTheWire();
    void unknownActionIsRejected();
    void vpcIdFilterFindsTheVpcsLogs();
    void v1SignatureMismatchShowsTheServerStringToSign();
    void acs3SignatureMismatchShowsTheServerCanonicalRequest();
    void describeRegionsNamesTheAccountsRegionsInEitherLanguage();

private:
    std::pair<int, QJsonObject> call(const QUrl &endpoint, const Profile &p, const QString &action,
                                     const QString &version, const aliyun::Params &params,
                                     aliyun::SignatureVersion sig = aliyun::SignatureVersion::V1);
    std::pair<int, QJsonObject> send(const HttpRequest &req);
    // A VPC DescribeFlowLogs of the first account signed with a wrong secret (and the given security token).
    HttpRequest listSignedWithWrongSecret(const QString &securityToken, aliyun::SignatureVersion sig);

    test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
};

void TestSandboxAliyun::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(
                 {QStringLiteral("--flowlogs"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7")},
                 &error),
             qPrintable(error));
    m_profile = m_sandbox.profiles(Provider::Aliyun).first();
}

std::pair<int, QJsonObject> TestSandboxAliyun::send(const HttpRequest &req)
{
    QNetworkRequest request(req.url);
    for (const auto &[k, v] : req.headers)
        request.setRawHeader(k, v);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, req.method, req.body));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!done.wait(10000))
        return {0, {}};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

std::pair<int, QJsonObject> TestSandboxAliyun::call(const QUrl &endpoint, const Profile &p, const QString &action,
                                                    const QString &version, const aliyun::Params &params,
                                                    aliyun::SignatureVersion sig)
{
    aliyun::RpcCall c;
    c.endpoint = endpoint;
    c.action = action;
    c.version = version;
    c.params = params;
    c.signatureVersion = sig;
    return send(
        aliyun::buildRpcRequest(c, m_sandbox.credentials(p), QDateTime::currentDateTimeUtc(), aliyun::newNonce()));
}

void TestSandboxAliyun::vpcPageHasStringCountersAndCapsPageSize()
{
    const QString region = m_profile.regions.first();
    auto [status, body] =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2016-04-28"),
             {{QStringLiteral("RegionId"), region},
              {QStringLiteral("PageSize"), QStringLiteral("50")},
              {QStringLiteral("PageNumber"), QStringLiteral("2")}});
    QCOMPARE(status, 200);
    QVERIFY(body.value(QLatin1String("TotalCount")).isString());
    QCOMPARE(body.value(QLatin1String("TotalCount")).toString(), QStringLiteral("60"));
    QCOMPARE(body.value(QLatin1String("PageNumber")).toString(), QStringLiteral("2"));
    QCOMPARE(body.value(QLatin1String("Success")).toString(), QStringLiteral("true"));
    const QJsonArray rows = body.value(QLatin1String("FlowLogs")).toArray();
    QCOMPARE(rows.size(), 10);
    const QJsonObject row = rows.first().toObject();
    QVERIFY(row.value(QLatin1String("AggregationInterval")).isDouble());
    QVERIFY(row.value(QLatin1String("TrafficPath")).isArray());
    for (const QString &key : row.keys())
        QVERIFY2(!key.startsWith(QLatin1String("__")), qPrintable(key)); // bookkeeping never leaks

    std::tie(status, body) =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2016-04-28"),
             {{QStringLiteral("RegionId"), region}, {QStringLiteral("PageSize"), QStringLiteral("51")}});
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("InvalidParameter"));
}

void TestSandboxAliyun::cenPageNestsFlowLogAndTagArrays()
{
    auto [status, body] = call(
        m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowlogs"), QStringLiteral("2017-09-12"),
        {{QStringLiteral("RegionId"), m_profile.regions.first()}, {QStringLiteral("PageSize"), QStringLiteral("20")}});
    QCOMPARE(status, 200);
    QVERIFY(body.value(QLatin1String("TotalCount")).isString());
    QVERIFY(body.value(QLatin1String("PageSize")).isString());
    QVERIFY(body.value(QLatin1String("Success")).isString());
    const QJsonArray rows = body.value(QLatin1String("FlowLogs")).toObject().value(QLatin1String("FlowLog")).toArray();
    QCOMPARE(rows.size(), 20);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QLatin1String("Interval")).isDouble());
        QVERIFY(o.value(QLatin1String("FlowLogVersion")).isString());
        QVERIFY(o.value(QLatin1String("Tags")).toObject().value(QLatin1String("Tag")).isArray());
        QVERIFY(o.value(QLatin1String("FlowLogId")).toString().startsWith(QLatin1String("flowlog-")));
        QVERIFY(o.value(QLatin1String("CenId")).toString().startsWith(QLatin1String("cen-")));
        QCOMPARE(o.value(QLatin1String("RegionId")).toString(), m_profile.regions.first());
    }
    // Without RegionId: every region of the account.
    std::tie(status, body) =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowlogs"), QStringLiteral("2017-09-12"), {});
    QCOMPARE(body.value(QLatin1String("TotalCount")).toString(), QString::number(60 * m_profile.regions.size()));
    std::tie(status, body) = call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowlogs"),
                                  QStringLiteral("2017-09-12"), {{QStringLiteral("Interval"), QStringLiteral("300")}});
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("InvalidParameter.Interval"));
}

void TestSandboxAliyun::ecrPageIsFlatWithTypedCountersAndOpaqueTokens()
{
    const QString ecrId = m_profile.ecrIds.first();
    QString token;
    QSet<QString> ids;
    int pages = 0;
    do {
        aliyun::Params params{{QStringLiteral("EcrId"), ecrId}, {QStringLiteral("MaxResults"), QStringLiteral("25")}};
        if (!token.isEmpty())
            params.append({QStringLiteral("NextToken"), token});
        auto [status, body] = call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"),
                                   QStringLiteral("2023-09-01"), params, aliyun::SignatureVersion::Acs3);
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QLatin1String("Success")), QJsonValue(true));
        QCOMPARE(body.value(QLatin1String("TotalCount")), QJsonValue(60));
        QCOMPARE(body.value(QLatin1String("MaxResults")), QJsonValue(25));
        const QJsonArray rows = body.value(QLatin1String("FlowLogs")).toArray();
        for (const QJsonValue &v : rows) {
            QVERIFY(v.toObject().value(QLatin1String("Tags")).isArray());
            QVERIFY(v.toObject().value(QLatin1String("Interval")).isDouble());
            ids.insert(v.toObject().value(QLatin1String("FlowLogId")).toString());
        }
        token = body.value(QLatin1String("NextToken")).toString();
        if (!token.isEmpty())
            QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9+/=]+$")).match(token).hasMatch());
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), 60);

    auto [status, body] =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2023-09-01"),
             {{QStringLiteral("EcrId"), ecrId}, {QStringLiteral("NextToken"), QStringLiteral("bogus")}});
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QLatin1String("Success")), QJsonValue(false));
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("IllegalParamFormat.NextToken"));
}

void TestSandboxAliyun::ecrRequiresEcrId()
{
    auto [status, body] =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2023-09-01"), {});
    QCOMPARE(status, 400);
    QVERIFY(body.value(QLatin1String("Code")).toString().contains(QLatin1String("EcrId")));
}

void TestSandboxAliyun::seededDataLooksReal()
{
    auto [status, body] = call(
        m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2023-09-01"),
        {{QStringLiteral("EcrId"), m_profile.ecrIds.first()}, {QStringLiteral("MaxResults"), QStringLiteral("60")}});
    bool chinese = false;
    bool inactive = false;
    bool noSeconds = false;
    QDateTime oldest = QDateTime::currentDateTimeUtc();
    QDateTime newest;
    for (const QJsonValue &v : body.value(QLatin1String("FlowLogs")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString description = o.value(QLatin1String("Description")).toString();
        chinese = chinese ||
                  std::any_of(description.cbegin(), description.cend(), [](QChar c) { return c.unicode() > 0x2e80; });
        inactive = inactive || o.value(QLatin1String("Status")).toString() == QLatin1String("Inactive");
        const QString created = o.value(QLatin1String("CreationTime")).toString();
        noSeconds = noSeconds || created.size() == 17; // "2023-09-21T04:20Z"
        QDateTime t = QDateTime::fromString(created, Qt::ISODate);
        if (!t.isValid())
            t = QDateTime::fromString(created, QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
        QVERIFY2(t.isValid(), qPrintable(created));
        oldest = std::min(oldest, t);
        newest = std::max(newest, t);
    }
    QVERIFY(chinese);
    QVERIFY(inactive);
    QVERIFY(noSeconds);
    QVERIFY(oldest.daysTo(newest) > 365); // spread over two years
}

void TestSandboxAliyun::sameSeedGivesSameData()
{
    test::SandboxFixture other;
    QVERIFY(other.start(
        {QStringLiteral("--flowlogs"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7")}));
    const Profile p2 = other.profiles(Provider::Aliyun).first();
    QCOMPARE(p2.accessKeyId, m_profile.accessKeyId);
    const aliyun::Params params{{QStringLiteral("RegionId"), m_profile.regions.first()}};
    QJsonObject a =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowlogs"), QStringLiteral("2017-09-12"), params)
            .second;
    QJsonObject b =
        call(p2.endpoint, p2, QStringLiteral("DescribeFlowlogs"), QStringLiteral("2017-09-12"), params).second;
    a.remove(QStringLiteral("RequestId"));
    b.remove(QStringLiteral("RequestId"));
    QCOMPARE(a, b);
}

void TestSandboxAliyun::acs3AcceptsLiteralStarOnTheWire()
{
    // Sign FlowLogName "a*b" (canonical %2A) but send '*' literally, as the official SDK's URL does.
    const QUrl url = m_profile.endpoint;
    const QByteArray host = aliyun::hostHeader(url);
    const Credentials c = m_sandbox.credentials(m_profile);
    const aliyun::Params query{{QStringLiteral("FlowLogName"), QStringLiteral("a*b ~")},
                               {QStringLiteral("RegionId"), m_profile.regions.first()}};
    const aliyun::HeaderList headers =
        aliyun::acs3Headers(host, QStringLiteral("DescribeFlowLogs"), QStringLiteral("2016-04-28"),
                            aliyun::timestamp(QDateTime::currentDateTimeUtc()), aliyun::newNonce(), QByteArray(), {});
    const aliyun::Acs3Signature sig =
        aliyun::acs3Sign("GET", "/", query, headers, QByteArray(), c.accessKeyId, c.secret);
    HttpRequest req;
    req.url = url;
    req.url.setPath(QStringLiteral("/"));
    req.url.setQuery(QStringLiteral("FlowLogName=a*b%20~&RegionId=") + m_profile.regions.first(), QUrl::StrictMode);
    for (const auto &[k, v] : headers) {
        if (k != "host")
            req.headers.append({k, v});
    }
    req.headers.append({"Authorization", sig.authorization});
    const auto [status, body] = send(req);
    QCOMPARE(status, 200);
    QCOMPARE(body.value(QLatin1String("TotalCount")).toString(), QStringLiteral("0"));
}

void TestSandboxAliyun::unknownActionIsRejected()
{
    const auto [status, body] =
        call(m_profile.endpoint, m_profile, QStringLiteral("DeleteEverything"), QStringLiteral("2016-04-28"), {});
    QCOMPARE(status, 404);
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("InvalidAction.NotFound"));
}

void TestSandboxAliyun::vpcIdFilterFindsTheVpcsLogs()
{
    const QString region = m_profile.regions.first();
    const QString version = QStringLiteral("2016-04-28");
    const auto [status, body] =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), version,
             {{QStringLiteral("RegionId"), region}, {QStringLiteral("ResourceType"), QStringLiteral("VPC")}});
    const QJsonArray vpcLogs = body.value(QLatin1String("FlowLogs")).toArray();
    QVERIFY(!vpcLogs.isEmpty());
    const QString vpcId = vpcLogs.first().toObject().value(QLatin1String("ResourceId")).toString();
    const auto [s2, filtered] = call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), version,
                                     {{QStringLiteral("RegionId"), region},
                                      {QStringLiteral("VpcId"), vpcId},
                                      {QStringLiteral("PageSize"), QStringLiteral("50")}});
    const QJsonArray rows = filtered.value(QLatin1String("FlowLogs")).toArray();
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < 60);
    QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("ResourceId")).toString() == vpcId;
    }));
    const auto [s3, none] =
        call(m_profile.endpoint, m_profile, QStringLiteral("DescribeFlowLogs"), version,
             {{QStringLiteral("RegionId"), region}, {QStringLiteral("VpcId"), QStringLiteral("vpc-nope")}});
    QCOMPARE(none.value(QLatin1String("TotalCount")).toString(), QStringLiteral("0"));
}

HttpRequest TestSandboxAliyun::listSignedWithWrongSecret(const QString &securityToken, aliyun::SignatureVersion sig)
{
    const Credentials wrong{m_profile.accessKeyId, QStringLiteral("not-the-secret"), securityToken};
    aliyun::RpcCall c;
    c.endpoint = m_profile.endpoint;
    c.action = QStringLiteral("DescribeFlowLogs");
    c.version = QStringLiteral("2016-04-28");
    c.params = {{QStringLiteral("RegionId"), m_profile.regions.first()}};
    c.signatureVersion = sig;
    return aliyun::buildRpcRequest(c, wrong, QDateTime::currentDateTimeUtc(), aliyun::newNonce());
}

void TestSandboxAliyun::v1SignatureMismatchShowsTheServerStringToSign()
{
    // Signed with a wrong secret and a security token, as a client with a stale STS secret would.
    const HttpRequest req = listSignedWithWrongSecret(QStringLiteral("tok/en+1"), aliyun::SignatureVersion::V1);
    const auto [status, body] = send(req);
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("SignatureDoesNotMatch"));
    QVERIFY(!body.value(QLatin1String("RequestId")).toString().isEmpty());
    QVERIFY(body.value(QLatin1String("Recommend")).toString().contains(QLatin1String("SignatureDoesNotMatch")));
    const QString prefix =
        QStringLiteral("Specified signature is not matched with our calculation. server string to sign is:");
    const QString message = body.value(QLatin1String("Message")).toString();
    QVERIFY2(message.startsWith(prefix), qPrintable(message));
    // Every parameter is in it, the security token too (encoded twice, as in the string the client signed).
    QVERIFY2(message.contains(QLatin1String("SecurityToken%3Dtok%252Fen%252B1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("RegionId%3D") + m_profile.regions.first()), qPrintable(message));
    // It is exactly the string the client signed: the client's signature is its HMAC under the wrong secret.
    const QByteArray serverString = message.mid(prefix.size()).toUtf8();
    const QByteArray sent = QUrlQuery(req.url).queryItemValue(QStringLiteral("Signature"), QUrl::FullyDecoded).toUtf8();
    QCOMPARE(QMessageAuthenticationCode::hash(serverString, "not-the-secret&", QCryptographicHash::Sha1).toBase64(),
             sent);
}

void TestSandboxAliyun::acs3SignatureMismatchShowsTheServerCanonicalRequest()
{
    const HttpRequest req = listSignedWithWrongSecret(QStringLiteral("acs3-token"), aliyun::SignatureVersion::Acs3);
    const auto [status, body] = send(req);
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("SignatureDoesNotMatch"));
    const QString message = body.value(QLatin1String("Message")).toString();
    const QString head = QStringLiteral("Specified signature does not match our calculation. server StringToSign is [");
    const QString middle = QStringLiteral("] server CanonicalRequest is [");
    QVERIFY2(message.startsWith(head) && message.contains(middle) && message.endsWith(QLatin1Char(']')),
             qPrintable(message));
    const qsizetype split = message.indexOf(middle);
    const QByteArray stringToSign = message.mid(head.size(), split - head.size()).toUtf8();
    const QByteArray canonical = message.mid(split + middle.size()).chopped(1).toUtf8();
    QVERIFY2(canonical.contains("\nx-acs-security-token:acs3-token\n"), canonical.constData());
    QCOMPARE(stringToSign,
             "ACS3-HMAC-SHA256\n" + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    QByteArray authorization;
    for (const auto &[k, v] : req.headers) {
        if (k.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorization = v;
    }
    QVERIFY2(authorization.endsWith(
                 "Signature=" +
                 QMessageAuthenticationCode::hash(stringToSign, "not-the-secret", QCryptographicHash::Sha256).toHex()),
             authorization.constData());
}

void TestSandboxAliyun::describeRegionsNamesTheAccountsRegionsInEitherLanguage()
{
    const QString vpc = QStringLiteral("2016-04-28");
    const auto regionsOf = [](const QJsonObject &body) {
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue &v :
             body.value(QLatin1String("Regions")).toObject().value(QLatin1String("Region")).toArray())
            byId.insert(v.toObject().value(QLatin1String("RegionId")).toString(), v.toObject());
        return byId;
    };
    // Chinese by default, no paging, every region the service is offered in (the account's among them).
    auto [status, body] = call(m_profile.endpoint, m_profile, QStringLiteral("DescribeRegions"), vpc, {});
    QCOMPARE(status, 200);
    QVERIFY(!body.value(QLatin1String("RequestId")).toString().isEmpty());
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("Regions"), QStringLiteral("RequestId")}));
    QMap<QString, QJsonObject> regions = regionsOf(body);
    QVERIFY2(regions.size() >= 20, qPrintable(QString::number(regions.size())));
    for (const QString &own : std::as_const(m_profile.regions))
        QVERIFY2(regions.contains(own), qPrintable(own));
    QCOMPARE(regions.value(QStringLiteral("eu-central-1")).value(QLatin1String("RegionEndpoint")).toString(),
             QStringLiteral("vpc.eu-central-1.aliyuncs.com"));
    const QJsonObject hangzhou = regions.value(QStringLiteral("cn-hangzhou"));
    QCOMPARE(hangzhou.keys(),
             (QStringList{QStringLiteral("LocalName"), QStringLiteral("RegionEndpoint"), QStringLiteral("RegionId")}));
    QCOMPARE(hangzhou.value(QLatin1String("LocalName")).toString(), QStringLiteral("华东1（杭州）"));
    QCOMPARE(hangzhou.value(QLatin1String("RegionEndpoint")).toString(), QStringLiteral("vpc.aliyuncs.com"));

    // English on request, through ACS3 too; ProductType does not change the list.
    std::tie(status, body) = call(m_profile.endpoint, m_profile, QStringLiteral("DescribeRegions"), vpc,
                                  {{QStringLiteral("AcceptLanguage"), QStringLiteral("en-US")},
                                   {QStringLiteral("ProductType"), QStringLiteral("VPC")}},
                                  aliyun::SignatureVersion::Acs3);
    QCOMPARE(status, 200);
    QCOMPARE(regionsOf(body).size(), regions.size());
    regions = regionsOf(body);
    QCOMPARE(regions.value(QStringLiteral("cn-shanghai")).value(QLatin1String("LocalName")).toString(),
             QStringLiteral("China (Shanghai)"));

    // Signature-checked like every operation.
    const Credentials wrong{m_profile.accessKeyId, QStringLiteral("not-the-secret"), {}};
    aliyun::RpcCall c;
    c.endpoint = m_profile.endpoint;
    c.action = QStringLiteral("DescribeRegions");
    c.version = vpc;
    std::tie(status, body) =
        send(aliyun::buildRpcRequest(c, wrong, QDateTime::currentDateTimeUtc(), aliyun::newNonce()));
    QCOMPARE(status, 400);
    QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("SignatureDoesNotMatch"));
}

QTEST_GUILESS_MAIN(TestSandboxAliyun)
#include "tst_sandbox_aliyun.moc"
