#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace flowlog::privatefiles {

namespace {

class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
};

constexpr QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ensurePrivateDir(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (!info.exists() && !QDir().mkpath(dir))
        return fail(error, PrivateFiles::tr("cannot create the directory %1").arg(dir));
    if (!QFileInfo(dir).isDir())
        return fail(error, PrivateFiles::tr("%1 is not a directory").arg(dir));
    // QFile::setPermissions works on directories too (chmod).
    if ((QFile::permissions(dir) & ~ownerDir) != 0 && !QFile::setPermissions(dir, ownerDir))
        return fail(error, PrivateFiles::tr("cannot make the directory %1 private").arg(dir));
    return true;
}

bool makePrivate(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile())
        return true;
    if ((QFile::permissions(file) & ~ownerFile) == 0 || QFile::setPermissions(file, ownerFile))
        return true;
    return fail(error, PrivateFiles::tr("cannot make %1 private").arg(file));
}

bool writeFile(const QString &path, const QByteArray &data, Parent parent, QString *error)
{
    if (parent == Parent::Private && !ensurePrivateDir(QFileInfo(path).absolutePath(), error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, file.errorString());
    // The temporary file QSaveFile writes (and renames into place) is private before it holds anything.
    if (!file.setPermissions(ownerFile))
        return fail(error, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return fail(error, file.errorString());
    return true;
}

} // namespace flowlog::privatefiles
