#pragma once

#include "aliyunparsers.h"
#include "credentials.h"
#include "requestexecutor.h"
#include "requestgate.h"
#include "source.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;
class QThreadPool;

namespace flowlog {

struct ListResult
{
    ApiError error; // kind None when every page arrived
    int pages = 0;
    int rows = 0;
    int requests = 0; // HTTP attempts, retries included
};

// Lists one source, following every page. pageReceived() fires once per page with that page's rows (pages of a
// fanned-out listing arrive in any order); finished() fires exactly once after start(), on every path. The job is
// owned by its parent and never deletes itself.
//
// With a RequestGate every page request waits for a slot, and the slot is released when that request finished.
// Ranks given to the gate (lower first): 2 x the page's index, +1 for a fanned-out page. So first pages of every
// source go before second pages of any, and a request that starts or continues a chain goes before an independent
// page of the same depth: breadth-first across sources, the shortest makespan for many short listings.
class ListJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListJob)

public:
    ListJob(SourceSpec source, Credentials credentials, QNetworkAccessManager *nam, RetryPolicy policy,
            QObject *parent = nullptr);
    ~ListJob() override;

    [[nodiscard]] const SourceSpec &source() const { return m_source; }
    void start();
    void abort();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Before start(); the gate must outlive the job's requests (a destroyed gate means: no limit).
    void setRequestGate(RequestGate *gate) { m_gate = gate; }
    // Before start(): pages are parsed (JSON, rows, packing) on this pool, off the thread that hands slots on
    // and appends rows; without one they are parsed on the job's thread. The pool must outlive the job.
    void setParsePool(QThreadPool *pool) { m_parsePool = pool; }

    // Guards against endless paging: at most this many pages per source.
    static constexpr int maxPages = 100000;
    // Pages of one fanned-out listing requested (or waiting for a slot) at once.
    static constexpr int maxParallelPages = 16;

Q_SIGNALS:
    void pageReceived(const QList<flowlog::FlowLog> &rows);
    // A page request got its slot and was sent (for "running" display: the job may wait for slots before).
    void requestStarted();
    void finished(const flowlog::ListResult &result);
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);

protected:
    // Paging state handed to the request builder.
    struct Cursor
    {
        int pageNumber = 1; // PageNumber APIs
        QString token;      // NextToken / marker APIs
        int pageIndex = 0;  // 0-based count of pages requested
    };

    enum class Paging
    {
        Sequential,       // each page's cursor comes from the previous page: advance()
        PageNumberFanOut, // once page 1 gives TotalCount, pages 2..N are requested concurrently
    };
    [[nodiscard]] virtual Paging paging() const { return Paging::Sequential; }

    // The pure part: the request for a page. Called for every attempt (fresh signature).
    [[nodiscard]] virtual HttpRequest buildRequest(const Cursor &cursor) const = 0;
    [[nodiscard]] virtual Verdict judge(const HttpResponse &response) const = 0;
    // Turns a page's body into rows. Captures what it needs by value: it may run on the parse pool, even after
    // the job is gone.
    using PageParser = std::function<ListPage(const QByteArray &body)>;
    [[nodiscard]] virtual PageParser pageParser() const = 0;
    [[nodiscard]] ListPage parse(const QByteArray &body) const { return pageParser()(body); }
    // Decides the next cursor from a parsed page; returns false when the listing is complete. Sets error on a
    // paging loop or an impossible page.
    [[nodiscard]] virtual bool advance(const ListPage &page, Cursor &cursor, ApiError &error);

    [[nodiscard]] RowContext rowContext() const;
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }

    // Shared loop protection for the two paging styles.
    [[nodiscard]] bool advanceByPageNumber(const ListPage &page, Cursor &cursor, ApiError &error);
    [[nodiscard]] bool advanceByToken(const ListPage &page, Cursor &cursor, ApiError &error);

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
        qint64 total = -1; // the largest TotalCount seen
        int pageSize = 0;  // rows on a full page (page 1)
        int nextPage = 2;  // the next page number to assign
        int lastPage = 1;  // the last page to request
        int endedAt = 0;   // the last page before an empty one (0: none seen)
    };
    void queueRequest(const Cursor &cursor, bool fanned);
    void sendRequest(quint64 id);
    void onPage(quint64 id, const ExecutionResult &result);
    void onParsed(quint64 generation, const Cursor &cursor, int status, ListPage page);
    void onSequentialPage(const Cursor &cursor, const ListPage &page);
    void onNumberedPage(const Cursor &cursor, const ListPage &page);
    void topUpFanOut();
    void withdraw(quint64 id);
    void stopRequests();
    void releaseAll(const QHash<quint64, PageRequest> &requests, bool abortExecutors);
    void fail(ApiError error);
    void finish(ApiError error);

    SourceSpec m_source;
    Credentials m_credentials;
    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    QPointer<RequestGate> m_gate;
    QHash<quint64, PageRequest> m_requests; // waiting for a slot or in flight
    quint64 m_lastRequestId = 0;
    QThreadPool *m_parsePool = nullptr;
    quint64 m_generation = 0; // start() count: a queued page of an earlier run is dropped
    int m_parsesPending = 0;  // answers received, queued for parsing
    FanOut m_fanOut;
    ListResult m_result;
    QSet<QString> m_seenTokens;
    qint64 m_expectedTotal = -1;
    bool m_running = false;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::ListResult)
