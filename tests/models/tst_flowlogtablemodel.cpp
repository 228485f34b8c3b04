// FlowLogTableModel: page batches, atomic in-place replace, stale marks, search text; ResultsCache round trip.
#include "cacheloader.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "resultscache.h"
#include "rows.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace flowlog;
using flowlog::test::makeRow;

class TestFlowLogTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendRowsInsertsAPageInOneBatch();
    void replaceSourceRowsUpdatesInPlaceRemovesVanishedAndAppendsNew();
    void replaceSourceRowsLeavesOtherSourcesAlone();
    void removeSourceRemovesInterleavedRows();
    void staleMarkIsClearedWhenTheSourceIsReplaced();
    void searchTextHoldsEveryTextColumnCaseFolded();
    void sortRoleGivesRawValues();
    void cacheRoundTripKeepsEveryFieldAndAppliesAsStale();
    void updateRowInPlaceKeepsSortFilterAndSelection();
    void removeRowOfKeyKeepsTheOthersSelected();
};

void TestFlowLogTableModel::appendRowsInsertsAPageInOneBatch()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-2")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-3"))});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.countOfSource(QStringLiteral("s1")), 3);
    QCOMPARE(model.index(1, FlowLogTableModel::Id).data().toString(), QStringLiteral("fl-2"));
    QCOMPARE(model.rowOfKey(makeRow(QStringLiteral("a"), QStringLiteral("fl-3")).key()), 2);
}

void TestFlowLogTableModel::replaceSourceRowsUpdatesInPlaceRemovesVanishedAndAppendsNew()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-2")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-3"))});
    const QPersistentModelIndex kept = model.index(2, 0);
    FlowLog renamed = makeRow(QStringLiteral("a"), QStringLiteral("fl-3"), QStringLiteral("renamed"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.replaceSourceRows(QStringLiteral("s1"), {renamed, makeRow(QStringLiteral("a"), QStringLiteral("fl-4")),
                                                   makeRow(QStringLiteral("a"), QStringLiteral("fl-1"))});
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(changed.size() >= 1);
    // The kept row moved up by one (fl-2 removed) but is the same row, updated.
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 1);
    QCOMPARE(model.at(kept.row()).name, QStringLiteral("renamed"));
    QSet<QString> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.insert(model.at(i).id);
    QCOMPARE(ids, (QSet<QString>{QStringLiteral("fl-1"), QStringLiteral("fl-3"), QStringLiteral("fl-4")}));
    QCOMPARE(model.rowOfKey(makeRow(QStringLiteral("a"), QStringLiteral("fl-2")).key()), -1);
    QVERIFY(model.searchText(kept.row()).contains(QStringLiteral("renamed")));
}

void TestFlowLogTableModel::replaceSourceRowsLeavesOtherSourcesAlone()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1"))});
    model.appendRows(QStringLiteral("s2"), {makeRow(QStringLiteral("b"), QStringLiteral("fl-9"))});
    model.replaceSourceRows(QStringLiteral("s1"), {});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.sourceOf(0), QStringLiteral("s2"));
    QCOMPARE(model.sourceIds(), QStringList{QStringLiteral("s2")});
}

void TestFlowLogTableModel::removeSourceRemovesInterleavedRows()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 6; ++i) {
        const QString source = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        model.appendRows(source, {makeRow(source, QStringLiteral("fl-%1").arg(i))});
    }
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeSource(QStringLiteral("odd"));
    QCOMPARE(removed.size(), 3); // three separate runs
    QCOMPARE(model.rowCount(), 3);
    for (int i = 0; i < model.rowCount(); ++i)
        QCOMPARE(model.sourceOf(i), QStringLiteral("even"));
}

void TestFlowLogTableModel::staleMarkIsClearedWhenTheSourceIsReplaced()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1"))});
    model.appendRows(QStringLiteral("s2"), {makeRow(QStringLiteral("b"), QStringLiteral("fl-2"))});
    model.setSourcesStale({QStringLiteral("s1"), QStringLiteral("s2")});
    QVERIFY(model.isStale());
    QVERIFY(model.index(0, 0).data(FlowLogTableModel::StaleRole).toBool());
    model.replaceSourceRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1"))});
    const int s1Row = model.sourceOf(0) == QStringLiteral("s1") ? 0 : 1;
    QVERIFY(!model.isRowStale(s1Row));
    QVERIFY(model.isRowStale(1 - s1Row));
    model.clearStale();
    QVERIFY(!model.isStale());
}

