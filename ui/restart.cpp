#include "restart.h"

#include <QCoreApplication>
#include <QProcess>

namespace flowlog {

QStringList restartArguments(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 1; i < arguments.size(); ++i) { // [0] is the program
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            ++i; // and its value
            continue;
        }
        if (a.startsWith(QLatin1String("--lang=")))
            continue;
        out << a;
    }
    return out;
}

bool startNewInstance()
{
    return QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                   restartArguments(QCoreApplication::arguments()));
}

} // namespace flowlog
