#include "requestslots.h"

#include <QMetaObject>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>

namespace flowlog {

RequestSlots::RequestSlots(int global, int perGroup, QObject *parent)
    : RequestGate(parent)
    , m_global(std::max(1, global))
    , m_perGroup(std::max(1, perGroup))
{
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RequestSlots::pump);
}

RequestSlots::~RequestSlots() = default;

void RequestSlots::setLimits(int global, int perGroup)
{
    m_global = std::max(1, global);
    m_perGroup = std::max(1, perGroup);
    for (Adaptive &a : m_adaptive)
        a.limit = std::min<double>(a.limit, m_perGroup);
    schedulePump();
}

void RequestSlots::setAdaptive(bool on)
{
    m_adaptiveOn = on;
    if (!on)
        m_adaptive.clear();
    schedulePump();
}

double RequestSlots::groupLimit(const QString &group) const
{
    const auto a = m_adaptive.constFind(group);
    return a == m_adaptive.cend() ? double(m_perGroup) : a->limit;
}

void RequestSlots::answered(Ticket ticket, bool throttled, int retryAfterMs)
{
    if (!m_adaptiveOn)
        return;
    const auto slot = m_granted.find(ticket);
    if (slot == m_granted.end())
        return;
    const qint64 now = m_clock.elapsed();
    auto a = m_adaptive.find(slot->group);
    if (!throttled) {
        if (a == m_adaptive.end())
            return; // at the configured limit
        // Additive increase: a limit's worth of answers raises it by one.
        a->limit = std::min<double>(m_perGroup, a->limit + 1.0 / a->limit);
        if (a->limit >= m_perGroup && a->notBeforeMs <= now)
            m_adaptive.erase(a);
        return;
    }
    if (a == m_adaptive.end())
        a = m_adaptive.insert(slot->group, Adaptive{double(m_perGroup), 0, 0});
    if (retryAfterMs > 0)
        a->notBeforeMs = std::max(a->notBeforeMs, now + retryAfterMs);
    // Multiplicative decrease, once per round trip: the other requests sent before the cut were sent at the old
    // limit, and their throttles say nothing about the new one.
    if (slot->sentSeq > a->cutSeq) {
        const double from = a->limit;
        a->limit = std::max(1.0, a->limit / 2);
        a->cutSeq = m_sendSeq;
        if (m_tracing)
            m_cuts.append(TracedLimitCut{slot->group, from, a->limit, retryAfterMs, m_traceSeq++,
                                         m_traceClock.nsecsElapsed() / 1000});
    }
    // The retry goes after the cut: if it is throttled too, the new limit was still too high.
    slot->sentSeq = ++m_sendSeq;
}

bool RequestSlots::hasRoom(const QString &group, qint64 nowMs, qint64 *wakeMs) const
{
    const int inGroup = m_inFlightPerGroup.value(group);
    const auto a = m_adaptive.isEmpty() ? m_adaptive.cend() : m_adaptive.constFind(group);
    if (a == m_adaptive.cend())
        return inGroup < m_perGroup;
    if (a->notBeforeMs > nowMs) {
        if (*wakeMs < 0 || a->notBeforeMs < *wakeMs)
            *wakeMs = a->notBeforeMs;
        return false;
    }
    // floor(limit); the sums of 1 / limit may fall a hair short of a whole number.
    return inGroup < std::max(1, static_cast<int>(std::floor(a->limit + 1e-9)));
}

void RequestSlots::setSuspended(bool suspended)
{
    m_suspended = suspended;
    schedulePump();
}

void RequestSlots::resetPeaks()
{
    m_peak = m_inFlight;
    m_peakPerGroup = 0;
    for (const int n : std::as_const(m_inFlightPerGroup))
        m_peakPerGroup = std::max(m_peakPerGroup, n);
}

void RequestSlots::setTracing(bool on)
{
    m_tracing = on;
    m_trace.clear();
    m_cuts.clear();
    m_traceIndex.clear();
    m_traceSeq = 0;
    m_traceClock.start();
}

void RequestSlots::traceQueued(Ticket ticket, const QString &group, const QString &unlocks, int rank, QObject *context)
{
    auto job = m_traceJobs.constFind(context);
    if (job == m_traceJobs.cend()) {
        // A number per context while it lives: a later job at the same address is another job.
        job = m_traceJobs.insert(context, m_traceJobCount++);
        connect(context, &QObject::destroyed, this, [this, context] { m_traceJobs.remove(context); });
    }
    TracedRequest r;
    r.job = *job;
    r.group = group;
    r.unlocks = unlocks;
    r.rank = rank;
    m_traceIndex.insert(ticket, m_trace.size());
    m_trace.append(r);
    traceEvent(ticket, &TracedRequest::queuedSeq, &TracedRequest::queuedUs);
}

