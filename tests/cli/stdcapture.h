#pragma once

// Redirects a standard stream (fd 1 or 2) of this process into a temporary file for the capture's lifetime, so an
// in-process CliRunner's output can be read, also while it is still running (text()); and runInProcess(), a whole
// command run that way.
#include "cliargs.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

namespace flowlog::test {

class StdCapture
{
public:
    StdCapture(int fd, FILE *stream)
        : m_fd(fd)
        , m_stream(stream)
    {
        m_file.open();
        std::fflush(m_stream);
        m_saved = ::dup(m_fd);
        ::dup2(m_file.handle(), m_fd);
    }
    ~StdCapture() { restore(); }
    StdCapture(const StdCapture &) = delete;
    StdCapture &operator=(const StdCapture &) = delete;

    // What was written so far (the stream is flushed first).
    QByteArray text()
    {
        if (m_saved < 0)
            return m_text;
        std::fflush(m_stream);
        QFile reader(m_file.fileName());
        return reader.open(QIODevice::ReadOnly) ? reader.readAll() : QByteArray();
    }

    QByteArray restore()
    {
        if (m_saved >= 0) {
            std::fflush(m_stream);
            ::dup2(m_saved, m_fd);
            ::close(m_saved);
            m_saved = -1;
            m_file.seek(0);
            m_text = m_file.readAll();
        }
        return m_text;
    }

private:
    int m_fd;
    FILE *m_stream;
    int m_saved = -1;
    QTemporaryFile m_file;
    QByteArray m_text;
};

struct InProcessRun
{
    int code = -1; // -1 when the runner did not finish in time
    QByteArray out;
    QByteArray err;
};

// Runs one command with CliRunner in this process (profiles and credentials the test made) and captures its output.
inline InProcessRun runInProcess(const cli::Command &command, ProfileStore *profiles, CredentialStore *credentials,
                                 int timeoutMs = 30000)
{
    InProcessRun r;
    cli::CliRunner runner(command, profiles, credentials);
    QSignalSpy done(&runner, &cli::CliRunner::done);
    StdCapture out(1, stdout);
    StdCapture err(2, stderr);
    runner.start();
    if (done.isEmpty()) // a usage error finishes inside start()
        done.wait(timeoutMs);
    r.out = out.restore();
    r.err = err.restore();
    if (done.size() == 1)
        r.code = done.first().first().toInt();
    return r;
}

// Every flow log now, id -> its JSON, from `list --format json` run in process (a failure is warned about).
inline QHash<QString, QJsonObject> listAllInProcess(ProfileStore *profiles, CredentialStore *credentials)
{
    cli::Command command = cli::parseArguments(
        {QStringLiteral("flowlog-cli"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const InProcessRun r = runInProcess(command, profiles, credentials, 120000);
    if (r.code != 0)
        qWarning("list: %s", r.err.constData());
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        out.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    return out;
}

} // namespace flowlog::test
