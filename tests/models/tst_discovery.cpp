// Discovery (issue 16) against the real sandbox: with nothing but a key, a sweep finds every region and instance
// and lists exactly the sandbox's flow logs; typed regions and ids restrict what is found and missing ones are
// named; a denied discovery falls back to what is configured, visibly; discovery requests pass the sweep's gate.
#include "discovery.h"
#include "inventory.h"
#include "memorycredentialstore.h"
#include "requestgate.h"
#include "sandboxfixture.h"
#include "sourceid.h"
#include "sweepworld.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace flowlog;

namespace {

// The sandbox's accounts with nothing but their keys, the organisations' management accounts marked as such.
QList<Profile> keysWithOrganisations(const test::SandboxFixture &sandbox)
{
    QList<Profile> out;
    for (const Profile &p : sandbox.profiles()) {
        Profile k = test::SandboxFixture::keyOnly(p);
        k.organization = !sandbox.memberNames(p.name).isEmpty();
        out.append(k);
    }
    return out;
}

const DiscoveredAccount *accountNamed(const QList<DiscoveredAccount> &accounts, const QString &name)
{
    for (const DiscoveredAccount &a : accounts) {
        if (a.profileName == name)
            return &a;
    }
    return nullptr;
}

// Re-posts an event to itself each time it gets one, so it runs once per pass of the event loop over posted events,
// and notes how many accounts the sweep's discovery had each time: the most members added within one pass.
class PassCounter : public QObject
{
public:
    explicit PassCounter(Inventory *inventory)
        : m_inventory(inventory)
    {
        QCoreApplication::postEvent(this, new QEvent(QEvent::User));
    }
    void stop() { m_running = false; }
    [[nodiscard]] qsizetype mostInOnePass() const { return m_most; }

protected:
    bool event(QEvent *e) override
    {
        if (e->type() != QEvent::User)
            return QObject::event(e);
        if (const auto *discovery = m_inventory->findChild<Discovery *>()) {
            const qsizetype now = discovery->accounts().size();
            if (m_last >= 0 && now > m_last)
                m_most = std::max(m_most, now - m_last);
            m_last = now;
        }
        if (m_running)
            QCoreApplication::postEvent(this, new QEvent(QEvent::User));
        return true;
    }

private:
    Inventory *m_inventory;
    qsizetype m_last = -1;
    qsizetype m_most = 0;
    bool m_running = true;
};

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aKeyAloneFindsEveryRegionAndInstanceAndEveryRow();
    void typedRegionsAndIdsRestrictAndMissingOnesAreNamed();
    void deniedDiscoveryFallsBackToTheConfiguredRegionsVisibly();
    void discoverOnlyListsNoFlowLog();
    void organisationsExpandIntoEveryMemberAndListExactlyTheSandbox();
    void deniedListingMissingRoleAndDeniedRegionEachFailAlone();
    void aTurnBudgetExpandsAnOrganisationInSlices();
    void aDiscoveryStepThatStartsAnotherGoesFirst();

private:
    test::SandboxFixture m_spread; // --regions-spread
};

void TestDiscovery::initTestCase()
{
    QString error;
    QVERIFY2(
        m_spread.start({QStringLiteral("--regions-spread"), QStringLiteral("--flowlogs"), QStringLiteral("2")}, &error),
        qPrintable(error));
}

