#include "httptypes.h"

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
        v.error.message = response.networkErrorString.isEmpty() ? ApiErrors::tr("The connection failed.")
                                                                 : response.networkErrorString;
        v.error.hint = ApiErrors::tr("Check the network connection and the endpoint of the profile.");
        return v;
    }
    return v;
}

} // namespace flowlog
