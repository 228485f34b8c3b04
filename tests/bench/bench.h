#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>

namespace flowlog::bench {

// What a benchmark gets: the mode, and where its figures go.
class Context
{
public:
    explicit Context(bool smoke);

    [[nodiscard]] bool smoke() const { return m_smoke; }
    // model-scale sizes (--model-rows); empty means the defaults.
    void setModelRows(const QList<int> &rows) { m_modelRows = rows; }
    [[nodiscard]] const QList<int> &modelRows() const { return m_modelRows; }
    // sweep-latency's injected latencies (--sweep-latency-ms); empty means the default (40 ms).
    void setSweepLatencies(const QList<int> &ms) { m_sweepLatencies = ms; }
    [[nodiscard]] const QList<int> &sweepLatencies() const { return m_sweepLatencies; }
    // One figure: "name value unit" on stdout.
    void report(const QString &name, double value, const QString &unit);
    // A failure that makes the run exit non-zero (stderr).
    void fail(const QString &name, const QString &why);
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    bool m_smoke;
    bool m_failed = false;
    QList<int> m_modelRows;
    QList<int> m_sweepLatencies;
    QTextStream m_out;
    QTextStream m_err;
};

struct Benchmark
{
    QString name;
    std::function<void(Context &)> run;
};

// CPU time (user + system) process pid has used so far, in ms; -1 when unknown (no /proc, no such process).
[[nodiscard]] double processCpuMs(qint64 pid);

// A flowlog-sandbox process for a benchmark (next to flowlog-bench in the build's bin directory), stopped on
// destruction.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    [[nodiscard]] bool start(const QStringList &arguments, QString *error);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] const QList<QJsonObject> &profiles() const { return m_profiles; }
    // CPU time (user + system) the sandbox process has used so far, in ms; -1 when unknown (no /proc).
    [[nodiscard]] double cpuMs() const;

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QList<QJsonObject> m_profiles;
};

// The 1-minute load average (/proc/loadavg), -1 when unknown: each sweep line says how busy the machine was.
[[nodiscard]] double loadAverage1();

// The benchmarks, one function each.
void sandboxThroughput(Context &context);
void sweepLatency(Context &context);  // Inventory sweep vs sequential sum and concurrency ideal
void sweepScale(Context &context);    // 10 / 100 / 300 accounts at 100 ms, defaults vs the limits before issue 19
void sweepThrottle(Context &context); // fixed vs adaptive (AIMD) per-account limits on a throttling sandbox
void modelScale(Context &context);    // 100k / 1M rows: ingest, stall, memory per row, filter, sort
void parsePage(Context &context);     // a 50-row page of each service: parser CPU per row, packing apart
void coldStart(Context &context);     // flowlog-console to its first painted window
void windowSweep(Context &context);   // MainWindow refreshing 150 accounts, sources tree shown and hidden
void firstRow(Context &context);      // Refresh to the first row, known sources beside discovery or after it
void consoleScale(Context &context);  // MainWindow sweeping 300 accounts: stalls, tree expansion, filters
void cliEndToEnd(Context &context);   // flowlog-cli list end to end against the ideal, sequential and the SDKs

} // namespace flowlog::bench
