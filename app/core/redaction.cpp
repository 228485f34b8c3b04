#include "redaction.h"

#include <QRegularExpression>

namespace flowlog {

QString redactSecrets(QStringView text)
{
    // name, then a separator (=, :, %3D, %253D..., with JSON quotes), then the value up to the next separator
    // (&, %26, %2526..., whitespace, quote, comma, semicolon, angle bracket). The name must not be the tail of a
    // longer word, and SignatureMethod / SignatureNonce / SignatureVersion are not secrets (no separator follows
    // "Signature" there).
    static const QRegularExpression secret(
        QStringLiteral(R"((?:(?<=%26)|(?<=%2526)|(?<=%252526)|(?<![A-Za-z0-9_-])))" // after &, or not in a word
                       R"((x-acs-security-token|x-security-token|securitytoken|security_token|sts_token|)" // 1: name
                       R"(accesskeysecret|access_key_secret|secret_access_key|secret|signature))"
                       R"(((?:\\?["'])?\s*(?:=|:|%(?:25)*3D)\s*(?:\\?["'])?))" // 2: separator
                       R"(((?:(?!%(?:25)*26)[^\s&"'\\,;<>])+))"),              // 3: value
        QRegularExpression::CaseInsensitiveOption);
    // A temporary AccessKey ID (STS AssumeRole's "STS.<id>"), wherever it stands: it names credentials that are
    // live for up to 12 hours.
    static const QRegularExpression temporaryKey(
        QStringLiteral(R"((?:(?<=%3D)|(?<=%253D)|(?<![A-Za-z0-9_]))STS\.[A-Za-z0-9]{16,})"));
    QString out = text.toString();
    if (out.contains(QLatin1StringView("STS.")))
        out.replace(temporaryKey, QStringLiteral("STS.***"));
    if (!out.contains(QLatin1StringView("ecret"), Qt::CaseInsensitive) &&
        !out.contains(QLatin1StringView("oken"), Qt::CaseInsensitive) &&
        !out.contains(QLatin1StringView("ignature"), Qt::CaseInsensitive))
        return out; // the usual message: no regular expression run
    out.replace(secret, QStringLiteral("\\1\\2***"));
    return out;
}

} // namespace flowlog
