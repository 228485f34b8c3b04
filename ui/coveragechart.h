#pragma once

#include "coveragesweep.h"

#include <QChartView>

namespace flowlog {

// How the Coverage view groups its resources.
enum class CoverageGrouping
{
    Organisation, // the profile that reached the account (an organisation's members share it)
    Account,
    Service,
    Region
};

// The resources of one group by state.
struct CoverageGroup
{
    QString label;
    qint64 covered = 0;
    qint64 partial = 0;
    qint64 uncovered = 0;
    [[nodiscard]] qint64 total() const { return covered + partial + uncovered; }
};

// The groups of the records, the least covered first (by uncovered share, then partial share, then size, then name).
[[nodiscard]] QList<CoverageGroup> groupCoverage(const QList<CoverageRecord> &records, CoverageGrouping grouping);

// A horizontal 100 % bar per group (covered, partly covered, uncovered), so the worst groups stand out at a glance.
// At most maxBars() groups are drawn (the least covered); the table beside it lists them all.
class CoverageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageChart)

public:
    explicit CoverageChart(QWidget *parent = nullptr);
    ~CoverageChart() override;

    void setGroups(const QList<CoverageGroup> &groups);
    [[nodiscard]] static int maxBars() { return 12; }
    // What the bars show, summed over the groups drawn: covered, partial, uncovered.
    [[nodiscard]] QList<qint64> shownTotals() const { return m_shown; }

private:
    QList<qint64> m_shown;
};

} // namespace flowlog
