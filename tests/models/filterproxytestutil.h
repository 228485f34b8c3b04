#pragma once

// What the FlowLogFilterProxy tests share: three hand-made rows in a table and its proxy, the ids the proxy shows, and
// an oracle for the rows a proxy should show and their order.
#include "flowlogfilterproxy.h"
#include "rows.h"

#include <QAbstractItemModelTester>
#include <QObject>

#include <algorithm>
#include <memory>

namespace flowlog::test {

inline QStringList visibleIdsOf(const FlowLogFilterProxy &proxy)
{
    QStringList out;
    for (int i = 0; i < proxy.rowCount(); ++i)
        out << proxy.index(i, FlowLogTableModel::Id).data().toString();
    return out;
}

// The base of the FlowLogFilterProxy test classes. Qt Test runs its init() and cleanup() around each test function
// of a derived class: a table of three rows from two sources, and the proxy over it under QAbstractItemModelTester.
class FilterProxyTestBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
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

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_model;
    }

protected:
    [[nodiscard]] QStringList visibleIds() const { return visibleIdsOf(*m_proxy); }

    FlowLogTableModel *m_model = nullptr;
    FlowLogFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

// An oracle written independently of the proxy's byte keys: the order the Sort column promises, by value.
inline int compareText(const QString &a, const QString &b)
{
    return a.toCaseFolded().compare(b.toCaseFolded());
}

// Natural order (issue 20): runs of digits compare by value ("data-2" before "data-15"); a run against any other
// character compares as a digit would.
inline int compareNatural(const QString &a, const QString &b)
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

inline int compareColumn(const FlowLog &a, const FlowLog &b, int column)
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
inline QList<int> expectedOrder(const FlowLogTableModel &model, const FlowLogFilterProxy &proxy)
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

inline QList<int> shownOrder(const FlowLogFilterProxy &proxy)
{
    QList<int> rows;
    for (int i = 0; i < proxy.rowCount(); ++i)
        rows.append(proxy.mapToSource(proxy.index(i, 0)).row());
    return rows;
}

} // namespace flowlog::test
