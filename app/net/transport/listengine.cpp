#include "listengine.h"

#include <QNetworkAccessManager>
#include <QThread>

#include <algorithm>
#include <utility>

namespace flowlog {

ListEngine::ListEngine(SourceSpec source, RequestPlan plan, const OperationRules &rules, QNetworkAccessManager *nam,
                       RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_plan(std::move(plan))
    , m_rules(rules)
    , m_nam(nam)
    , m_policy(policy)
{}

ListEngine::~ListEngine()
{
    if (m_parseAnchor)
        m_parseAnchor->engineAlive = false;
    // Slots go back to the gate, whichever way the job ends; the executors (children) abort their replies.
    m_running = false;
    releaseAll(std::exchange(m_requests, {}), false);
}

std::shared_ptr<ListEngine::ParseAnchor> ListEngine::parseAnchor()
{
    if (!m_parseAnchor) {
        // Freed where the last holder lets go. On its own thread that is directly: the last holder may be a posted
        // page being discarded while Qt holds the thread's event list locked (QCoreApplication's teardown with
        // pages still queued), where posting a deferred delete deadlocked (tst_fault_bodies under ASan, CI).
        // Elsewhere (a pool thread letting go first) it is deleted later, on its own thread.
        m_parseAnchor = std::shared_ptr<ParseAnchor>(new ParseAnchor, [](ParseAnchor *anchor) {
            if (anchor->thread() == QThread::currentThread())
                delete anchor;
            else
                anchor->deleteLater();
        });
    }
    return m_parseAnchor;
}

void ListEngine::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    ++m_generation;
    m_parsesPending = 0;
    m_result = {};
    m_seenTokens.clear();
    m_seenPages.clear();
    m_expectedTotal = -1;
    m_firstPageRows = -1;
    m_fanOut = {};
    m_earlyTokens.clear();
    m_peekedTokens.clear();
    m_peekedRows = 0;
    m_peekChain = true;
    m_parked.clear();
    m_nextSequential = 0;
    m_pageSize = m_rules.pageSizeFor(m_source.pageSize);
    queueRequest(Cursor{}, false);
}

void ListEngine::abort()
{
    if (!m_running)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Aborted;
    e.message = ApiErrors::tr("The request was cancelled.");
    fail(e);
}

void ListEngine::queueRequest(const Cursor &cursor, bool fanned)
{
    const quint64 id = ++m_lastRequestId;
    PageRequest request;
    request.cursor = cursor;
    request.fanned = fanned;
    if (!m_gate) {
        m_requests.insert(id, request);
        sendRequest(id);
        return;
    }
    // A fanned-out page's number is assigned when it is sent; rank it as the next unassigned one.
    int index = cursor.pageIndex;
    if (fanned) {
        const auto waiting = std::count_if(m_requests.cbegin(), m_requests.cend(),
                                           [](const PageRequest &r) { return r.fanned && !r.executor; });
        index = m_fanOut.nextPage - 1 + static_cast<int>(waiting);
    }
    m_requests.insert(id, request);
    // Longest remaining path first: a token listing is a chain of unknown length (one page a round), so its
    // pages go ahead of the first page of a PageNumber listing at the same depth (two rounds at most, its
    // other pages fan out), and those ahead of fanned-out pages.
    const bool chain = m_rules.paging != PagingStyle::PageNumberFanOut;
    const int rank = m_rankBase + 2 * index + (fanned ? 1 : 0) - (chain ? 1 : 0);
    // The gate may grant (and so send) inside acquire(): the request is registered before.
    const RequestGate::Ticket ticket =
        m_gate->acquire(m_source.accountKey(), rank, this, [this, id] { sendRequest(id); });
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        m_gate->release(ticket); // granted and already done with (withdrawn, or failed at once)
    else
        it->ticket = ticket;
}

int ListEngine::pageLimit() const
{
    // The pages maxItems fills at the smaller of the asked and the delivered page size, plus the one empty or
    // short page that ends a listing.
    int size = m_pageSize;
    if (m_firstPageRows > 0)
        size = size > 0 ? static_cast<int>(std::min<qsizetype>(size, m_firstPageRows)) : int(m_firstPageRows);
    if (m_rules.maxItems <= 0 || size <= 0)
        return maxPages;
    return static_cast<int>(std::min<qint64>(maxPages, (qint64(m_rules.maxItems) + size - 1) / size + 1));
}

void ListEngine::sendRequest(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end() || !m_running)
        return;
    if (it->fanned) {
        if (m_fanOut.nextPage > m_fanOut.lastPage) {
            // The listing turned out shorter while this request waited.
            withdraw(id);
            if (m_requests.isEmpty() && m_parsesPending == 0)
                finish({});
            return;
        }
        it->cursor.pageNumber = m_fanOut.nextPage++;
        it->cursor.pageIndex = it->cursor.pageNumber - 1;
    }
    it->cursor.pageSize = m_pageSize;
    if (it->cursor.pageIndex >= pageLimit()) {
        ApiError e;
        e.kind = ApiError::Kind::Protocol;
        e.message = m_rules.maxItems > 0
                        ? ApiErrors::tr("Stopped after %1 pages: the service keeps returning more than the %2 "
                                        "entries one source may hold.")
                              .arg(it->cursor.pageIndex)
                              .arg(m_rules.maxItems)
                        : ApiErrors::tr("Stopped after %1 pages: the service keeps returning more.").arg(maxPages);
        fail(e);
        return;
    }
    auto *executor = new RequestExecutor(m_nam, m_policy, this);
    executor->setNetworkPool(m_networkPool);
    it->executor = executor;
    connect(executor, &RequestExecutor::finished, this,
            [this, id](const ExecutionResult &result) { onPage(id, result); });
    connect(executor, &RequestExecutor::retrying, this, &ListEngine::retrying);
    connect(executor, &RequestExecutor::answered, this, [this, id](bool throttled, int retryAfterMs) {
        const auto request = m_requests.constFind(id);
        if (m_gate && request != m_requests.cend())
            m_gate->answered(request->ticket, throttled, retryAfterMs);
    });
    // The plan holds copies (target, credentials); the executor calls it for every attempt while the job lives.
    executor->start(
        [request = m_plan.request, cursor = it->cursor, signing = m_signing] { return request(cursor, signing); },
        m_plan.judge, m_plan.renew);
    if (m_running && executor->isRunning())
        Q_EMIT requestStarted();
}

