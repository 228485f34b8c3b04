#pragma once

#include <QList>
#include <QString>

namespace flowlog {

// One request of a sweep as its gate saw it (RequestSlots::setTracing). Sequence numbers order every event of the
// gate (-1: did not happen); times are µs since tracing started.
struct TracedRequest
{
    int job = -1;    // one number per context of acquire() (a job) while it lives
    QString group;   // the account charged (whose credentials sign it)
    QString unlocks; // the account whose work waits for this answer besides its own (an identity call's member)
    int rank = 0;
    qint64 queuedSeq = -1;   // acquire(): the job knew it needed this request
    qint64 grantedSeq = -1;  // the slot was granted: the request is sent at once
    qint64 releasedSeq = -1; // the slot came back: the answer arrived (or the request was withdrawn or aborted)
    qint64 queuedUs = -1;
    qint64 grantedUs = -1;
    qint64 releasedUs = -1;
};

// A group's limit lowered by an adaptive gate (RequestSlots::setAdaptive): a throttled answer halved it.
struct TracedLimitCut
{
    QString group;
    double from = 0; // the limit before and after the cut
    double to = 0;
    int retryAfterMs = -1; // the service's hint: the group's next grant waits at least this long
    qint64 seq = -1;       // in the order of the gate's events (TracedRequest::grantedSeq...)
    qint64 us = -1;
};

// What a traced schedule says about rounds.
struct ScheduleRounds
{
    int requests = 0; // requests sent (granted)
    // The longest chain of requests each sent after the previous one's answer arrived: N rounds cost at least
    // N x latency, whatever made a request wait (its own data, or a slot another request held).
    int rounds = 0;
    // A lower bound of any schedule of the same requests. A request's depth is the longest chain of dependent
    // requests ending with it: a job's request depends on the job's answers before it was queued (a fanned-out
    // listing is 2, a token listing its page count), a job's first request on its account's answers before it
    // (the discovery that started the job, or the identity call that reached it: TracedRequest::unlocks); its
    // height the longest chain starting with it. Requests of depth d or more cannot go before round d, so c of
    // them need d - 1 + ceil(c / limit) rounds, overall (the global limit) and per group (the group limit), and
    // when each starts a chain of h, h - 1 more rounds: an organisation's identity calls, all charged to its
    // management account, are such a set.
    int minimum = 0;
    QList<int> perRound; // requests sent in each round
};

[[nodiscard]] ScheduleRounds analyseRounds(const QList<TracedRequest> &requests, int globalLimit, int groupLimit);

} // namespace flowlog
