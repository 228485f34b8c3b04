#pragma once

#include "backgroundthread.h"
#include "credentials.h"
#include "listpage.h"
#include "operation.h"
#include "requestexecutor.h"
#include "requestgate.h"
#include "source.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace flowlog {

struct ListResult
{
    ApiError error; // kind None when every page arrived
    int pages = 0;
    int rows = 0;
    int requests = 0; // HTTP attempts, retries included
};

// The generic list engine: runs any list operation (a RequestPlan plus the operation's paging rules) over one
// source, following every page, whatever the protocol and whatever the rows are. Rows are handed out by the typed
// jobs below (ListJob: flow logs; ResourceListJob: other resources). finished() fires exactly once after start(),
// on every path. The job is owned by its parent and never deletes itself.
//
// With a RequestGate every page request waits for a slot, and the slot is released when that request finished.
// Ranks given to the gate (lower first): 2 x the page's index, +1 for a fanned-out page. So first pages of every
// source go before second pages of any, and a request that starts or continues a chain goes before an independent
// page of the same depth: breadth-first across sources, the shortest makespan for many short listings.
//
// A page's follow-ups (pages 2..N of a fanned-out listing from page 1's TotalCount, a token listing's next page) are
// read with a one-pass peek (pagepeek.h) when the answer arrives and queued before the request's slot is released,
// so they compete for it with what waits at that instant rather than slipping a round (issue 19). The full parse
// stays the authority: a follow-up it does not confirm is withdrawn, a token it reads otherwise fails the source.
// Pages of a sequential listing are handled in page order even when their parses finish out of order.
//
// Paging cannot run away (issue 15): a source stops, failed with a message that says why, when TotalCount exceeds
// the operation's maxItems, when it has asked for the pages maxItems allows, when a page repeats a token or the
// rows of an earlier page, or when a page number comes back wrong. A short page ends a fanned-out listing.
class ListEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListEngine)

public:
    ~ListEngine() override;

    [[nodiscard]] const SourceSpec &source() const { return m_source; }
    void start();
    void abort();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Before start(); the gate must outlive the job's requests (a destroyed gate means: no limit).
    void setRequestGate(RequestGate *gate) { m_gate = gate; }
    // Before start(): pages are parsed (JSON, rows, packing) on this pool, off the thread that hands slots on
    // and appends rows; without one they are parsed on the job's thread. The pool must outlive the job.
    void setParsePool(QThreadPool *pool) { m_parsePool = pool; }
    // Before start(): requests go through the pool's managers (networkpool.h) instead of the one given.
    void setNetworkPool(NetworkPool *pool) { m_networkPool = pool; }
    // Before start(): the signature to use (Alibaba: RPC v1 unless Acs3).
    void setSigning(Signing signing) { m_signing = signing; }
    // Before start(): added to every rank this job gives the gate. Discovery (an account's regions, instances and
    // members) gates every listing after it, so its requests go first: discoveryRank.
    void setRankBase(int base) { m_rankBase = base; }
    static constexpr int discoveryRank = RequestGate::discoveryRank;
    // Before start(): false queues a page's follow-ups after its parse, as before issue 19 (the sweep benchmark
    // compares both schedules in one run).
    void setEarlyFollowUps(bool early) { m_earlyFollowUps = early; }

    // Guards against endless paging whatever the operation says: at most this many pages per source.
    static constexpr int maxPages = 100000;
    // Pages of one fanned-out listing requested (or waiting for a slot) at once.
    static constexpr int maxParallelPages = 16;

Q_SIGNALS:
    // A page request got its slot and was sent (for "running" display: the job may wait for slots before).
    void requestStarted();
    void finished(const flowlog::ListResult &result);
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);

