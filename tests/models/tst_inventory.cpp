// Inventory: planning (pure), and sweeps against the real sandbox: HTTP requests in flight bounded globally and per
// profile (measured on the wire by counting network access managers), every row under throttling, atomic replace
// on refresh, a failed refresh keeping rows, a wrong secret failing only its own sources, cancel.
#include "inventory.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "sweepworld.h"

#include <QAbstractItemModelTester>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;

namespace {

Profile aliyunProfile(const QString &name, const QStringList &regions, const QStringList &ecrIds = {})
{
    Profile p;
    p.id = QStringLiteral("id-") + name;
    p.name = name;
    p.provider = Provider::Aliyun;
    p.regions = regions;
    p.ecrIds = ecrIds;
    return p;
}

// Counts the replies of one profile in flight (created and not finished) and the peaks, its own and of all the
// counters sharing `all`.
class CountingNam final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountingNam)

public:
    struct Shared
    {
        int inFlight = 0;
        int peak = 0;
        int requests = 0;
    };
    CountingNam(Shared *all, QObject *parent)
        : QNetworkAccessManager(parent)
        , m_all(all)
    {}
    [[nodiscard]] int peak() const { return m_peak; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        ++m_all->requests;
        m_peak = std::max(m_peak, ++m_inFlight);
        m_all->peak = std::max(m_all->peak, ++m_all->inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] {
            --m_inFlight;
            --m_all->inFlight;
        });
        return reply;
    }

private:
    Shared *m_all;
    int m_inFlight = 0;
    int m_peak = 0;
};

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planSourcesCoversProfileServiceRegionInstance();
    void planSourcesHonoursScopeAndSkipsDisabled();
    void sweepNeverExceedsGlobalAndPerProfileLimits_data();
    void sweepNeverExceedsGlobalAndPerProfileLimits();
    void everyRowArrivesWithTwentyPercentThrottlingWithinLimits();
    void refreshReplacesRowsOnlyWhenTheSourceCompletes();
    void failedRefreshKeepsTheSourcesPreviousRows();
    void wrongSecretFailsOnlyItsProfileAndOthersRowsArrive();
    void cancelStopsQueuedAndRunningSourcesAndFinishesOnce();
    void removedProfileRowsGoOnRefresh();

private:
    using World = test::SweepWorld;
    std::unique_ptr<World> makeWorld(const QList<Profile> &profiles);
    // Like makeWorld, but every profile gets its own counting network access manager (the console's layout).
    std::unique_ptr<World> makeCountingWorld(test::SandboxFixture &sandbox, const QList<Profile> &profiles,
                                             CountingNam::Shared *all, QHash<QString, CountingNam *> *nams);
    bool sweep(Inventory &inventory);

    test::SandboxFixture m_sandbox;
    QList<Profile> m_aliyun;
};

void TestInventory::initTestCase()
{
    QString error;
    // 6 accounts: 4 Alibaba (2 regions each), 2 Huawei; 120 VPC flow logs per source = 3 pages of 50.
    QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--flowlogs"),
                              QStringLiteral("120")},
                             &error),
             qPrintable(error));
    m_aliyun = m_sandbox.profiles(Provider::Aliyun);
    QCOMPARE(m_aliyun.size(), 4);
}

std::unique_ptr<TestInventory::World> TestInventory::makeWorld(const QList<Profile> &profiles)
{
    auto w = World::make(m_sandbox, profiles, this);
    SweepScope scope;
    scope.services = {Service::Vpc}; // the services every sandbox build lists
    w->inventory->setScope(scope);
    return w;
}

std::unique_ptr<TestInventory::World> TestInventory::makeCountingWorld(test::SandboxFixture &sandbox,
                                                                       const QList<Profile> &profiles,
                                                                       CountingNam::Shared *all,
                                                                       QHash<QString, CountingNam *> *nams)
{
    auto w = std::make_unique<World>();
    for (const Profile &p : profiles) {
        w->credentials.writeSecret(p.id, sandbox.secret(p.id), {}, this, [](const ApiError &) {});
        nams->insert(p.id, new CountingNam(all, &w->nam));
    }
    w->profiles.replaceAll(profiles);
    w->inventory = std::make_unique<Inventory>(
        &w->profiles, &w->credentials, [nams](const Profile &p) { return nams->value(p.id); }, &w->table, &w->status);
    return w;
}

