// model-scale: 100k and 1M flow logs through the real page parser (50-row DescribeFlowLogs bodies; the figure times
// only the parse) into FlowLogTableModel, a page at a time,
// with FlowLogFilterProxy attached and sorted by creation time as the window shows it. Figures: time spent in the
// model (all appends), the longest single append (an event-loop stall), resident memory per row (RSS delta from
// /proc/self/statm) and heap in use per row (mallinfo2: unlike the RSS, not blurred by what earlier runs in the
// process freed), the one sort when the sweep ends, then quick-filter and sort latency at that size.
#include "aliyunparsers.h"
#include "bench.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <utility>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace flowlog::bench {

namespace {

constexpr int kPageSize = 50;

double residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) : -1;
}

double heapInUse()
{
    return double(mallinfo2().uordblks);
}

// One VPC flow log object as DescribeFlowLogs sends it (the reference sample's fields), varied by n.
QJsonObject vpcObject(int n)
{
    static const char *regions[] = {"cn-hangzhou", "cn-shanghai", "cn-beijing", "ap-southeast-1", "eu-central-1"};
    static const char *types[] = {"NetworkInterface", "VSwitch", "VPC"};
    const QString num = QString::number(n);
    return QJsonObject{
        {QStringLiteral("Status"), n % 7 == 0 ? QStringLiteral("Inactive") : QStringLiteral("Active")},
        {QStringLiteral("CreationTime"), QStringLiteral("2024-%1-%2T%3:%4:%5Z")
                                             .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                                             .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                                             .arg(n % 24, 2, 10, QLatin1Char('0'))
                                             .arg(n % 60, 2, 10, QLatin1Char('0'))
                                             .arg((n / 60) % 60, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("FlowLogName"), QStringLiteral("web-tier-%1").arg(num)},
        {QStringLiteral("TrafficType"), QStringLiteral("All")},
        {QStringLiteral("ResourceType"), QLatin1String(types[n % 3])},
        {QStringLiteral("Description"), QStringLiteral("Flow log %1 of the web tier").arg(num)},
        {QStringLiteral("ProjectName"), QStringLiteral("flowlog-project-%1").arg(n % 40)},
        {QStringLiteral("LogStoreName"), QStringLiteral("flowlog-store-%1").arg(n % 40)},
        {QStringLiteral("ResourceId"), QStringLiteral("eni-bp1%1").arg(n, 16, 36, QLatin1Char('0'))},
        {QStringLiteral("RegionId"), QLatin1String(regions[n % 5])},
        {QStringLiteral("FlowLogId"), QStringLiteral("fl-bp1%1").arg(n, 17, 36, QLatin1Char('0'))},
        {QStringLiteral("BusinessStatus"), QStringLiteral("Normal")},
        {QStringLiteral("AggregationInterval"), 10},
        {QStringLiteral("TrafficPath"), QJsonArray{QStringLiteral("all")}},
        {QStringLiteral("ServiceType"), QStringLiteral("sls")},
        {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-acfm%1").arg(n % 100, 10, 36, QLatin1Char('0'))},
        {QStringLiteral("Tags"),
         QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                {QStringLiteral("Value"), QStringLiteral("net-%1").arg(n % 9)}},
                    QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                {QStringLiteral("Value"), n % 2 ? QStringLiteral("prod") : QStringLiteral("test")}}}},
        {QStringLiteral("FlowLogDeliverStatus"), n % 11 == 0 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS")},
    };
}

