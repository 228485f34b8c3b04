// parse-page: one real 50-row list page of each service as the sandbox answers it (its seeded records in the API's
// envelope, written by its own JsonWriter), through the product's page parser, rows out, old (QJsonDocument, raw
// JSON deflated in the parser) and new (what the product runs now) side by side. Figures in this thread's CPU time
// (best of 5 rounds, so other work on the machine counts less): the page, per row, the packing alone (the page's
// compact objects as one block, as the parsers pack them, and one object at a time, as they did before), and the
// floors: QJsonDocument::fromJson and simdjson's DOM of the page alone.
#include "aliyun/common.h"
#include "aliyunparsers.h"
#include "bench.h"
#include "dataset.h"
#include "huaweiparsers.h"
#include "jsonwriter.h"
#include "sandboxoptions.h"
#include "simdobject.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

#include <time.h>

namespace flowlog::bench {

namespace {

constexpr int kRows = 50;

double threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

// CPU microseconds of one call of fn: the best of 5 rounds of `calls` calls.
double bestUs(int calls, const std::function<void()> &fn)
{
    double best = 1e300;
    for (int round = 0; round < 5; ++round) {
        const double start = threadCpuUs();
        for (int i = 0; i < calls; ++i)
            fn();
        best = std::min(best, (threadCpuUs() - start) / calls);
    }
    return best;
}

struct SamplePage
{
    QString label;
    Service service = Service::Vpc;
    QByteArray body;
    ListPage (*parse)(const QByteArray &, const RowContext &, JsonParser) = nullptr;
};

QJsonArray firstRows(const QList<QJsonObject> &records)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < records.size() && rows.size() < kRows; ++i)
        rows.append(records.at(i));
    return rows;
}

// The sandbox's records of the first account of the provider with a full page for service, in the envelope its
// handlers answer (sandbox/aliyun/vpc.cpp, cen.cpp, ecr.cpp, huawei/er.cpp).
QList<SamplePage> samplePages(QString *error)
{
    sandbox::Options options;
    options.flowLogs = kRows;
    sandbox::Dataset dataset(options);
    const sandbox::Account *ali = nullptr;
    const sandbox::Account *hw = nullptr;
    for (const sandbox::Account &a : dataset.accounts()) {
        if (a.isAliyun() && !ali && !a.regions.isEmpty() && !a.ecrIds.isEmpty())
            ali = &a;
        if (!a.isAliyun() && !hw && !a.erIds.isEmpty())
            hw = &a;
    }
    if (!ali || !hw) {
        *error = QStringLiteral("the sandbox's data set has no Alibaba account with an ECR or no Huawei router");
        return {};
    }
    sandbox::JsonWriter writer;
    const QString requestId = QStringLiteral("0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    const auto aliyunPage = [&](Service service, const QString &scope, bool wrapped) {
        const QJsonArray rows = firstRows(dataset.flowLogs(sandbox::Dataset::key(service, *ali, scope)));
        QJsonObject body{
            {QStringLiteral("PageSize"), QString::number(kRows)},
            {QStringLiteral("PageNumber"), QStringLiteral("1")},
            {QStringLiteral("TotalCount"), QString::number(rows.size())},
            {QStringLiteral("Success"), QStringLiteral("true")},
            {QStringLiteral("FlowLogs"), wrapped ? QJsonValue(QJsonObject{{QStringLiteral("FlowLog"), rows}}) : rows}};
        if (service == Service::Ecr) {
            body = sandbox::aliyun::ecrSuccess();
            body.insert(QStringLiteral("TotalCount"), rows.size());
            body.insert(QStringLiteral("MaxResults"), kRows);
            body.insert(QStringLiteral("NextToken"), QString());
            body.insert(QStringLiteral("FlowLogs"), rows);
        }
        return rows.size() == kRows ? writer.write(body, QStringLiteral("RequestId"), requestId) : QByteArray();
    };
    const QString erRegion = hw->erIds.firstKey();
    const QJsonArray erRows = firstRows(dataset.flowLogs(
        sandbox::Dataset::key(Service::Er, *hw, hw->projectIds.value(erRegion), hw->erIds.first().value(0))));
    const QJsonObject erBody{
        {QStringLiteral("flow_logs"), erRows},
        {QStringLiteral("page_info"), QJsonObject{{QStringLiteral("current_count"), erRows.size()}}}};
    QList<SamplePage> pages = {
        {QStringLiteral("vpc"), Service::Vpc, aliyunPage(Service::Vpc, ali->regions.first(), false),
         parseVpcFlowLogsPage},
        {QStringLiteral("cen"), Service::Cen, aliyunPage(Service::Cen, ali->regions.first(), true),
         parseCenFlowLogsPage},
        {QStringLiteral("ecr"), Service::Ecr, aliyunPage(Service::Ecr, ali->ecrIds.first(), false),
         parseEcrFlowLogsPage},
        {QStringLiteral("er"), Service::Er,
         erRows.size() == kRows ? writer.write(erBody, QStringLiteral("request_id"), requestId.toLower())
                                : QByteArray(),
         huawei::parseErFlowLogsPage},
    };
    for (const SamplePage &p : pages) {
        if (p.body.isEmpty())
            *error = QStringLiteral("no source of %1 with %2 flow logs").arg(p.label).arg(kRows);
    }
    return error->isEmpty() ? pages : QList<SamplePage>{};
}

} // namespace

