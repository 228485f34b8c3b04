#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QUrl>

#include <memory>
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
    // The first object of the body's array listKey (empty when there is none).
    [[nodiscard]] QJsonObject first(const char *listKey) const;
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
// Sends any method without waiting; collect with finish().
[[nodiscard]] QNetworkReply *start(QNetworkAccessManager &nam, const SignedRequest &request);

// An Alibaba RPC call, signed (v1 or ACS3) with credentials and their security token, and its answer: a GET query,
// or with method "POST" a form (which QNetworkAccessManager never resends on its own when the connection drops).
using Params = QList<std::pair<QString, QString>>;
[[nodiscard]] Probe rpc(QNetworkAccessManager &nam, const QUrl &base, const Credentials &credentials,
                        const QString &action, const QString &version, const Params &params = {}, bool acs3 = false,
                        const QByteArray &method = "GET");
// The same call signed, not sent (start() sends it without waiting).
[[nodiscard]] SignedRequest signedRpcCall(const QUrl &base, const Credentials &credentials, const QString &action,
                                          const QString &version, const Params &params = {}, bool acs3 = false,
                                          const QByteArray &method = "GET");
// A Huawei REST call, signed with credentials (and X-Security-Token when they carry a token), and its answer.
[[nodiscard]] Probe rest(QNetworkAccessManager &nam, const QUrl &base, const Credentials &credentials,
                         const QByteArray &method, const QString &path, const Params &query = {},
                         const QByteArray &jsonBody = {});
[[nodiscard]] SignedRequest signedRest(const QUrl &base, const Credentials &credentials, const QByteArray &method,
                                       const QString &path, const Params &query = {}, const QByteArray &jsonBody = {});

// Calls one of the sandbox's own endpoints ("/__sandbox/faults", ...) with method and an optional JSON body.
[[nodiscard]] Probe admin(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &method, const QString &path,
                          const QByteArray &jsonBody = {});

// Sends a GET and waits for its end (transferTimeoutMs 0 = none).
[[nodiscard]] Probe get(QNetworkAccessManager &nam, QNetworkRequest request, int transferTimeoutMs = 0);

// Starts a GET without waiting; collect with finish().
[[nodiscard]] QNetworkReply *start(QNetworkAccessManager &nam, const QNetworkRequest &request);
[[nodiscard]] Probe finish(QNetworkReply *reply);

class SandboxProcess;
// A started sandbox process (--print-profiles and arguments), or null after a warning saying why.
[[nodiscard]] std::unique_ptr<SandboxProcess> startSandbox(const QStringList &arguments);

// The flowlog-sandbox binary run directly (not through SandboxLauncher), for tests that watch the process itself.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    // Starts it with --port 0 --print-profiles and the extra arguments and waits for its URL line and its profile
    // lines; false with a reason otherwise.
    [[nodiscard]] bool start(const QStringList &arguments = {}, QString *error = nullptr);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // The --print-profiles lines as printed, and one of them by account name (empty when there is none).
    [[nodiscard]] const QList<QJsonObject> &profiles() const { return m_profiles; }
    [[nodiscard]] QJsonObject profile(const QString &name) const;
    // The profile's own key (empty for an organisation member).
    [[nodiscard]] Credentials credentials(const QString &name) const;
    // Resident memory from /proc/<pid>/status (VmRSS), in bytes; -1 when unreadable.
    [[nodiscard]] qint64 residentBytes() const;

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QList<QJsonObject> m_profiles;
};

} // namespace flowlog::test