void TestDiscovery::aKeyAloneFindsEveryRegionAndInstanceAndEveryRow()
{
    QList<Profile> profiles;
    for (const Profile &p : m_spread.profiles())
        profiles.append(test::SandboxFixture::keyOnly(p));
    QCOMPARE(profiles.size(), 3);
    const auto w = test::SweepWorld::make(m_spread, profiles, this);
    QVERIFY(w->sweep());
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 0);
    QCOMPARE(w->status.discoveryFailureCount(), 0);
    // Exactly the sandbox's flow logs: none missed in a region or instance nobody typed.
    QCOMPARE(w->table.rowCount(), m_spread.stats().value(QLatin1String("flowLogs")).toInt());

    const QList<DiscoveredAccount> &accounts = w->inventory->accounts();
    QCOMPARE(accounts.size(), 3);
    for (const Profile &printed : m_spread.profiles()) {
        const DiscoveredAccount *a = accountNamed(accounts, printed.name);
        QVERIFY2(a, qPrintable(printed.name));
        QVERIFY(a->notFound.isEmpty());
        for (const QString &region : printed.regions)
            QVERIFY2(a->regions.contains(region), qPrintable(region));
        switch (printed.provider) {
        case Provider::Aliyun:
            QCOMPARE(a->regions.size(), 29); // every region DescribeRegions names
            for (const QString &id : printed.ecrIds)
                QVERIFY(a->ecrIds.contains(id));
            QVERIFY(a->ecrIds.size() > printed.ecrIds.size()); // instances no profile names
            QVERIFY(!a->ownId.isEmpty());                      // the instances' OwnerId
            break;
        case Provider::Huawei: {
            QCOMPARE(a->regions.size(), 16); // a project per region, MOS skipped
            QVERIFY(!a->regions.contains(QStringLiteral("MOS")));
            for (auto it = printed.projectIds.cbegin(); it != printed.projectIds.cend(); ++it)
                QCOMPARE(a->projectIds.value(it.key()), it.value());
            int printedRouters = 0;
            for (const QStringList &ids : printed.erIds)
                printedRouters += static_cast<int>(ids.size());
            QVERIFY(a->routers.size() > printedRouters);
            QVERIFY(!a->ownId.isEmpty()); // the projects' domain_id
            break;
        }
        }
    }
}

void TestDiscovery::typedRegionsAndIdsRestrictAndMissingOnesAreNamed()
{
    Profile ali = test::SandboxFixture::keyOnly(m_spread.profiles(Provider::Aliyun).first());
    ali.regions = {QStringLiteral("eu-central-1"), QStringLiteral("xx-nowhere-1")};
    ali.ecrIds = {QStringLiteral("ecr-doesnotexist0000")};
    Profile hw = test::SandboxFixture::keyOnly(m_spread.profiles(Provider::Huawei).first());
    hw.regions = {QStringLiteral("cn-north-4")};
    const auto w = test::SweepWorld::make(m_spread, {ali, hw}, this);
    QVERIFY(w->sweep());
    const DiscoveredAccount *a = accountNamed(w->inventory->accounts(), ali.name);
    QVERIFY(a);
    QCOMPARE(a->regions, QStringList{QStringLiteral("eu-central-1")});
    QVERIFY(a->ecrIds.isEmpty());
    QCOMPARE(a->notFound.size(), 2);
    QVERIFY(a->notFound.join(u'|').contains(QStringLiteral("xx-nowhere-1")));
    QVERIFY(a->notFound.join(u'|').contains(QStringLiteral("ecr-doesnotexist0000")));
    const DiscoveredAccount *h = accountNamed(w->inventory->accounts(), hw.name);
    QVERIFY(h);
    QCOMPARE(h->regions, QStringList{QStringLiteral("cn-north-4")});
    QVERIFY(!h->routers.isEmpty());
    for (const DiscoveredRouter &r : h->routers)
        QCOMPARE(r.region, QStringLiteral("cn-north-4"));
    // Only what is within the restriction is swept, and it lists cleanly.
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 0);
    for (const auto &e : w->status.entries())
        QVERIFY(e.source.region == QStringLiteral("eu-central-1") || e.source.region == QStringLiteral("cn-north-4"));
}

