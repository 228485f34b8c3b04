#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace flowlog::test {

[[nodiscard]] QString dataPath(const QString &name);      // tests/data/<name>
[[nodiscard]] QByteArray readData(const QString &name);    // QFAIL-free: empty when missing
[[nodiscard]] QJsonArray signingVectors();                 // tests/data/signing-vectors.json
[[nodiscard]] QJsonObject signingVector(const QString &id);
[[nodiscard]] QString binPath(const QString &program);     // build/bin/<program>

// The permission bits of a file or directory (0600, 0700, ...), -1 when it does not exist.
[[nodiscard]] int unixMode(const QString &path);

} // namespace flowlog::test
