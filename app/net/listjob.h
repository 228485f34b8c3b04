#pragma once

#include "aliyunparsers.h"
#include "credentials.h"
#include "requestexecutor.h"
#include "source.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

namespace flowlog {

struct ListResult
{
    ApiError error; // kind None when every page arrived
    int pages = 0;
    int rows = 0;
    int requests = 0; // HTTP attempts, retries included
};

// Lists one source, following every page. pageReceived() fires once per page with that page's rows;
// finished() fires exactly once after start(), on every path. The job is owned by its parent and never
// deletes itself.
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

    // Guards against endless paging: at most this many pages per source.
    static constexpr int maxPages = 100000;

Q_SIGNALS:
    void pageReceived(const QList<flowlog::FlowLog> &rows);
    void finished(const flowlog::ListResult &result);
    void retrying(int attempt, int delayMs, const flowlog::ApiError &reason);

protected:
    // Paging state handed to the request builder.
    struct Cursor
    {
        int pageNumber = 1;   // PageNumber APIs
        QString token;        // NextToken / marker APIs
        int pageIndex = 0;    // 0-based count of pages requested
    };

    // The pure part: the request for a page. Called for every attempt (fresh signature).
    [[nodiscard]] virtual HttpRequest buildRequest(const Cursor &cursor) const = 0;
    [[nodiscard]] virtual Verdict judge(const HttpResponse &response) const = 0;
    [[nodiscard]] virtual ListPage parse(const QByteArray &body) const = 0;
    // Decides the next cursor from a parsed page; returns false when the listing is complete. Sets error on a
    // paging loop or an impossible page.
    [[nodiscard]] virtual bool advance(const ListPage &page, Cursor &cursor, ApiError &error);

    [[nodiscard]] RowContext rowContext() const;
    [[nodiscard]] const Credentials &credentials() const { return m_credentials; }

    // Shared loop protection for the two paging styles.
    [[nodiscard]] bool advanceByPageNumber(const ListPage &page, Cursor &cursor, ApiError &error);
    [[nodiscard]] bool advanceByToken(const ListPage &page, Cursor &cursor, ApiError &error);

private:
    void requestPage();
    void onPage(const ExecutionResult &result);
    void finish(ApiError error);

    SourceSpec m_source;
    Credentials m_credentials;
    QPointer<QNetworkAccessManager> m_nam;
    RetryPolicy m_policy;
    QPointer<RequestExecutor> m_executor;
    Cursor m_cursor;
    ListResult m_result;
    QSet<QString> m_seenTokens;
    qint64 m_expectedTotal = -1;
    bool m_running = false;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::ListResult)