void TestDiscovery::deniedDiscoveryFallsBackToTheConfiguredRegionsVisibly()
{
    test::SandboxFixture denied;
    QVERIFY(denied.start(
        {QStringLiteral("--deny"), QStringLiteral("regions"), QStringLiteral("--flowlogs"), QStringLiteral("3")}));
    const Profile typed = denied.profiles(Provider::Aliyun).at(0); // regions and ECR ids as printed
    const Profile bare = test::SandboxFixture::keyOnly(denied.profiles(Provider::Aliyun).at(1));
    const Profile hw = denied.profiles(Provider::Huawei).first(); // projects typed
    const auto w = test::SweepWorld::make(denied, {typed, bare, hw}, this);
    QVERIFY(w->sweep());
    const QList<DiscoveredAccount> &accounts = w->inventory->accounts();

    const DiscoveredAccount *a = accountNamed(accounts, typed.name);
    QVERIFY(a);
    QCOMPARE(a->regions, typed.regions);
    QCOMPARE(a->failures.size(), 1);
    const DiscoveryFailure &f = a->failures.first();
    QCOMPARE(f.step, DiscoveryFailure::Step::Regions);
    QCOMPARE(f.error.code, QStringLiteral("NoPermission"));
    QVERIFY(!f.error.requestId.isEmpty());
    for (const QString &region : typed.regions)
        QVERIFY2(f.toDisplayString().contains(region), qPrintable(f.toDisplayString()));
    // Nothing typed: the provider's default regions, said so.
    const DiscoveredAccount *b = accountNamed(accounts, bare.name);
    QVERIFY(b);
    QCOMPARE(b->regions, defaultRegions(Provider::Aliyun));
    QVERIFY(b->failures.first().fallback.contains(defaultRegions(Provider::Aliyun).join(QStringLiteral(", "))));
    // Huawei: the typed projects, and their routers still discovered.
    const DiscoveredAccount *h = accountNamed(accounts, hw.name);
    QVERIFY(h);
    QCOMPARE(h->failures.size(), 1);
    QCOMPARE(h->failures.first().error.httpStatus, 403);
    QCOMPARE(h->projectIds, hw.projectIds);
    QVERIFY(!h->routers.isEmpty());

    // The status model carries the failures (the tree shows them); the fallback regions are listed.
    QCOMPARE(w->status.discoveryFailureCount(), 3);
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 0);
    int typedRows = 0;
    for (const auto &e : w->status.entries()) {
        if (e.source.profileName == typed.name && e.source.service == Service::Vpc)
            typedRows += e.rows;
    }
    QCOMPARE(typedRows, static_cast<int>(typed.regions.size()) * 3);
}

void TestDiscovery::discoverOnlyListsNoFlowLog()
{
    const auto w = test::SweepWorld::make(
        m_spread, {test::SandboxFixture::keyOnly(m_spread.profiles(Provider::Aliyun).first())}, this);
    m_spread.resetStats();
    w->inventory->setDiscoverOnly(true);
    QVERIFY(w->sweep());
    QCOMPARE(w->inventory->accounts().size(), 1);
    QCOMPARE(w->inventory->accounts().first().regions.size(), 29);
    QCOMPARE(w->status.discovery().size(), 1);
    QVERIFY(w->status.discovery().first().credentials.current().secret.isEmpty()); // never kept in a model
    QCOMPARE(w->table.rowCount(), 0);
    const QJsonObject byOperation = m_spread.stats().value(QLatin1String("byOperation")).toObject();
    QCOMPARE(byOperation.value(QLatin1String("vpc.DescribeRegions")).toInt(), 1);
    QCOMPARE(byOperation.value(QLatin1String("ecr.DescribeExpressConnectRouter")).toInt(), 1);
    QVERIFY(!byOperation.contains(QLatin1String("vpc.DescribeFlowLogs")));
}

void TestDiscovery::organisationsExpandIntoEveryMemberAndListExactlyTheSandbox()
{
    test::SandboxFixture org;
    QVERIFY(org.start({QStringLiteral("--org-members"), QStringLiteral("3"), QStringLiteral("--regions-spread"),
                       QStringLiteral("--flowlogs"), QStringLiteral("1")}));
    const QList<Profile> profiles = keysWithOrganisations(org);
    const auto w = test::SweepWorld::make(org, profiles, this);
    QVERIFY(w->sweep(120000));
    QCOMPARE(w->status.discoveryFailureCount(), 0);
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 0);
    const QJsonObject stats = org.stats();
    // Every account (members reached only through their role or agency) and exactly every flow log.
    QCOMPARE(w->inventory->accounts().size(), stats.value(QLatin1String("accounts")).toInt());
    QCOMPARE(w->table.rowCount(), stats.value(QLatin1String("flowLogs")).toInt());
    for (const QString &management : {QStringLiteral("ali-prod"), QStringLiteral("hw-payments")}) {
        for (const QString &member : org.memberNames(management)) {
            const Profile printed = org.memberProfile(member);
            const auto it = std::find_if(w->inventory->accounts().cbegin(), w->inventory->accounts().cend(),
                                         [&member](const DiscoveredAccount &a) { return a.displayName == member; });
            QVERIFY2(it != w->inventory->accounts().cend(), qPrintable(member));
            QCOMPARE(it->organization, management);
            QVERIFY(!it->accountId.isEmpty());
            QCOMPARE(it->label(), member + QStringLiteral(" (") + it->accountId + u')');
            for (const QString &region : printed.regions)
                QVERIFY2(it->regions.contains(region), qPrintable(member + u' ' + region));
            // The member's rows carry its display name and id in the Account column.
            int rows = 0;
            for (int r = 0; r < w->table.rowCount(); ++r)
                rows += w->table.at(r).account == it->label() ? 1 : 0;
            QVERIFY2(rows > 0, qPrintable(member));
        }
    }
    // The management accounts are swept as themselves, not as a member of their own organisation.
    const DiscoveredAccount *management = accountNamed(w->inventory->accounts(), QStringLiteral("ali-prod"));
    QVERIFY(management && management->accountId.isEmpty() && !management->ownId.isEmpty());
}

