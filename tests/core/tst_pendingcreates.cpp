// PendingCreates: the key of a create request covers the profile and every field of the draft (and nothing else),
// a recorded token is reused until the outcome is known, concurrent writers keep each other's entries, and the
// state file is private and holds no secret.
#include "pendingcreates.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace flowlog;

namespace {

FlowLogDraft full()
{
    FlowLogDraft d;
    d.service = Service::Cen;
    d.region = QStringLiteral("cn-hangzhou");
    d.name = QStringLiteral("n");
    d.description = QStringLiteral("d");
    d.resourceType = QStringLiteral("VPC");
    d.resourceId = QStringLiteral("vpc-1");
    d.trafficType = QStringLiteral("All");
    d.trafficPaths = {QStringLiteral("all")};
    d.projectName = QStringLiteral("p");
    d.logStoreName = QStringLiteral("l");
    d.intervalSeconds = 600;
    d.cenId = QStringLiteral("cen-1");
    d.transitRouterId = QStringLiteral("tr-1");
    d.transitRouterAttachmentId = QStringLiteral("tra-1");
    d.logFormat = QStringLiteral("${srcaddr}");
    d.ecrId = QStringLiteral("ecr-1");
    d.instanceId = QStringLiteral("vbr-1");
    d.samplingRate = QStringLiteral("1:4096");
    d.erId = QStringLiteral("er-1");
    d.logGroupId = QStringLiteral("lg");
    d.logStreamId = QStringLiteral("ls");
    d.tags = {{QStringLiteral("k"), QStringLiteral("v")}};
    return d;
}

ApiError error(ApiError::Kind kind, bool maybeCommitted = false)
{
    ApiError e;
    e.kind = kind;
    e.maybeCommitted = maybeCommitted;
    return e;
}

} // namespace

using DraftChange = std::function<void(FlowLogDraft &)>;
Q_DECLARE_METATYPE(DraftChange)

class TestPendingCreates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyChangesWithEveryFieldAndTheProfile_data();
    void keyChangesWithEveryFieldAndTheProfile();
    void keyIgnoresTheClientToken();
    void recordedTokenIsReusedUntilResolved();
    void givenTokenReplacesARecordedOne();
    void settleKeepsOnlyWhatIsStillUnknown_data();
    void settleKeepsOnlyWhatIsStillUnknown();
    void twoWritersKeepEachOthersEntries();
    void stateFileIsPrivateAndHoldsNoDraftText();
    void damagedFileIsSetAsideNotTrusted();
    void defaultPathFollowsXdgStateHome();
};

void TestPendingCreates::keyChangesWithEveryFieldAndTheProfile_data()
{
    using Change = DraftChange;
    QTest::addColumn<Change>("change");
    QTest::newRow("service") << Change([](FlowLogDraft &d) { d.service = Service::Vpc; });
    QTest::newRow("region") << Change([](FlowLogDraft &d) { d.region += QLatin1Char('x'); });
    QTest::newRow("name") << Change([](FlowLogDraft &d) { d.name += QLatin1Char('x'); });
    QTest::newRow("description") << Change([](FlowLogDraft &d) { d.description += QLatin1Char('x'); });
    QTest::newRow("resourceType") << Change([](FlowLogDraft &d) { d.resourceType += QLatin1Char('x'); });
    QTest::newRow("resourceId") << Change([](FlowLogDraft &d) { d.resourceId += QLatin1Char('x'); });
    QTest::newRow("trafficType") << Change([](FlowLogDraft &d) { d.trafficType += QLatin1Char('x'); });
    QTest::newRow("trafficPaths") << Change([](FlowLogDraft &d) { d.trafficPaths << QStringLiteral("x"); });
    QTest::newRow("projectName") << Change([](FlowLogDraft &d) { d.projectName += QLatin1Char('x'); });
    QTest::newRow("logStoreName") << Change([](FlowLogDraft &d) { d.logStoreName += QLatin1Char('x'); });
    QTest::newRow("intervalSeconds") << Change([](FlowLogDraft &d) { d.intervalSeconds = 60; });
    QTest::newRow("cenId") << Change([](FlowLogDraft &d) { d.cenId += QLatin1Char('x'); });
    QTest::newRow("transitRouterId") << Change([](FlowLogDraft &d) { d.transitRouterId += QLatin1Char('x'); });
    QTest::newRow("transitRouterAttachmentId")
        << Change([](FlowLogDraft &d) { d.transitRouterAttachmentId += QLatin1Char('x'); });
    QTest::newRow("logFormat") << Change([](FlowLogDraft &d) { d.logFormat += QLatin1Char('x'); });
    QTest::newRow("ecrId") << Change([](FlowLogDraft &d) { d.ecrId += QLatin1Char('x'); });
    QTest::newRow("instanceId") << Change([](FlowLogDraft &d) { d.instanceId += QLatin1Char('x'); });
    QTest::newRow("samplingRate") << Change([](FlowLogDraft &d) { d.samplingRate += QLatin1Char('x'); });
    QTest::newRow("dryRun") << Change([](FlowLogDraft &d) { d.dryRun = true; });
    QTest::newRow("erId") << Change([](FlowLogDraft &d) { d.erId += QLatin1Char('x'); });
    QTest::newRow("logGroupId") << Change([](FlowLogDraft &d) { d.logGroupId += QLatin1Char('x'); });
    QTest::newRow("logStreamId") << Change([](FlowLogDraft &d) { d.logStreamId += QLatin1Char('x'); });
    QTest::newRow("tag value") << Change([](FlowLogDraft &d) { d.tags[0].value += QLatin1Char('x'); });
    QTest::newRow("tag order") << Change([](FlowLogDraft &d) { d.tags.prepend({QStringLiteral("a"), {}}); });
    // A value moving from one field to the next is another request: the form has no ambiguous joints.
    QTest::newRow("shifted text") << Change([](FlowLogDraft &d) {
        d.name += d.description;
        d.description.clear();
    });
}

