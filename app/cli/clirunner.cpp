#include "clirunner.h"

#include "cliformat.h"
#include "flowlogexport.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "memorycredentialstore.h"
#include "sandboxlauncher.h"
#include "sourcestatusmodel.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

namespace flowlog::cli {

CliRunner::CliRunner(Command command, ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (!m_command.sandbox) {
        run();
        return;
    }
    m_sandbox = new SandboxLauncher(this);
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const ApiError &e) {
        printError(QStringLiteral("sandbox: ") + e.toDisplayString());
        finish(3);
    });
    connect(m_sandbox, &SandboxLauncher::ready, this, [this] {
        m_sandboxProfiles = new ProfileStore(nullptr, this);
        m_sandboxCredentials = new MemoryCredentialStore(this);
        m_sandboxProfiles->replaceAll(m_sandbox->profiles());
        for (auto it = m_sandbox->secrets().cbegin(); it != m_sandbox->secrets().cend(); ++it)
            m_sandboxCredentials->writeSecret(it.key(), it.value(), {}, this, [](const ApiError &) {});
        m_profiles = m_sandboxProfiles;
        m_credentials = m_sandboxCredentials;
        // Writes to the memory store complete on the next turn; run after them.
        QMetaObject::invokeMethod(this, &CliRunner::run, Qt::QueuedConnection);
    });
    m_sandbox->start(m_command.sandboxArgs);
}

void CliRunner::run()
{
    switch (m_command.kind) {
    case Command::Kind::Help:
        m_out << m_command.helpText;
        finish(0);
        return;
    case Command::Kind::Version:
        m_out << "flowlog-cli " << FLOWLOG_VERSION << Qt::endl;
        finish(0);
        return;
    case Command::Kind::Invalid:
        printError(m_command.error);
        finish(2);
        return;
    case Command::Kind::List: runList(); return;
    case Command::Kind::ProfileAdd: runProfileAdd(); return;
    case Command::Kind::ProfileList: runProfileList(); return;
    case Command::Kind::ProfileRemove: runProfileRemove(); return;
    case Command::Kind::ProfileImport: runProfileImport(); return;
    case Command::Kind::Create: runCreate(); return;
    }
}

QNetworkAccessManager *CliRunner::namFor(const Profile &profile)
{
    QNetworkAccessManager *&nam = m_nams[profile.id];
    if (!nam)
        nam = new QNetworkAccessManager(this);
    return nam;
}

void CliRunner::printError(const QString &line)
{
    m_err << line << Qt::endl;
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT done(code);
}

void CliRunner::runList()
{
    for (const QString &name : std::as_const(m_command.profiles)) {
        if (!m_profiles->findByName(name)) {
            printError(tr("No profile named \"%1\" (see flowlog-cli profile list).").arg(name));
            finish(2);
            return;
        }
    }
    if (m_profiles->profiles().isEmpty()) {
        printError(tr("No profiles yet: add one with flowlog-cli profile add, or try flowlog-cli --sandbox list."));
        finish(2);
        return;
    }
    auto *table = new FlowLogTableModel(this);
    auto *status = new SourceStatusModel(this);
    auto *inventory = new Inventory(
        m_profiles, m_credentials, [this](const Profile &p) { return namFor(p); }, table, status, this);
    SweepScope scope;
    scope.profileNames = m_command.profiles;
    for (Service s : std::as_const(m_command.services))
        scope.services.insert(s);
    scope.regions = m_command.listRegions;
    inventory->setScope(scope);
    connect(inventory, &Inventory::finished, this, [this, table, status] {
        int failed = 0;
        for (const auto &e : status->entries()) {
            if (e.state == SourceStatusModel::State::Failed || e.state == SourceStatusModel::State::Cancelled) {
                ++failed;
                printError(e.source.displayName() + QStringLiteral(": ") + e.error.toDisplayString());
            }
        }
        QList<FlowLog> rows;
        for (int i = 0; i < table->rowCount(); ++i) {
            const FlowLog &f = table->at(i);
            if (!m_command.nameFilter.isEmpty() && !f.name.contains(m_command.nameFilter, Qt::CaseInsensitive))
                continue;
            if (!m_command.statusFilter.isEmpty() && f.status.compare(m_command.statusFilter, Qt::CaseInsensitive) != 0)
                continue;
            rows.append(f);
        }
        std::sort(rows.begin(), rows.end(), [](const FlowLog &a, const FlowLog &b) {
            return std::tie(a.account, a.service, a.region, a.name, a.id) <
                   std::tie(b.account, b.service, b.region, b.name, b.id);
        });
        QByteArray text;
        if (m_command.format == QLatin1String("json"))
            text = exportJson(rows);
        else if (m_command.format == QLatin1String("csv"))
            text = exportCsv(rows);
        else
            text = formatTable(rows);
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
        std::fflush(stdout);
        finish(failed > 0 ? 3 : 0);
    });
    inventory->refresh();
}

} // namespace flowlog::cli
