// FlowLogFilterProxy: quick filter words, facets, problems only, sorting by raw values.
#include "flowlogfilterproxy.h"
#include "rows.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace flowlog;
using flowlog::test::makeRow;

class TestFlowLogFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quickFilterMatchesEveryWordInAnyTextColumn_data();
    void quickFilterMatchesEveryWordInAnyTextColumn();
    void facetsNarrowAndCombine();
    void problemsOnlyKeepsDeliveryFailuresAndInactive();
    void sourceFilterKeepsRowsOfThoseSources();
    void sortsCreatedAsDatesAndIntervalAsNumbers();
    void visibleRowsFollowViewOrder();
    void rowsAppendedLaterAreFiltered();
    void suspendedSortAppendsAtTheEndAndResumingSortsOnce();
    void quickFilterOver100kRows();
    void sortsTextCaseInsensitivelyAndBreaksTiesByAccountServiceRegionNameId();
    void rowsArrivingWhileSortedMergeIntoPlace();
    void namesAndAccountsSortNaturally();
    void removingScatteredRowsKeepsSelectionOnSurvivors();
    void narrowingAndWideningFiltersAgreeWithAFullFilter();
    void randomEditsKeepViewEqualToFilteredSortedRows_data();
    void randomEditsKeepViewEqualToFilteredSortedRows();

private:
    [[nodiscard]] QStringList visibleIds() const;

    FlowLogTableModel *m_model = nullptr;
    FlowLogFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestFlowLogFilterProxy::init()
{
    m_model = new FlowLogTableModel(this);
    m_proxy = new FlowLogFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);

    FlowLog a = makeRow(QStringLiteral("ali-prod"), QStringLiteral("fl-a"), QStringLiteral("web-tier"));
    a.tags = {Tag{QStringLiteral("team"), QStringLiteral("payments")}};
    a.intervalSeconds = 60;
    a.created = QDateTime(QDate(2024, 12, 1), QTime(9, 0), QTimeZone::utc());
    FlowLog b = makeRow(QStringLiteral("ali-prod"), QStringLiteral("fl-b"), QStringLiteral("db-tier"));
    b.region = QStringLiteral("cn-shanghai");
    b.intervalSeconds = 600;
    b.created = QDateTime(QDate(2023, 2, 1), QTime(9, 0), QTimeZone::utc()); // "2023-02" < "2024-12" as text too
    b.deliverStatus = QStringLiteral("FAILED");
    FlowLog c = makeRow(QStringLiteral("hw-data"), QStringLiteral("fl-c"), QStringLiteral("er-attach"));
    c.provider = Provider::Huawei;
    c.service = Service::Er;
    c.region = QStringLiteral("cn-north-4");
    c.status = QStringLiteral("Inactive");
    c.intervalSeconds = 300; // "5 min" sorts after "10 min" as text, before it as a number
    c.created = QDateTime(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc());
    m_model->appendRows(QStringLiteral("s1"), {a, b});
    m_model->appendRows(QStringLiteral("s2"), {c});
}

void TestFlowLogFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

namespace {

QStringList visibleIdsOf(const FlowLogFilterProxy &proxy)
{
    QStringList out;
    for (int i = 0; i < proxy.rowCount(); ++i)
        out << proxy.index(i, FlowLogTableModel::Id).data().toString();
    return out;
}

} // namespace

QStringList TestFlowLogFilterProxy::visibleIds() const
{
    QStringList out;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        out << m_proxy->index(i, FlowLogTableModel::Id).data().toString();
    return out;
}

