#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace flowlog {

// One error type for every failure a user can meet: transport, HTTP, provider, parse, validation.
struct ApiError
{
    enum class Kind {
        None,
        Network,      // connection refused/reset, DNS, TLS
        Timeout,      // no answer within the per-request timeout
        Http,         // an HTTP error without a provider body
        Provider,     // the provider's own error (code/message/request id)
        Parse,        // non-JSON, truncated or unexpected body
        Aborted,      // cancelled by the user
        Validation,   // rejected before sending
        Credentials,  // missing secret / keychain problem
        Protocol,     // paging loop or inconsistent paging
        Configuration // bad endpoint, missing project id, ...
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString dynamicCode;        // ECR
    QString dynamicMessage;     // ECR
    QString accessDeniedDetail; // ECR
    QString hint;               // translated, says what to do
    QString field;              // the draft field the error names, when it names one
    bool maybeCommitted = false; // a create whose outcome is unknown (connection lost after sending)
    int attempts = 0;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // The one way a provider's own text (its message, ECR's dynamic message and access-denied detail) enters an
    // error: secrets and tokens in it are redacted first (redaction.h), whichever protocol read it.
    void setProviderText(const QString &providerMessage, const QString &providerDynamicMessage = {},
                         const QString &providerAccessDeniedDetail = {});
    [[nodiscard]] bool isRetryable() const;
    // One line: "message (code, request id)" plus the hint; never contains credentials.
    [[nodiscard]] QString toDisplayString() const;
    [[nodiscard]] static QString kindName(Kind kind);
};

class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrors)
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::ApiError)