void ListEngine::onPage(quint64 id, const ExecutionResult &result)
{
    m_result.requests += result.attempts;
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return; // stopped by abort() or by another page's failure
    const PageRequest request = *it;
    m_requests.erase(it);
    request.executor->deleteLater();
    // The pages this one names are queued before its slot is released: they compete for it with what waits now,
    // instead of finding this round's slots taken when the parse is done. The slot goes on before this page is
    // parsed: its round trip overlaps the work here.
    const auto followUps = [&] {
        if (m_running && m_earlyFollowUps && !result.error.isError())
            queueFollowUpsEarly(request.cursor, result.response.body);
    };
    if (m_gate)
        m_gate->releaseAfter(request.ticket, followUps);
    else
        followUps();
    if (!m_running)
        return;
    if (result.error.isError()) {
        fail(result.error);
        return;
    }
    parse(m_generation, request.cursor, result.response);
}

void ListEngine::queueFollowUpsEarly(const Cursor &cursor, const QByteArray &body)
{
    if (m_plan.peek == PeekFormat::None)
        return;
    switch (m_rules.paging) {
    case PagingStyle::None:
    case PagingStyle::PageNumber:
        return;
    case PagingStyle::PageNumberFanOut: {
        if (cursor.pageIndex != 0 || m_fanOut.pageSize > 0)
            return;
        const PagePeek peek = peekPage(body, m_plan.peek);
        // Anything unusual (no TotalCount, one page, a wrong page number, more than a source may hold) is left
        // to the parse, which says why.
        if (!peek.ok || peek.rows <= 0 || peek.totalCount <= peek.rows ||
            (peek.pageNumber > 0 && peek.pageNumber != 1) ||
            (m_rules.maxItems > 0 && peek.totalCount > m_rules.maxItems))
            return;
        m_fanOut.peeked = true;
        m_expectedTotal = peek.totalCount;
        m_fanOut.total = peek.totalCount;
        m_fanOut.pageSize = peek.rows;
        m_fanOut.lastPage = pagesFor(m_fanOut.total);
        topUpFanOut();
        return;
    }
    case PagingStyle::Token: {
        if (!m_peekChain)
            return;
        const PagePeek peek = peekPage(body, m_plan.peek);
        if (!peek.ok || peek.rows < 0) {
            m_peekChain = false; // the row count so far is unknown from here: follow-ups after the parse
            return;
        }
        m_peekedRows += peek.rows;
        if (peek.nextToken.isEmpty() || (peek.rows == 0 && cursor.pageIndex > 0) ||
            (peek.totalCount >= 0 && m_peekedRows >= peek.totalCount))
            return;
        const QString token = QString::fromUtf8(peek.nextToken);
        if (token == cursor.token || m_peekedTokens.contains(token) || m_seenTokens.contains(token))
            return; // the parse reports the loop
        Cursor next = cursor;
        next.token = token;
        ++next.pageIndex;
        if (next.pageIndex >= pageLimit())
            return; // the parse hands this page's rows out first, then the page cap stops the listing
        m_peekedTokens.insert(token);
        m_earlyTokens.insert(next.pageIndex, token);
        queueRequest(next, false);
        return;
    }
    }
}