void TestFlowLogFilterProxy::quickFilterMatchesEveryWordInAnyTextColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty shows all") << QString()
                                     << QStringList{QStringLiteral("fl-a"), QStringLiteral("fl-b"),
                                                    QStringLiteral("fl-c")};
    QTest::newRow("name, case-insensitive") << QStringLiteral("WEB") << QStringList{QStringLiteral("fl-a")};
    QTest::newRow("tag value") << QStringLiteral("payments") << QStringList{QStringLiteral("fl-a")};
    QTest::newRow("tag key=value") << QStringLiteral("team=pay") << QStringList{QStringLiteral("fl-a")};
    QTest::newRow("region") << QStringLiteral("shanghai") << QStringList{QStringLiteral("fl-b")};
    QTest::newRow("cloud display name") << QStringLiteral("huawei") << QStringList{QStringLiteral("fl-c")};
    QTest::newRow("two words, both needed") << QStringLiteral("ali tier db") << QStringList{QStringLiteral("fl-b")};
    QTest::newRow("resource id") << QStringLiteral("vsw-fl-c") << QStringList{QStringLiteral("fl-c")};
    QTest::newRow("delivery status") << QStringLiteral("failed") << QStringList{QStringLiteral("fl-b")};
    QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QStringList{};
    QTest::newRow("no match across fields") << QStringLiteral("tierfl-") << QStringList{};
}

void TestFlowLogFilterProxy::quickFilterMatchesEveryWordInAnyTextColumn()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_proxy->setQuickFilter(text);
    QStringList got = visibleIds();
    got.sort();
    QCOMPARE(got, ids);
}

void TestFlowLogFilterProxy::facetsNarrowAndCombine()
{
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, {QStringLiteral("ali-prod")});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Region, {QStringLiteral("cn-shanghai")});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("fl-b")});
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Cloud, {QStringLiteral("huaweicloud")});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("fl-c")});
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Cloud, {});
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Service, {QStringLiteral("vpc")});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Service, {QStringLiteral("vpc"), QStringLiteral("er")});
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Status, {QStringLiteral("Inactive")});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("fl-c")});
    QVERIFY(m_proxy->hasFilter());
}

void TestFlowLogFilterProxy::problemsOnlyKeepsDeliveryFailuresAndInactive()
{
    m_proxy->setProblemsOnly(true);
    QStringList got = visibleIds();
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("fl-b"), QStringLiteral("fl-c")}));
    QVERIFY(m_proxy->index(0, 0).data(FlowLogTableModel::ProblemRole).toBool());
}

void TestFlowLogFilterProxy::sourceFilterKeepsRowsOfThoseSources()
{
    m_proxy->setSourceFilter({QStringLiteral("s2")});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("fl-c")});
    QVERIFY(m_proxy->hasFilter());
    m_proxy->setSourceFilter({QStringLiteral("s1"), QStringLiteral("s2")});
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setSourceFilter({QStringLiteral("s1")});
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TestFlowLogFilterProxy::sortsCreatedAsDatesAndIntervalAsNumbers()
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

void TestFlowLogFilterProxy::visibleRowsFollowViewOrder()
{
    m_proxy->sort(FlowLogTableModel::Name, Qt::DescendingOrder);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, {QStringLiteral("ali-prod")});
    const QList<FlowLog> rows = m_proxy->visibleRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, QStringLiteral("fl-a"));
    QCOMPARE(rows.at(1).id, QStringLiteral("fl-b"));
}

void TestFlowLogFilterProxy::suspendedSortAppendsAtTheEndAndResumingSortsOnce()
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

void TestFlowLogFilterProxy::rowsAppendedLaterAreFiltered()
{
    m_proxy->setQuickFilter(QStringLiteral("late"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_model->appendRows(QStringLiteral("s3"), {makeRow(QStringLiteral("x"), QStringLiteral("fl-late")),
                                               makeRow(QStringLiteral("x"), QStringLiteral("fl-other"))});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("fl-late")});
}