void TestDiscovery::deniedListingMissingRoleAndDeniedRegionEachFailAlone()
{
    test::SandboxFixture org;
    QVERIFY(org.start({QStringLiteral("--org-members"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                       QStringLiteral("2"), QStringLiteral("--deny"), QStringLiteral("role:ali-prod-m2"),
                       QStringLiteral("--deny"), QStringLiteral("flowlogs:cn-shanghai")}));
    const auto w = test::SweepWorld::make(org, keysWithOrganisations(org), this);
    QVERIFY(w->sweep(120000));
    const QList<DiscoveredAccount> &accounts = w->inventory->accounts();
    // The member whose role is missing: one failed node with the provider's code, nothing listed.
    const auto missing = std::find_if(accounts.cbegin(), accounts.cend(), [](const DiscoveredAccount &a) {
        return a.displayName == QLatin1String("ali-prod-m2");
    });
    QVERIFY(missing != accounts.cend());
    QVERIFY(!missing->reachable);
    QCOMPARE(missing->failures.size(), 1);
    QCOMPARE(missing->failures.first().step, DiscoveryFailure::Step::Access);
    QCOMPARE(missing->failures.first().error.code, QStringLiteral("EntityNotExist.Role"));
    QCOMPARE(w->status.discoveryFailureCount(), 1);
    // The denied region: its VPC and CEN sources fail with NoPermission, every other source completes.
    int denied = 0;
    for (const auto &e : w->status.entries()) {
        if (e.state == SourceStatusModel::State::Failed) {
            QCOMPARE(e.source.region, QStringLiteral("cn-shanghai"));
            QCOMPARE(e.error.code, QStringLiteral("NoPermission"));
            ++denied;
        } else {
            QCOMPARE(e.state, SourceStatusModel::State::Done);
        }
    }
    QVERIFY(denied > 0);

    // A management key that may not list its organisation: one failure on the management account, which is still
    // listed itself.
    test::SandboxFixture closed;
    QVERIFY(closed.start({QStringLiteral("--org-members"), QStringLiteral("2"), QStringLiteral("--deny"),
                          QStringLiteral("list-accounts")}));
    const auto c = test::SweepWorld::make(closed, keysWithOrganisations(closed), this);
    QVERIFY(c->sweep(60000));
    QCOMPARE(c->status.discoveryFailureCount(), 2); // one per organisation
    for (const QString &name : {QStringLiteral("ali-prod"), QStringLiteral("hw-payments")}) {
        const DiscoveredAccount *m = accountNamed(c->inventory->accounts(), name);
        QVERIFY(m);
        QCOMPARE(m->failures.size(), 1);
        QCOMPARE(m->failures.first().step, DiscoveryFailure::Step::Members);
        QVERIFY(!m->failures.first().error.code.isEmpty());
        QVERIFY(!m->regions.isEmpty());
    }
    QCOMPARE(c->status.count(SourceStatusModel::State::Failed), 0);
    QVERIFY(c->table.rowCount() > 0);
}

// The console's gate bounds a turn of the event loop (issue 19 goal 5): an organisation's page of members (Huawei
// lists up to 1,000 a page) is added a slice at a time, with the rest from a queued call, instead of all of them in
// one event of the GUI thread; every member is still reached. Without a budget (the CLI) a page is added at once.
void TestDiscovery::aTurnBudgetExpandsAnOrganisationInSlices()
{
    test::SandboxFixture org;
    QVERIFY(org.start(
        {QStringLiteral("--org-members"), QStringLiteral("400"), QStringLiteral("--flowlogs"), QStringLiteral("0")}));
    // One region each (members inherit typed regions): the members' own discovery and listings stay few.
    // The management accounts by their own printed lines: the 800 members' lines may still be arriving when start()
    // returns (it waits for a quiet moment of the sandbox's output), so memberNames() can be short under ASan.
    QList<Profile> profiles;
    for (const Profile &p : org.profiles()) {
        Profile k = test::SandboxFixture::keyOnly(p);
        k.organization = p.organization;
        k.regions = p.regions.mid(0, 1);
        profiles.append(k);
    }
    const int accounts = org.stats().value(QLatin1String("accounts")).toInt();
    qsizetype most[2] = {0, 0};
    for (const int budgetMs : {0, 1}) {
        const auto w = test::SweepWorld::make(org, profiles, this);
        w->inventory->requestGate()->setTurnBudgetMs(budgetMs);
        PassCounter passes(w->inventory.get());
        QVERIFY(w->sweep(120000));
        passes.stop();
        QCOMPARE(w->status.discoveryFailureCount(), 0);
        QCOMPARE(w->inventory->accounts().size(), accounts);
        most[budgetMs] = passes.mostInOnePass();
    }
    // 400 members on the Huawei organisation's one page: all in one pass without a budget (2-6 ms here), in slices
    // with 1 ms.
    QVERIFY2(most[0] >= 400, qPrintable(QString::number(most[0])));
    QVERIFY2(most[1] < 400, qPrintable(QString::number(most[1])));
}

// Longest remaining path first (issue 19 goal 4): a Huawei account's projects lead to its router listings, which
// lead to its flow logs, so with one request at a time the projects request waits for nothing but what was already
// sent, even with the Alibaba accounts' one-step discovery (regions, ECR instances) queued before it.
void TestDiscovery::aDiscoveryStepThatStartsAnotherGoesFirst()
{
    QList<Profile> profiles;
    for (const Profile &p : m_spread.profiles())
        profiles.append(test::SandboxFixture::keyOnly(p));
    std::stable_sort(profiles.begin(), profiles.end(), [](const Profile &a, const Profile &b) {
        return a.provider == Provider::Aliyun && b.provider == Provider::Huawei; // Alibaba's discovery queued first
    });
    QVERIFY(profiles.size() >= 3);
    QCOMPARE(profiles.constLast().provider, Provider::Huawei);
    QCOMPARE(profiles.constFirst().provider, Provider::Aliyun);
    const auto w = test::SweepWorld::make(m_spread, profiles, this);
    InventorySettings settings;
    settings.maxConcurrent = 1;
    settings.maxPerProfile = 1;
    settings.adaptiveLimits = false;
    w->inventory->setSettings(settings);
    w->inventory->requestGate()->setTracing(true);
    QVERIFY(w->sweep());
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 0);

    const QList<TracedRequest> &trace = w->inventory->requestGate()->trace();
    const QString huawei = accountKey(profiles.constLast().id, {});
    // The Huawei account's first request (the trace is in the order requests were queued) is its projects listing.
    const auto projects =
        std::find_if(trace.cbegin(), trace.cend(), [&](const TracedRequest &r) { return r.group == huawei; });
    QVERIFY(projects != trace.cend() && projects->group == huawei && projects->grantedSeq >= 0);
    QVERIFY(projects->rank < RequestGate::discoveryRank - 1); // ahead of every one-step discovery page
    int passedIt = 0;
    int waitedBehind = 0;
    for (const TracedRequest &r : trace) {
        if (r.grantedSeq > projects->queuedSeq && r.grantedSeq < projects->grantedSeq)
            ++passedIt; // granted while the projects request waited
        if (r.group != huawei && r.queuedSeq < projects->queuedSeq && r.grantedSeq > projects->grantedSeq)
            ++waitedBehind; // queued before it, sent after it
    }
    QCOMPARE(passedIt, 0);
    QVERIFY2(waitedBehind > 0, "no Alibaba discovery was waiting when the projects request was queued");
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