void ListEngine::pageParsed(quint64 generation, const Cursor &cursor, int status, const PageInfo &info,
                            const ParsedRows &rows, const std::function<void()> &deliver)
{
    if (generation != m_generation)
        return; // a previous run's page
    --m_parsesPending;
    if (!m_running)
        return;
    if (info.error.isError()) {
        ApiError error = info.error;
        error.httpStatus = status;
        if (error.requestId.isEmpty())
            error.requestId = info.requestId;
        fail(error);
        return;
    }
    // What the service sent decides paging, not what a client-side filter kept.
    const qsizetype sent = info.sentRows >= 0 ? info.sentRows : rows.count;
    if (cursor.pageIndex == 0 && m_firstPageRows < 0)
        m_firstPageRows = sent;
    switch (m_rules.paging) {
    case PagingStyle::PageNumberFanOut:
        onNumberedPage(cursor, info, rows, sent, deliver);
        return;
    case PagingStyle::None:
    case PagingStyle::PageNumber:
    case PagingStyle::Token:
        // A next page queued from a peek may be parsed before this one: pages are handled in order.
        m_parked.insert_or_assign(cursor.pageIndex, ParkedPage{cursor, info, rows, sent, deliver});
        while (m_running && !m_parked.empty() && m_parked.begin()->first == m_nextSequential) {
            const ParkedPage page = std::move(m_parked.begin()->second);
            m_parked.erase(m_parked.begin());
            ++m_nextSequential;
            onSequentialPage(page.cursor, page.info, page.rows, page.sent, page.deliver);
        }
        return;
    }
}

bool ListEngine::acceptPage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows, ApiError &error)
{
    error.kind = ApiError::Kind::Protocol;
    error.requestId = info.requestId;
    if (m_rules.maxItems > 0 && info.totalCount > m_rules.maxItems) {
        error.message = ApiErrors::tr("The service reports %1 entries for this source, more than the %2 one source "
                                      "may hold; stopped instead of asking for every page.")
                            .arg(info.totalCount)
                            .arg(m_rules.maxItems);
        return false;
    }
    if (rows.count > 0) {
        // A page whose first and last rows are those of an earlier page is that page again (a service ignoring
        // the page number or the token): following it would loop.
        const QString key = rows.firstId + QLatin1Char('\n') + rows.lastId;
        const auto seen = m_seenPages.constFind(key);
        if (seen != m_seenPages.cend() && *seen != cursor.pageIndex) {
            error.message = ApiErrors::tr("The service returned the same entries again (page %1 repeats page %2); "
                                          "stopped to avoid an endless loop.")
                                .arg(cursor.pageIndex + 1)
                                .arg(*seen + 1);
            return false;
        }
        m_seenPages.insert(key, cursor.pageIndex);
    }
    error = {};
    return true;
}

bool ListEngine::takePage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows,
                          const std::function<void()> &deliver)
{
    ++m_result.pages;
    ApiError error;
    if (!acceptPage(cursor, info, rows, error)) {
        fail(error);
        return false;
    }
    m_result.rows += static_cast<int>(rows.count);
    if (rows.count > 0)
        deliver();
    return true;
}