bool TestInventory::sweep(Inventory &inventory)
{
    QSignalSpy done(&inventory, &Inventory::finished);
    inventory.refresh();
    return done.wait(20000) && done.size() == 1;
}

void TestInventory::planSourcesCoversProfileServiceRegionInstance()
{
    Profile ali = aliyunProfile(QStringLiteral("ali"), {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")},
                                {QStringLiteral("ecr-1"), QStringLiteral("ecr-2")});
    Profile hw;
    hw.id = QStringLiteral("id-hw");
    hw.name = QStringLiteral("hw");
    hw.provider = Provider::Huawei;
    hw.regions = {QStringLiteral("cn-north-4")};
    hw.projectIds = {{QStringLiteral("cn-north-4"), QStringLiteral("proj")}};
    hw.erIds = {{QStringLiteral("cn-north-4"), {QStringLiteral("er-1"), QStringLiteral("er-2")}}};
    const QList<SourceSpec> sources = Inventory::planSources({ali, hw});
    QStringList ids;
    for (const SourceSpec &s : sources)
        ids << s.id();
    QCOMPARE(ids, (QStringList{
                      QStringLiteral("id-ali/vpc/cn-hangzhou"), QStringLiteral("id-ali/cen/cn-hangzhou"),
                      QStringLiteral("id-ali/vpc/cn-beijing"), QStringLiteral("id-ali/cen/cn-beijing"),
                      QStringLiteral("id-ali/ecr/cn-shanghai/ecr-1"), QStringLiteral("id-ali/ecr/cn-shanghai/ecr-2"),
                      QStringLiteral("id-hw/er/cn-north-4/er-1"), QStringLiteral("id-hw/er/cn-north-4/er-2")}));
    QCOMPARE(sources.last().projectId, QStringLiteral("proj"));
}

void TestInventory::planSourcesHonoursScopeAndSkipsDisabled()
{
    Profile a = aliyunProfile(QStringLiteral("a"), {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")});
    Profile b = aliyunProfile(QStringLiteral("b"), {QStringLiteral("cn-hangzhou")});
    Profile off = aliyunProfile(QStringLiteral("off"), {QStringLiteral("cn-hangzhou")});
    off.enabled = false;
    SweepScope scope;
    scope.services = {Service::Vpc};
    scope.regions = {QStringLiteral("cn-hangzhou")};
    QCOMPARE(Inventory::planSources({a, b, off}, scope).size(), 2);
    scope.profileNames = {QStringLiteral("b")};
    const QList<SourceSpec> only = Inventory::planSources({a, b, off}, scope);
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first().id(), QStringLiteral("id-b/vpc/cn-hangzhou"));
    QVERIFY(Inventory::planSources({off}).isEmpty());
}

void TestInventory::sweepNeverExceedsGlobalAndPerProfileLimits_data()
{
    QTest::addColumn<int>("global");
    QTest::addColumn<int>("perProfile");
    QTest::addColumn<bool>("perProfileReached");
    // 4 profiles x 2 sources x 3 pages. The 8 first pages alone reach the global limit, and the per-profile one
    // when it is below 2 (the fan-out after them may or may not meet in time).
    QTest::newRow("global 3, 1 per profile") << 3 << 1 << true;
    QTest::newRow("global 5, 2 per profile") << 5 << 2 << true;
    QTest::newRow("global 7, 3 per profile") << 7 << 3 << false;
}

void TestInventory::sweepNeverExceedsGlobalAndPerProfileLimits()
{
    QFETCH(int, global);
    QFETCH(int, perProfile);
    QFETCH(bool, perProfileReached);
    CountingNam::Shared all;
    QHash<QString, CountingNam *> nams;
    auto w = makeCountingWorld(m_sandbox, m_aliyun, &all, &nams);
    SweepScope scope;
    scope.services = {Service::Vpc};
    w->inventory->setScope(scope);
    QAbstractItemModelTester tableTester(&w->table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester statusTester(&w->status, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InventorySettings settings;
    settings.maxConcurrent = global;
    settings.maxPerProfile = perProfile;
    w->inventory->setSettings(settings);
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(w->status.rowCount(), 8); // 4 accounts x 2 regions
    QCOMPARE(w->status.count(SourceStatusModel::State::Done), 8);
    // 3 pages per source, and each account's DescribeRegions (VPC only: no ECR instances to find), all through
    // the same limits.
    QCOMPARE(all.requests, 8 * 3 + 4);
    QCOMPARE(all.peak, global); // the limit, and actually reached
    int busiest = 0;
    for (const CountingNam *nam : std::as_const(nams)) {
        QVERIFY2(nam->peak() <= perProfile, qPrintable(QString::number(nam->peak())));
        busiest = std::max(busiest, nam->peak());
    }
    if (perProfileReached)
        QCOMPARE(busiest, perProfile);
    QCOMPARE(w->inventory->peakConcurrency(), global);
    QCOMPARE(w->inventory->peakConcurrencyPerProfile(), busiest);
    QCOMPARE(w->table.rowCount(), 8 * 120);
    for (const auto &e : w->status.entries()) {
        QCOMPARE(e.pages, 3);
        QCOMPARE(w->table.countOfSource(e.source.id()), 120);
    }
}

void TestInventory::everyRowArrivesWithTwentyPercentThrottlingWithinLimits()
{
    // Every service, every account; a fifth of the answers are Throttling and retried within their slot.
    test::SandboxFixture throttling;
    QString error;
    QVERIFY2(throttling.start({QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--accounts"),
                               QStringLiteral("6"), QStringLiteral("--flowlogs"), QStringLiteral("120"),
                               QStringLiteral("--throttle-rate"), QStringLiteral("0.2")},
                              &error),
             qPrintable(error));
    const int existing = throttling.stats().value(QLatin1String("flowLogs")).toInt();
    CountingNam::Shared all;
    QHash<QString, CountingNam *> nams;
    auto w = makeCountingWorld(throttling, throttling.profiles(), &all, &nams);
    QAbstractItemModelTester tableTester(&w->table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InventorySettings settings;
    settings.maxConcurrent = 6;
    settings.maxPerProfile = 2;
    settings.retry.baseDelayMs = 10;
    settings.retry.maxDelayMs = 100;
    w->inventory->setSettings(settings);
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 0);
    QCOMPARE(w->status.count(SourceStatusModel::State::Done), w->status.rowCount());
    QCOMPARE(w->table.rowCount(), existing);
    QSet<QString> keys;
    for (int i = 0; i < w->table.rowCount(); ++i)
        keys.insert(w->table.at(i).key());
    QCOMPARE(keys.size(), existing); // none twice
    const int throttled =
        throttling.stats().value(QLatin1String("faults")).toObject().value(QLatin1String("throttle")).toInt();
    QVERIFY2(throttled > 0, "the sandbox throttled nothing: the test proves nothing");
    QCOMPARE(w->inventory->requestCount(), all.requests); // retries included
    QVERIFY(all.peak <= settings.maxConcurrent);
    for (const CountingNam *nam : std::as_const(nams))
        QVERIFY(nam->peak() <= settings.maxPerProfile);
    QVERIFY(w->inventory->peakConcurrency() <= settings.maxConcurrent);
    QVERIFY(w->inventory->peakConcurrencyPerProfile() <= settings.maxPerProfile);
}

void TestInventory::refreshReplacesRowsOnlyWhenTheSourceCompletes()
{
    auto w = makeWorld(m_aliyun.mid(0, 2));
    QAbstractItemModelTester tester(&w->table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(w->table.rowCount(), 4 * 120);
    const QString firstId = w->status.entries().first().source.id();
    QCOMPARE(w->table.countOfSource(firstId), 120);

    // During the second sweep every page is buffered: no source ever shows a partial or doubled row set, and
    // rows whose data did not change are not removed and re-inserted.
    bool partial = false;
    connect(&w->status, &SourceStatusModel::progressChanged, this, [&] {
        for (const auto &e : w->status.entries()) {
            if (w->table.countOfSource(e.source.id()) != 120)
                partial = true;
        }
    });
    QSignalSpy removed(&w->table, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&w->table, &QAbstractItemModel::rowsInserted);
    QVERIFY(sweep(*w->inventory));
    QVERIFY(!partial);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(w->table.rowCount(), 4 * 120);
    QCOMPARE(w->status.count(SourceStatusModel::State::Done), 4);
}

void TestInventory::failedRefreshKeepsTheSourcesPreviousRows()
{
    auto w = makeWorld(m_aliyun.mid(0, 2));
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(w->table.rowCount(), 4 * 120);
    const Profile broken = m_aliyun.at(1);
    w->credentials.writeSecret(broken.id, QStringLiteral("not-the-secret"), {}, this, [](const ApiError &) {});
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 2);
    QCOMPARE(w->table.rowCount(), 4 * 120); // the failed sources' previous rows stayed
    for (const auto &e : w->status.entries()) {
        QCOMPARE(w->table.countOfSource(e.source.id()), 120);
        if (e.source.profileId == broken.id) {
            QCOMPARE(e.state, SourceStatusModel::State::Failed);
            QVERIFY(!e.error.code.isEmpty());
            QVERIFY(!e.error.requestId.isEmpty());
        }
    }
}

void TestInventory::wrongSecretFailsOnlyItsProfileAndOthersRowsArrive()
{
    auto w = makeWorld(m_aliyun);
    const Profile broken = m_aliyun.at(2);
    w->credentials.writeSecret(broken.id, QStringLiteral("wrong"), {}, this, [](const ApiError &) {});
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(w->status.count(SourceStatusModel::State::Failed), 2);
    QCOMPARE(w->status.count(SourceStatusModel::State::Done), 6);
    QCOMPARE(w->table.rowCount(), 6 * 120);
    for (int i = 0; i < w->table.rowCount(); ++i)
        QVERIFY(w->table.at(i).profileId != broken.id);
    const QString message = w->status.entries().at(4).error.toDisplayString();
    QVERIFY2(!message.contains(m_sandbox.secret(broken.id)), "error text must never contain the secret");
}

void TestInventory::cancelStopsQueuedAndRunningSourcesAndFinishesOnce()
{
    auto w = makeWorld(m_aliyun);
    InventorySettings settings;
    settings.maxConcurrent = 2;
    w->inventory->setSettings(settings);
    QSignalSpy done(w->inventory.get(), &Inventory::finished);
    // Cancel as soon as the first source is done: one more runs, five are queued.
    connect(w->inventory.get(), &Inventory::sourceFinished, this, [&] { w->inventory->cancel(); });
    w->inventory->refresh();
    QVERIFY(done.wait(20000));
    QVERIFY(!w->inventory->isRunning());
    QVERIFY(w->inventory->wasCancelled());
    QCOMPARE(w->status.count(SourceStatusModel::State::Running), 0);
    QCOMPARE(w->status.count(SourceStatusModel::State::Queued), 0);
    QCOMPARE(w->status.count(SourceStatusModel::State::Done), 1);
    QCOMPARE(w->status.count(SourceStatusModel::State::Cancelled), 7);
    QCOMPARE(done.size(), 1);

    // Cancel before the credentials were even read.
    done.clear();
    disconnect(w->inventory.get(), &Inventory::sourceFinished, this, nullptr);
    w->inventory->refresh();
    w->inventory->cancel();
    QCOMPARE(done.size(), 1);
    QCOMPARE(w->status.count(SourceStatusModel::State::Cancelled), 8);
}

void TestInventory::removedProfileRowsGoOnRefresh()
{
    auto w = makeWorld(m_aliyun.mid(0, 2));
    // An unscoped sweep (all services); only VPC rows are counted, other services may not be served yet.
    w->inventory->setScope({});
    QVERIFY(sweep(*w->inventory));
    const auto rowsOf = [&w](const QString &profileId) {
        int n = 0;
        for (int i = 0; i < w->table.rowCount(); ++i)
            n += w->table.at(i).profileId == profileId ? 1 : 0;
        return n;
    };
    QVERIFY(rowsOf(m_aliyun.at(1).id) >= 240);
    w->profiles.remove(m_aliyun.at(1).id);
    QVERIFY(sweep(*w->inventory));
    QCOMPARE(rowsOf(m_aliyun.at(1).id), 0);
    QVERIFY(rowsOf(m_aliyun.at(0).id) >= 240);
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
