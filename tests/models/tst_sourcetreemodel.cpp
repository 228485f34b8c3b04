// SourceTreeModel: the sources of a sweep as account > service > region [> instance] under QAbstractItemModelTester:
// structure and natural order, aggregated states, counts and failures, failure lines, row counts that follow the
// table, in-place updates across sweeps over the same sources, coalesced notifications, and tens of thousands of
// nodes.
#include "flowlogtablemodel.h"
#include "rows.h"
#include "sourceid.h"
#include "sourcetreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace flowlog;
using State = SourceStatusModel::State;
using Tree = SourceTreeModel;

namespace {

SourceSpec source(const QString &account, Service service, const QString &region, const QString &instance = {})
{
    SourceSpec s;
    s.profileId = QStringLiteral("pid-") + account;
    s.profileName = account;
    s.service = service;
    s.region = region;
    s.instanceId = instance;
    return s;
}

QList<FlowLog> rowsFor(const SourceSpec &s, int n, int first = 0)
{
    QList<FlowLog> out;
    for (int i = first; i < first + n; ++i) {
        FlowLog f = test::makeRow(s.profileName, QStringLiteral("fl-%1-%2").arg(s.id()).arg(i));
        f.profileId = s.profileId;
        f.service = s.service;
        f.region = s.region;
        out.append(f);
    }
    return out;
}

ApiError failure(const QString &code)
{
    ApiError e;
    e.kind = ApiError::Kind::Provider;
    e.httpStatus = 403;
    e.code = code;
    e.message = QStringLiteral("The specified signature is not matched.");
    e.requestId = QStringLiteral("RID-1");
    return e;
}

struct World
{
    SourceStatusModel status;
    FlowLogTableModel table;
    Tree tree{&status, &table};
    QAbstractItemModelTester tester{&tree, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// The usual mix: two Alibaba accounts (VPC and CEN in two regions, one ECR instance) and a Huawei account (ER
// routers in two regions, two in one of them).
QList<SourceSpec> mix()
{
    QList<SourceSpec> out;
    for (const QString &account : {QStringLiteral("data-15"), QStringLiteral("data-2")}) {
        for (const QString &region : {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")}) {
            out << source(account, Service::Vpc, region) << source(account, Service::Cen, region);
        }
        out << source(account, Service::Ecr, QStringLiteral("cn-shanghai"), QStringLiteral("ecr-") + account);
    }
    out << source(QStringLiteral("hw"), Service::Er, QStringLiteral("cn-north-4"), QStringLiteral("er-a"))
        << source(QStringLiteral("hw"), Service::Er, QStringLiteral("cn-north-4"), QStringLiteral("er-b"))
        << source(QStringLiteral("hw"), Service::Er, QStringLiteral("ap-southeast-1"), QStringLiteral("er-c"));
    return out;
}

// Every source node under parent, depth first.
void collectSources(const QAbstractItemModel &model, const QModelIndex &parent, QStringList &out)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (const QVariant id = i.data(Tree::SourceIdRole); id.isValid())
            out << id.toString();
        collectSources(model, i, out);
    }
}

} // namespace

class TestSourceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsServicesRegionsAndInstancesInNaturalOrder();
    void statesAggregateUpTheTree();
    void failedSourceGetsOneFailureLineThatGoesWhenItRecovers();
    void rowCountsFollowTheTableAndNeverDropDuringARefresh();
    void aSweepOverTheSameSourcesUpdatesInPlace();
    void otherSourcesRebuildTheTree();
    void notificationsAreCoalescedPerParent();
    void tensOfThousandsOfNodesUpdateInLinearTime();
    void organisationsGroupTheirAccountsAndDiscoveryFailuresAreNodes();
    void membersAreUnderTheirOrganisationBeforeDiscoveryEnds();
};

