#include "sweepstatus.h"

#include "flowlogfilterproxy.h"
#include "inventory.h"
#include "uistyle.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace flowlog {

SweepStatus::SweepStatus(QStatusBar *bar, const SourceStatusModel *status, const FlowLogTableModel *table,
                         const FlowLogFilterProxy *proxy, const Inventory *inventory, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_table(table)
    , m_proxy(proxy)
    , m_inventory(inventory)
    , m_progressLabel(new QLabel(bar))
    , m_staleLabel(new QLabel(bar))
    , m_progressBar(new QProgressBar(bar))
{
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->hide();
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumHeight(14);
    m_progressBar->setTextVisible(false);
    // Shown and hidden by its width, not setVisible(): showing or hiding a widget under the mouse asks the X server
    // where the pointer is (synthetic enter/leave events), a round trip that cost 30 ms on the click on Refresh
    // (console-scale, Xvfb, an idle machine).
    m_progressBar->setMaximumWidth(0);
    bar->addWidget(m_progressLabel, 1);
    bar->addPermanentWidget(m_staleLabel);
    bar->addPermanentWidget(m_progressBar);
    m_updateTimer.setSingleShot(true);
    connect(&m_updateTimer, &QTimer::timeout, this, &SweepStatus::update);
    connect(status, &SourceStatusModel::progressChanged, this, &SweepStatus::requestUpdate);
    connect(table, &QAbstractItemModel::rowsInserted, this, &SweepStatus::requestUpdate);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &SweepStatus::update);
    connect(table, &QAbstractItemModel::modelReset, this, &SweepStatus::update);
    connect(table, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(FlowLogTableModel::StaleRole))
                    update();
            });
    connect(proxy, &FlowLogFilterProxy::filterChanged, this, &SweepStatus::update);
    connect(inventory, &Inventory::started, this, [this] {
        m_sinceFirstDone.invalidate();
        update();
    });
    connect(inventory, &Inventory::finished, this, &SweepStatus::update);
    update();
}

void SweepStatus::setCacheTime(const QDateTime &savedAt)
{
    m_cacheTime = savedAt;
    update();
}

void SweepStatus::requestUpdate()
{
    constexpr qint64 intervalMs = 100;
    const qint64 since = m_sinceUpdate.isValid() ? m_sinceUpdate.elapsed() : intervalMs;
    if (!m_inventory->isRunning() || since >= intervalMs)
        update();
    else if (!m_updateTimer.isActive())
        m_updateTimer.start(static_cast<int>(intervalMs - since));
}

void SweepStatus::update()
{
    m_updateTimer.stop();
    m_sinceUpdate.start();
    const int total = m_status->rowCount();
    const int finished = m_status->finishedCount();
    const int failed = m_status->count(SourceStatusModel::State::Failed);
    const bool running = m_inventory->isRunning();
    const int staleRows = m_table->staleRowCount();
    const QLocale locale;
    QStringList parts;
    if (!running && m_inventory->wasCancelled()) {
        parts << tr("Stopped: %1 of %2 sources did not finish")
                     .arg(m_status->count(SourceStatusModel::State::Cancelled))
                     .arg(total);
    } else if (total > 0) {
        parts << tr("%1/%2 sources").arg(finished).arg(total);
    }
    // Rows that are not current are counted apart, never as part of the flow logs the sweep found.
    parts << tr("%1 flow logs").arg(locale.toString(m_table->rowCount() - staleRows));
    int failedWithStaleRows = 0;
    if (staleRows > 0) {
        const QStringList staleSources = m_table->staleSourceIds();
        for (const QString &id : staleSources) {
            const SourceStatusModel::Entry *e = m_status->entry(id);
            failedWithStaleRows += e && e->state == SourceStatusModel::State::Failed ? 1 : 0;
        }
        const QString rows = locale.toString(staleRows);
        const auto sources = static_cast<int>(staleSources.size());
        if (failedWithStaleRows == sources)
            parts << (sources == 1 ? tr("%1 stale from 1 failed source").arg(rows)
                                   : tr("%1 stale from %2 failed sources").arg(rows).arg(sources));
        else
            parts << (sources == 1 ? tr("%1 stale from 1 source not refreshed").arg(rows)
                                   : tr("%1 stale from %2 sources not refreshed").arg(rows).arg(sources));
    }
    if (failed > 0 && failed != failedWithStaleRows)
        parts << tr("%n failed", nullptr, failed);
    if (running && finished > 0 && !m_sinceFirstDone.isValid())
        m_sinceFirstDone.start();
    if (running && m_sinceFirstDone.isValid()) {
        const qint64 left = remainingMs(m_sinceFirstDone.elapsed(), finished, total);
        if (left >= 0) {
            const int seconds = static_cast<int>((left + 999) / 1000);
            parts << (seconds < 120 ? tr("about %n s left", nullptr, seconds)
                                    : tr("about %n min left", nullptr, (seconds + 59) / 60));
        }
    }
    QString text = parts.join(tr(", "));
    if (m_proxy->hasFilter())
        text += tr(" — %1 shown").arg(locale.toString(m_proxy->rowCount()));
    m_progressLabel->setText(text);

    m_progressBar->setMaximumWidth(running ? 180 : 0);
    if (running)
        uistyle::setProgress(m_progressBar, finished, std::max(total, 1));
    if (staleRows > 0) {
        const QDateTime seen = running && m_cacheTime.isValid() ? m_cacheTime : oldestStaleSeen();
        const QString when = seen.isValid() ? locale.toString(seen.toLocalTime(), QLocale::ShortFormat) : QString();
        m_staleLabel->setText(running ? tr("Cached results from %1, refreshing…").arg(when)
                                      : tr("Stale rows last seen %1").arg(when));
        m_staleLabel->show();
    } else {
        m_staleLabel->hide();
    }
}

qint64 SweepStatus::remainingMs(qint64 elapsedMs, int finished, int total)
{
    if (total <= 0 || finished < 2 || finished >= total || finished * 20 < total || elapsedMs < 1000)
        return -1;
    return elapsedMs * (total - finished) / (finished - 1);
}

QDateTime SweepStatus::oldestStaleSeen() const
{
    QDateTime oldest;
    const QStringList staleSources = m_table->staleSourceIds();
    for (const QString &id : staleSources) {
        const QDateTime seen = m_table->lastSeen(id);
        if (seen.isValid() && (!oldest.isValid() || seen < oldest))
            oldest = seen;
    }
    return oldest;
}

} // namespace flowlog
