// CredentialBroker against the real sandbox: roles and agencies assumed with a management account's key, temporary
// credentials reused, renewed before they expire and after a refusal, one assume call per identity at a time, and
// a member whose role cannot be assumed failing with the provider's code; with a sweep's gate, assume calls wait for a
// slot of the account that signs them, and a renewal after a refusal does not.
#include "credentialbroker.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "jobfactory.h"
#include "memorycredentialstore.h"
#include "networkpool.h"
#include "profileidentity.h"
#include "requestslots.h"
#include "sandboxfixture.h"
#include "sourceid.h"
#include "sourcestatusmodel.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

constexpr int perSource = 7;

struct Acquired
{
    Credentials credentials;
    ApiError error;
    bool called = false;
};

} // namespace

class TestCredentialBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roleProfileListsExactlyTheMembersFlowLogs();
    void agencyProfileListsExactlyTheMembersFlowLogs();
    void concurrentCallersShareOneAssumeCall();
    void credentialsAreRenewedDuringALongSweep();
    void expiredCredentialsAreRenewedAndTheRequestRetriedOnce();
    void memberWithoutRoleFailsWithTheProviderCode();
    void refreshMarginIsRelativeToTheLifetime();
    void inventorySweepsRoleAndAgencyProfilesAcrossExpiry();
    void assumeCallsWaitForASlotOfTheAccountThatSignsThem();

private:
    [[nodiscard]] std::unique_ptr<CredentialBroker> broker(test::SandboxFixture &sandbox);
    [[nodiscard]] static Acquired acquire(CredentialBroker &broker, const Identity &identity);
    // acquireSource(), waited for; a failure fails the test.
    [[nodiscard]] static CredentialRef acquireSource(CredentialBroker &broker, const Identity &identity);
    [[nodiscard]] ListResult list(const SourceSpec &source, const CredentialRef &credentials,
                                  QList<FlowLog> *rows = nullptr);
    [[nodiscard]] static SourceSpec source(const Profile &profile, Service service);
    [[nodiscard]] int assumeRequests(test::SandboxFixture &sandbox);

    test::SandboxFixture m_sandbox; // --org-members 2, every credential it grants lives 2 s
    QNetworkAccessManager m_nam;
    Profile m_aliyunManagement;
    Profile m_huaweiManagement;
};

void TestCredentialBroker::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--flowlogs"), QString::number(perSource), QStringLiteral("--org-members"),
                              QStringLiteral("2"), QStringLiteral("--sts-max-duration-s"), QStringLiteral("2"),
                              QStringLiteral("--deny"), QStringLiteral("role:ali-prod-m2")},
                             &error),
             qPrintable(error));
    m_aliyunManagement = m_sandbox.profiles(Provider::Aliyun).first();
    m_huaweiManagement = m_sandbox.profiles(Provider::Huawei).first();
    QCOMPARE(m_sandbox.memberNames(m_aliyunManagement.name).size(), 2);
    QCOMPARE(m_sandbox.memberNames(m_huaweiManagement.name).size(), 2);
}

std::unique_ptr<CredentialBroker> TestCredentialBroker::broker(test::SandboxFixture &sandbox)
{
    // The profiles' own keys, handed over later like a credential store's.
    CredentialReader reader = [&sandbox](const QString &profileId, QObject *context, CredentialsDone done) {
        Credentials c;
        for (const Profile &p : sandbox.profiles()) {
            if (p.id == profileId)
                c = sandbox.credentials(p);
        }
        // A member profile: its management account's key.
        if (c.accessKeyId.isEmpty() && profileId.startsWith(QLatin1String("sandbox-")))
            c = sandbox.credentials(sandbox.memberProfile(profileId.mid(8)));
        QMetaObject::invokeMethod(
            context, [c, done] { done(c, {}); }, Qt::QueuedConnection);
    };
    return std::make_unique<CredentialBroker>(reader, [this](const QString &) { return &m_nam; });
}

