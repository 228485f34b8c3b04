// flowlog-cli list: sweep every planned source and print rows as each source finishes, so one stuck source never
// holds back the others' rows. --format json waits for the whole sweep, bounded by --deadline.
#include "cliformat.h"
#include "clirunner.h"

#include "flowlogexport.h"
#include "flowlogstatus.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "networkpool.h"
#include "sourcestatusmodel.h"
#include "textsafety.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <tuple>

namespace flowlog::cli {

namespace {

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// CSV rows; on a terminal (like ls -q) each record is shown with its control and bidi characters escaped, line
// breaks inside cells included, while a pipe or file gets the values exactly.
QByteArray csvRows(const QList<FlowLog> &rows, bool header)
{
    if (!stdoutIsTerminal())
        return exportCsv(rows, header);
    QByteArray out = header ? exportCsv({}, true) : QByteArray();
    for (const FlowLog &f : rows)
        out += escapeForDisplay(QString::fromUtf8(exportCsv({f}, false).chopped(2))).toUtf8() + "\r\n";
    return out;
}

} // namespace

// What one list run prints, and where it is in the sweep.
struct CliRunner::ListRun
{
    std::unique_ptr<FlowLogTable> table; // --format table
    QList<FlowLog> all;                  // --format json: printed at the end
    QSet<QString> reported;              // sources whose outcome is printed
    int failed = 0;
    bool deadlineHit = false;
};

QList<FlowLog> CliRunner::listedRows(const QList<FlowLog> &rows) const
{
    QList<FlowLog> out;
    for (const FlowLog &f : rows) {
        if (!m_command.nameFilter.isEmpty() && !f.name.contains(m_command.nameFilter, Qt::CaseInsensitive))
            continue;
        if (!m_command.statusFilter.isEmpty() &&
            shownStatus(f).compare(m_command.statusFilter, Qt::CaseInsensitive) != 0)
            continue;
        out.append(f);
    }
    std::sort(out.begin(), out.end(), [](const FlowLog &a, const FlowLog &b) {
        return std::tie(a.account, a.service, a.region, a.name, a.id) <
               std::tie(b.account, b.service, b.region, b.name, b.id);
    });
    return out;
}

bool CliRunner::checkProfilesToSweep(int &broken)
{
    for (const QString &name : std::as_const(m_command.profiles)) {
        if (!m_profiles->findByName(name) && !m_profiles->findBrokenByName(name)) {
            printError(tr("No profile named \"%1\" (see flowlog-cli profile list).").arg(name));
            finish(2);
            return false;
        }
    }
    // A broken entry of the settings file is an account that cannot be listed: say so, and let the exit code
    // tell a script that the listing is incomplete.
    broken = 0;
    for (const BrokenProfile &b : m_profiles->brokenProfiles()) {
        if (!m_command.profiles.isEmpty() && !m_command.profiles.contains(b.name))
            continue;
        ++broken;
        printError(tr("%1: not listed, the profile cannot be used: %2 (see flowlog-cli profile list)")
                       .arg(b.name.isEmpty() ? tr("(a profile without a name)") : b.name, b.reason));
    }
    if (m_profiles->profiles().isEmpty()) {
        if (broken == 0)
            printError(tr("No profiles yet: add one with flowlog-cli profile add, or try flowlog-cli --sandbox list."));
        finish(broken > 0 ? 3 : 2);
        return false;
    }
    return true;
}

void CliRunner::reportDiscovery(const QList<DiscoveredAccount> &accounts, int &failed)
{
    for (const DiscoveredAccount &a : accounts) {
        for (const DiscoveryFailure &f : a.failures) {
            ++failed;
            printError(a.label() + QStringLiteral(": ") + f.toDisplayString());
        }
        for (const QString &missing : a.notFound)
            printError(tr("warning: %1: %2 is not there (typed in the profile; not listed).").arg(a.label(), missing));
    }
}

SweepScope CliRunner::commandScope() const
{
    SweepScope scope;
    scope.profileNames = m_command.profiles;
    for (Service s : std::as_const(m_command.services))
        scope.services.insert(s);
    scope.regions = m_command.listRegions;
    return scope;
}

CliRunner::Sweep CliRunner::newSweep(const SweepScope &scope)
{
    Sweep sweep;
    sweep.table = new FlowLogTableModel(this);
    sweep.status = new SourceStatusModel(this);
    sweep.inventory = new Inventory(
        m_profiles, m_credentials, [this](const Profile &p) { return namFor(p); }, sweep.table, sweep.status, this);
    sweep.inventory->setScope(scope);
    if (!m_networkPool)
        m_networkPool = new NetworkPool([] { return new QNetworkAccessManager; }, 64, this);
    sweep.inventory->setNetworkPool(m_networkPool);
    if (m_parsePool)
        sweep.inventory->setParsePool(m_parsePool);
    return sweep;
}

void CliRunner::runList()
{
    int broken = 0;
    if (!checkProfilesToSweep(broken))
        return;
    const SweepScope scope = commandScope();
    const Sweep sweep = newSweep(scope);
    FlowLogTableModel *table = sweep.table;
    SourceStatusModel *status = sweep.status;
    Inventory *inventory = sweep.inventory;

    auto run = std::make_shared<ListRun>();
    run->failed = broken;
    const QString &format = m_command.format;
    // The header goes out before any row: the widths fit the sources the profiles configure; what discovery adds
    // beyond them (a longer region, a member "name (id)") pushes the rest of its line right.
    if (format == QLatin1String("table")) {
        QStringList accounts, regions;
        QSet<Service> services;
        for (const SourceSpec &s : Inventory::planSources(m_profiles->profiles(), scope)) {
            accounts << s.account();
            regions << s.region;
            services << s.service;
        }
        run->table = std::make_unique<FlowLogTable>(accounts, regions, services);
        writeOut(run->table->header());
    } else if (format == QLatin1String("csv")) {
        writeOut(csvRows({}, true));
    }
    connect(inventory, &Inventory::accountDiscovered, this,
            [this, run](const DiscoveredAccount &account) { reportDiscovery({account}, run->failed); });

    const auto report = [this, run, format](const SourceSpec &source, ApiError error, const QList<FlowLog> &rows) {
        if (run->reported.contains(source.id()))
            return;
        run->reported.insert(source.id());
        if (error.isError()) {
            ++run->failed;
            if (run->deadlineHit && error.kind == ApiError::Kind::Aborted) {
                error.kind = ApiError::Kind::Timeout;
                error.message = tr("Stopped waiting after %1 s (--deadline): the source had not finished.")
                                    .arg(m_command.deadlineSeconds);
            }
            printError(source.displayName() + QStringLiteral(": ") + error.toDisplayString());
        }
        const QList<FlowLog> listed = listedRows(rows);
        if (format == QLatin1String("json"))
            run->all += listed;
        else if (format == QLatin1String("ndjson"))
            writeOut(exportNdjson(listed));
        else if (format == QLatin1String("csv"))
            writeOut(csvRows(listed, false));
        else if (run->table)
            writeOut(run->table->rows(listed));
    };
    connect(inventory, &Inventory::sourceFinished, this,
            [table, report](const SourceSpec &source, const ListResult &result) {
                report(source, result.error, table->rowsOfSource(source.id()));
            });
    connect(inventory, &Inventory::finished, this, [this, run, table, status, report] {
        // Sources stopped before they sent anything (queued or waiting for a secret at the deadline).
        for (const auto &e : status->entries()) {
            if (e.state == SourceStatusModel::State::Failed || e.state == SourceStatusModel::State::Cancelled)
                report(e.source, e.error, table->rowsOfSource(e.source.id()));
        }
        if (m_command.format == QLatin1String("json")) {
            writeJson(listedRows(run->all), writeOut); // printed as it is written
        }
        finish(run->failed > 0 ? 3 : 0);
    });
    if (m_command.deadlineSeconds > 0) {
        QTimer::singleShot(std::chrono::seconds(m_command.deadlineSeconds), inventory, [inventory, run] {
            if (!inventory->isRunning())
                return;
            run->deadlineHit = true;
            inventory->cancel();
        });
    }
    inventory->refresh();
}

} // namespace flowlog::cli
