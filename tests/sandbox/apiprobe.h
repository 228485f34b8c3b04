#pragma once

#include "credentials.h"
#include "profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <utility>

namespace flowlog::test {

// One answer to a signed API call, as a plain client sees it.
struct ApiAnswer
{
    int status = 0; // 0: no answer (the connection dropped)
    QJsonObject body;
    QByteArray raw;
    QByteArray requestId; // x-acs-request-id / X-Request-Id

    // The provider's error code: Alibaba "Code", Huawei "error_code".
    [[nodiscard]] QString code() const;
};

// An Alibaba RPC call signed with signature v1 by the client's signer: a GET query, or a POST form (which
// QNetworkAccessManager never resends on its own when the connection drops).
[[nodiscard]] ApiAnswer callRpc(QNetworkAccessManager &nam, const Profile &profile, const Credentials &credentials,
                                const QString &action, const QString &version,
                                const QList<std::pair<QString, QString>> &params, const QByteArray &method = "GET");

// A Huawei REST call (JSON body) signed with SDK-HMAC-SHA256 by the client's signer.
[[nodiscard]] ApiAnswer callRest(QNetworkAccessManager &nam, const Profile &profile, const Credentials &credentials,
                                 const QByteArray &method, const QString &path,
                                 const QList<std::pair<QString, QString>> &query = {}, const QByteArray &body = {});

} // namespace flowlog::test
