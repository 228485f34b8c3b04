#pragma once

#include "apierror.h"
#include "profile.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace flowlog {

// Starts flowlog-sandbox on a free loopback port and reads its sample accounts (--print-profiles).
// The profiles point at the sandbox (endpoint override) and their secrets stay in memory: a sandbox session
// never touches the user's real profiles or keychain. ready() or failed() fires once after start().
class SandboxLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The sandbox executable: next to the running program, else on PATH.
    [[nodiscard]] static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    void start(const QStringList &extraArguments = {});
    void stop();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // The sandbox process's id, 0 when it is not running (benchmarks read its CPU time).
    [[nodiscard]] qint64 processId() const { return m_process ? m_process->processId() : 0; }
    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    // Every --print-profiles line as printed, organisation members (no key of their own) included.
    [[nodiscard]] const QList<QJsonObject> &printedAccounts() const { return m_printed; }
    // profile id -> (secret, security token)
    [[nodiscard]] const QHash<QString, QString> &secrets() const { return m_secrets; }

    // Parses one --print-profiles line into a profile (id derived from the name) and its secret.
    [[nodiscard]] static bool parseProfileLine(const QByteArray &line, const QUrl &baseUrl, Profile &profile,
                                               QString &secret);

Q_SIGNALS:
    // The sandbox's port, before it seeds its data and prints the profiles (a launcher may connect meanwhile).
    void listening(const QUrl &baseUrl);
    void ready();
    void failed(const flowlog::ApiError &error);

private:
    void onOutput();
    // The sandbox's "ready" line: every profile is out (or it printed none, an error).
    void onReadyLine();
    void fail(const QString &message);

    QString m_program;
    QPointer<QProcess> m_process;
    QByteArray m_buffer;
    QUrl m_baseUrl;
    QList<Profile> m_profiles;
    QList<QJsonObject> m_printed;
    QHash<QString, QString> m_secrets;
    bool m_done = false;
};

} // namespace flowlog