void ListEngine::onSequentialPage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows, qsizetype sent,
                                  const std::function<void()> &deliver)
{
    ApiError error;
    if (m_rules.paging == PagingStyle::PageNumber && info.pageNumber > 0 && sent > 0 &&
        info.pageNumber != cursor.pageNumber) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr("Asked for page %1 but the service returned page %2.")
                            .arg(cursor.pageNumber)
                            .arg(info.pageNumber);
        error.requestId = info.requestId;
        fail(error);
        return;
    }
    if (!takePage(cursor, info, rows, deliver))
        return;

    Cursor next = cursor;
    bool more = false;
    switch (m_rules.paging) {
    case PagingStyle::None:
        break;
    case PagingStyle::PageNumber:
    case PagingStyle::PageNumberFanOut:
        more = advanceByPageNumber(info, sent, next);
        break;
    case PagingStyle::Token:
        more = advanceByToken(info, sent, next, error);
        break;
    }
    if (error.isError()) {
        if (error.requestId.isEmpty())
            error.requestId = info.requestId;
        fail(error);
        return;
    }
    const auto early = m_earlyTokens.constFind(cursor.pageIndex + 1);
    if (!more) {
        if (early != m_earlyTokens.cend()) {
            // A page the peek queued that the parse does not confirm (the rows reached TotalCount).
            m_parked.clear();
            stopRequests();
        }
        finish({});
        return;
    }
    if (early != m_earlyTokens.cend()) {
        if (*early == next.token)
            return; // queued when the answer arrived
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr("The page's paging token could not be read consistently; stopped.");
        error.requestId = info.requestId;
        fail(error);
        return;
    }
    ++next.pageIndex;
    queueRequest(next, false);
}

int ListEngine::pagesFor(qint64 total) const
{
    const qint64 pages = (total + m_fanOut.pageSize - 1) / m_fanOut.pageSize;
    return static_cast<int>(std::min<qint64>(pages, pageLimit() + 1)); // past the limit fails when requested
}

void ListEngine::onNumberedPage(const Cursor &cursor, const PageInfo &info, const ParsedRows &rows, qsizetype sent,
                                const std::function<void()> &deliver)
{
    const int number = cursor.pageNumber;
    // An empty page ends the listing whatever TotalCount says (checked first, as in sequential paging).
    if (sent > 0 && info.pageNumber > 0 && info.pageNumber != number) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message =
            ApiErrors::tr("Asked for page %1 but the service returned page %2.").arg(number).arg(info.pageNumber);
        error.requestId = info.requestId;
        fail(error);
        return;
    }
    if (!takePage(cursor, info, rows, deliver))
        return;

    if (number == 1) {
        // Without TotalCount there is no safe way to know a next page exists.
        if (sent == 0 || info.totalCount < 0 || sent >= info.totalCount) {
            stopRequests(); // pages a peek queued that the parse does not confirm
            finish({});
            return;
        }
        // Fanned out from the peek already: the parse's figures decide from here (pages 2..N may have come back
        // first and raised the total or ended the listing).
        m_fanOut.total = m_fanOut.peeked ? std::max(m_fanOut.total, info.totalCount) : info.totalCount;
        m_expectedTotal = m_fanOut.total;
        // What a full page holds, as the service sent it: never fewer pages than the rows need.
        m_fanOut.pageSize = static_cast<int>(sent);
        m_fanOut.lastPage = pagesFor(m_fanOut.total);
        if (m_fanOut.endedAt > 0)
            m_fanOut.lastPage = std::min(m_fanOut.lastPage, m_fanOut.endedAt);
    } else if (sent < m_fanOut.pageSize) {
        // An empty page ends the listing before it, a short one with it, whatever TotalCount says.
        const int end = sent == 0 ? number - 1 : number;
        m_fanOut.endedAt = m_fanOut.endedAt > 0 ? std::min(m_fanOut.endedAt, end) : end;
        m_fanOut.lastPage = std::min(m_fanOut.lastPage, m_fanOut.endedAt);
    } else if (info.totalCount > m_fanOut.total) {
        // The set grew while paging (a create elsewhere): keep going by the new total.
        m_fanOut.total = info.totalCount;
        m_expectedTotal = info.totalCount;
        m_fanOut.lastPage = pagesFor(m_fanOut.total);
        if (m_fanOut.endedAt > 0)
            m_fanOut.lastPage = std::min(m_fanOut.lastPage, m_fanOut.endedAt);
    }
    topUpFanOut();
    if (m_running && m_requests.isEmpty() && m_parsesPending == 0)
        finish({});
}

