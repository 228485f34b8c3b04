#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrl>

#include <utility>

namespace flowlog::test {

// What a plain QNetworkAccessManager client saw of one answer.
struct Probe
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    qint64 contentLength = -1;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

// A VPC DescribeFlowLogs (or any RPC action) request signed with v1, as the console sends it.
[[nodiscard]] QNetworkRequest signedRpc(const QUrl &base, const Credentials &credentials, const QString &action,
                                        const QString &version, const QList<std::pair<QString, QString>> &params);

// A Huawei ER flow-log request (GET list, or POST create with a JSON body) signed with SDK-HMAC-SHA256.
struct SignedRequest
{
    QNetworkRequest request;
    QByteArray method;
    QByteArray body;
};
[[nodiscard]] SignedRequest signedEr(const QUrl &base, const Credentials &credentials, const QString &projectId,
                                     const QString &erId, const QList<std::pair<QString, QString>> &query = {},
                                     const QByteArray &createBody = {}, const QByteArray &clientToken = {});
[[nodiscard]] Probe send(QNetworkAccessManager &nam, const SignedRequest &request);

// Calls one of the sandbox's own endpoints ("/__sandbox/faults", ...) with method and an optional JSON body.
[[nodiscard]] Probe admin(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method, const QString &path,
                          const QByteArray &jsonBody = {});

// Sends a GET and waits for its end (transferTimeoutMs 0 = none).
[[nodiscard]] Probe get(QNetworkAccessManager &nam, QNetworkRequest request, int transferTimeoutMs = 0);

// Starts a GET without waiting; collect with finish().
[[nodiscard]] QNetworkReply *start(QNetworkAccessManager &nam, const QNetworkRequest &request);
[[nodiscard]] Probe finish(QNetworkReply *reply);

// The flowlog-sandbox binary run directly (not through SandboxLauncher), for tests that watch the process itself.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    // Starts it with --port 0 and the extra arguments and waits for its URL line; false with a reason otherwise.
    [[nodiscard]] bool start(const QStringList &arguments = {}, QString *error = nullptr);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // Resident memory from /proc/<pid>/status (VmRSS), in bytes; -1 when unreadable.
    [[nodiscard]] qint64 residentBytes() const;

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace flowlog::test