Acquired TestCredentialBroker::acquire(CredentialBroker &broker, const Identity &identity)
{
    Acquired out;
    QObject context;
    broker.acquire(identity, &context, [&out](const Credentials &c, const ApiError &e) { out = {c, e, true}; });
    if (!QTest::qWaitFor([&out] { return out.called; }, 10000))
        out.error.message = QStringLiteral("no answer");
    return out;
}

CredentialRef TestCredentialBroker::acquireSource(CredentialBroker &broker, const Identity &identity)
{
    CredentialRef ref;
    ApiError error;
    bool called = false;
    QObject context;
    broker.acquireSource(identity, &context, [&](const CredentialRef &c, const ApiError &e) {
        ref = c;
        error = e;
        called = true;
    });
    if (!QTest::qWaitFor([&called] { return called; }, 10000))
        qWarning("acquireSource: no answer");
    if (error.isError())
        qWarning("acquireSource: %s", qPrintable(error.toDisplayString()));
    return ref;
}

SourceSpec TestCredentialBroker::source(const Profile &profile, Service service)
{
    SourceSpec s;
    s.profileId = profile.id;
    s.profileName = profile.name;
    s.service = service;
    s.region = profile.regions.first();
    s.endpointOverride = profile.endpoint;
    s.projectId = profile.projectIds.value(s.region);
    if (service == Service::Er)
        s.instanceId = profile.erIds.value(s.region).value(0);
    return s;
}

ListResult TestCredentialBroker::list(const SourceSpec &source, const CredentialRef &credentials, QList<FlowLog> *rows)
{
    std::unique_ptr<ListJob> job(makeListJob(source, credentials, &m_nam, RetryPolicy{}, nullptr));
    QSignalSpy pages(job.get(), &ListJob::pageReceived);
    QSignalSpy finished(job.get(), &ListJob::finished);
    job->start();
    if (!finished.wait(15000))
        return {};
    for (const auto &args : pages) {
        if (rows)
            rows->append(args.first().value<QList<FlowLog>>());
    }
    return finished.first().first().value<ListResult>();
}

int TestCredentialBroker::assumeRequests(test::SandboxFixture &sandbox)
{
    const QJsonObject ops = sandbox.stats().value(QLatin1String("byOperation")).toObject();
    int n = 0;
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        if (it.key().contains(QLatin1String("AssumeRole")) || it.key().contains(QLatin1String("Agency")) ||
            it.key().contains(QLatin1String("securitytokens"), Qt::CaseInsensitive))
            n += it.value().toInt();
    }
    return n;
}

void TestCredentialBroker::roleProfileListsExactlyTheMembersFlowLogs()
{
    const Profile member = m_sandbox.memberProfile(m_sandbox.memberNames(m_aliyunManagement.name).first());
    QVERIFY(member.roleArn.startsWith(QLatin1String("acs:ram::")));
    QCOMPARE(member.accessKeyId, m_aliyunManagement.accessKeyId);
    auto b = broker(m_sandbox);
    const Identity identity = identityOf(member);
    QCOMPARE(identity.hops.size(), 1);

    const Acquired got = acquire(*b, identity);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.toDisplayString()));
    QVERIFY(got.credentials.accessKeyId.startsWith(QLatin1String("STS.")));
    QVERIFY(!got.credentials.securityToken.isEmpty());
    QVERIFY(got.credentials.accessKeyId != m_aliyunManagement.accessKeyId);

    // The member's rows with the role; the management account's own rows with its key: no row in common.
    QList<FlowLog> memberRows;
    const ListResult memberList = list(source(member, Service::Vpc), got.credentials, &memberRows);
    QVERIFY2(!memberList.error.isError(), qPrintable(memberList.error.toDisplayString()));
    QCOMPARE(memberRows.size(), perSource);
    QList<FlowLog> ownRows;
    const ListResult own =
        list(source(m_aliyunManagement, Service::Vpc), m_sandbox.credentials(m_aliyunManagement), &ownRows);
    QVERIFY(!own.error.isError());
    QCOMPARE(ownRows.size(), perSource);
    for (const FlowLog &f : std::as_const(memberRows)) {
        QVERIFY(std::none_of(ownRows.cbegin(), ownRows.cend(), [&f](const FlowLog &o) { return o.id == f.id; }));
    }
}

