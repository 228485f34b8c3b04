#include "listjob.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace flowlog {

ListJob::ListJob(SourceSpec source, Credentials credentials, QNetworkAccessManager *nam, RetryPolicy policy,
                 QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_credentials(std::move(credentials))
    , m_nam(nam)
    , m_policy(policy)
{}

ListJob::~ListJob()
{
    // Slots go back to the gate, whichever way the job ends; the executors (children) abort their replies.
    m_running = false;
    releaseAll(std::exchange(m_requests, {}), false);
}

RowContext ListJob::rowContext() const
{
    return RowContext{m_source.profileName, m_source.profileId, m_source.region};
}

void ListJob::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    ++m_generation;
    m_parsesPending = 0;
    m_result = {};
    m_seenTokens.clear();
    m_expectedTotal = -1;
    m_fanOut = {};
    queueRequest(Cursor{}, false);
}

void ListJob::abort()
{
    if (!m_running)
        return;
    ApiError e;
    e.kind = ApiError::Kind::Aborted;
    e.message = ApiErrors::tr("The request was cancelled.");
    fail(e);
}

void ListJob::queueRequest(const Cursor &cursor, bool fanned)
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
    const bool chain = paging() != Paging::PageNumberFanOut;
    const int rank = 2 * index + (fanned ? 1 : 0) - (chain ? 1 : 0);
    // The gate may grant (and so send) inside acquire(): the request is registered before.
    const RequestGate::Ticket ticket = m_gate->acquire(m_source.profileId, rank, this, [this, id] { sendRequest(id); });
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        m_gate->release(ticket); // granted and already done with (withdrawn, or failed at once)
    else
        it->ticket = ticket;
}

void ListJob::sendRequest(quint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end() || !m_running)
        return;
    if (it->fanned) {
        if (m_fanOut.nextPage > m_fanOut.lastPage) {
            // The listing turned out shorter while this request waited.
            withdraw(id);
            if (m_requests.isEmpty())
                finish({});
            return;
        }
        it->cursor.pageNumber = m_fanOut.nextPage++;
        it->cursor.pageIndex = it->cursor.pageNumber - 1;
    }
    if (it->cursor.pageIndex >= maxPages) {
        ApiError e;
        e.kind = ApiError::Kind::Protocol;
        e.message = ApiErrors::tr("Stopped after %1 pages: the service keeps returning more.").arg(maxPages);
        fail(e);
        return;
    }
    auto *executor = new RequestExecutor(m_nam, m_policy, this);
    it->executor = executor;
    connect(executor, &RequestExecutor::finished, this,
            [this, id](const ExecutionResult &result) { onPage(id, result); });
    connect(executor, &RequestExecutor::retrying, this, &ListJob::retrying);
    const Cursor cursor = it->cursor;
    executor->start([this, cursor] { return buildRequest(cursor); },
                    [this](const HttpResponse &r) { return judge(r); });
    if (m_running && executor->isRunning())
        Q_EMIT requestStarted();
}

void ListJob::onPage(quint64 id, const ExecutionResult &result)
{
    m_result.requests += result.attempts;
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return; // stopped by abort() or by another page's failure
    const PageRequest request = *it;
    m_requests.erase(it);
    request.executor->deleteLater();
    // The slot goes to the next waiting request before this page is parsed: its round trip overlaps the work here.
    if (m_gate)
        m_gate->release(request.ticket);
    if (!m_running)
        return;
    if (result.error.isError()) {
        fail(result.error);
        return;
    }
    // Parse once the answers already waiting have been through here and handed their slots on (or on the pool,
    // in parallel): a round of answers sends the next round's requests before the pages cost their milliseconds.
    ++m_parsesPending;
    const quint64 generation = m_generation;
    const Cursor cursor = request.cursor;
    const int status = result.response.status;
    if (m_parsePool) {
        auto *watcher = new QFutureWatcher<ListPage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, cursor, status] {
            watcher->deleteLater();
            onParsed(generation, cursor, status, watcher->result());
        });
        // The parser holds copies only: it may finish after the job (and the watcher) are gone.
        watcher->setFuture(QtConcurrent::run(
            m_parsePool, [parser = pageParser(), body = result.response.body] { return parser(body); }));
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, generation, cursor, status, body = result.response.body] {
            onParsed(generation, cursor, status, parse(body));
        },
        Qt::QueuedConnection);
}

void ListJob::onParsed(quint64 generation, const Cursor &cursor, int status, ListPage page)
{
    if (generation != m_generation)
        return; // a previous run's page
    --m_parsesPending;
    if (!m_running)
        return;
    if (page.error.isError()) {
        page.error.httpStatus = status;
        if (page.error.requestId.isEmpty())
            page.error.requestId = page.requestId;
        fail(page.error);
        return;
    }
    if (paging() == Paging::PageNumberFanOut)
        onNumberedPage(cursor, page);
    else
        onSequentialPage(cursor, page);
}

void ListJob::onSequentialPage(const Cursor &cursor, const ListPage &page)
{
    ++m_result.pages;
    m_result.rows += page.rows.size();
    if (!page.rows.isEmpty())
        Q_EMIT pageReceived(page.rows);

    ApiError error;
    Cursor next = cursor;
    const bool more = advance(page, next, error);
    if (error.isError()) {
        if (error.requestId.isEmpty())
            error.requestId = page.requestId;
        fail(error);
        return;
    }
    if (!more) {
        finish({});
        return;
    }
    ++next.pageIndex;
    queueRequest(next, false);
}

