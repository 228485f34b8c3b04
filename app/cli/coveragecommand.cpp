// flowlog-cli coverage: which networks no flow log watches (issue 18, docs/coverage.md), over one sweep of the
// profiles in scope; exit 4 when something in scope is uncovered, so a scheduled job can alert.
#include "cliformat.h"
#include "clirunner.h"

#include "coverageexport.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "sourcestatusmodel.h"
#include "textsafety.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace flowlog::cli {

namespace {

using namespace Qt::StringLiterals;

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

QByteArray CliRunner::coverageOutput(const CoverageSweep &sweep) const
{
    QList<QJsonObject> objects;
    QStringList keys;
    if (m_command.orphans) {
        QList<CoverageOrphan> orphans = sweep.orphans();
        std::sort(orphans.begin(), orphans.end(), [](const CoverageOrphan &a, const CoverageOrphan &b) {
            return std::tie(a.flowLog.account, a.flowLog.service, a.flowLog.region, a.flowLog.id) <
                   std::tie(b.flowLog.account, b.flowLog.service, b.flowLog.region, b.flowLog.id);
        });
        for (const CoverageOrphan &o : std::as_const(orphans))
            objects << coverageOrphanJson(o);
        keys = coverageOrphanKeys();
    } else {
        for (const CoverageRecord &r : coverageRecords(sweep)) {
            if (!m_command.uncoveredOnly || r.state == coverage::State::Uncovered)
                objects << coverageRecordJson(r);
        }
        keys = coverageRecordKeys();
    }
    const QString &format = m_command.format;
    QByteArray out;
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const QJsonObject &o : std::as_const(objects))
            list.append(o);
        const coverage::Counts &c = sweep.counts();
        const QJsonObject summary{{u"resources"_s, c.resources},
                                  {u"covered"_s, c.covered},
                                  {u"partial"_s, c.partial},
                                  {u"uncovered"_s, c.uncovered},
                                  {u"orphans"_s, c.orphans}};
        const QJsonObject doc{{m_command.orphans ? u"orphans"_s : u"records"_s, list},
                              {u"summary"_s, summary},
                              {u"failures"_s, static_cast<qint64>(sweep.failures().size())}};
        return terminalSafeJson(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    }
    if (format == QLatin1String("ndjson")) {
        for (const QJsonObject &o : std::as_const(objects))
            out += terminalSafeJson(QJsonDocument(o).toJson(QJsonDocument::Compact)) + '\n';
        return out;
    }
    if (format == QLatin1String("csv")) {
        return coverageCsv(objects, keys);
    }
    QStringList header;
    for (const QString &k : std::as_const(keys))
        header << k.toUpper();
    QList<QStringList> rows;
    for (const QJsonObject &o : std::as_const(objects)) {
        QStringList line;
        for (const QString &cell : coverageCells(o, keys))
            line << escapeForDisplay(cell);
        rows << line;
    }
    const coverage::Counts &c = sweep.counts();
    return textTable(header, rows) + tr("%1 resources: %2 covered, %3 partly covered, %4 uncovered; %5 orphaned flow "
                                        "logs.\n")
                                         .arg(c.resources)
                                         .arg(c.covered)
                                         .arg(c.partial)
                                         .arg(c.uncovered)
                                         .arg(c.orphans)
                                         .toUtf8();
}

QList<CoverageRecord> CliRunner::coverageRecords(const CoverageSweep &sweep)
{
    QList<CoverageRecord> records = sweep.records();
    std::sort(records.begin(), records.end(), [](const CoverageRecord &a, const CoverageRecord &b) {
        return std::tie(a.account, a.service, a.region, a.resourceType, a.resourceId) <
               std::tie(b.account, b.service, b.region, b.resourceType, b.resourceId);
    });
    return records;
}

CoverageSweep *CliRunner::newCoverageSweep(int &broken)
{
    if (!checkProfilesToSweep(broken))
        return nullptr;
    const Sweep sweep = newSweep(commandScope());
    auto *coverage = new CoverageSweep(
        sweep.inventory, m_profiles, sweep.table, [this](const Profile &p) { return namFor(p); }, this);
    connect(sweep.inventory, &Inventory::accountDiscovered, this, [this](const DiscoveredAccount &account) {
        int failed = 0;
        reportDiscovery({account}, failed);
        m_discoveryFailures += failed;
    });
    return coverage;
}

void CliRunner::reportCoverageFailures(const CoverageSweep &sweep)
{
    for (const CoverageFailure &f : sweep.failures())
        printError(f.source.displayName() + QStringLiteral(": ") + f.error.toDisplayString());
}

void CliRunner::runCoverage()
{
    int broken = 0;
    CoverageSweep *sweep = newCoverageSweep(broken);
    if (!sweep)
        return;
    if (m_command.enable) {
        runCoverageEnable(sweep, broken);
        return;
    }
    connect(sweep, &CoverageSweep::finished, this, [this, sweep, broken] {
        reportCoverageFailures(*sweep);
        writeOut(coverageOutput(*sweep));
        if (broken > 0 || m_discoveryFailures > 0 || !sweep->failures().isEmpty())
            finish(3);
        else
            finish(sweep->counts().uncovered > 0 ? 4 : 0);
    });
    sweep->start();
}

} // namespace flowlog::cli