void TestSourceTreeModel::accountsServicesRegionsAndInstancesInNaturalOrder()
{
    World w;
    const QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    QCOMPARE(w.tree.rowCount(), 3);
    QCOMPARE(w.tree.index(0, 0).data().toString(), QStringLiteral("data-2")); // natural order: 2 before 15
    QCOMPARE(w.tree.index(1, 0).data().toString(), QStringLiteral("data-15"));
    QCOMPARE(w.tree.index(2, 0).data().toString(), QStringLiteral("hw"));

    const QModelIndex data2 = w.tree.index(0, 0);
    QCOMPARE(static_cast<Tree::Kind>(data2.data(Tree::KindRole).toInt()), Tree::Kind::Account);
    QCOMPARE(w.tree.rowCount(data2), 3); // VPC, CEN, ECR as planned
    const QModelIndex vpc = w.tree.index(0, 0, data2);
    QCOMPARE(vpc.data().toString(), QStringLiteral("VPC"));
    QCOMPARE(vpc.data(Tree::ServiceRole).toString(), QStringLiteral("vpc"));
    QCOMPARE(w.tree.rowCount(vpc), 2);
    const QModelIndex hangzhou = w.tree.index(0, 0, vpc);
    QCOMPARE(static_cast<Tree::Kind>(hangzhou.data(Tree::KindRole).toInt()), Tree::Kind::Region);
    QCOMPARE(hangzhou.data(Tree::SourceIdRole).toString(),
             source(QStringLiteral("data-2"), Service::Vpc, QStringLiteral("cn-hangzhou")).id());
    QCOMPARE(w.tree.rowCount(hangzhou), 0);

    // Instance services get a region level with the instances beneath.
    const QModelIndex ecr = w.tree.index(2, 0, data2);
    const QModelIndex shanghai = w.tree.index(0, 0, ecr);
    QVERIFY(!shanghai.data(Tree::SourceIdRole).isValid());
    const QModelIndex instance = w.tree.index(0, 0, shanghai);
    QCOMPARE(static_cast<Tree::Kind>(instance.data(Tree::KindRole).toInt()), Tree::Kind::Instance);
    QCOMPARE(instance.data().toString(), QStringLiteral("ecr-data-2"));
    QCOMPARE(shanghai.data(Tree::SourceIdsRole).toStringList(),
             QStringList{instance.data(Tree::SourceIdRole).toString()});
    const QModelIndex hw = w.tree.index(2, 0);
    const QModelIndex er = w.tree.index(0, 0, hw);
    QCOMPARE(w.tree.rowCount(er), 2);
    QCOMPARE(w.tree.rowCount(w.tree.index(0, 0, er)), 2); // er-a, er-b in cn-north-4

    // Every source appears exactly once, and each node lists the sources beneath it.
    QStringList all;
    collectSources(w.tree, {}, all);
    QCOMPARE(all.size(), sources.size());
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), sources.size());
    QCOMPARE(data2.data(Tree::SourceIdsRole).toStringList().size(), 5);
    QCOMPARE(data2.data(Tree::SourceCountRole).toInt(), 5);
    QCOMPARE(w.tree.indexOfSource(sources.first().id()).data(Tree::SourceIdRole).toString(), sources.first().id());
    QCOMPARE(w.tree.indexOfKey(hangzhou.data(Tree::NodeKeyRole).toString()), hangzhou);
    QVERIFY(w.tree.flags(hangzhou) & Qt::ItemIsSelectable);
}

void TestSourceTreeModel::statesAggregateUpTheTree()
{
    World w;
    const QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    const auto state = [](const QModelIndex &i) { return static_cast<State>(i.data(Tree::StateRole).toInt()); };
    const QModelIndex data2 = w.tree.index(0, 0);
    const QModelIndex vpc = w.tree.index(0, 0, data2);
    const QModelIndex hangzhou = w.tree.index(0, 0, vpc);
    const QModelIndex shanghai = w.tree.index(1, 0, vpc);
    QCOMPARE(state(hangzhou), State::Queued);
    QCOMPARE(state(vpc), State::Running); // a group with queued sources is busy
    const SourceSpec hz = source(QStringLiteral("data-2"), Service::Vpc, QStringLiteral("cn-hangzhou"));
    const SourceSpec sh = source(QStringLiteral("data-2"), Service::Vpc, QStringLiteral("cn-shanghai"));
    w.status.markRunning(hz.id());
    QCOMPARE(state(hangzhou), State::Running);
    w.status.markFinished(hz.id(), {});
    w.status.markRunning(sh.id());
    w.status.markFinished(sh.id(), failure(QStringLiteral("SignatureDoesNotMatch")));
    QCOMPARE(state(hangzhou), State::Done);
    QCOMPARE(state(shanghai), State::Failed);
    QCOMPARE(state(vpc), State::Failed);
    QCOMPARE(vpc.data(Tree::FailedCountRole).toInt(), 1);
    QCOMPARE(state(data2), State::Running); // CEN and ECR still queued
    QCOMPARE(data2.data(Tree::FailedCountRole).toInt(), 1);
    for (const SourceSpec &s : sources) {
        if (s.profileName == QLatin1String("data-2") && s.service != Service::Vpc)
            w.status.markFinished(s.id(), {});
    }
    QCOMPARE(state(data2), State::Failed);
    QVERIFY(data2.data(Qt::ToolTipRole).toString().contains(QLatin1String("1 failed")));
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Aborted;
    w.status.markFinished(sh.id(), cancelled);
    QCOMPARE(state(vpc), State::Cancelled);
    QCOMPARE(vpc.data(Tree::FailedCountRole).toInt(), 0);
}