void ListJob::onNumberedPage(const Cursor &cursor, const ListPage &page)
{
    const int number = cursor.pageNumber;
    // An empty page ends the listing whatever TotalCount says (checked first, as in sequential paging).
    if (!page.rows.isEmpty() && page.pageNumber > 0 && page.pageNumber != number) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message =
            ApiErrors::tr("Asked for page %1 but the service returned page %2.").arg(number).arg(page.pageNumber);
        error.requestId = page.requestId;
        fail(error);
        return;
    }
    ++m_result.pages;
    m_result.rows += page.rows.size();
    if (!page.rows.isEmpty())
        Q_EMIT pageReceived(page.rows);

    const auto pagesFor = [this](qint64 total) {
        const qint64 pages = (total + m_fanOut.pageSize - 1) / m_fanOut.pageSize;
        return static_cast<int>(std::min<qint64>(pages, maxPages + 1)); // past maxPages fails when requested
    };
    if (number == 1) {
        // Without TotalCount there is no safe way to know a next page exists.
        if (page.rows.isEmpty() || page.totalCount < 0 || page.rows.size() >= page.totalCount) {
            finish({});
            return;
        }
        m_expectedTotal = page.totalCount;
        m_fanOut.total = page.totalCount;
        // What a full page holds, as the service sent it: never fewer pages than the rows need.
        m_fanOut.pageSize = static_cast<int>(page.rows.size());
        m_fanOut.lastPage = pagesFor(m_fanOut.total);
    } else if (page.rows.isEmpty()) {
        m_fanOut.endedAt = m_fanOut.endedAt > 0 ? std::min(m_fanOut.endedAt, number - 1) : number - 1;
        m_fanOut.lastPage = std::min(m_fanOut.lastPage, m_fanOut.endedAt);
    } else if (page.totalCount > m_fanOut.total) {
        // The set grew while paging (a create elsewhere): keep going by the new total.
        m_fanOut.total = page.totalCount;
        m_expectedTotal = page.totalCount;
        m_fanOut.lastPage = pagesFor(m_fanOut.total);
        if (m_fanOut.endedAt > 0)
            m_fanOut.lastPage = std::min(m_fanOut.lastPage, m_fanOut.endedAt);
    }
    topUpFanOut();
    if (m_running && m_requests.isEmpty() && m_parsesPending == 0)
        finish({});
}

void ListJob::topUpFanOut()
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

void ListJob::withdraw(quint64 id)
{
    const PageRequest request = m_requests.take(id);
    if (m_gate)
        m_gate->release(request.ticket);
}

void ListJob::stopRequests()
{
    releaseAll(std::exchange(m_requests, {}), true);
}

void ListJob::releaseAll(const QHash<quint64, PageRequest> &requests, bool abortExecutors)
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

void ListJob::fail(ApiError error)
{
    // Any page's failure fails the source; the other pages in flight are aborted, their slots freed.
    stopRequests();
    finish(std::move(error));
}

bool ListJob::advance(const ListPage &page, Cursor &cursor, ApiError &error)
{
    return advanceByPageNumber(page, cursor, error);
}

bool ListJob::advanceByPageNumber(const ListPage &page, Cursor &cursor, ApiError &error)
{
    if (page.totalCount >= 0) {
        if (m_expectedTotal >= 0 && page.totalCount != m_expectedTotal) {
            // The set changed while paging (a create elsewhere): keep going by the new total.
        }
        m_expectedTotal = page.totalCount;
    }
    if (page.rows.isEmpty())
        return false; // an empty page ends the listing, whatever TotalCount says
    if (page.pageNumber > 0 && page.pageNumber != cursor.pageNumber) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr("Asked for page %1 but the service returned page %2.")
                            .arg(cursor.pageNumber)
                            .arg(page.pageNumber);
        return false;
    }
    if (m_expectedTotal >= 0 && m_result.rows >= m_expectedTotal)
        return false;
    if (m_expectedTotal < 0)
        return false; // without TotalCount there is no safe way to know a next page exists
    ++cursor.pageNumber;
    return true;
}

bool ListJob::advanceByToken(const ListPage &page, Cursor &cursor, ApiError &error)
{
    if (page.nextToken.isEmpty())
        return false;
    if (page.nextToken == cursor.token || m_seenTokens.contains(page.nextToken)) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr(
            "The service returned a paging token it had already returned; stopped to avoid an endless loop.");
        return false;
    }
    if (page.rows.isEmpty() && m_result.pages > 1) {
        error.kind = ApiError::Kind::Protocol;
        error.message = ApiErrors::tr("The service returned an empty page with a further paging token.");
        return false;
    }
    // Every row TotalCount announced has arrived: a further token can only lead past the end.
    if (page.totalCount >= 0)
        m_expectedTotal = page.totalCount;
    if (m_expectedTotal >= 0 && m_result.rows >= m_expectedTotal)
        return false;
    m_seenTokens.insert(page.nextToken);
    cursor.token = page.nextToken;
    return true;
}

void ListJob::finish(ApiError error)
{
    if (!m_running)
        return;
    Q_ASSERT(m_requests.isEmpty());
    m_running = false;
    m_result.error = std::move(error);
    Q_EMIT finished(m_result);
}

} // namespace flowlog
