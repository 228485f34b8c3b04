#include "httptypes.h"

#include "redaction.h"

namespace flowlog {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Verdict transportVerdict(const HttpResponse &response)
{
    Verdict v;
    if (response.timedOut) {
        v.retry = Verdict::Retry::Transient;
        v.error.kind = ApiError::Kind::Timeout;
        v.error.message = ApiErrors::tr("The service did not answer in time.");
        v.error.hint = ApiErrors::tr("Check the network or raise the request timeout in the settings.");
        return v;
    }
    if (response.networkError == QNetworkReply::OperationCanceledError && response.status == 0) {
        v.error.kind = ApiError::Kind::Aborted;
        v.error.message = ApiErrors::tr("The request was cancelled.");
        return v;
    }
    if (response.status == 0) {
        v.retry = Verdict::Retry::Transient;
        v.error.kind = ApiError::Kind::Network;
        // Qt's error strings may quote the URL, whose query carries the signature and an STS token.
        v.error.message = response.networkErrorString.isEmpty() ? ApiErrors::tr("The connection failed.")
                                                                : redactSecrets(response.networkErrorString);
        v.error.hint = ApiErrors::tr("Check the network connection and the endpoint of the profile.");
        return v;
    }
    return v;
}

void setUnreadableAnswer(ApiError &error, int status)
{
    error.httpStatus = status;
    if (status >= 200 && status < 300) {
        error.kind = ApiError::Kind::Parse;
        error.message = ApiErrors::tr("The service answered with something that is not JSON.");
    } else {
        error.kind = ApiError::Kind::Http;
        error.message = ApiErrors::tr("The service answered HTTP %1 without a readable error.").arg(status);
    }
}

} // namespace flowlog
