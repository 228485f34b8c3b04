#include "requestslots.h"

#include <QMetaObject>
#include <QScopedValueRollback>

#include <algorithm>

namespace flowlog {

RequestSlots::RequestSlots(int global, int perGroup, QObject *parent)
    : RequestGate(parent)
    , m_global(std::max(1, global))
    , m_perGroup(std::max(1, perGroup))
{}

RequestSlots::~RequestSlots() = default;

void RequestSlots::setLimits(int global, int perGroup)
{
    m_global = std::max(1, global);
    m_perGroup = std::max(1, perGroup);
    schedulePump();
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
    int &n = m_inFlightPerGroup[*it];
    if (--n <= 0)
        m_inFlightPerGroup.remove(*it);
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
    while (m_inFlight < m_global) {
        // The best waiting request whose group has room; a full group does not hold back the others.
        auto it = std::find_if(m_waiting.begin(), m_waiting.end(), [this](const auto &entry) {
            return m_inFlightPerGroup.value(entry.second.group) < m_perGroup;
        });
        if (it == m_waiting.end())
            return;
        Waiting w = std::move(it->second);
        m_waitingKeys.remove(w.ticket);
        m_waiting.erase(it);
        if (!w.context)
            continue; // the job went away while waiting
        ++m_inFlight;
        const int inGroup = ++m_inFlightPerGroup[w.group];
        m_peak = std::max(m_peak, m_inFlight);
        m_peakPerGroup = std::max(m_peakPerGroup, inGroup);
        m_granted.insert(w.ticket, w.group);
        if (m_tracing)
            traceEvent(w.ticket, &TracedRequest::grantedSeq, &TracedRequest::grantedUs);
        // May acquire or release re-entrantly: the loop re-reads the state each round.
        w.granted();
    }
}

} // namespace flowlog