protected:
    ListEngine(SourceSpec source, RequestPlan plan, const OperationRules &rules, QNetworkAccessManager *nam,
               RetryPolicy policy, QObject *parent);

    // Parses a page on the pool (or queued on this thread) and hands it to pageParsed() in this thread.
    virtual void parse(quint64 generation, const Cursor &cursor, const HttpResponse &response) = 0;
    // The engine's judgement of a parsed page. deliver() hands the page's rows out; it is called at most once, and
    // only for an accepted page with rows. `rows` counts the rows kept; firstId/lastId name the first and last.
    struct ParsedRows
    {
        qsizetype count = 0;
        QString firstId;
        QString lastId;
    };
    void pageParsed(quint64 generation, const Cursor &cursor, int status, const PageInfo &info, const ParsedRows &rows,
                    const std::function<void()> &deliver);
    // Runs work (returning T) on the parse pool, or queued on this thread, then done(T) on this thread while the
    // job lives. work holds copies only: it may finish after the job is gone.
    template<typename T, typename Work, typename Done> void runParse(Work work, Done done);
    // The pool's priority for this job's pages: a page whose rows let other requests start (discovery, an
    // organisation's members: a rank base below 0) goes before the flow-log pages waiting, or a round of answers
    // delays the next round by the time the pool needs for the pages ahead of it (issue 19 goal 4: the Huawei
    // projects page of a 6-account sweep waited 8-10 ms behind 20 flow-log pages).
    [[nodiscard]] int parsePriority() const { return m_rankBase < 0 ? 1 : 0; }

    // What a parse on the pool posts its page to: an object on the engine's thread that lives as long as a parse
    // or a posted page holds it (so the pool's thread never posts to a freed object), freed on that thread (see
    // parseAnchor()). engineAlive is read and written on the engine's thread only: a page posted after the engine was
    // destroyed is dropped there.
    struct ParseAnchor : QObject
    {
        bool engineAlive = true;
    };
    [[nodiscard]] std::shared_ptr<ParseAnchor> parseAnchor();

private:
    struct PageRequest
    {
        Cursor cursor;                       // a fanned-out page gets its number when its slot is granted
        RequestGate::Ticket ticket = 0;      // 0 without a gate
        RequestExecutor *executor = nullptr; // null while waiting for a slot
        bool fanned = false;
    };
    struct FanOut
    {
        qint64 total = -1;   // the largest TotalCount seen
        int pageSize = 0;    // rows on a full page (page 1)
        int nextPage = 2;    // the next page number to assign
        int lastPage = 1;    // the last page to request
        int endedAt = 0;     // the last page before an empty one, or a short page (0: none seen)
        bool peeked = false; // fanned out from page 1's peek, before its parse
    };
    // A parsed page of a sequential listing waiting for the pages before it.
    struct ParkedPage
    {
        Cursor cursor;
        PageInfo info;
        ParsedRows rows;
        qsizetype sent = 0;
        std::function<void()> deliver;
    };
    void queueRequest(const Cursor &cursor, bool fanned);
    void sendRequest(quint64 id);
    void onPage(quint64 id, const ExecutionResult &result);
    // Queues the follow-ups an answer's peek names (before the slot is released).
    void queueFollowUpsEarly(const Cursor &cursor, const QByteArray &body);
    [[nodiscard]] bool acceptPage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows, ApiError &error);
    // Counts a page, hands its rows out if acceptPage() lets it through, else fails the listing (false).
    [[nodiscard]] bool takePage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows,
                                const std::function<void()> &deliver);
    void onSequentialPage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows, qsizetype sent,
                          const std::function<void()> &deliver);
    void onNumberedPage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows, qsizetype sent,
                        const std::function<void()> &deliver);
    void topUpFanOut();
    void withdraw(quint64 id);
    void stopRequests();
    void releaseAll(const QHash<quint64, PageRequest> &requests, bool abortExecutors);
    [[nodiscard]] bool advanceByPageNumber(const PageInfo &info, qsizetype sent, Cursor &cursor);
    [[nodiscard]] bool advanceByToken(const PageInfo &info, qsizetype sent, Cursor &cursor, ApiError &error);
    [[nodiscard]] int pageLimit() const;
    [[nodiscard]] int pagesFor(qint64 total) const;
    void fail(ApiError error);
    void finish(ApiError error);

    SourceSpec m_source;
    RequestPlan m_plan;
    OperationRules m_rules;
    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    Signing m_signing = Signing::Default;
    int m_rankBase = 0;
    int m_pageSize = 0; // rows asked per page, from the operation's rules and the source
    QPointer<RequestGate> m_gate;
    QHash<quint64, PageRequest> m_requests; // waiting for a slot or in flight
    quint64 m_lastRequestId = 0;
    QThreadPool *m_parsePool = nullptr;
    std::shared_ptr<ParseAnchor> m_parseAnchor;
    QPointer<NetworkPool> m_networkPool;
    quint64 m_generation = 0; // start() count: a queued page of an earlier run is dropped
    int m_parsesPending = 0;  // answers received, queued for parsing
    FanOut m_fanOut;
    ListResult m_result;
    QSet<QString> m_seenTokens;
    QHash<QString, int> m_seenPages; // "firstId\nlastId" of every page with rows -> its page index
    qint64 m_expectedTotal = -1;
    qsizetype m_firstPageRows = -1;     // rows on page 1: a full page, for the short-page rule of PageNumber paging
    QHash<int, QString> m_earlyTokens;  // page index -> the token its request was queued with from a peek
    QSet<QString> m_peekedTokens;       // every token a peek queued a page for
    qint64 m_peekedRows = 0;            // rows of a token listing's pages so far, by their peeks
    bool m_peekChain = true;            // false once a peek of this token listing could not be read
    std::map<int, ParkedPage> m_parked; // page index -> parsed, waiting for the pages before it
    int m_nextSequential = 0;           // the page index a sequential listing handles next
    bool m_earlyFollowUps = true;
    bool m_running = false;
};