void TestSourceTreeModel::failedSourceGetsOneFailureLineThatGoesWhenItRecovers()
{
    World w;
    const QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    const SourceSpec er = sources.last(); // an instance source
    const QModelIndex leaf = w.tree.indexOfSource(er.id());
    QCOMPARE(w.tree.rowCount(leaf), 0);
    QSignalSpy inserted(&w.tree, &QAbstractItemModel::rowsInserted);
    w.status.markFinished(er.id(), failure(QStringLiteral("APIGW.0301")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(w.tree.rowCount(leaf), 1);
    const QModelIndex line = w.tree.index(0, 0, leaf);
    QCOMPARE(static_cast<Tree::Kind>(line.data(Tree::KindRole).toInt()), Tree::Kind::Error);
    QVERIFY(line.data().toString().startsWith(QLatin1String("APIGW.0301: ")));
    QVERIFY(line.data(Qt::ToolTipRole).toString().contains(QLatin1String("RID-1"))); // the request id reaches the user
    QVERIFY(leaf.data(Tree::ErrorRole).toString().contains(QLatin1String("APIGW.0301")));
    QVERIFY(!(w.tree.flags(line) & Qt::ItemIsSelectable));
    QCOMPARE(w.tree.rowCount(line), 0);
    // The same failure again adds no second line; the next sweep (all queued, then done) removes it.
    w.status.markFinished(er.id(), failure(QStringLiteral("APIGW.0301")));
    QCOMPARE(w.tree.rowCount(leaf), 1);
    w.status.setSources(sources);
    QCOMPARE(w.tree.rowCount(leaf), 0);
    w.status.markFinished(er.id(), {});
    QCOMPARE(w.tree.rowCount(leaf), 0);
}

void TestSourceTreeModel::rowCountsFollowTheTableAndNeverDropDuringARefresh()
{
    World w;
    const QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    const SourceSpec hz = source(QStringLiteral("data-2"), Service::Vpc, QStringLiteral("cn-hangzhou"));
    const SourceSpec cen = source(QStringLiteral("data-2"), Service::Cen, QStringLiteral("cn-hangzhou"));
    const QModelIndex account = w.tree.index(0, 0);
    const QModelIndex leaf = w.tree.indexOfSource(hz.id());
    // First fill: page by page.
    w.table.appendRows(hz.id(), rowsFor(hz, 50));
    QCOMPARE(leaf.data(Tree::RowsRole).toInt(), 50);
    w.table.appendRows(hz.id(), rowsFor(hz, 20, 50));
    w.table.appendRows(cen.id(), rowsFor(cen, 5));
    QCOMPARE(leaf.data(Tree::RowsRole).toInt(), 70);
    QCOMPARE(w.tree.index(leaf.row(), Tree::RowsColumn, leaf.parent()).data().toString(), QStringLiteral("70"));
    QCOMPARE(account.data(Tree::RowsRole).toInt(), 75);
    // A refresh: the sweep starts over, the table keeps the old rows until the source completes.
    w.status.setSources(sources);
    w.status.markRunning(hz.id());
    w.status.addPage(hz.id(), 50);
    QCOMPARE(leaf.data(Tree::RowsRole).toInt(), 70);
    w.table.replaceSourceRows(hz.id(), rowsFor(hz, 60));
    QCOMPARE(leaf.data(Tree::RowsRole).toInt(), 60);
    QCOMPARE(account.data(Tree::RowsRole).toInt(), 65);
    // A created flow log counts at once; a removed source's rows go.
    FlowLog created = rowsFor(hz, 1, 1000).first();
    w.table.appendRows(hz.id(), {created});
    QCOMPARE(leaf.data(Tree::RowsRole).toInt(), 61);
    w.table.removeSource(cen.id());
    QCOMPARE(account.data(Tree::RowsRole).toInt(), 61);
    w.table.clear();
    QCOMPARE(account.data(Tree::RowsRole).toInt(), 0);
}

void TestSourceTreeModel::aSweepOverTheSameSourcesUpdatesInPlace()
{
    World w;
    const QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    const QPersistentModelIndex leaf = w.tree.indexOfSource(sources.at(3).id());
    QSignalSpy reset(&w.tree, &QAbstractItemModel::modelReset);
    for (const SourceSpec &s : sources)
        w.status.markFinished(s.id(), {});
    w.status.setSources(sources); // the next refresh
    QCOMPARE(reset.size(), 0);
    QVERIFY(leaf.isValid());
    QCOMPARE(leaf.data(Tree::SourceIdRole).toString(), sources.at(3).id());
    QCOMPARE(static_cast<State>(leaf.data(Tree::StateRole).toInt()), State::Queued);
}

void TestSourceTreeModel::otherSourcesRebuildTheTree()
{
    World w;
    QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    QSignalSpy reset(&w.tree, &QAbstractItemModel::modelReset);
    sources.removeLast();
    sources << source(QStringLiteral("data-3"), Service::Vpc, QStringLiteral("cn-beijing"));
    w.status.setSources(sources);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(w.tree.rowCount(), 4);
    QCOMPARE(w.tree.index(1, 0).data().toString(), QStringLiteral("data-3"));
    QVERIFY(!w.tree.indexOfSource(mix().last().id()).isValid());
    // A renamed profile (same id) shows its new name.
    for (SourceSpec &s : sources) {
        if (s.profileName == QLatin1String("data-3"))
            s.profileName = QStringLiteral("data-30");
    }
    w.status.setSources(sources);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(w.tree.index(2, 0).data().toString(), QStringLiteral("data-30"));
}

void TestSourceTreeModel::notificationsAreCoalescedPerParent()
{
    World w;
    const QList<SourceSpec> sources = mix();
    w.status.setSources(sources);
    QSignalSpy changed(&w.tree, &QAbstractItemModel::dataChanged);
    // 11 sources x 5 pages: data() follows at once, the view hears about it once per parent.
    for (int page = 0; page < 5; ++page) {
        for (const SourceSpec &s : sources) {
            w.status.markRunning(s.id());
            w.status.addPage(s.id(), 10);
        }
    }
    QCOMPARE(changed.size(), 0);
    QCOMPARE(static_cast<State>(w.tree.indexOfSource(sources.first().id()).data(Tree::StateRole).toInt()),
             State::Running);
    QTRY_VERIFY(!changed.isEmpty());
    // Parents of changed nodes: the top level, 3 accounts, 7 services, 4 regions with instances.
    QVERIFY2(changed.size() <= 15, qPrintable(QString::number(changed.size())));
    QSet<QPersistentModelIndex> parentsSeen;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from.parent(), to.parent());
        QCOMPARE(to.column(), Tree::ColumnCount - 1);
        QVERIFY(!parentsSeen.contains(from.parent())); // one range per parent
        parentsSeen.insert(from.parent());
    }
    // Every source's own row was covered.
    for (const SourceSpec &s : sources) {
        const QModelIndex leaf = w.tree.indexOfSource(s.id());
        bool covered = false;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex from = args.at(0).toModelIndex();
            covered = covered || (from.parent() == leaf.parent() && from.row() <= leaf.row() &&
                                  leaf.row() <= args.at(1).toModelIndex().row());
        }
        QVERIFY2(covered, qPrintable(s.id()));
    }
    changed.clear();
    w.tree.setNotifyInterval(0);
    w.table.appendRows(sources.first().id(), rowsFor(sources.first(), 1));
    w.tree.flush();
    QCOMPARE(changed.size(), 3); // the source among its siblings, its service, its account
}