void TestFlowLogFilterProxy::quickFilterOver100kRows()
{
    // 100,000 rows in pages of 50, as a sweep appends them; then a two-word filter over all of them.
    FlowLogTableModel model;
    FlowLogFilterProxy proxy;
    proxy.setSourceModel(&model);
    for (int page = 0; page < 2000; ++page) {
        QList<FlowLog> rows;
        rows.reserve(50);
        for (int i = 0; i < 50; ++i) {
            const int n = page * 50 + i;
            rows.append(makeRow(QStringLiteral("acct-%1").arg(n % 40), QStringLiteral("fl-%1").arg(n),
                                QStringLiteral("name-%1").arg(n % 1000)));
        }
        model.appendRows(QStringLiteral("src-%1").arg(page % 40), rows);
    }
    QCOMPARE(proxy.rowCount(), 100000);
    int shown = 0;
    QBENCHMARK
    {
        proxy.setQuickFilter(QStringLiteral("ACCT-19 name-99"));
        shown = proxy.rowCount();
        proxy.setQuickFilter({});
    }
    QCOMPARE(shown, 100); // n % 1000 == 99 always has n % 40 == 19
    proxy.setQuickFilter(QStringLiteral("acct-19 name-99"));
    for (int i = 0; i < proxy.rowCount(); ++i) {
        const FlowLog &f = model.at(proxy.mapToSource(proxy.index(i, 0)).row());
        QVERIFY(f.account.startsWith(QLatin1String("acct-19")) && f.name.startsWith(QLatin1String("name-99")));
    }
}