template<typename T, typename Work, typename Done> void ListEngine::runParse(Work work, Done done)
{
    ++m_parsesPending;
    if (m_parsePool) {
        // The parsed page comes back in one queued call to the anchor (on this thread; see ParseAnchor), which the
        // parse holds until then: a QFutureWatcher cost this thread five events a page and a deletion (10,487
        // events, ~160 ms of the GUI thread in a 300-account sweep).
        m_parsePool->start(
            [anchor = parseAnchor(), work = std::move(work), done = std::move(done)]() mutable {
                makeThisThreadBackground();
                ParseAnchor *receiver = anchor.get();
                QMetaObject::invokeMethod(
                    receiver,
                    [anchor = std::move(anchor), result = T(work()), done = std::move(done)] {
                        if (anchor->engineAlive)
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            parsePriority());
        return;
    }
    // Parse once the answers already waiting have been through here and handed their slots on: a round of
    // answers sends the next round's requests before the pages cost their milliseconds.
    QMetaObject::invokeMethod(
        this, [work = std::move(work), done = std::move(done)]() mutable { done(work()); }, Qt::QueuedConnection);
}

// The typed half of a list job: parses pages into Page<Row> with the operation's mapper and hands their rows to
// the sink (or, in ListJob, to the pageReceived() signal). Row needs an `id` member (FlowLog, Resource): the engine
// compares pages by their first and last id.
template<typename Row> class RowListEngine : public ListEngine
{
public:
    // Pure: one page's answer into rows. Holds copies only: it may run on the parse pool, even after the job is gone.
    using Parser = std::function<Page<Row>(const HttpResponse &response)>;
    // Receives each accepted page's rows, in the job's thread (pages of a fanned-out listing in any order).
    using Sink = std::function<void(const QList<Row> &rows)>;

    RowListEngine(SourceSpec source, RequestPlan plan, const OperationRules &rules, Parser parser,
                  QNetworkAccessManager *nam, RetryPolicy policy, QObject *parent = nullptr)
        : ListEngine(std::move(source), std::move(plan), rules, nam, policy, parent)
        , m_parser(std::move(parser))
    {}

    // Before start().
    void setSink(Sink sink) { m_sink = std::move(sink); }

protected:
    virtual void emitRows(const QList<Row> &rows)
    {
        if (m_sink)
            m_sink(rows);
    }

private:
    void parse(quint64 generation, const Cursor &cursor, const HttpResponse &response) final
    {
        runParse<Page<Row>>([parser = m_parser, response] { return parser(response); },
                            [this, generation, cursor, status = response.status](const Page<Row> &page) {
                                ParsedRows rows;
                                rows.count = page.rows.size();
                                if (!page.rows.isEmpty()) {
                                    rows.firstId = page.rows.constFirst().id;
                                    rows.lastId = page.rows.constLast().id;
                                }
                                // deliver may run later (a page parked for the pages before it): it owns its rows.
                                pageParsed(generation, cursor, status, page, rows,
                                           [this, pageRows = page.rows] { emitRows(pageRows); });
                            });
    }

    Parser m_parser;
    Sink m_sink;
};

// Lists resources that are not flow logs (regions, accounts, projects, VPCs, routers, attachments...); the rows go
// to the sink.
using ResourceListJob = RowListEngine<Resource>;

// Lists flow logs: pageReceived() fires once per page with that page's rows (pages of a fanned-out listing arrive
// in any order).
class ListJob final : public RowListEngine<FlowLog>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListJob)

public:
    using RowListEngine::RowListEngine;
    ~ListJob() override;

Q_SIGNALS:
    void pageReceived(const QList<flowlog::FlowLog> &rows);

private:
    void emitRows(const QList<FlowLog> &rows) override;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::ListResult)