void TestSourceTreeModel::tensOfThousandsOfNodesUpdateInLinearTime()
{
    // 2,000 accounts x (VPC + CEN) x 5 regions: 20,000 sources, ~26,000 nodes.
    QList<SourceSpec> sources;
    for (int a = 0; a < 2000; ++a) {
        for (const Service service : {Service::Vpc, Service::Cen}) {
            for (int r = 0; r < 5; ++r)
                sources << source(QStringLiteral("acct-%1").arg(a), service, QStringLiteral("region-%1").arg(r));
        }
    }
    SourceStatusModel status;
    FlowLogTableModel table;
    Tree tree(&status, &table);
    status.setSources(sources);
    QCOMPARE(tree.nodeCount(), 26000);
    QCOMPARE(tree.rowCount(), 2000);
    QCOMPARE(tree.index(0, 0).data(Tree::SourceCountRole).toInt(), 10);
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    // A whole sweep's worth of status changes and pages: each touches its source and three ancestors only.
    QElapsedTimer clock;
    clock.start();
    for (const SourceSpec &s : std::as_const(sources)) {
        status.markRunning(s.id());
        table.appendRows(s.id(), rowsFor(s, 2));
        status.addPage(s.id(), 2);
        status.markFinished(s.id(), {});
    }
    tree.flush();
    const qint64 ms = clock.elapsed();
    qInfo("20,000 sources, 26,000 nodes: a sweep's updates took %lld ms in the model and table", ms);
    int total = 0;
    for (int a = 0; a < tree.rowCount(); ++a)
        total += tree.index(a, 0).data(Tree::RowsRole).toInt();
    QCOMPARE(total, 40000);
    QCOMPARE(static_cast<State>(tree.index(0, 0).data(Tree::StateRole).toInt()), State::Done);
    // One range per parent that changed (2,000 accounts' services and regions, plus the top level), not per node.
    QVERIFY2(changed.size() <= 2000 * 3 + 1, qPrintable(QString::number(changed.size())));
}

