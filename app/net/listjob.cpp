#include "listjob.h"

#include <QNetworkAccessManager>

namespace flowlog {

ListJob::ListJob(SourceSpec source, Credentials credentials, QNetworkAccessManager *nam, RetryPolicy policy,
                 QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_credentials(std::move(credentials))
    , m_nam(nam)
    , m_policy(policy)
{
}

ListJob::~ListJob() = default;

RowContext ListJob::rowContext() const
{
    return RowContext{m_source.profileName, m_source.profileId, m_source.region};
}

void ListJob::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cursor = {};
    m_result = {};
    m_seenTokens.clear();
    m_expectedTotal = -1;
    requestPage();
}

void ListJob::abort()
{
    if (!m_running)
        return;
    if (m_executor && m_executor->isRunning()) {
        m_executor->abort(); // emits finished -> onPage -> finish(Aborted)
        return;
    }
    ApiError e;
    e.kind = ApiError::Kind::Aborted;
    e.message = ApiErrors::tr("The request was cancelled.");
    finish(e);
}

void ListJob::requestPage()
{
    if (m_cursor.pageIndex >= maxPages) {
        ApiError e;
        e.kind = ApiError::Kind::Protocol;
        e.message = ApiErrors::tr("Stopped after %1 pages: the service keeps returning more.").arg(maxPages);
        finish(e);
        return;
    }
    if (m_executor)
        m_executor->deleteLater();
    m_executor = new RequestExecutor(m_nam, m_policy, this);
    connect(m_executor, &RequestExecutor::finished, this, &ListJob::onPage);
    connect(m_executor, &RequestExecutor::retrying, this, &ListJob::retrying);
    const Cursor cursor = m_cursor;
    m_executor->start([this, cursor] { return buildRequest(cursor); },
                      [this](const HttpResponse &r) { return judge(r); });
}

void ListJob::onPage(const ExecutionResult &result)
{
    m_result.requests += result.attempts;
    if (result.error.isError()) {
        finish(result.error);
        return;
    }
    ListPage page = parse(result.response.body);
    if (page.error.isError()) {
        page.error.httpStatus = result.response.status;
        if (page.error.requestId.isEmpty())
            page.error.requestId = page.requestId;
        finish(page.error);
        return;
    }
    ++m_result.pages;
    m_result.rows += page.rows.size();
    if (!page.rows.isEmpty())
        Q_EMIT pageReceived(page.rows);

    ApiError error;
    Cursor next = m_cursor;
    const bool more = advance(page, next, error);
    if (error.isError()) {
        if (error.requestId.isEmpty())
            error.requestId = page.requestId;
        finish(error);
        return;
    }
    if (!more) {
        finish({});
        return;
    }
    ++next.pageIndex;
    m_cursor = next;
    requestPage();
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
        error.message = ApiErrors::tr("The service returned a paging token it had already returned; stopped to avoid an endless loop.");
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
    m_running = false;
    m_result.error = std::move(error);
    Q_EMIT finished(m_result);
}

} // namespace flowlog