void RequestSlots::traceEvent(Ticket ticket, qint64 TracedRequest::*seq, qint64 TracedRequest::*us)
{
    const auto it = m_traceIndex.constFind(ticket);
    if (it == m_traceIndex.cend())
        return;
    TracedRequest &r = m_trace[*it];
    if (r.*seq >= 0)
        return; // released twice: the first counts
    r.*seq = m_traceSeq++;
    r.*us = m_traceClock.nsecsElapsed() / 1000;
}

RequestGate::Ticket RequestSlots::acquire(const QString &group, int rank, QObject *context, Granted granted)
{
    return acquireUnlocking(group, {}, rank, context, std::move(granted));
}

RequestGate::Ticket RequestSlots::acquireUnlocking(const QString &group, const QString &unlocks, int rank,
                                                   QObject *context, Granted granted)
{
    const Ticket ticket = ++m_nextTicket;
    if (m_tracing && context)
        traceQueued(ticket, group, unlocks, rank, context);
    const Key key{rank, m_turns[group][rank]++, ++m_arrivals};
    m_waiting.emplace(key, Waiting{ticket, group, context, std::move(granted)});
    m_waitingKeys.insert(ticket, key);
    if (!m_pumping)
        pump();
    return ticket;
}

void RequestSlots::releaseAfter(Ticket ticket, const std::function<void()> &queueFirst)
{
    {
        // Neither the freed slot nor a free one goes to anybody until queueFirst() has queued its requests.
        const QScopedValueRollback pumping(m_pumping, true);
        release(ticket);
        queueFirst();
    }
    if (!m_pumping)
        pump();
}

void RequestSlots::release(Ticket ticket)
{
    if (m_tracing)
        traceEvent(ticket, &TracedRequest::releasedSeq, &TracedRequest::releasedUs);
    if (const auto key = m_waitingKeys.constFind(ticket); key != m_waitingKeys.cend()) {
        m_waiting.erase(*key);
        m_waitingKeys.erase(key);
        return;
    }
    const auto it = m_granted.constFind(ticket);
    if (it == m_granted.cend())
        return;
    --m_inFlight;
    int &n = m_inFlightPerGroup[it->group];
    if (--n <= 0)
        m_inFlightPerGroup.remove(it->group);
    m_granted.erase(it);
    // Granted here, not later: replies already queued in the event loop would otherwise all be handled first.
    // Inside pump() (a grant callback releasing) the running loop sees the freed slot itself.
    if (!m_pumping)
        pump();
}

void RequestSlots::schedulePump()
{
    if (m_pumpScheduled || m_waiting.empty())
        return;
    m_pumpScheduled = true;
    // After a change of limits or a resume: from the event loop, not inside the caller (Inventory::cancel()).
    QMetaObject::invokeMethod(this, &RequestSlots::pump, Qt::QueuedConnection);
}

void RequestSlots::pump()
{
    m_pumpScheduled = false;
    if (m_suspended)
        return;
    const QScopedValueRollback pumping(m_pumping, true);
    const qint64 now = m_clock.elapsed();
    qint64 wake = -1; // the earliest hint that held a group back
    QElapsedTimer turn;
    if (m_turnBudgetMs > 0)
        turn.start();
    bool grantedAny = false;
    while (m_inFlight < m_global) {
        if (grantedAny && m_turnBudgetMs > 0 && turn.elapsed() >= m_turnBudgetMs) {
            schedulePump(); // the rest after what waits in the event loop
            break;
        }
        // The best waiting request whose group has room; a full group does not hold back the others.
        auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                               [&](const auto &entry) { return hasRoom(entry.second.group, now, &wake); });
        if (it == m_waiting.end())
            break;
        Waiting w = std::move(it->second);
        m_waitingKeys.remove(w.ticket);
        m_waiting.erase(it);
        if (!w.context)
            continue; // the job went away while waiting
        ++m_inFlight;
        const int inGroup = ++m_inFlightPerGroup[w.group];
        m_peak = std::max(m_peak, m_inFlight);
        m_peakPerGroup = std::max(m_peakPerGroup, inGroup);
        m_granted.insert(w.ticket, Slot{w.group, ++m_sendSeq});
        if (m_tracing)
            traceEvent(w.ticket, &TracedRequest::grantedSeq, &TracedRequest::grantedUs);
        // May acquire or release re-entrantly: the loop re-reads the state each round.
        w.granted();
        grantedAny = true;
    }
    if (wake >= 0) {
        const int delay = static_cast<int>(std::max<qint64>(0, wake - now));
        if (!m_wake.isActive() || m_wake.remainingTime() > delay)
            m_wake.start(delay);
    }
}

} // namespace flowlog
