// FlowLogFilterProxy: quick filter words, facets, problems only, sorting by raw values.
#include "flowlogfilterproxy.h"
#include "rows.h"

#include <QAbstractItemModelTester>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestFlowLogFilterProxy)
#include "tst_flowlogfilterproxy.moc"
