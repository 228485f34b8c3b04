#pragma once

#include "requestgate.h"
#include "scheduletrace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <map>
#include <tuple>

namespace flowlog {

// The concrete gate: at most `global` requests in flight overall and `perGroup` per group (profile). Counts the
// peaks it allowed, for tests and the sweep benchmark.
//
// Adaptive (setAdaptive, AIMD: issue 19 goal 2): each group has its own limit, starting at perGroup. A throttled
// answer halves it (at least 1), at most once per round trip (a throttle counts only for a request sent after the
// group's last cut: the others were sent at the old rate), and the group's new requests wait until the service's
// hint (x-acs-retry-after, the rate-limit headers' TimeLeft, Retry-After) has passed; a timer grants them then.
// Every answer that was not throttled adds 1 / limit (one slot per round trip's worth of answers) up to perGroup.
// A group is granted while it has fewer than floor(limit) in flight. Requests already in flight keep their slots,
// a throttled request's retry included: the group drains to its new limit instead of being cut off.
class RequestSlots final : public RequestGate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSlots)

public:
    explicit RequestSlots(int global = 16, int perGroup = 4, QObject *parent = nullptr);
    ~RequestSlots() override;

    // Takes effect for the next grants; requests already in flight keep their slots.
    void setLimits(int global, int perGroup);
    [[nodiscard]] int globalLimit() const { return m_global; }
    [[nodiscard]] int perGroupLimit() const { return m_perGroup; }

    [[nodiscard]] Ticket acquire(const QString &group, int rank, QObject *context, Granted granted) override;
    [[nodiscard]] Ticket acquireUnlocking(const QString &group, const QString &unlocks, int rank, QObject *context,
                                          Granted granted) override;
    void release(Ticket ticket) override;
    // Frees the slot without granting it, runs queueFirst() (its acquires wait too), then grants by rank.
    void releaseAfter(Ticket ticket, const std::function<void()> &queueFirst) override;

    void answered(Ticket ticket, bool throttled, int retryAfterMs) override;

    // Takes effect for the next grants; off forgets every lowered limit and every hint.
    void setAdaptive(bool on);
    [[nodiscard]] bool isAdaptive() const { return m_adaptiveOn; }
    // The group's current limit (perGroup unless throttling lowered it; fractional while it recovers).
    [[nodiscard]] double groupLimit(const QString &group) const;

    // While suspended nothing is granted (a sweep being cancelled: the slots its aborted requests free must not
    // start requests that are about to be aborted too).
    // Grants resume from the event loop (one pump by rank for everything queued meanwhile).
    void setSuspended(bool suspended);
    [[nodiscard]] bool isSuspended() const { return m_suspended; }

    // At most this long of grants (signing and sending requests) in one turn of the event loop; the rest follow
    // from a queued call, after the input and paints waiting meanwhile. 0 (the default, the CLI): no bound. The
    // console's sweep resumed with 128 requests to grant took 17 ms in one turn (issue 19 goal 5).
    void setTurnBudgetMs(int ms) { m_turnBudgetMs = std::max(0, ms); }
    [[nodiscard]] int turnBudgetMs() const override { return m_turnBudgetMs; }

    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int waiting() const { return static_cast<int>(m_waiting.size()); }
    // Most requests in flight at once overall / in any one group since the last resetPeaks().
    [[nodiscard]] int peakInFlight() const { return m_peak; }
    [[nodiscard]] int peakInFlightPerGroup() const { return m_peakPerGroup; }
    void resetPeaks();

    // While on, every request's queue, grant and release is recorded (cleared when switched on): analyseRounds()
    // of trace() gives the rounds a sweep took and their minimum (the sweep benchmark, scheduling tests).
    void setTracing(bool on);
    [[nodiscard]] const QList<TracedRequest> &trace() const { return m_trace; }
    // The adaptive limits' cuts while tracing was on.
    [[nodiscard]] const QList<TracedLimitCut> &limitCuts() const { return m_cuts; }

private:
    // rank, turn within the rank for the group (round robin across groups), arrival.
    using Key = std::tuple<int, quint64, quint64>;
    struct Waiting
    {
        Ticket ticket = 0;
        QString group;
        QPointer<QObject> context;
        Granted granted;
    };
    // A granted request: its group, and when it was sent in the order of grants and throttles (m_sendSeq).
    struct Slot
    {
        QString group;
        quint64 sentSeq = 0;
    };
    // A group whose limit is lowered or whose requests wait for a throttle's hint (absent: perGroup, no wait).
    struct Adaptive
    {
        double limit = 1;
        qint64 notBeforeMs = 0; // m_clock time
        quint64 cutSeq = 0;     // m_sendSeq at the last cut: requests sent before it do not cut again
    };
    // Whether group may be granted now; else sets *wakeMs to the earliest time it may (when later than now).
    [[nodiscard]] bool hasRoom(const QString &group, qint64 nowMs, qint64 *wakeMs) const;
    void schedulePump();
    void pump();
    void traceQueued(Ticket ticket, const QString &group, const QString &unlocks, int rank, QObject *context);
    // Sets the seq and time of one event of a traced ticket (member: &TracedRequest::grantedSeq...).
    void traceEvent(Ticket ticket, qint64 TracedRequest::*seq, qint64 TracedRequest::*us);

    int m_global;
    int m_perGroup;
    std::map<Key, Waiting> m_waiting;
    QHash<Ticket, Key> m_waitingKeys;
    QHash<Ticket, Slot> m_granted;
    QHash<QString, int> m_inFlightPerGroup;
    QHash<QString, QHash<int, quint64>> m_turns; // group -> rank -> requests queued so far
    Ticket m_nextTicket = 0;
    quint64 m_arrivals = 0;
    int m_inFlight = 0;
    int m_peak = 0;
    int m_peakPerGroup = 0;
    bool m_pumpScheduled = false;
    int m_turnBudgetMs = 0;
    bool m_pumping = false;
    bool m_suspended = false;
    bool m_tracing = false;
    bool m_adaptiveOn = false;
    QHash<QString, Adaptive> m_adaptive;
    quint64 m_sendSeq = 0;
    QElapsedTimer m_clock; // for the hints
    QTimer m_wake;         // grants what a hint held back, when it has passed
    QList<TracedRequest> m_trace;
    QList<TracedLimitCut> m_cuts;
    QHash<Ticket, qsizetype> m_traceIndex;
    QHash<QObject *, int> m_traceJobs; // live contexts -> job number
    qint64 m_traceSeq = 0;
    int m_traceJobCount = 0;
    QElapsedTimer m_traceClock;
};

} // namespace flowlog
