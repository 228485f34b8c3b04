#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace flowlog::sandbox {

// Request parameters in the order they arrived (a key may repeat).
using Pairs = QList<std::pair<QString, QString>>;

// Decodes "k=v&k=v" as the services do: '+' is a space, then percent-decoding of UTF-8.
[[nodiscard]] Pairs decodeForm(const QByteArray &encoded);
// The first value of key; empty when absent.
[[nodiscard]] QString value(const Pairs &pairs, const QString &key);
// Every value of key, in order.
[[nodiscard]] QStringList values(const Pairs &pairs, const QString &key);
[[nodiscard]] bool hasKey(const Pairs &pairs, const QString &key);

} // namespace flowlog::sandbox
