#pragma once

#include <QByteArray>
#include <QString>

namespace flowlog {

// Every file flowlog writes for the user (settings, results cache, pending-create state, exports) is readable by
// the user only: files 0600, and the directories flowlog owns 0700, whatever the umask says.
namespace privatefiles {

// Creates the directory (and its parents) when missing and makes the directory itself 0700, also when it existed
// with wider permissions. Parents that already exist are left alone (they are the user's, e.g. ~/.config).
bool ensurePrivateDir(const QString &dir, QString *error = nullptr);

// Makes an existing file 0600; true when there is no such file.
bool makePrivate(const QString &file, QString *error = nullptr);

enum class Parent
{
    Private,
    AsIs
};

// Writes data to path atomically (QSaveFile: readers see the old or the new file, never half of one). The file is
// 0600 before the first byte is written. Parent::Private also makes its directory with ensurePrivateDir(); AsIs is
// for a place the user chose (an export), which must exist and is left as it is.
bool writeFile(const QString &path, const QByteArray &data, Parent parent, QString *error = nullptr);

} // namespace privatefiles

} // namespace flowlog
