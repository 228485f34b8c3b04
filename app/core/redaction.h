#pragma once

#include <QString>
#include <QStringView>

namespace flowlog {

// Replaces the values of secrets and tokens in text with "***": SecurityToken, Signature, AccessKeySecret (and
// secret / access_key_secret / sts_token), X-Security-Token and x-acs-security-token, whether written as a query
// or form parameter (name=value), %-encoded once (name%3Dvalue%26...: Alibaba's "string to sign" in its
// SignatureDoesNotMatch message) or twice (name%253Dvalue%2526...), as a header (name: value) or as a JSON member
// ("name":"value"); and temporary AccessKey IDs (STS.<id>) wherever they stand. Everything else is kept, so the
// message still says what went wrong.
// The one filter provider text passes before it becomes an ApiError (ApiError::setProviderText) or a log line.
[[nodiscard]] QString redactSecrets(QStringView text);

} // namespace flowlog