void TestSourceTreeModel::organisationsGroupTheirAccountsAndDiscoveryFailuresAreNodes()
{
    World w;
    // An organisation profile "org" (its own account and members 7 and 10), a plain account whose region discovery
    // failed, and a member that could not be reached (no sources, one failure).
    DiscoveredAccount own;
    own.profileId = QStringLiteral("pid-org");
    own.profileName = QStringLiteral("org");
    DiscoveredAccount m10 = own;
    m10.accountId = QStringLiteral("10");
    m10.displayName = QStringLiteral("m10");
    m10.organization = QStringLiteral("org");
    DiscoveredAccount m7 = m10;
    m7.accountId = QStringLiteral("7");
    m7.displayName = QStringLiteral("m7");
    DiscoveredAccount lost = m10;
    lost.accountId = QStringLiteral("99");
    lost.displayName = QStringLiteral("lost");
    lost.reachable = false;
    lost.failures.append({DiscoveryFailure::Step::Access, {}, failure(QStringLiteral("EntityNotExist.Role")), {}});
    DiscoveredAccount plain;
    plain.profileId = QStringLiteral("pid-plain");
    plain.profileName = QStringLiteral("plain");
    plain.failures.append({DiscoveryFailure::Step::Regions,
                           {},
                           failure(QStringLiteral("NoPermission")),
                           QStringLiteral("Listing the configured regions instead: cn-hangzhou.")});
    QList<SourceSpec> sources;
    for (const DiscoveredAccount &a : {own, m10, m7, plain}) {
        SourceSpec s = source(a.profileName, Service::Vpc, QStringLiteral("cn-hangzhou"));
        s.profileId = a.profileId;
        s.accountId = a.accountId;
        s.accountName = a.accountId.isEmpty() ? QString() : a.label();
        sources.append(s);
    }
    SourceSpec ecr =
        source(QStringLiteral("plain"), Service::Ecr, QStringLiteral("cn-shanghai"), QStringLiteral("ecr-1"));
    ecr.profileId = plain.profileId;
    sources.append(ecr);
    w.status.setDiscovery({own, m10, m7, lost, plain});
    w.status.setSources(sources);

    QCOMPARE(w.tree.rowCount(), 2);
    const QModelIndex org = w.tree.index(0, 0);
    QCOMPARE(org.data().toString(), QStringLiteral("org"));
    QCOMPARE(static_cast<Tree::Kind>(org.data(Tree::KindRole).toInt()), Tree::Kind::Organization);
    QVERIFY(!org.data(Tree::AccountRole).isValid()); // its rows are its accounts': selected by source
    QCOMPARE(org.data(Tree::SourceIdsRole).toStringList().size(), 3);
    // Its accounts in natural order, members by "name (id)"; the unreachable one with only its failure.
    QCOMPARE(w.tree.rowCount(org), 4);
    QCOMPARE(w.tree.index(0, 0, org).data().toString(), QStringLiteral("lost (99)"));
    QCOMPARE(w.tree.index(1, 0, org).data().toString(), QStringLiteral("m7 (7)"));
    QCOMPARE(w.tree.index(2, 0, org).data().toString(), QStringLiteral("m10 (10)"));
    QCOMPARE(w.tree.index(3, 0, org).data().toString(), QStringLiteral("org"));
    QCOMPARE(w.tree.index(1, 0, org).data(Tree::AccountRole).toString(), QStringLiteral("m7 (7)"));
    const QModelIndex lostNode = w.tree.index(0, 0, org);
    QCOMPARE(w.tree.rowCount(lostNode), 1);
    const QModelIndex denied = w.tree.index(0, 0, lostNode);
    QCOMPARE(static_cast<Tree::Kind>(denied.data(Tree::KindRole).toInt()), Tree::Kind::Discovery);
    QVERIFY(denied.data().toString().contains(QStringLiteral("EntityNotExist.Role")));
    QVERIFY(denied.data(Tree::ErrorRole).toString().contains(QStringLiteral("RID-1")));
    QCOMPARE(static_cast<State>(lostNode.data(Tree::StateRole).toInt()), State::Failed);
    QCOMPARE(org.data(Tree::FailedCountRole).toInt(), 1);

    // The plain account: its failure is a node beside its services, saying what is listed instead.
    const QModelIndex plainNode = w.tree.index(1, 0);
    QCOMPARE(plainNode.data().toString(), QStringLiteral("plain"));
    QCOMPARE(static_cast<Tree::Kind>(plainNode.data(Tree::KindRole).toInt()), Tree::Kind::Account);
    QCOMPARE(w.tree.rowCount(plainNode), 3); // VPC, ECR, the failure
    const QModelIndex regionsFailed = w.tree.index(2, 0, plainNode);
    QCOMPARE(static_cast<Tree::Kind>(regionsFailed.data(Tree::KindRole).toInt()), Tree::Kind::Discovery);
    QVERIFY(regionsFailed.data().toString().contains(QStringLiteral("NoPermission")));
    QVERIFY(regionsFailed.data().toString().contains(QStringLiteral("configured regions instead: cn-hangzhou")));
    QCOMPARE(plainNode.data(Tree::FailedCountRole).toInt(), 1);
    // An ECR node says it lists every region's flow logs.
    const QModelIndex ecrRegion = w.tree.index(0, 0, w.tree.index(1, 0, plainNode));
    QVERIFY2(ecrRegion.data().toString().contains(QStringLiteral("every region")),
             qPrintable(ecrRegion.data().toString()));

    // The same sources with the failure gone: the tree follows (no stale failure node).
    plain.failures.clear();
    w.status.setDiscovery({own, m10, m7, lost, plain});
    w.status.setSources(sources);
    QCOMPARE(w.tree.rowCount(w.tree.index(1, 0)), 2);
}