void TestCredentialBroker::agencyProfileListsExactlyTheMembersFlowLogs()
{
    const Profile member = m_sandbox.memberProfile(m_sandbox.memberNames(m_huaweiManagement.name).first());
    QVERIFY(!member.agencyName.isEmpty());
    QVERIFY(!member.agencyDomainId.isEmpty());
    auto b = broker(m_sandbox);
    QList<FlowLog> rows;
    const CredentialRef ref = acquireSource(*b, identityOf(member));
    QVERIFY(ref.isRenewable());
    QVERIFY(!ref.current().securityToken.isEmpty());
    const SourceSpec er = source(member, Service::Er);
    QVERIFY(!er.instanceId.isEmpty());
    const ListResult result = list(er, ref, &rows);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toDisplayString()));
    QCOMPARE(rows.size(), perSource);
}

void TestCredentialBroker::concurrentCallersShareOneAssumeCall()
{
    const Profile member = m_sandbox.memberProfile(m_sandbox.memberNames(m_aliyunManagement.name).first());
    auto b = broker(m_sandbox);
    m_sandbox.resetStats();
    int answers = 0;
    QSet<QString> keys;
    QObject context;
    for (int i = 0; i < 10; ++i) {
        b->acquire(identityOf(member), &context, [&](const Credentials &c, const ApiError &e) {
            QVERIFY(!e.isError());
            keys.insert(c.accessKeyId);
            ++answers;
        });
    }
    QCOMPARE(answers, 0); // never inside the call
    QTRY_COMPARE_WITH_TIMEOUT(answers, 10, 10000);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(b->assumeCalls(), 1);
    QCOMPARE(assumeRequests(m_sandbox), 1);
    // Still fresh: served from memory.
    const Acquired again = acquire(*b, identityOf(member));
    QCOMPARE(again.credentials.accessKeyId, *keys.cbegin());
    QCOMPARE(b->assumeCalls(), 1);
}

void TestCredentialBroker::credentialsAreRenewedDuringALongSweep()
{
    // Listings one after another for 5 s with credentials that live 2 s: every one complete, none failed.
    const Profile member = m_sandbox.memberProfile(m_sandbox.memberNames(m_aliyunManagement.name).first());
    auto b = broker(m_sandbox);
    const CredentialRef ref = acquireSource(*b, identityOf(member));
    QVERIFY(!ref.current().accessKeyId.isEmpty());
    QSet<QString> keysUsed;
    QElapsedTimer clock;
    clock.start();
    int listings = 0;
    while (clock.elapsed() < 5000) {
        keysUsed.insert(ref.current().accessKeyId);
        QList<FlowLog> rows;
        const ListResult r = list(source(member, Service::Vpc), ref, &rows);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
        QCOMPARE(rows.size(), perSource);
        ++listings;
        QTest::qWait(100); // pacing only: the listings themselves take milliseconds
    }
    QVERIFY(listings > 10);
    QVERIFY2(keysUsed.size() >= 3, qPrintable(QString::number(keysUsed.size())));
    QVERIFY(b->assumeCalls() >= 3);
}

