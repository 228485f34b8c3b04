#include "parsewarmup.h"

#include "aliyunparsers.h"
#include "backgroundthread.h"

#include <QSemaphore>
#include <QThreadPool>

#include <memory>

namespace flowlog {

// Every field the mapper reads, tags, raw JSON to pack: the parser's buffers grow to a real page's size once, not
// during the sweep.
QByteArray warmUpPage()
{
    // @ is the row's number.
    static constexpr char row[] =
        R"({"AggregationInterval":10,"BusinessStatus":"Normal","CreationTime":"2026-01-01T00:00:00Z",)"
        R"("Description":"warm-up row @","FlowLogDeliverErrorMessage":"","FlowLogDeliverStatus":"SUCCESS",)"
        R"("FlowLogId":"fl-warmup@","FlowLogName":"warm-up-@","LogStoreName":"vpc-flowlog",)"
        R"("ProjectName":"flowlog-cn-hangzhou","RegionId":"cn-hangzhou","ResourceGroupId":"rg-warmup",)"
        R"("ResourceId":"vsw-warmup@","ResourceType":"VSwitch","ServiceType":"sls","Status":"Active",)"
        R"("Tags":{"Tag":[{"Key":"team","Value":"prod"}]},"TrafficPath":{"TrafficPathList":["all"]},)"
        R"("TrafficType":"All"})";
    QByteArrayList rows;
    for (int i = 0; i < 50; ++i)
        rows << QByteArray(row).replace('@', QByteArray::number(i));
    return R"({"RequestId":"00000000-0000-4000-8000-000000000000","TotalCount":50,"PageNumber":1,"PageSize":50,)"
           R"("FlowLogs":{"FlowLog":[)" +
           rows.join(',') + "]}}";
}

void warmUpParseThreads(QThreadPool *pool, std::function<void()> warmed)
{
    const int threads = pool->maxThreadCount();
    if (threads < 1)
        return;
    // Each task holds its thread until every task has one (or a second has passed), so each runs on its own.
    auto started = std::make_shared<QSemaphore>(0);
    const auto page = std::make_shared<const QByteArray>(warmUpPage());
    for (int i = 0; i < threads; ++i) {
        pool->start(
            [started, page, threads, warmed] {
                makeThisThreadBackground();
                started->release();
                (void)started->tryAcquire(threads, 1000);
                started->release(threads);
                const RowContext ctx{QStringLiteral("warm-up"), QStringLiteral("warm-up"), QString()};
                (void)parseVpcFlowLogsPage(*page, ctx);
                if (warmed)
                    warmed();
            },
            -1);
    }
}

} // namespace flowlog
