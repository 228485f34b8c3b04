#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace flowlog::sandbox {

using Pairs = QList<std::pair<QString, QString>>;

// Decodes "k=v&k=v" as the service does: '+' is a space, then percent-decoding of UTF-8.
[[nodiscard]] Pairs decodeForm(const QByteArray &encoded);
[[nodiscard]] QString value(const Pairs &pairs, const QString &key);

// The service's own RPC v1 check, written independently of the client's signer (Qt's RFC 3986 encoder).
[[nodiscard]] QByteArray expectedRpcSignature(const QByteArray &method, const Pairs &params, const QString &secret);

// "YYYY-MM-DDThh:mm:ssZ" -> UTC; invalid when malformed.
[[nodiscard]] QDateTime parseUtc(const QString &text);

} // namespace flowlog::sandbox