void TestCredentialBroker::expiredCredentialsAreRenewedAndTheRequestRetriedOnce()
{
    const Profile member = m_sandbox.memberProfile(m_sandbox.memberNames(m_huaweiManagement.name).first());
    auto b = broker(m_sandbox);
    const CredentialRef ref = acquireSource(*b, identityOf(member));
    QVERIFY(!ref.current().accessKeyId.isEmpty());
    const QString first = ref.current().accessKeyId;
    // Let them expire (the sandbox grants 2 s): the clock is what this test is about.
    QTest::qWait(2600);
    m_sandbox.resetStats();
    QList<FlowLog> rows;
    const ListResult r = list(source(member, Service::Er), ref, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(rows.size(), perSource);
    QCOMPARE(r.requests, 2); // refused as expired, renewed, sent again
    QVERIFY(ref.current().accessKeyId != first);
    QCOMPARE(assumeRequests(m_sandbox), 1);

    // A fixed key refused as expired is not retried: nothing could renew it.
    Credentials stale = ref.current();
    QTest::qWait(2600);
    const ListResult fixed = list(source(member, Service::Er), CredentialRef(stale));
    QCOMPARE(fixed.error.code, QStringLiteral("APIGW.0301"));
    QCOMPARE(fixed.requests, 1);
}

void TestCredentialBroker::memberWithoutRoleFailsWithTheProviderCode()
{
    const Profile denied = m_sandbox.memberProfile(QStringLiteral("ali-prod-m2"));
    QVERIFY(!denied.roleArn.isEmpty());
    auto b = broker(m_sandbox);
    const Acquired got = acquire(*b, identityOf(denied));
    QVERIFY(got.called);
    QCOMPARE(got.error.code, QStringLiteral("EntityNotExist.Role"));
    QVERIFY(!got.error.requestId.isEmpty());
    QVERIFY(got.error.hint.contains(denied.roleArn));
    QVERIFY(got.error.hint.contains(denied.name));
    QVERIFY(got.credentials.accessKeyId.isEmpty());

    // An agency that does not exist in the member: IAM's 404 code.
    Profile noAgency = m_sandbox.memberProfile(m_sandbox.memberNames(m_huaweiManagement.name).first());
    noAgency.agencyName = QStringLiteral("no-such-agency");
    const Acquired agency = acquire(*b, identityOf(noAgency));
    QCOMPARE(agency.error.code, QStringLiteral("IAM.0004"));
    QCOMPARE(agency.error.httpStatus, 404);
    QVERIFY(agency.error.hint.contains(QStringLiteral("no-such-agency")));
}

void TestCredentialBroker::refreshMarginIsRelativeToTheLifetime()
{
    QCOMPARE(CredentialBroker::refreshMarginMs(2000), 500);
    QCOMPARE(CredentialBroker::refreshMarginMs(900 * 1000), 225 * 1000);
    QCOMPARE(CredentialBroker::refreshMarginMs(3600 * 1000), 300 * 1000);
    QCOMPARE(CredentialBroker::refreshMarginMs(43200 * 1000), 300 * 1000);
}

void TestCredentialBroker::inventorySweepsRoleAndAgencyProfilesAcrossExpiry()
{
    // The console's sweep: a role and an agency profile on their management accounts' keys (from a credential
    // store, like the keychain), every source of each listed with credentials that live 2 s while a sweep of
    // 700 ms requests, 4 at a time per profile, lasts longer; then a second sweep reuses or renews them.
    test::SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({QStringLiteral("--org-members"), QStringLiteral("1"), QStringLiteral("--flowlogs"),
                            QStringLiteral("120"), QStringLiteral("--sts-max-duration-s"), QStringLiteral("2"),
                            QStringLiteral("--latency-ms"), QStringLiteral("700")},
                           &error),
             qPrintable(error));
    QList<Profile> profiles;
    for (const Provider provider : allProviders)
        profiles << sandbox.memberProfile(sandbox.memberNames(sandbox.profiles(provider).first().name).first());
    ProfileStore store;
    store.replaceAll(profiles);
    MemoryCredentialStore credentials;
    for (const Profile &p : std::as_const(profiles))
        credentials.writeSecret(p.id, sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    FlowLogTableModel table;
    SourceStatusModel status;
    // The console's network pool: with one manager, requests past Qt's 6 connections per host wait inside it
    // for a connection, signed, and could reach the service after their 2 s credentials expired.
    NetworkPool pool([] { return new QNetworkAccessManager; });
    Inventory inventory(
        &store, &credentials, [this](const Profile &) { return &m_nam; }, &table, &status);
    inventory.setNetworkPool(&pool);
    const QList<SourceSpec> sources = Inventory::planSources(profiles);
    for (int round = 0; round < 2; ++round) {
        QSignalSpy done(&inventory, &Inventory::finished);
        QElapsedTimer clock;
        clock.start();
        inventory.refresh();
        QVERIFY(done.wait(60000));
        QCOMPARE(status.count(SourceStatusModel::State::Done), static_cast<int>(sources.size()));
        QCOMPARE(table.rowCount(), static_cast<int>(sources.size()) * 120);
        if (round == 0)
            QVERIFY2(clock.elapsed() > 2500, qPrintable(QString::number(clock.elapsed())));
    }
    QVERIFY(inventory.credentialBroker()->assumeCalls() >= 4); // two identities, renewed at least once each
    for (int i = 0; i < table.rowCount(); ++i) {
        const QString account = table.index(i, 0).data().toString();
        QVERIFY2(account == profiles.at(0).name || account == profiles.at(1).name, qPrintable(account));
    }
}

void TestCredentialBroker::assumeCallsWaitForASlotOfTheAccountThatSignsThem()
{
    // Issue 19: the Huawei organisation's two members, reached with agency calls signed by the management key.
    auto b = broker(m_sandbox);
    RequestSlots gate(16, 1);
    gate.setTracing(true);
    b->setRequestGate(&gate);
    QList<Identity> members;
    for (const QString &name : m_sandbox.memberNames(m_huaweiManagement.name))
        members << memberIdentity(m_huaweiManagement, m_sandbox.memberProfile(name).agencyDomainId);
    QCOMPARE(members.size(), 2);
    m_sandbox.resetStats();
    // The management account's one slot is taken: no agency call goes out while it is.
    QObject holder;
    bool held = false;
    const RequestGate::Ticket slot = gate.acquire(m_huaweiManagement.id, 0, &holder, [&held] { held = true; });
    QVERIFY(held);
    int answers = 0;
    QObject context;
    for (const Identity &id : std::as_const(members)) {
        b->acquire(id, &context, [&answers](const Credentials &c, const ApiError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.toDisplayString()));
            QVERIFY(!c.accessKeyId.isEmpty());
            ++answers;
        });
    }
    QTRY_COMPARE(gate.waiting(), 2); // both calls made, both waiting for the management account's slot
    QCOMPARE(answers, 0);
    QCOMPARE(assumeRequests(m_sandbox), 0);
    gate.release(slot);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
    QCOMPARE(assumeRequests(m_sandbox), 2);
    QCOMPARE(b->assumeRequests(), 2);
    QCOMPARE(gate.peakInFlightPerGroup(), 1);
    QCOMPARE(gate.inFlight(), 0);
    QStringList unlocked;
    for (const TracedRequest &r : gate.trace()) {
        QCOMPARE(r.group, m_huaweiManagement.id); // charged to the signer, not to the member
        if (!r.unlocks.isEmpty())
            unlocked << r.unlocks;
    }
    QCOMPARE(unlocked, (QStringList{accountKey(m_huaweiManagement.id, members.at(0).accountId),
                                    accountKey(m_huaweiManagement.id, members.at(1).accountId)}));

    // A renewal after a refusal goes at once: the refused requests hold their slots while they wait for it.
    const CredentialRef ref = acquireSource(*b, members.first());
    const QString refused = ref.current().accessKeyId;
    QVERIFY(!refused.isEmpty());
    held = false;
    const RequestGate::Ticket again = gate.acquire(m_huaweiManagement.id, 0, &holder, [&held] { held = true; });
    QVERIFY(held);
    bool renewed = false;
    ref.renew(refused, &context, [&renewed](const ApiError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.toDisplayString()));
        renewed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(renewed, 10000);
    QVERIFY(ref.current().accessKeyId != refused);
    QCOMPARE(gate.inFlight(), 1); // only the holder: the renewal never took a slot
    gate.release(again);
}

QTEST_GUILESS_MAIN(TestCredentialBroker)
#include "tst_credentialbroker.moc"
