#include "context.h"

#include <QCryptographicHash>

namespace flowlog::sandbox {

QString Context::newFlowLogId(const QString &prefix)
{
    ++m_createCounter;
    const QByteArray h =
        QCryptographicHash::hash(QByteArray::number(m_createCounter) + prefix.toUtf8(), QCryptographicHash::Sha1);
    QString id = prefix;
    for (int i = 0; i < 17; ++i)
        id += QLatin1Char("abcdefghijklmnopqrstuvwxyz0123456789"[static_cast<unsigned char>(h.at(i)) % 36]);
    return id;
}

} // namespace flowlog::sandbox
