// FlowLogFilterProxy's sorting by raw values: dates and numbers, text without case and its tie-breaks, natural
// order, a suspended sort, rows arriving and leaving while sorted, and random edits against an oracle.
#include "filterproxytestutil.h"
#include "flowlogfilterproxy.h"
#include "rows.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace flowlog;
using namespace flowlog::test;

class TestFlowLogFilterProxySort : public FilterProxyTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void sortsCreatedAsDatesAndIntervalAsNumbers();
    void suspendedSortAppendsAtTheEndAndResumingSortsOnce();
    void sortsTextCaseInsensitivelyAndBreaksTiesByAccountServiceRegionNameId();
    void rowsArrivingWhileSortedMergeIntoPlace();
    void namesAndAccountsSortNaturally();
    void removingScatteredRowsKeepsSelectionOnSurvivors();
    void randomEditsKeepViewEqualToFilteredSortedRows_data();
    void randomEditsKeepViewEqualToFilteredSortedRows();
};

void TestFlowLogFilterProxySort::sortsCreatedAsDatesAndIntervalAsNumbers()
{
    m_proxy->sort(FlowLogTableModel::Interval, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-a"), QStringLiteral("fl-c"), QStringLiteral("fl-b")}));
    m_proxy->sort(FlowLogTableModel::Created, Qt::DescendingOrder);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-a"), QStringLiteral("fl-c"), QStringLiteral("fl-b")}));
    m_proxy->sort(FlowLogTableModel::Created, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-b"), QStringLiteral("fl-c"), QStringLiteral("fl-a")}));
    m_proxy->sort(FlowLogTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-b"), QStringLiteral("fl-c"), QStringLiteral("fl-a")}));
}

void TestFlowLogFilterProxySort::suspendedSortAppendsAtTheEndAndResumingSortsOnce()
{
    m_proxy->sort(FlowLogTableModel::Name, Qt::AscendingOrder);
    m_proxy->setSortSuspended(true);
    QVERIFY(m_proxy->isSortSuspended());
    m_model->appendRows(QStringLiteral("s3"),
                        {makeRow(QStringLiteral("x"), QStringLiteral("fl-0"), QStringLiteral("aaa"))});
    // While a sweep runs, new rows stay where they arrive (no per-page re-sort)...
    QCOMPARE(visibleIds().constLast(), QStringLiteral("fl-0"));
    // ...and resuming sorts them into place; rows updated meanwhile are filtered again.
    m_proxy->setQuickFilter(QStringLiteral("tier"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setSortSuspended(true);
    FlowLog renamed = makeRow(QStringLiteral("x"), QStringLiteral("fl-0"), QStringLiteral("app-tier"));
    m_model->replaceSourceRows(QStringLiteral("s3"), {renamed});
    m_proxy->setSortSuspended(false);
    QVERIFY(!m_proxy->isSortSuspended());
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-0"), QStringLiteral("fl-b"), QStringLiteral("fl-a")}));
}

void TestFlowLogFilterProxySort::sortsTextCaseInsensitivelyAndBreaksTiesByAccountServiceRegionNameId()
{
    Harness h;
    FlowLogTableModel &model = h.model;
    FlowLogFilterProxy &proxy = h.proxy;
    FlowLog b = makeRow(QStringLiteral("beta"), QStringLiteral("fl-1"), QStringLiteral("Web"));
    FlowLog a2 = makeRow(QStringLiteral("Alpha"), QStringLiteral("fl-3"), QStringLiteral("web"));
    FlowLog a1 = makeRow(QStringLiteral("alpha"), QStringLiteral("fl-2"), QStringLiteral("WEB"));
    FlowLog shortName = makeRow(QStringLiteral("zeta"), QStringLiteral("fl-4"), QStringLiteral("we"));
    FlowLog longer = makeRow(QStringLiteral("zeta"), QStringLiteral("fl-5"), QStringLiteral("web-1"));
    model.appendRows(QStringLiteral("s"), {b, a2, a1, shortName, longer});

    proxy.sort(FlowLogTableModel::Name, Qt::AscendingOrder);
    // "we" < "web" (a prefix sorts first) < "web-1"; the three spellings of "web" tie and fall back to account
    // (case-insensitive, so "Alpha" and "alpha" tie again) and then id.
    QCOMPARE(visibleIdsOf(proxy), (QStringList{QStringLiteral("fl-4"), QStringLiteral("fl-2"), QStringLiteral("fl-3"),
                                               QStringLiteral("fl-1"), QStringLiteral("fl-5")}));
    proxy.sort(FlowLogTableModel::Name, Qt::DescendingOrder);
    QCOMPARE(visibleIdsOf(proxy), (QStringList{QStringLiteral("fl-5"), QStringLiteral("fl-1"), QStringLiteral("fl-3"),
                                               QStringLiteral("fl-2"), QStringLiteral("fl-4")}));
    proxy.sort(-1);
    QCOMPARE(visibleIdsOf(proxy), (QStringList{QStringLiteral("fl-1"), QStringLiteral("fl-3"), QStringLiteral("fl-2"),
                                               QStringLiteral("fl-4"), QStringLiteral("fl-5")}));
}

void TestFlowLogFilterProxySort::rowsArrivingWhileSortedMergeIntoPlace()
{
    m_proxy->sort(FlowLogTableModel::Name, Qt::AscendingOrder); // db-tier, er-attach, web-tier
    QPersistentModelIndex web = m_proxy->index(2, 0);
    QCOMPARE(web.data(FlowLogTableModel::KeyRole).toString(), m_model->at(0).key());
    // One row lands between two others (one insert), two land apart (one relayout).
    m_model->appendRows(QStringLiteral("s3"),
                        {makeRow(QStringLiteral("x"), QStringLiteral("fl-d"), QStringLiteral("dns"))});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-b"), QStringLiteral("fl-d"), QStringLiteral("fl-c"),
                                        QStringLiteral("fl-a")}));
    m_model->appendRows(QStringLiteral("s3"),
                        {makeRow(QStringLiteral("x"), QStringLiteral("fl-0"), QStringLiteral("aaa")),
                         makeRow(QStringLiteral("x"), QStringLiteral("fl-z"), QStringLiteral("zzz"))});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-0"), QStringLiteral("fl-b"), QStringLiteral("fl-d"),
                                        QStringLiteral("fl-c"), QStringLiteral("fl-a"), QStringLiteral("fl-z")}));
    // The persistent index (a selection) moved with its row.
    QVERIFY(web.isValid());
    QCOMPARE(web.row(), 4);
    QCOMPARE(web.data(FlowLogTableModel::KeyRole).toString(), m_model->at(0).key());
    // A refresh that renames a row moves it.
    FlowLog renamed = makeRow(QStringLiteral("x"), QStringLiteral("fl-0"), QStringLiteral("yak"));
    m_model->replaceSourceRows(QStringLiteral("s3"),
                               {renamed, makeRow(QStringLiteral("x"), QStringLiteral("fl-d"), QStringLiteral("dns")),
                                makeRow(QStringLiteral("x"), QStringLiteral("fl-z"), QStringLiteral("zzz"))});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("fl-b"), QStringLiteral("fl-d"), QStringLiteral("fl-c"),
                                        QStringLiteral("fl-a"), QStringLiteral("fl-0"), QStringLiteral("fl-z")}));
    QCOMPARE(web.row(), 3);
}

