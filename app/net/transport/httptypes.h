#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace flowlog {

// Request parameters in wire order (repeated keys allowed): Alibaba RPC parameters, a Huawei query, source filters.
using Params = QList<std::pair<QString, QString>>;
using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

// A fully built (signed) HTTP request. Built afresh for every attempt so each retry carries a new nonce/date.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderPairs headers;
    QByteArray body;
    QString signedWith; // the AccessKey ID that signed it (not sent as such): what to renew when it is refused
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    HeaderPairs headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    bool requestSent = false; // the request left this machine (a create may have been committed)

    [[nodiscard]] QByteArray header(QByteArrayView name) const; // case-insensitive, empty if absent
};

// The provider's judgement of one response.
struct Verdict
{
    enum class Retry
    {
        No,
        Transient,
        Throttled
    };
    Retry retry = Retry::No;
    ApiError error;        // kind None = success
    int retryAfterMs = -1; // the server's hint, when it gave one
    QString doneCode;      // success because the operation treats this error code as done (e.g. DryRunOperation)
    bool credentialsExpired = false; // the provider refused the temporary credentials as expired: renew, retry once
};

using RequestBuilder = std::function<HttpRequest()>;
using ResponseJudge = std::function<Verdict(const HttpResponse &)>;
// Renews the credentials of AccessKey ID refusedKeyId (HttpRequest::signedWith) after the provider refused them as
// expired; done(error) once, later, on context's thread: kind None when fresh credentials are in place, else why
// none could be had. Empty: the credentials cannot be renewed.
using CredentialRenewer =
    std::function<void(const QString &refusedKeyId, QObject *context, std::function<void(const ApiError &error)> done)>;

// The transport-level verdict shared by every provider: network errors and timeouts are transient.
[[nodiscard]] Verdict transportVerdict(const HttpResponse &response);

// The error for an answer a protocol cannot read as its own error format: a 2xx that is not JSON (kind Parse), or
// an HTTP error without a readable body (kind Http).
void setUnreadableAnswer(ApiError &error, int status);

} // namespace flowlog
