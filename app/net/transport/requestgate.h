#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace flowlog {

// Admission control for HTTP requests. A job asks before each request and releases the ticket when that request's
// executor finished (on every path: success, failure, abort, timeout). Limits therefore count requests in flight,
// not jobs: a job between two pages holds nothing. A job without a gate sends at once (unit tests of jobs).
class RequestGate : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGate)

public:
    using Ticket = quint64;
    // Runs when the slot is granted, possibly inside acquire() (a free slot) or inside any caller's release() (a
    // freed slot goes to the next request at once, not after the replies already queued in the event loop). Only
    // while the context object of acquire() lives; a slot whose context died is freed by the gate.
    using Granted = std::function<void()>;

    explicit RequestGate(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~RequestGate() override = default;

    // Ranks of a sweep's phases (lower first), each far apart so a job's own ranks (ListEngine: twice the page
    // index) stay within its phase. An organisation's member listing lets every member start; an identity call
    // (AssumeRole, the agency call) lets one member start; discovery (regions, instances) lets an account's
    // listings start; listings rank from 0.
    static constexpr int discoveryRank = -(1 << 24);
    // A discovery step whose answer starts another discovery step, not listings (Huawei's projects: each project's
    // router listing needs its id): the longest remaining path, so it goes ahead of one-step discovery. In a
    // 6-account list its answer then leads the burst of first-round answers instead of waiting among them (issue 19
    // goal 4: the second round left 6-8 ms sooner).
    static constexpr int chainedDiscoveryRank = discoveryRank - (1 << 19);
    static constexpr int identityRank = discoveryRank - (1 << 20);
    static constexpr int organisationRank = discoveryRank - (2 << 20);

    // Queues one request of `group` (the account whose credentials sign it: the per-group limit). Waiting requests
    // are granted by ascending rank (see ListJob for the ranks it uses), fairly across groups within a rank, then
    // first come.
    [[nodiscard]] virtual Ticket acquire(const QString &group, int rank, QObject *context, Granted granted) = 0;
    // The same for a request whose answer lets another account's work start (an identity call signed by the
    // management account, `group`, into the member `unlocks`): charged to group; a trace counts unlocks' later
    // requests as depending on it.
    [[nodiscard]] virtual Ticket acquireUnlocking(const QString &group, const QString &unlocks, int rank,
                                                  QObject *context, Granted granted)
    {
        Q_UNUSED(unlocks)
        return acquire(group, rank, context, std::move(granted));
    }
    // Frees a granted slot or withdraws a waiting request. Unknown or already released tickets are ignored, so
    // callers may release on every path without bookkeeping.
    virtual void release(Ticket ticket) = 0;
    // Frees a granted slot once queueFirst() has queued the requests the answer makes known (a page's follow-ups):
    // the slot goes to the best of them and of what was waiting, not to whatever waited at that instant. The
    // default runs queueFirst() then release().
    virtual void releaseAfter(Ticket ticket, const std::function<void()> &queueFirst)
    {
        queueFirst();
        release(ticket);
    }
    // One attempt of ticket's request got an HTTP answer (called before the release, once per attempt: a retry
    // answers again). throttled: the service refused it for its rate limit, retryAfterMs its hint (-1: none). An
    // adaptive gate lowers the account's limit on throttling and raises it again with each answer that was not.
    virtual void answered(Ticket ticket, bool throttled, int retryAfterMs)
    {
        Q_UNUSED(ticket)
        Q_UNUSED(throttled)
        Q_UNUSED(retryAfterMs)
    }
    // How long one turn of the event loop may spend handing work on (granting, starting members' work) before the
    // rest continues from a queued call; 0: no bound (the CLI). The console's gate has 4 ms.
    [[nodiscard]] virtual int turnBudgetMs() const { return 0; }
};

} // namespace flowlog