void TestFlowLogFilterProxySort::namesAndAccountsSortNaturally()
{
    Harness h;
    const QStringList names = {
        QStringLiteral("data-15"),          QStringLiteral("data-2"),        QStringLiteral("data-100"),
        QStringLiteral("data-02b"),         QStringLiteral("data-"),         QStringLiteral("data-x"),
        QStringLiteral("data-12345678901"), QStringLiteral("data-999999999")};
    QList<FlowLog> rows;
    for (qsizetype i = 0; i < names.size(); ++i)
        rows << makeRow(QStringLiteral("acct-%1").arg(10 - i), QStringLiteral("fl-%1").arg(i), names.at(i));
    h.model.appendRows(QStringLiteral("s"), rows);
    h.proxy.sort(FlowLogTableModel::Name, Qt::AscendingOrder);
    QStringList sorted;
    for (int i = 0; i < h.proxy.rowCount(); ++i)
        sorted << h.proxy.index(i, FlowLogTableModel::Name).data().toString();
    // Numbers by value, "02b" as 2 then "b", a run as a digit against letters and the end of the name.
    QCOMPARE(sorted,
             (QStringList{QStringLiteral("data-"), QStringLiteral("data-2"), QStringLiteral("data-02b"),
                          QStringLiteral("data-15"), QStringLiteral("data-100"), QStringLiteral("data-999999999"),
                          QStringLiteral("data-12345678901"), QStringLiteral("data-x")}));
    h.proxy.sort(FlowLogTableModel::Account, Qt::AscendingOrder);
    QCOMPARE(h.proxy.index(0, FlowLogTableModel::Account).data().toString(), QStringLiteral("acct-3"));
    QCOMPARE(h.proxy.index(h.proxy.rowCount() - 1, FlowLogTableModel::Account).data().toString(),
             QStringLiteral("acct-10"));
    QStringList oracle; // the independent comparator of the random test agrees
    for (const int row : expectedOrder(h.model, h.proxy))
        oracle << h.model.at(row).id;
    QCOMPARE(visibleIdsOf(h.proxy), oracle);
}

