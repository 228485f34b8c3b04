#include "apierror.h"

#include "redaction.h"

#include <QStringList>

namespace flowlog {

bool ApiError::isRetryable() const
{
    return kind == Kind::Network || kind == Kind::Timeout || httpStatus == 429 || httpStatus >= 500;
}

void ApiError::setProviderText(const QString &providerMessage, const QString &providerDynamicMessage,
                               const QString &providerAccessDeniedDetail)
{
    message = redactSecrets(providerMessage);
    dynamicMessage = redactSecrets(providerDynamicMessage);
    accessDeniedDetail = redactSecrets(providerAccessDeniedDetail);
}

QString ApiError::toDisplayString() const
{
    QString text = message;
    // ECR answers a template ("The specified resource %s is not found.") with the filled-in text beside it: show
    // that alone rather than the template followed by it.
    if (!dynamicMessage.isEmpty())
        text = text.isEmpty() || text.contains(QLatin1String("%s")) ? dynamicMessage
                                                                    : text + QStringLiteral(": ") + dynamicMessage;
    if (text.isEmpty())
        text = kindName(kind);
    QStringList details;
    if (!code.isEmpty())
        details << (dynamicCode.isEmpty() || dynamicCode == code ? code : code + QLatin1Char('/') + dynamicCode);
    else if (httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        details << ApiErrors::tr("request id %1").arg(requestId);
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!accessDeniedDetail.isEmpty())
        text += QStringLiteral(" ") + accessDeniedDetail;
    if (!hint.isEmpty())
        text += QStringLiteral(" ") + hint;
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return ApiErrors::tr("No error");
    case Kind::Network:
        return ApiErrors::tr("Network error");
    case Kind::Timeout:
        return ApiErrors::tr("Request timed out");
    case Kind::Http:
        return ApiErrors::tr("HTTP error");
    case Kind::Provider:
        return ApiErrors::tr("Provider error");
    case Kind::Parse:
        return ApiErrors::tr("Unreadable response");
    case Kind::Aborted:
        return ApiErrors::tr("Cancelled");
    case Kind::Validation:
        return ApiErrors::tr("Invalid input");
    case Kind::Credentials:
        return ApiErrors::tr("Credentials unavailable");
    case Kind::Protocol:
        return ApiErrors::tr("Inconsistent paging");
    case Kind::Configuration:
        return ApiErrors::tr("Configuration error");
    }
    return {};
}

} // namespace flowlog