void ListEngine::topUpFanOut()
{
    // Keep as many fanned-out requests waiting as pages remain, at most maxParallelPages outstanding.
    for (;;) {
        if (!m_running)
            return;
        QList<quint64> unassigned;
        int outstanding = 0;
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
            if (!it->fanned)
                continue;
            ++outstanding;
            if (!it->executor)
                unassigned.append(it.key());
        }
        const int remaining = std::max(0, m_fanOut.lastPage - m_fanOut.nextPage + 1);
        if (unassigned.size() > remaining) {
            withdraw(unassigned.last()); // the listing got shorter: give the slot back at once
            continue;
        }
        if (unassigned.size() == remaining || outstanding >= maxParallelPages)
            return;
        queueRequest(Cursor{}, true);
    }
}

void ListEngine::withdraw(quint64 id)
{
    const PageRequest request = m_requests.take(id);
    if (m_gate)
        m_gate->release(request.ticket);
}

void ListEngine::stopRequests()
{
    releaseAll(std::exchange(m_requests, {}), true);
}

void ListEngine::releaseAll(const QHash<quint64, PageRequest> &requests, bool abortExecutors)
{
    // Waiting requests first: a slot freed after them cannot be granted to one of this job's own.
    if (m_gate) {
        for (const PageRequest &r : requests) {
            if (!r.executor)
                m_gate->release(r.ticket);
        }
    }
    for (const PageRequest &r : requests) {
        if (!r.executor)
            continue;
        if (abortExecutors) {
            r.executor->abort(); // finished -> onPage: counts the attempts, finds nothing to continue
            r.executor->deleteLater();
        }
        if (m_gate)
            m_gate->release(r.ticket);
    }
}

void ListEngine::fail(ApiError error)
{
    // Any page's failure fails the source; the other pages in flight are aborted, their slots freed.
    stopRequests();
    finish(std::move(error));
}

bool ListEngine::advanceByPageNumber(const PageInfo &info, qsizetype sent, Cursor &cursor)
{
    if (info.totalCount >= 0)
        m_expectedTotal = info.totalCount; // the set may change while paging: go by the newest total
    if (sent == 0)
        return false; // an empty page ends the listing, whatever TotalCount says
    if (m_firstPageRows > 0 && sent < m_firstPageRows)
        return false; // so does a page shorter than the first
    if (m_expectedTotal < 0)
        return false; // without TotalCount there is no safe way to know a next page exists
    if (m_result.rows >= m_expectedTotal)
        return false;
    ++cursor.pageNumber;
    return true;
}

bool ListEngine::advanceByToken(const PageInfo &info, qsizetype sent, Cursor &cursor, ApiError &error)
{
    if (info.nextToken.isEmpty())
        return false;
    if (info.nextToken == cursor.token || m_seenTokens.contains(info.nextToken)) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr(
            "The service returned a paging token it had already returned; stopped to avoid an endless loop.");
        return false;
    }
    if (sent == 0 && m_result.pages > 1) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr("The service returned an empty page with a further paging token.");
        return false;
    }
    // Every row TotalCount announced has arrived: a further token can only lead past the end.
    if (info.totalCount >= 0)
        m_expectedTotal = info.totalCount;
    if (m_expectedTotal >= 0 && m_result.rows >= m_expectedTotal)
        return false;
    m_seenTokens.insert(info.nextToken);
    cursor.token = info.nextToken;
    return true;
}

void ListEngine::finish(ApiError error)
{
    if (!m_running)
        return;
    Q_ASSERT(m_requests.isEmpty());
    m_running = false;
    m_result.error = std::move(error);
    Q_EMIT finished(m_result);
}

ListJob::~ListJob() = default;

void ListJob::emitRows(const QList<FlowLog> &rows)
{
    Q_EMIT pageReceived(rows);
}

} // namespace flowlog
