#include "coveragechart.h"

#include "uistyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QMap>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

namespace flowlog {

namespace {

QString labelOf(const CoverageRecord &r, CoverageGrouping grouping)
{
    switch (grouping) {
    case CoverageGrouping::Organisation:
        return r.source.profileName;
    case CoverageGrouping::Account:
        return r.account;
    case CoverageGrouping::Service:
        return serviceDisplayName(r.service);
    case CoverageGrouping::Region:
        return r.region;
    }
    return {};
}

// A bar's label: an account's "name (id)" without the id, elided to what the axis shows whole (the table beside the
// chart has the full name and the counts).
QString barLabel(const QString &label)
{
    static const QRegularExpression withId(QStringLiteral("^(.+) \\([^()]+\\)$"));
    const QRegularExpressionMatch m = withId.match(label);
    QString name = m.hasMatch() ? m.captured(1) : label;
    constexpr int maxLength = 24;
    if (name.size() > maxLength)
        name = name.left(maxLength - 1) + QChar(0x2026);
    return name;
}

double share(qint64 part, qint64 total)
{
    return total > 0 ? static_cast<double>(part) / static_cast<double>(total) : 0.0;
}

} // namespace

QList<CoverageGroup> groupCoverage(const QList<CoverageRecord> &records, CoverageGrouping grouping)
{
    QMap<QString, CoverageGroup> byLabel;
    for (const CoverageRecord &r : records) {
        const QString label = labelOf(r, grouping);
        CoverageGroup &g = byLabel[label];
        g.label = label;
        switch (r.state) {
        case coverage::State::Covered:
            ++g.covered;
            break;
        case coverage::State::Partial:
            ++g.partial;
            break;
        case coverage::State::Uncovered:
            ++g.uncovered;
            break;
        }
    }
    QList<CoverageGroup> groups = byLabel.values();
    std::stable_sort(groups.begin(), groups.end(), [](const CoverageGroup &a, const CoverageGroup &b) {
        const double ua = share(a.uncovered, a.total());
        const double ub = share(b.uncovered, b.total());
        const double pa = share(a.partial, a.total());
        const double pb = share(b.partial, b.total());
        return std::tuple(-ua, -pa, -a.total(), a.label) < std::tuple(-ub, -pb, -b.total(), b.label);
    });
    return groups;
}

CoverageChart::CoverageChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("coverageChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
}

CoverageChart::~CoverageChart() = default;

void CoverageChart::setGroups(const QList<CoverageGroup> &groups)
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    const QList<CoverageGroup> shown = groups.mid(0, maxBars());
    auto *covered = new QBarSet(tr("Covered"));
    auto *partial = new QBarSet(tr("Partly covered"));
    auto *uncovered = new QBarSet(tr("Uncovered"));
    covered->setColor(uistyle::coverageColor(coverage::State::Covered));
    partial->setColor(uistyle::coverageColor(coverage::State::Partial));
    uncovered->setColor(uistyle::coverageColor(coverage::State::Uncovered));
    QStringList labels;
    m_shown = {0, 0, 0};
    // A horizontal bar chart draws its first category at the bottom: the least covered group goes last, on top.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        *covered << static_cast<qreal>(it->covered);
        *partial << static_cast<qreal>(it->partial);
        *uncovered << static_cast<qreal>(it->uncovered);
        labels << barLabel(it->label);
        m_shown[0] += it->covered;
        m_shown[1] += it->partial;
        m_shown[2] += it->uncovered;
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->setObjectName(QStringLiteral("coverageSeries"));
    series->append({covered, partial, uncovered});
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    c->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    c->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->setTickCount(6);
    c->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    c->setTitle(groups.size() > shown.size()
                    ? tr("The %1 least covered of %2 groups (the table lists all)").arg(shown.size()).arg(groups.size())
                    : QString());
}

} // namespace flowlog
