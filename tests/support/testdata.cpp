#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <sys/stat.h>

namespace flowlog::test {

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(FLOWLOG_TEST_DATA_DIR)).filePath(name);
}

QByteArray readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonArray signingVectors()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("signing-vectors.json"))).array();
}

QJsonObject signingVector(const QString &id)
{
    for (const QJsonValue &v : signingVectors()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QString binPath(const QString &program)
{
    return QDir(QStringLiteral(FLOWLOG_BIN_DIR)).filePath(program);
}

int unixMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace flowlog::test