void TestPendingCreates::keyChangesWithEveryFieldAndTheProfile()
{
    QFETCH(DraftChange, change);
    const FlowLogDraft base = full();
    FlowLogDraft changed = base;
    change(changed);
    QVERIFY(canonicalDraft(changed) != canonicalDraft(base));
    QVERIFY(pendingCreateKey(QStringLiteral("p1"), changed) != pendingCreateKey(QStringLiteral("p1"), base));
    QVERIFY(pendingCreateKey(QStringLiteral("p2"), base) != pendingCreateKey(QStringLiteral("p1"), base));
}

void TestPendingCreates::keyIgnoresTheClientToken()
{
    FlowLogDraft a = full();
    FlowLogDraft b = full();
    a.ensureClientToken();
    QCOMPARE(canonicalDraft(a), canonicalDraft(b));
    QCOMPARE(pendingCreateKey(QStringLiteral("p"), a), pendingCreateKey(QStringLiteral("p"), b));
}

void TestPendingCreates::recordedTokenIsReusedUntilResolved()
{
    QTemporaryDir dir;
    PendingCreates pending(dir.filePath(QStringLiteral("state/pending.json")));
    const PendingCreates::Begun first = pending.begin(QStringLiteral("p"), QStringLiteral("prod"), full());
    QVERIFY(first.error.isEmpty());
    QVERIFY(!first.reused);
    QVERIFY(!first.clientToken.isEmpty());
    // Another process (a new instance on the same file) sending the same request gets the same token.
    PendingCreates other(pending.path());
    const PendingCreates::Begun again = other.begin(QStringLiteral("p"), QStringLiteral("prod"), full());
    QVERIFY(again.reused);
    QCOMPARE(again.clientToken, first.clientToken);
    // A different draft or profile is a different request.
    FlowLogDraft different = full();
    different.name = QStringLiteral("other");
    QVERIFY(other.begin(QStringLiteral("p"), {}, different).clientToken != first.clientToken);
    QVERIFY(other.begin(QStringLiteral("q"), {}, full()).clientToken != first.clientToken);
    QVERIFY(pending.resolve(QStringLiteral("p"), full()).isEmpty());
    const PendingCreates::Begun fresh = other.begin(QStringLiteral("p"), {}, full());
    QVERIFY(!fresh.reused);
    QVERIFY(fresh.clientToken != first.clientToken);
    // A proposed token (a retry within the dialog) is taken when nothing is recorded.
    QVERIFY(other.resolve(QStringLiteral("p"), full()).isEmpty());
    QCOMPARE(other.begin(QStringLiteral("p"), {}, full(), QStringLiteral("mine")).clientToken, QStringLiteral("mine"));
}

void TestPendingCreates::givenTokenReplacesARecordedOne()
{
    PendingCreates pending; // in memory
    const QString recorded = pending.begin(QStringLiteral("p"), {}, full()).clientToken;
    const PendingCreates::Begun given =
        pending.begin(QStringLiteral("p"), {}, full(), QStringLiteral("from-the-message"), true);
    QCOMPARE(given.clientToken, QStringLiteral("from-the-message"));
    QVERIFY(recorded != given.clientToken);
    QCOMPARE(pending.begin(QStringLiteral("p"), {}, full()).clientToken, QStringLiteral("from-the-message"));
}