// Page faults of the calling thread so far: touching heap pages for the first time is a large part of both the parse
// and the model's appends, and moves between them with who touches a page first.
double threadFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_minflt + usage.ru_majflt);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall time by default; FLOWLOG_BENCH_CLOCK=thread-cpu measures this thread's CPU time instead, which stays
// meaningful on a machine busy with other work (it leaves out time spent waiting for a core).
template<typename Fn> double timeMs(Fn fn)
{
    static const bool cpu = qEnvironmentVariable("FLOWLOG_BENCH_CLOCK") == QLatin1String("thread-cpu");
    if (cpu) {
        const double start = threadCpuMs();
        fn();
        return threadCpuMs() - start;
    }
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

void runAt(Context &context, int rows, const QString &label)
{
    const double rssBefore = residentBytes();
    const double heapBefore = heapInUse();
    auto table = std::make_unique<FlowLogTableModel>();
    auto proxy = std::make_unique<FlowLogFilterProxy>();
    proxy->setSourceModel(table.get());
    proxy->sort(FlowLogTableModel::Created, Qt::DescendingOrder);
    // As MainWindow does during a sweep: pages are appended unsorted, the view sorts once when the sweep ends.
    proxy->setSortSuspended(true);

    const RowContext ctx{QStringLiteral("bench-account"), QStringLiteral("p-bench"), QStringLiteral("cn-hangzhou")};
    // As the sweep does (Inventory's parse pool, ListEngine::runParse): the body arrives on the GUI thread, a pool
    // thread parses it and the GUI thread appends the rows. The parse's allocations then come from the pool thread's
    // malloc arena, as in the sweep, not from one churned by building the next body with QJsonDocument here.
    QThreadPool parsePool;
    parsePool.setMaxThreadCount(1);
    double modelMs = 0, parseMs = 0, longest = 0, parseFaults = 0, modelFaults = 0;
    for (int first = 0; first < rows; first += kPageSize) {
        // The page as DescribeFlowLogs answers it; only its parsing is timed.
        QJsonArray objects;
        for (int n = first; n < std::min(rows, first + kPageSize); ++n)
            objects.append(vpcObject(n));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("RequestId"), QStringLiteral("r-%1").arg(first)},
                                      {QStringLiteral("TotalCount"), rows},
                                      {QStringLiteral("FlowLogs"), objects}})
                .toJson(QJsonDocument::Compact);
        QList<FlowLog> page;
        QtConcurrent::run(&parsePool, [&] {
            const double faults = threadFaults();
            parseMs += timeMs([&] { page = parseVpcFlowLogsPage(body, ctx).rows; });
            parseFaults += threadFaults() - faults;
        }).waitForFinished();
        const QString source = QStringLiteral("p-bench/vpc/region-%1").arg(first / 20000); // a source per 20k rows
        const double faults = threadFaults();
        const double ms = timeMs([&] { table->appendRows(source, page); });
        modelFaults += threadFaults() - faults;
        modelMs += ms;
        longest = std::max(longest, ms);
    }
    const double resortMs = timeMs([&] { proxy->setSortSuspended(false); });
    const double rssAfter = residentBytes();
    const double heapAfter = heapInUse();
    if (table->rowCount() != rows || proxy->rowCount() != rows)
        context.fail(
            QStringLiteral("ingest.") + label,
            QStringLiteral("%1 rows in the model, %2 in the proxy").arg(table->rowCount()).arg(proxy->rowCount()));
    context.report(QStringLiteral("ingest.%1.model_time").arg(label), modelMs, QStringLiteral("ms"));
    context.report(QStringLiteral("ingest.%1.parse_time").arg(label), parseMs, QStringLiteral("ms"));
    context.report(QStringLiteral("ingest.%1.parse_page_faults").arg(label), parseFaults, QStringLiteral("faults"));
    context.report(QStringLiteral("ingest.%1.model_page_faults").arg(label), modelFaults, QStringLiteral("faults"));
    context.report(QStringLiteral("ingest.%1.longest_stall").arg(label), longest, QStringLiteral("ms"));
    context.report(QStringLiteral("ingest.%1.sort_at_end").arg(label), resortMs, QStringLiteral("ms"));
    context.report(QStringLiteral("ingest.%1.memory_per_row").arg(label), (rssAfter - rssBefore) / rows,
                   QStringLiteral("B"));
    context.report(QStringLiteral("ingest.%1.heap_per_row").arg(label), (heapAfter - heapBefore) / rows,
                   QStringLiteral("B"));

    // Quick filter: a rare match, a common match, then clearing it; each is one call on the GUI thread.
    double filterWorst = 0;
    for (const QString &text : {QStringLiteral("web-tier-4242"), QStringLiteral("prod"), QString()}) {
        const double ms = timeMs([&] { proxy->setQuickFilter(text); });
        filterWorst = std::max(filterWorst, ms);
        context.report(QStringLiteral("filter.%1.%2").arg(label, text.isEmpty() ? QStringLiteral("clear") : text), ms,
                       QStringLiteral("ms"));
    }
    context.report(QStringLiteral("filter.%1.worst").arg(label), filterWorst, QStringLiteral("ms"));
    double sortWorst = 0;
    const std::pair<int, const char *> columns[] = {{FlowLogTableModel::Name, "name"},
                                                    {FlowLogTableModel::Created, "created"},
                                                    {FlowLogTableModel::Interval, "interval"}};
    for (const auto &[col, name] : columns) {
        const int column = col; // clang 14 cannot capture a structured binding
        const double ms = timeMs([&] { proxy->sort(column, Qt::AscendingOrder); });
        sortWorst = std::max(sortWorst, ms);
        context.report(QStringLiteral("sort.%1.%2").arg(label, QLatin1String(name)), ms, QStringLiteral("ms"));
    }
    context.report(QStringLiteral("sort.%1.worst").arg(label), sortWorst, QStringLiteral("ms"));
}

} // namespace

void modelScale(Context &context)
{
    if (context.smoke()) {
        runAt(context, 5000, QStringLiteral("5k"));
        return;
    }
    if (!context.modelRows().isEmpty()) {
        for (const int rows : context.modelRows())
            runAt(context, rows,
                  rows % 1000000 == 0 ? QStringLiteral("%1M").arg(rows / 1000000)
                  : rows % 1000 == 0  ? QStringLiteral("%1k").arg(rows / 1000)
                                      : QString::number(rows));
        return;
    }
    runAt(context, 100000, QStringLiteral("100k"));
    runAt(context, 1000000, QStringLiteral("1M"));
}

} // namespace flowlog::bench
