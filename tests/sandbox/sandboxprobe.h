#pragma once

#include "credentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

} // namespace flowlog::test