void TestFlowLogFilterProxySort::removingScatteredRowsKeepsSelectionOnSurvivors()
{
    // Two sources interleaved by the sort: removing one removes every other view row.
    Harness h;
    FlowLogTableModel &model = h.model;
    FlowLogFilterProxy &proxy = h.proxy;
    QList<FlowLog> odd;
    QList<FlowLog> even;
    for (int i = 0; i < 20; ++i) {
        const FlowLog row = makeRow(QStringLiteral("a"), QStringLiteral("fl-%1").arg(i, 2, 10, QLatin1Char('0')));
        (i % 2 ? odd : even).append(row);
    }
    model.appendRows(QStringLiteral("odd"), odd);
    model.appendRows(QStringLiteral("even"), even);
    proxy.sort(FlowLogTableModel::Id);
    QPersistentModelIndex survivor = proxy.index(6, 3); // fl-06
    QPersistentModelIndex doomed = proxy.index(7, 3);   // fl-07
    QCOMPARE(survivor.data(FlowLogTableModel::KeyRole).toString(), even.at(3).key());
    QCOMPARE(doomed.data(FlowLogTableModel::KeyRole).toString(), odd.at(3).key());
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    model.removeSource(QStringLiteral("odd"));
    QCOMPARE(layouts.count(), 1); // one relayout, not ten removals
    QCOMPARE(proxy.rowCount(), 10);
    QVERIFY(!doomed.isValid());
    QCOMPARE(survivor.row(), 3);
    QCOMPARE(survivor.column(), 3);
    QCOMPARE(survivor.data(FlowLogTableModel::KeyRole).toString(), even.at(3).key());
    QCOMPARE(shownOrder(proxy), expectedOrder(model, proxy));
}