// While discovery still runs (no discovered accounts yet), the members whose sources are planned are already under
// their organisation, beside the management account's own sources.
void TestSourceTreeModel::membersAreUnderTheirOrganisationBeforeDiscoveryEnds()
{
    World w;
    QList<SourceSpec> sources;
    for (const QString &id : {QString(), QStringLiteral("10"), QStringLiteral("7")}) {
        SourceSpec s = source(QStringLiteral("org"), Service::Vpc, QStringLiteral("cn-hangzhou"));
        s.profileId = QStringLiteral("pid-org");
        s.accountId = id;
        s.accountName = id.isEmpty() ? QString() : QStringLiteral("m%1 (%1)").arg(id);
        sources.append(s);
    }
    w.status.setSources(sources);
    QCOMPARE(w.tree.rowCount(), 1);
    const QModelIndex org = w.tree.index(0, 0);
    QCOMPARE(static_cast<Tree::Kind>(org.data(Tree::KindRole).toInt()), Tree::Kind::Organization);
    QCOMPARE(w.tree.rowCount(org), 3);
    QCOMPARE(w.tree.index(0, 0, org).data().toString(), QStringLiteral("m7 (7)"));
    QCOMPARE(w.tree.index(1, 0, org).data().toString(), QStringLiteral("m10 (10)"));
    QCOMPARE(w.tree.index(2, 0, org).data().toString(), QStringLiteral("org"));
}

QTEST_GUILESS_MAIN(TestSourceTreeModel)
#include "tst_sourcetreemodel.moc"
