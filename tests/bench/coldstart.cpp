// cold-start: flowlog-console from exec to its first painted window (offscreen), with an empty profile list, then
// with a results cache of 24,000 and of 100,000 rows for three saved profiles (issue 20: the window appears at once
// whatever the cache size; the rows arrive after it). The console's FLOWLOG_EXIT_AFTER_PAINT=1 hook prints
// "first-paint-ms N" (since main()) and quits; the wall time around the whole process adds loading and linking.
// Median of several runs.
#include "bench.h"
#include "flowlogtablemodel.h"
#include "profilestore.h"
#include "resultscache.h"
#include "sourceid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>

namespace flowlog::bench {

namespace {

// Three profiles in home's settings file and a cache of rows flow logs of theirs (no secrets: the refresh that the
// console starts fails at once, after the paint that is measured). Their endpoint is a closed loopback port: the
// refresh pre-connects its first round while it reads the secrets, and nothing here may reach the internet.
bool seedCache(const QString &home, int rows)
{
    QSettings settings(home + QStringLiteral("/config/flowlog/flowlog-console.conf"), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    FlowLogTableModel table;
    const int perProfile = rows / 3;
    for (int a = 0; a < 3; ++a) {
        Profile p;
        p.id = Profile::newId();
        p.name = QStringLiteral("cached-%1").arg(a);
        p.provider = Provider::Aliyun;
        p.accessKeyId = QStringLiteral("LTAIcoldstart%1").arg(a);
        p.regions = {QStringLiteral("cn-hangzhou")};
        p.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9"));
        if (!profiles.add(p))
            return false;
        QList<FlowLog> page;
        page.reserve(perProfile);
        for (int i = 0; i < perProfile; ++i) {
            FlowLog f;
            f.account = p.name;
            f.profileId = p.id;
            f.service = Service::Vpc;
            f.region = QStringLiteral("cn-hangzhou");
            f.id = QStringLiteral("fl-%1-%2").arg(a).arg(i, 8, 10, QLatin1Char('0'));
            f.name = QStringLiteral("flow-log-%1").arg(i);
            f.status = QStringLiteral("Active");
            f.resourceType = QStringLiteral("VSwitch");
            f.resourceId = QStringLiteral("vsw-%1").arg(i);
            f.storageProject = QStringLiteral("project-%1").arg(a);
            f.storageStore = QStringLiteral("store");
            page.append(f);
        }
        table.appendRows(SourceId{p.id, Service::Vpc, QStringLiteral("cn-hangzhou"), {}, {}}.toString(), page);
    }
    return ResultsCache::save(home + QStringLiteral("/cache/flowlog/flowlog-console/results.json"), table);
}

void coldStartWith(Context &context, const QString &name, int cachedRows)
{
    const int runs = context.smoke() ? 1 : 7;
    QTemporaryDir home;
    if (cachedRows > 0 && !seedCache(home.path(), cachedRows)) {
        context.fail(name, QStringLiteral("could not write the profiles and the cache"));
        return;
    }
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
            context.fail(name, QStringLiteral("flowlog-console did not paint and exit: %1")
                                   .arg(QString::fromLocal8Bit(console.readAllStandardError())));
            return;
        }
        walls << double(clock.elapsed());
        const QByteArray out = console.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at < 0) {
            context.fail(name, QStringLiteral("no first-paint-ms line"));
            return;
        }
        paints << out.mid(at + 15).trimmed().split('\n').first().toDouble();
    }
    std::sort(walls.begin(), walls.end());
    std::sort(paints.begin(), paints.end());
    context.report(name + QStringLiteral(".first_paint_since_main"), paints.at(paints.size() / 2),
                   QStringLiteral("ms"));
    context.report(name + QStringLiteral(".process_to_painted_exit"), walls.at(walls.size() / 2), QStringLiteral("ms"));
}

} // namespace

void coldStart(Context &context)
{
    coldStartWith(context, QStringLiteral("coldstart"), 0);
    coldStartWith(context, QStringLiteral("coldstart.cache24k"), 24000);
    if (!context.smoke())
        coldStartWith(context, QStringLiteral("coldstart.cache100k"), 100000);
}

} // namespace flowlog::bench
