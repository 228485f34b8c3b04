// cold-start: flowlog-console from exec to its first painted window (offscreen), with an empty profile list.
// The console's FLOWLOG_EXIT_AFTER_PAINT=1 hook prints "first-paint-ms N" (since main()) and quits; the wall time
// around the whole process adds loading and linking. Median of several runs.
#include "bench.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

namespace flowlog::bench {

void coldStart(Context &context)
{
    const int runs = context.smoke() ? 1 : 7;
    QTemporaryDir home;
    QList<double> walls, paints;
    for (int i = 0; i < runs; ++i) {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLOWLOG_EXIT_AFTER_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer clock;
        clock.start();
        console.start(QCoreApplication::applicationDirPath() + QStringLiteral("/flowlog-console"), {});
        if (!console.waitForFinished(30000) || console.exitCode() != 0) {
            console.kill();
            context.fail(QStringLiteral("cold-start"),
                         QStringLiteral("flowlog-console did not paint and exit: %1")
                             .arg(QString::fromLocal8Bit(console.readAllStandardError())));
            return;
        }
        walls << double(clock.elapsed());
        const QByteArray out = console.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at < 0) {
            context.fail(QStringLiteral("cold-start"), QStringLiteral("no first-paint-ms line"));
            return;
        }
        paints << out.mid(at + 15).trimmed().split('\n').first().toDouble();
    }
    std::sort(walls.begin(), walls.end());
    std::sort(paints.begin(), paints.end());
    context.report(QStringLiteral("coldstart.first_paint_since_main"), paints.at(paints.size() / 2),
                   QStringLiteral("ms"));
    context.report(QStringLiteral("coldstart.process_to_painted_exit"), walls.at(walls.size() / 2),
                   QStringLiteral("ms"));
}

} // namespace flowlog::bench