void TestFlowLogFilterProxySort::randomEditsKeepViewEqualToFilteredSortedRows_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 2u, 3u, 42u, 2026u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestFlowLogFilterProxySort::randomEditsKeepViewEqualToFilteredSortedRows()
{
    // Appends, refreshes, removals, filters, sorts and sweeps in random order; after every step the view must
    // hold exactly the accepted rows in the order the oracle sorts them, and a persistent index (the
    // selection) must stay on its row while that row is shown.
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    Harness h;
    FlowLogTableModel &model = h.model;
    FlowLogFilterProxy &proxy = h.proxy;
    const QStringList accounts = {QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("gamma")};
    const QStringList regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-Shanghai"), QStringLiteral("北京")};
    const QStringList names = {QStringLiteral("web"),     QStringLiteral("Web-1"), QStringLiteral("web-10"),
                               QStringLiteral("web-2"),   QStringLiteral("db"),    QStringLiteral("数据"),
                               QStringLiteral("DB-tier"), QStringLiteral("")};
    const QStringList words = {QStringLiteral("web"),   QStringLiteral("we"),       QStringLiteral("db"),
                               QStringLiteral("alpha"), QStringLiteral("shanghai"), QStringLiteral("fl-1"),
                               QStringLiteral("数")};
    const int columns[] = {FlowLogTableModel::Account, FlowLogTableModel::Region,  FlowLogTableModel::Name,
                           FlowLogTableModel::Id,      FlowLogTableModel::Created, FlowLogTableModel::Interval,
                           FlowLogTableModel::Tags,    FlowLogTableModel::Status,  FlowLogTableModel::ServiceColumn};
    int nextId = 0;
    const auto randomRow = [&](const QString &id) {
        FlowLog f =
            makeRow(accounts.at(rng.bounded(int(accounts.size()))), id, names.at(rng.bounded(int(names.size()))));
        f.region = regions.at(rng.bounded(int(regions.size())));
        f.service = rng.bounded(2) ? Service::Vpc : Service::Cen;
        f.intervalSeconds = QList<int>{60, 300, 600}.at(rng.bounded(3));
        f.created = rng.bounded(5) == 0
                        ? QDateTime()
                        : QDateTime(QDate(2024, 1, 1 + int(rng.bounded(3))), QTime(0, 0), QTimeZone::utc());
        if (rng.bounded(2))
            f.tags.append(Tag{QStringLiteral("env"), rng.bounded(2) ? QStringLiteral("prod") : QStringLiteral("")});
        if (rng.bounded(3) == 0)
            f.status = QStringLiteral("Inactive");
        return f;
    };
    QHash<QString, QList<FlowLog>> sources;
    QPersistentModelIndex selected;
    QString selectedKey;
    for (int step = 0; step < 400; ++step) {
        const QString source = QStringLiteral("src-%1").arg(rng.bounded(4));
        switch (rng.bounded(9)) {
        case 0:
        case 1: {
            QList<FlowLog> page;
            for (int i = int(rng.bounded(1, 8)); i > 0; --i)
                page.append(randomRow(QStringLiteral("fl-%1").arg(nextId++)));
            sources[source] += page;
            model.appendRows(source, page);
            break;
        }
        case 2: { // a refresh: some rows change, some vanish, some are new
            QList<FlowLog> rows;
            for (const FlowLog &old : std::as_const(sources[source])) {
                if (rng.bounded(4) == 0)
                    continue;
                rows.append(rng.bounded(2) ? randomRow(old.id) : old);
            }
            if (rng.bounded(2))
                rows.append(randomRow(QStringLiteral("fl-%1").arg(nextId++)));
            sources[source] = rows;
            model.replaceSourceRows(source, rows);
            break;
        }
        case 3:
            sources.remove(source);
            model.removeSource(source);
            break;
        case 4:
            proxy.setQuickFilter(rng.bounded(3) == 0 ? QString()
                                                     : words.at(rng.bounded(int(words.size()))) +
                                                           (rng.bounded(2) ? QString() : QStringLiteral(" w")));
            break;
        case 5: {
            QSet<QString> facet;
            for (const QString &r : regions) {
                if (rng.bounded(2))
                    facet.insert(r);
            }
            proxy.setFacet(FlowLogFilterProxy::Facet::Region, facet);
            break;
        }
        case 6:
            proxy.sort(rng.bounded(8) == 0 ? -1 : columns[rng.bounded(int(std::size(columns)))],
                       rng.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            break;
        case 7:
            proxy.setSortSuspended(!proxy.isSortSuspended());
            break;
        case 8:
            proxy.setProblemsOnly(rng.bounded(2));
            break;
        }
        const QList<int> expected = expectedOrder(model, proxy);
        const QList<int> shown = shownOrder(proxy);
        if (proxy.isSortSuspended()) {
            QList<int> a = expected;
            QList<int> b = shown;
            std::sort(a.begin(), a.end());
            std::sort(b.begin(), b.end());
            QCOMPARE(b, a);
        } else {
            QCOMPARE(shown, expected);
        }
        for (int i = 0; i < proxy.rowCount(); ++i)
            QCOMPARE(proxy.mapFromSource(proxy.mapToSource(proxy.index(i, 2))), proxy.index(i, 2));
        if (selected.isValid()) {
            QCOMPARE(selected.data(FlowLogTableModel::KeyRole).toString(), selectedKey);
        } else if (!selectedKey.isEmpty()) {
            const int row = model.rowOfKey(selectedKey);
            QVERIFY2(row < 0 || !proxy.mapFromSource(model.index(row, 0)).isValid(),
                     "the selected row is shown but its persistent index was lost");
            selectedKey.clear(); // a hidden row loses its selection for good, as in any proxy
        }
        if (!selected.isValid() && proxy.rowCount() > 0) {
            selected = proxy.index(int(rng.bounded(proxy.rowCount())), 1);
            selectedKey = selected.data(FlowLogTableModel::KeyRole).toString();
        }
    }
}

QTEST_GUILESS_MAIN(TestFlowLogFilterProxySort)
#include "tst_flowlogfilterproxysort.moc"
