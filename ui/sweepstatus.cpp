#include "sweepstatus.h"

#include "flowlogfilterproxy.h"
#include "inventory.h"

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
    m_progressBar->setMaximumWidth(180);
    m_progressBar->setMaximumHeight(14);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    bar->addWidget(m_progressLabel, 1);
    bar->addPermanentWidget(m_staleLabel);
    bar->addPermanentWidget(m_progressBar);
    connect(status, &SourceStatusModel::progressChanged, this, &SweepStatus::update);
    connect(table, &QAbstractItemModel::rowsInserted, this, &SweepStatus::update);
    connect(table, &QAbstractItemModel::rowsRemoved, this, &SweepStatus::update);
    connect(table, &QAbstractItemModel::modelReset, this, &SweepStatus::update);
    connect(proxy, &FlowLogFilterProxy::filterChanged, this, &SweepStatus::update);
    connect(inventory, &Inventory::started, this, &SweepStatus::update);
    connect(inventory, &Inventory::finished, this, &SweepStatus::update);
    update();
}

void SweepStatus::setCacheTime(const QDateTime &savedAt)
{
    m_cacheTime = savedAt;
    update();
}

void SweepStatus::update()
{
    const int total = m_status->rowCount();
    const int finished = m_status->finishedCount();
    const int failed = m_status->count(SourceStatusModel::State::Failed);
    const QLocale locale;
    QString text;
    if (total > 0)
        text = tr("%1/%2 sources, %3 flow logs").arg(finished).arg(total).arg(locale.toString(m_table->rowCount()));
    else
        text = tr("%1 flow logs").arg(locale.toString(m_table->rowCount()));
    if (failed > 0)
        text += tr(", %n failed", nullptr, failed);
    if (m_proxy->hasFilter())
        text += tr(" — %1 shown").arg(locale.toString(m_proxy->rowCount()));
    m_progressLabel->setText(text);

    const bool running = m_inventory->isRunning();
    m_progressBar->setVisible(running);
    if (running) {
        m_progressBar->setRange(0, std::max(total, 1));
        m_progressBar->setValue(finished);
    }
    if (m_table->isStale()) {
        const QString when =
            m_cacheTime.isValid() ? locale.toString(m_cacheTime.toLocalTime(), QLocale::ShortFormat) : QString();
        m_staleLabel->setText(running ? tr("Cached results from %1, refreshing…").arg(when)
                                      : tr("Some rows are cached results from %1").arg(when));
        m_staleLabel->show();
    } else {
        m_staleLabel->hide();
    }
}

} // namespace flowlog