namespace {

// An oracle written independently of the proxy's byte keys: the order the Sort column promises, by value.
int compareText(const QString &a, const QString &b)
{
    return a.toCaseFolded().compare(b.toCaseFolded());
}

// Natural order (issue 20): runs of digits compare by value ("data-2" before "data-15"); a run against any other
// character compares as a digit would.
int compareNatural(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    const auto digit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    const auto run = [&digit](const QString &s, qsizetype &i) {
        qsizetype end = i;
        while (end < s.size() && digit(s.at(end)))
            ++end;
        QString number = s.mid(i, end - i);
        i = end;
        while (number.size() > 1 && number.front() == QLatin1Char('0'))
            number.remove(0, 1);
        return number;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < x.size() && j < y.size()) {
        if (digit(x.at(i)) && digit(y.at(j))) {
            const QString m = run(x, i);
            const QString n = run(y, j);
            if (m.size() != n.size())
                return m.size() < n.size() ? -1 : 1;
            if (const int c = m.compare(n))
                return c;
            continue;
        }
        const QChar c = digit(x.at(i)) ? QLatin1Char('0') : x.at(i);
        const QChar d = digit(y.at(j)) ? QLatin1Char('0') : y.at(j);
        if (c != d)
            return c < d ? -1 : 1;
        ++i;
        ++j;
    }
    return i < x.size() ? 1 : j < y.size() ? -1 : 0;
}

int compareColumn(const FlowLog &a, const FlowLog &b, int column)
{
    const auto threeWay = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
    switch (column) {
    case FlowLogTableModel::Account:
        return compareNatural(a.account, b.account);
    case FlowLogTableModel::ServiceColumn:
        return threeWay(int(a.service), int(b.service));
    case FlowLogTableModel::Region:
        return compareText(a.region, b.region);
    case FlowLogTableModel::Name:
        return compareNatural(a.name, b.name);
    case FlowLogTableModel::Id:
        return compareText(a.id, b.id);
    case FlowLogTableModel::Status:
        if (const int c = compareText(a.status, b.status))
            return c;
        return compareText(a.deliverStatus, b.deliverStatus);
    case FlowLogTableModel::Interval:
        return threeWay(a.intervalSeconds, b.intervalSeconds);
    case FlowLogTableModel::Created:
        if (a.created.isValid() != b.created.isValid())
            return a.created.isValid() ? 1 : -1;
        return threeWay(a.created, b.created);
    case FlowLogTableModel::Tags:
        for (qsizetype i = 0; i < std::min(a.tags.size(), b.tags.size()); ++i) {
            if (const int c = compareText(a.tags.at(i).key, b.tags.at(i).key))
                return c;
            if (const int c = compareText(a.tags.at(i).value, b.tags.at(i).value))
                return c;
        }
        return threeWay(a.tags.size(), b.tags.size());
    default:
        return 0;
    }
}

// Source rows the proxy should show, in the order it should show them.
QList<int> expectedOrder(const FlowLogTableModel &model, const FlowLogFilterProxy &proxy)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (proxy.acceptsRow(r))
            rows.append(r);
    }
    const int column = proxy.sortColumn();
    if (column < 0)
        return rows;
    std::sort(rows.begin(), rows.end(), [&](int x, int y) {
        const FlowLog &a = model.at(x);
        const FlowLog &b = model.at(y);
        for (const int c : {column, int(FlowLogTableModel::Account), int(FlowLogTableModel::ServiceColumn),
                            int(FlowLogTableModel::Region), int(FlowLogTableModel::Name), int(FlowLogTableModel::Id)}) {
            if (const int d = compareColumn(a, b, c))
                return d < 0;
        }
        return x < y;
    });
    if (proxy.sortOrder() == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

// A table and its proxy under QAbstractItemModelTester.
struct Harness
{
    Harness()
    {
        proxy.setSourceModel(&model);
        tester =
            std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    FlowLogTableModel model;
    FlowLogFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QList<int> shownOrder(const FlowLogFilterProxy &proxy)
{
    QList<int> rows;
    for (int i = 0; i < proxy.rowCount(); ++i)
        rows.append(proxy.mapToSource(proxy.index(i, 0)).row());
    return rows;
}

} // namespace

void TestFlowLogFilterProxy::sortsTextCaseInsensitivelyAndBreaksTiesByAccountServiceRegionNameId()
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

void TestFlowLogFilterProxy::namesAndAccountsSortNaturally()
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

void TestFlowLogFilterProxy::rowsArrivingWhileSortedMergeIntoPlace()
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

void TestFlowLogFilterProxy::removingScatteredRowsKeepsSelectionOnSurvivors()
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

void TestFlowLogFilterProxy::narrowingAndWideningFiltersAgreeWithAFullFilter()
{
    Harness h;
    FlowLogTableModel &model = h.model;
    FlowLogFilterProxy &proxy = h.proxy;
    QList<FlowLog> rows;
    for (int i = 0; i < 300; ++i)
        rows.append(makeRow(QStringLiteral("acct-%1").arg(i % 7), QStringLiteral("fl-%1").arg(i),
                            QStringLiteral("name-%1").arg(i % 13)));
    model.appendRows(QStringLiteral("s"), rows);
    proxy.sort(FlowLogTableModel::Name, Qt::DescendingOrder);
    // Typing a word letter by letter narrows; deleting letters and changing words widens.
    for (const QString &text :
         {QStringLiteral("n"), QStringLiteral("na"), QStringLiteral("name-1"), QStringLiteral("name-1 acct-3"),
          QStringLiteral("name-12 acct-3"), QStringLiteral("name-1 acct"), QStringLiteral("acct-3"),
          QStringLiteral("acct-4"), QString()}) {
        proxy.setQuickFilter(text);
        QCOMPARE(shownOrder(proxy), expectedOrder(model, proxy));
    }
    proxy.setFacet(FlowLogFilterProxy::Facet::Account, {QStringLiteral("acct-1"), QStringLiteral("acct-2")});
    QCOMPARE(shownOrder(proxy), expectedOrder(model, proxy));
    proxy.setFacet(FlowLogFilterProxy::Facet::Account, {QStringLiteral("acct-2")});
    QCOMPARE(shownOrder(proxy), expectedOrder(model, proxy));
    proxy.setFacet(FlowLogFilterProxy::Facet::Account, {QStringLiteral("acct-2"), QStringLiteral("acct-5")});
    QCOMPARE(shownOrder(proxy), expectedOrder(model, proxy));
    QCOMPARE(proxy.rowCount(), 86); // 43 + 43 of 300
}

void TestFlowLogFilterProxy::randomEditsKeepViewEqualToFilteredSortedRows_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 2u, 3u, 42u, 2026u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestFlowLogFilterProxy::randomEditsKeepViewEqualToFilteredSortedRows()
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

QTEST_GUILESS_MAIN(TestFlowLogFilterProxy)
#include "tst_flowlogfilterproxy.moc"