void TestFlowLogTableModel::searchTextHoldsEveryTextColumnCaseFolded()
{
    FlowLog f = makeRow(QStringLiteral("Prod-Account"), QStringLiteral("fl-ABC"), QStringLiteral("Web Tier"));
    f.description = QStringLiteral("Mirror of PROD");
    f.tags = {Tag{QStringLiteral("Team"), QStringLiteral("Payments")}};
    const QString text = FlowLogTableModel::makeSearchText(f);
    for (const char *needle : {"prod-account", "fl-abc", "web tier", "mirror of prod", "team=payments", "vsw-fl-abc",
                               "proj", "store", "active", "alibaba cloud", "vpc", "10 min", "cn-hangzhou"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
    QVERIFY(!text.contains(QLatin1String("Web")));
}

void TestFlowLogTableModel::sortRoleGivesRawValues()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1"))});
    QCOMPARE(model.index(0, FlowLogTableModel::Interval).data(FlowLogTableModel::SortRole).userType(), QMetaType::Int);
    QCOMPARE(model.index(0, FlowLogTableModel::Created).data(FlowLogTableModel::SortRole).userType(),
             QMetaType::QDateTime);
    QCOMPARE(model.index(0, FlowLogTableModel::Interval).data().toString(), QStringLiteral("10 min"));
}

void TestFlowLogTableModel::cacheRoundTripKeepsEveryFieldAndAppliesAsStale()
{
    QTemporaryDir dir;
    FlowLogTableModel model;
    FlowLog f = makeRow(QStringLiteral("a"), QStringLiteral("fl-1"), QStringLiteral("name, with \"quotes\""));
    f.tags = {Tag{QStringLiteral("k"), QStringLiteral("v")}};
    f.deliverStatus = QStringLiteral("FAILED");
    f.deliverMessage = QStringLiteral("no permission");
    f.samplingRate = QStringLiteral("1:4096");
    model.appendRows(QStringLiteral("pid-a/vpc/cn-hangzhou"), {f});
    const QString path = dir.filePath(QStringLiteral("sub/results.json"));
    QString error;
    QVERIFY2(ResultsCache::save(path, model, &error), qPrintable(error));

    const ResultsCache::Contents contents = ResultsCache::load(path);
    QVERIFY(contents.savedAt.isValid());
    QCOMPARE(contents.sources.size(), 1);
    QCOMPARE(contents.sources.first().id, QStringLiteral("pid-a/vpc/cn-hangzhou"));
    const FlowLog back = contents.sources.first().rows.first();
    QCOMPARE(back.toJson(), f.toJson());
    QCOMPARE(back.key(), f.key());
    QCOMPARE(back.deliverMessage, f.deliverMessage);

    // Applied by the loader: stale, with the source's last-seen time (the save's, for a source never listed).
    FlowLogTableModel reloaded;
    QAbstractItemModelTester tester(&reloaded, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CacheLoader loader(&reloaded);
    QSignalSpy loaded(&loader, &CacheLoader::finished);
    loader.start(path, {});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toInt(), 1);
    QVERIFY(reloaded.isStale());
    QCOMPARE(reloaded.sourceOf(0), QStringLiteral("pid-a/vpc/cn-hangzhou"));
    QCOMPARE(reloaded.lastSeenOfRow(0), contents.savedAt);
    FlowLogTableModel refused;
    CacheLoader none(&refused);
    QSignalSpy nothing(&none, &CacheLoader::finished);
    none.start(path, [](const QString &) { return false; });
    QVERIFY(nothing.wait(10000));
    QCOMPARE(nothing.first().first().toInt(), 0);
    QCOMPARE(refused.rowCount(), 0);

    QCOMPARE(ResultsCache::load(dir.filePath(QStringLiteral("missing.json"))).sources.size(), 0);
}

// A lifecycle read changes one row (Active -> Deactivating -> Inactive): the row changes in place, the proxy re-sorts
// and re-filters it, and the selection follows the flow log, not a row number.
void TestFlowLogTableModel::updateRowInPlaceKeepsSortFilterAndSelection()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-2")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-3"))});
    FlowLogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(FlowLogTableModel::Status, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    const QModelIndex second =
        proxy.mapFromSource(model.index(model.rowOfKey(makeRow(QStringLiteral("a"), QStringLiteral("fl-2")).key()), 0));
    selection.select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    FlowLog f = makeRow(QStringLiteral("a"), QStringLiteral("fl-2"));
    f.status = QStringLiteral("Deactivating");
    f.name = QStringLiteral("renamed");
    QVERIFY(model.updateRow(f));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOfKey(f.key());
    QCOMPARE(model.at(row).status, QStringLiteral("Deactivating"));
    QVERIFY(model.searchText(row).contains(QStringLiteral("renamed")));
    // Sorted by status: "Active" < "Deactivating", so the changed row moved last, and stayed selected.
    QCOMPARE(proxy.mapToSource(proxy.index(2, 0)).row(), row);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(proxy.mapToSource(selection.selectedRows().first()).row(), row);

    FlowLog unknown = makeRow(QStringLiteral("a"), QStringLiteral("fl-9"));
    QVERIFY(!model.updateRow(unknown));
    QCOMPARE(model.rowCount(), 3);
}

void TestFlowLogTableModel::removeRowOfKeyKeepsTheOthersSelected()
{
    FlowLogTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendRows(QStringLiteral("s1"), {makeRow(QStringLiteral("a"), QStringLiteral("fl-1")),
                                            makeRow(QStringLiteral("a"), QStringLiteral("fl-2"))});
    model.appendRows(QStringLiteral("s2"), {makeRow(QStringLiteral("b"), QStringLiteral("fl-3"))});
    FlowLogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    for (int r = 0; r < proxy.rowCount(); ++r)
        selection.select(proxy.index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const QString gone = makeRow(QStringLiteral("a"), QStringLiteral("fl-2")).key();
    QVERIFY(model.removeRowOfKey(gone));
    QVERIFY(!model.removeRowOfKey(gone));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfKey(gone), -1);
    QCOMPARE(model.countOfSource(QStringLiteral("s1")), 1);
    QCOMPARE(model.sourceOf(model.rowOfKey(makeRow(QStringLiteral("b"), QStringLiteral("fl-3")).key())),
             QStringLiteral("s2"));
    QCOMPARE(selection.selectedRows().size(), 2);
}

QTEST_GUILESS_MAIN(TestFlowLogTableModel)
#include "tst_flowlogtablemodel.moc"
