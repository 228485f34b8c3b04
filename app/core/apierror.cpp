#include "apierror.h"

#include "enumtable.h"
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
    static constexpr EnumTable<Kind::Configuration, const char *> names{
        QT_TRANSLATE_NOOP("ApiErrors", "No error"),
        QT_TRANSLATE_NOOP("ApiErrors", "Network error"),
        QT_TRANSLATE_NOOP("ApiErrors", "Request timed out"),
        QT_TRANSLATE_NOOP("ApiErrors", "HTTP error"),
        QT_TRANSLATE_NOOP("ApiErrors", "Provider error"),
        QT_TRANSLATE_NOOP("ApiErrors", "Unreadable response"),
        QT_TRANSLATE_NOOP("ApiErrors", "Cancelled"),
        QT_TRANSLATE_NOOP("ApiErrors", "Invalid input"),
        QT_TRANSLATE_NOOP("ApiErrors", "Credentials unavailable"),
        QT_TRANSLATE_NOOP("ApiErrors", "Inconsistent paging"),
        QT_TRANSLATE_NOOP("ApiErrors", "Configuration error")};
    return ApiErrors::tr(names[kind]);
}

} // namespace flowlog
