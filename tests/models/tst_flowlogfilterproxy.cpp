// FlowLogFilterProxy's filters: quick filter words, facets, problems only, sources, rows appended later, 100,000
// rows, and narrowing and widening filters against a full filter.
#include "filterproxytestutil.h"
#include "flowlogfilterproxy.h"
#include "rows.h"

#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

class TestFlowLogFilterProxy : public FilterProxyTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void quickFilterMatchesEveryWordInAnyTextColumn_data();
    void quickFilterMatchesEveryWordInAnyTextColumn();
    void facetsNarrowAndCombine();
    void problemsOnlyKeepsDeliveryFailuresAndInactive();
    void sourceFilterKeepsRowsOfThoseSources();
    void visibleRowsFollowViewOrder();
    void rowsAppendedLaterAreFiltered();
    void quickFilterOver100kRows();
    void narrowingAndWideningFiltersAgreeWithAFullFilter();
};

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

void TestFlowLogFilterProxy::visibleRowsFollowViewOrder()
{
    m_proxy->sort(FlowLogTableModel::Name, Qt::DescendingOrder);
    m_proxy->setFacet(FlowLogFilterProxy::Facet::Account, {QStringLiteral("ali-prod")});
    const QList<FlowLog> rows = m_proxy->visibleRows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, QStringLiteral("fl-a"));
    QCOMPARE(rows.at(1).id, QStringLiteral("fl-b"));
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

QTEST_GUILESS_MAIN(TestFlowLogFilterProxy)
#include "tst_flowlogfilterproxy.moc"