void TestPendingCreates::settleKeepsOnlyWhatIsStillUnknown_data()
{
    QTest::addColumn<bool>("fresh");
    QTest::addColumn<ApiError>("outcome");
    QTest::addColumn<bool>("kept");
    QTest::newRow("created") << true << ApiError{} << false;
    QTest::newRow("created, earlier attempt pending") << false << ApiError{} << false;
    QTest::newRow("refused by the provider") << false << error(ApiError::Kind::Provider) << false;
    QTest::newRow("http refusal") << false << error(ApiError::Kind::Http) << false;
    QTest::newRow("answer lost") << true << error(ApiError::Kind::Network, true) << true;
    QTest::newRow("accepted, answer unreadable") << true << error(ApiError::Kind::Parse, true) << true;
    QTest::newRow("not sent, nothing earlier") << true << error(ApiError::Kind::Network) << false;
    QTest::newRow("not sent, earlier attempt pending") << false << error(ApiError::Kind::Network) << true;
    QTest::newRow("keychain failed, earlier attempt pending") << false << error(ApiError::Kind::Credentials) << true;
    QTest::newRow("stopped after sending") << true << error(ApiError::Kind::Aborted, true) << true;
}

void TestPendingCreates::settleKeepsOnlyWhatIsStillUnknown()
{
    QFETCH(bool, fresh);
    QFETCH(ApiError, outcome);
    QFETCH(bool, kept);
    PendingCreates pending;
    (void)pending.begin(QStringLiteral("p"), {}, full());
    QVERIFY(pending.settle(QStringLiteral("p"), full(), fresh, outcome).isEmpty());
    QCOMPARE(pending.entries().size(), kept ? 1 : 0);
}

void TestPendingCreates::twoWritersKeepEachOthersEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.json"));
    PendingCreates a(path);
    PendingCreates b(path);
    FlowLogDraft other = full();
    other.name = QStringLiteral("b's");
    (void)a.begin(QStringLiteral("p"), {}, full());
    (void)b.begin(QStringLiteral("p"), {}, other);
    QCOMPARE(PendingCreates(path).entries().size(), 2);
    QVERIFY(a.resolve(QStringLiteral("p"), full()).isEmpty());
    const QList<PendingCreate> left = PendingCreates(path).entries();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, QStringLiteral("b's"));
}

void TestPendingCreates::stateFileIsPrivateAndHoldsNoDraftText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flowlog/pending-creates.json"));
    PendingCreates pending(path);
    FlowLogDraft d = full();
    d.description = QStringLiteral("a description that stays out of the file");
    const QString token = pending.begin(QStringLiteral("p"), QStringLiteral("prod"), d).clientToken;
    QCOMPARE(test::unixMode(path), 0600);
    QCOMPARE(test::unixMode(QFileInfo(path).absolutePath()), 0700);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains("stays out"));
    const QList<PendingCreate> parsed = parsePendingCreates(bytes);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first().profileName, QStringLiteral("prod"));
    QCOMPARE(parsed.first().service, QStringLiteral("cen"));
    QVERIFY(parsed.first().since.isValid());
}

void TestPendingCreates::damagedFileIsSetAsideNotTrusted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":1,\"pending\":[{\"key\":");
    }
    bool ok = true;
    QVERIFY(parsePendingCreates("{\"version\":1,\"pending\":[{\"key\":", &ok).isEmpty());
    QVERIFY(!ok);
    PendingCreates pending(path);
    QVERIFY(pending.begin(QStringLiteral("p"), {}, full()).error.isEmpty());
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
    QCOMPARE(PendingCreates(path).entries().size(), 1);
}

void TestPendingCreates::defaultPathFollowsXdgStateHome()
{
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    qputenv("XDG_STATE_HOME", "/somewhere/state");
    QCOMPARE(PendingCreates::defaultPath(), QStringLiteral("/somewhere/state/flowlog/pending-creates.json"));
    qunsetenv("XDG_STATE_HOME");
    QCOMPARE(PendingCreates::defaultPath(),
             QDir::home().filePath(QStringLiteral(".local/state/flowlog/pending-creates.json")));
    qputenv("XDG_STATE_HOME", saved);
}

QTEST_GUILESS_MAIN(TestPendingCreates)
#include "tst_pendingcreates.moc"
