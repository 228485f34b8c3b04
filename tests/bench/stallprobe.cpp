#include "stallprobe.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <chrono>

namespace flowlog::bench {

namespace {

const QEvent::Type kProbeEvent = static_cast<QEvent::Type>(QEvent::registerEventType());

struct ProbeEvent : QEvent
{
    explicit ProbeEvent(qint64 postedNs)
        : QEvent(kProbeEvent)
        , postedNs(postedNs)
    {}
    qint64 postedNs;
};

} // namespace

StallProbe::StallProbe() = default;

StallProbe::~StallProbe()
{
    halt();
}

void StallProbe::start()
{
    halt();
    QCoreApplication::removePostedEvents(this, kProbeEvent);
    m_longest = 0;
    m_longestAt = 0;
    m_lastLatency = 0;
    m_longestAfter = 0;
    m_over = 0;
    m_total.start();
    m_running = true;
    m_poster = std::thread([this] {
        // QElapsedTimer is monotonic and its nsecsElapsed() may be read from any thread.
        while (m_running.load()) {
            QCoreApplication::postEvent(this, new ProbeEvent(m_total.nsecsElapsed()));
            // Pacing of the poster thread, not synchronisation: each event carries its own time stamp.
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
}

qint64 StallProbe::stop()
{
    halt();
    // What was posted before the stop is delivered now, so a stall at the very end is counted too.
    QCoreApplication::sendPostedEvents(this, kProbeEvent);
    return m_longest;
}

void StallProbe::halt()
{
    m_running = false;
    if (m_poster.joinable())
        m_poster.join();
}

bool StallProbe::event(QEvent *event)
{
    if (event->type() != kProbeEvent)
        return QObject::event(event);
    const qint64 nowNs = m_total.nsecsElapsed();
    const qint64 postedNs = static_cast<ProbeEvent *>(event)->postedNs;
    const qint64 latency = (nowNs - postedNs) / 1000000;
    if (postedNs / 1000000 >= m_afterMs)
        m_longestAfter = std::max(m_longestAfter, latency);
    if (latency > m_longest) {
        m_longest = latency;
        m_longestAt = nowNs / 1000000;
    }
    // A stall delivers a burst of late events at once: count it once, by its first (oldest) event.
    if (latency > 16 && m_lastLatency <= 16)
        ++m_over;
    m_lastLatency = latency;
    return true;
}

BusyProbe::BusyProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { record(m_clock.restart()); });
}

void BusyProbe::start()
{
    m_longest = 0;
    m_clock.start();
    m_timer.start();
}

qint64 BusyProbe::stop()
{
    m_timer.stop();
    record(m_clock.elapsed());
    return m_longest;
}

} // namespace flowlog::bench
