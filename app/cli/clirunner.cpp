#include "clirunner.h"

#include "enumtable.h"
#include "memorycredentialstore.h"
#include "networkpool.h"
#include "parsewarmup.h"
#include "sandboxlauncher.h"
#include "textsafety.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThreadPool>

namespace flowlog::cli {

CliRunner::CliRunner(Command command, ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command))
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_out(stdout)
    , m_err(stderr)
{}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_command.kind == Command::Kind::List || m_command.kind == Command::Kind::Discover ||
        m_command.kind == Command::Kind::Coverage) {
        // The commands that sweep: their parse threads start while the sandbox or the profiles' secrets load.
        m_parsePool = new QThreadPool(this);
        warmUpParseThreads(m_parsePool);
        m_networkPool = new NetworkPool([] { return new QNetworkAccessManager; }, 64, this);
    }
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
    if (m_networkPool) {
        // The sandbox says its port before it seeds its data (~35 ms): the sweep's first connections open
        // meanwhile, as they do while a real profile's secrets load (Inventory::refresh). One manager's worth:
        // discovery's requests, which go first. More (24) cost the sandbox a burst of accepts at its start and
        // the whole command ~2 ms (measured, docs/benchmarks-issue19-2.md).
        connect(m_sandbox, &SandboxLauncher::listening, this,
                [this](const QUrl &url) { m_networkPool->preconnect(url, NetworkPool::connectionsPerHost); });
    }
    m_sandbox->start(m_command.sandboxArgs);
}

void CliRunner::run()
{
    // Each command's member, by Command::Kind.
    static constexpr EnumTable<Command::Kind::Invalid, void (CliRunner::*)()> runners{
        &CliRunner::runHelp,        &CliRunner::runVersion,       &CliRunner::runProfileAdd,
        &CliRunner::runProfileList, &CliRunner::runProfileRemove, &CliRunner::runProfileImport,
        &CliRunner::runList,        &CliRunner::runDiscover,      &CliRunner::runCreate,
        &CliRunner::runLifecycle,   &CliRunner::runCoverage,      &CliRunner::runInvalid};
    (this->*runners[m_command.kind])();
}

void CliRunner::runHelp()
{
    m_out << m_command.helpText;
    finish(0);
}

void CliRunner::runVersion()
{
    m_out << "flowlog-cli " << FLOWLOG_VERSION << Qt::endl;
    finish(0);
}

void CliRunner::runInvalid()
{
    printError(m_command.error);
    finish(2);
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
    // Lines carry provider text: no control or bidi character reaches the terminal as is.
    m_err << escapeForDisplay(line) << Qt::endl;
}

void CliRunner::say(const QString &line)
{
    m_out << escapeForDisplay(line) << Qt::endl;
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

} // namespace flowlog::cli
