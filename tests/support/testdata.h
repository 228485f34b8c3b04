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

} // namespace flowlog::test