void parsePage(Context &context)
{
    QString error;
    const QList<SamplePage> pages = samplePages(&error);
    if (pages.isEmpty()) {
        context.fail(QStringLiteral("parse"), error);
        return;
    }
    const int calls = context.smoke() ? 2 : 40;
    const RowContext ctx{QStringLiteral("bench-account"), QStringLiteral("p-bench"), QStringLiteral("cn-hangzhou")};
    for (const SamplePage &p : pages) {
        const QString name = QStringLiteral("parse.") + p.label;
        const ListPage page = p.parse(p.body, ctx, JsonParser::Simdjson);
        if (page.error.isError() || page.rows.size() != kRows) {
            context.fail(name, QStringLiteral("%1 rows, error: %2").arg(page.rows.size()).arg(page.error.message));
            continue;
        }
        QList<QByteArray> objects;
        double aloneBytes = 0;
        for (const FlowLog &row : page.rows) {
            objects.append(row.rawJson.json());
            aloneBytes += double(PackedJson(objects.constLast(), p.service).packedSize());
        }
        const double blockBytes = double(page.rows.constFirst().rawJson.packedSize()); // the page's one block
        // Old: QJsonDocument, the raw JSON deflated in the parser. New: what the product runs now.
        const double oldUs = bestUs(calls, [&] { (void)p.parse(p.body, ctx, JsonParser::QJsonDocumentOnly); });
        const double newUs = bestUs(calls, [&] { (void)p.parse(p.body, ctx, JsonParser::Simdjson); });
        const double packUs = bestUs(calls, [&] {
            for (const QByteArray &o : objects)
                (void)PackedJson(o, p.service);
        });
        const double pagePackUs = bestUs(calls, [&] {
            PackedPage packed(p.service); // as the page parsers write and pack a page's raw JSON
            for (const QByteArray &o : objects) {
                packed.buffer().append(o);
                packed.endValue();
            }
            packed.pack();
            QList<PackedJson> values;
            values.reserve(objects.size());
            for (qsizetype i = 0; i < objects.size(); ++i)
                values.append(packed.value(i));
        });
        const double docUs = bestUs(calls, [&] { (void)QJsonDocument::fromJson(p.body); });
        const double domUs = bestUs(calls, [&] {
            simdjson::dom::element root;
            (void)json::parseDom(p.body, root);
        });
        context.report(name + QStringLiteral(".page_bytes"), double(p.body.size()), QStringLiteral("B"));
        context.report(name + QStringLiteral(".old.page_ms"), oldUs / 1e3, QStringLiteral("ms"));
        context.report(name + QStringLiteral(".new.page_ms"), newUs / 1e3, QStringLiteral("ms"));
        context.report(name + QStringLiteral(".old.us_per_row"), oldUs / kRows, QStringLiteral("us"));
        context.report(name + QStringLiteral(".new.us_per_row"), newUs / kRows, QStringLiteral("us"));
        context.report(name + QStringLiteral(".speedup"), oldUs / newUs, QStringLiteral("x"));
        context.report(name + QStringLiteral(".pack_us_per_row"), pagePackUs / kRows, QStringLiteral("us"));
        context.report(name + QStringLiteral(".pack_alone_us_per_row"), packUs / kRows, QStringLiteral("us"));
        context.report(name + QStringLiteral(".old.parse_only_us_per_row"), (oldUs - pagePackUs) / kRows,
                       QStringLiteral("us"));
        context.report(name + QStringLiteral(".qjson_doc_us_per_row"), docUs / kRows, QStringLiteral("us"));
        context.report(name + QStringLiteral(".simdjson_dom_us_per_row"), domUs / kRows, QStringLiteral("us"));
        context.report(name + QStringLiteral(".packed_bytes_per_row"), blockBytes / kRows, QStringLiteral("B"));
        context.report(name + QStringLiteral(".packed_alone_bytes_per_row"), aloneBytes / kRows, QStringLiteral("B"));
    }
}

} // namespace flowlog::bench
