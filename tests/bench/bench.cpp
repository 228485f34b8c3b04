#include "bench.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

namespace flowlog::bench {

Context::Context(bool smoke)
    : m_smoke(smoke)
    , m_out(stdout)
    , m_err(stderr)
{}

void Context::report(const QString &name, double value, const QString &unit)
{
    m_out << name << ' ' << QString::number(value, 'f', value < 100 ? 2 : 0) << ' ' << unit << Qt::endl;
}

void Context::fail(const QString &name, const QString &why)
{
    m_failed = true;
    m_err << "FAIL " << name << ": " << why << Qt::endl;
}

double loadAverage1()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

double SandboxProcess::cpuMs() const
{
    return m_process ? processCpuMs(m_process->processId()) : -1;
}

double processCpuMs(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15 (clock ticks).
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return 1000.0 * ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

bool SandboxProcess::start(const QStringList &arguments, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("flowlog-sandbox")),
                     QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-profiles")} +
                         arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = m_process->errorString();
        return false;
    }
    // The base URL, then one profile per line, then "ready".
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            break;
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (line.startsWith("listening "))
                m_baseUrl = QUrl(QString::fromLatin1(line.mid(10)));
            else if (line.startsWith('{'))
                m_profiles.append(QJsonDocument::fromJson(line).object());
            else if (line == "ready")
                return m_baseUrl.isValid() && !m_profiles.isEmpty();
        }
    }
    *error = QStringLiteral("flowlog-sandbox printed no base URL and profiles");
    return false;
}

} // namespace flowlog::bench
