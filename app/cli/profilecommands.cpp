// flowlog-cli profile add | list | remove | import.
// Secrets travel from stdin (or a no-echo prompt) straight into the credential store; nothing here prints,
// logs or stores one anywhere else.
#include "aliyunconfigimporter.h"
#include "cliformat.h"
#include "clirunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace flowlog::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

// One line of stdin without its line end; false at end of input.
bool readStdinLine(QString &line)
{
    std::string buffer;
    int ch = 0;
    bool any = false;
    while ((ch = std::fgetc(stdin)) != EOF) {
        any = true;
        if (ch == '\n')
            break;
        buffer.push_back(static_cast<char>(ch));
    }
    if (!buffer.empty() && buffer.back() == '\r')
        buffer.pop_back();
    line = QString::fromStdString(buffer);
    // Overwrite the copy we no longer need.
    std::fill(buffer.begin(), buffer.end(), '\0');
    return any;
}

// Prompts on stderr and reads one line from the terminal with echo turned off. Echo goes off before the
// prompt appears (and without flushing input), so nothing typed after the prompt is ever echoed or lost.
bool promptHidden(const QString &prompt, QString &line)
{
#ifdef Q_OS_UNIX
    termios old{};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    const QByteArray p = prompt.toLocal8Bit();
    std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
    std::fflush(stderr);
    const bool ok = readStdinLine(line);
#ifdef Q_OS_UNIX
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    return ok;
}

QJsonObject profileJson(const Profile &p)
{
    QJsonObject projects;
    for (auto it = p.projectIds.cbegin(); it != p.projectIds.cend(); ++it)
        projects.insert(it.key(), it.value());
    QJsonObject ers;
    for (auto it = p.erIds.cbegin(); it != p.erIds.cend(); ++it)
        ers.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("id"), p.id},
                       {QStringLiteral("provider"), providerKey(p.provider)},
                       {QStringLiteral("kind"), Profile::kindKey(p.kind)},
                       {QStringLiteral("accessKeyId"), p.accessKeyId},
                       {QStringLiteral("regions"), QJsonArray::fromStringList(p.effectiveRegions())},
                       {QStringLiteral("endpoint"), p.endpoint.toString()},
                       {QStringLiteral("projectIds"), projects},
                       {QStringLiteral("erIds"), ers},
                       {QStringLiteral("ecrIds"), QJsonArray::fromStringList(p.ecrIds)},
                       {QStringLiteral("enabled"), p.enabled},
                       {QStringLiteral("color"), p.color},
                       {QStringLiteral("label"), p.label}};
}

} // namespace

void CliRunner::runProfileAdd()
{
    Profile p;
    p.id = Profile::newId();
    p.name = m_command.profileName;
    p.provider = providerFromKey(m_command.provider).value_or(Provider::Aliyun);
    p.kind = m_command.sts ? Profile::Kind::StsToken : Profile::Kind::AccessKey;
    p.accessKeyId = m_command.accessKeyId;
    p.regions = m_command.regions;
    if (!m_command.endpoint.isEmpty()) {
        p.endpoint = QUrl(m_command.endpoint, QUrl::StrictMode);
        if (!p.endpoint.isValid() || p.endpoint.host().isEmpty()) {
            printError(tr("profile add: --endpoint \"%1\" is not a URL.").arg(m_command.endpoint));
            finish(2);
            return;
        }
    }
    p.projectIds = m_command.projectIds;
    p.erIds = m_command.erIds;
    p.ecrIds = m_command.ecrIds;
    if (const QString problem = m_profiles->check(p); !problem.isEmpty()) {
        printError(QStringLiteral("profile add: ") + problem);
        finish(2);
        return;
    }

    QString secret;
    QString token;
    if (!stdinIsTerminal()) {
        // A pipe or file (--secret-stdin or not): first line the secret; with --sts the second the STS token.
        readStdinLine(secret);
        if (m_command.sts)
            readStdinLine(token);
    } else {
        // Someone is typing (with or without --secret-stdin): never echo what they type.
        promptHidden(tr("AccessKey secret for %1: ").arg(p.name), secret);
        if (m_command.sts)
            promptHidden(tr("STS token for %1: ").arg(p.name), token);
    }
    secret = secret.trimmed();
    token = token.trimmed();
    if (secret.isEmpty()) {
        printError(tr("profile add: no secret given (pass it on standard input, e.g. with --secret-stdin)."));
        finish(2);
        return;
    }
    if (m_command.sts && token.isEmpty()) {
        printError(tr("profile add: --sts needs the STS token on the line after the secret."));
        finish(2);
        return;
    }

    // The secret goes first: a profile is saved only once its secret is safely in the keychain, so a keychain
    // failure writes nothing to the configuration.
    m_credentials->writeSecret(p.id, secret, token, this, [this, p](const ApiError &error) {
        if (error.isError()) {
            printError(QStringLiteral("profile add: ") + error.toDisplayString());
            finish(3);
            return;
        }
        if (!m_profiles->add(p)) {
            printError(tr("profile add: the profile could not be saved."));
            m_credentials->removeSecret(p.id, this, [this](const ApiError &) { finish(3); });
            return;
        }
        m_out << tr("Added profile %1 (%2, %3); its secret is in the %4.")
                     .arg(p.name, providerKey(p.provider), p.accessKeyId, m_credentials->description())
              << Qt::endl;
        finish(0);
    });
}

void CliRunner::runProfileList()
{
    if (m_command.format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Profile &p : m_profiles->profiles())
            rows.append(profileJson(p));
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        finish(0);
        return;
    }
    QList<QStringList> rows;
    for (const Profile &p : m_profiles->profiles())
        rows << QStringList{p.name,
                            providerKey(p.provider),
                            Profile::kindKey(p.kind),
                            p.accessKeyId,
                            p.effectiveRegions().join(QLatin1Char(',')),
                            p.endpoint.toString(),
                            p.enabled ? QStringLiteral("yes") : QStringLiteral("no")};
    const QByteArray text = textTable({QStringLiteral("NAME"), QStringLiteral("PROVIDER"), QStringLiteral("KIND"),
                                       QStringLiteral("ACCESS KEY ID"), QStringLiteral("REGIONS"),
                                       QStringLiteral("ENDPOINT"), QStringLiteral("ENABLED")},
                                      rows);
    m_out << QString::fromUtf8(text);
    finish(0);
}

void CliRunner::runProfileRemove()
{
    const Profile *found = m_profiles->findByName(m_command.profileName);
    if (!found) {
        printError(
            tr("profile remove: no profile named \"%1\" (see flowlog-cli profile list).").arg(m_command.profileName));
        finish(2);
        return;
    }
    const QString id = found->id;
    const QString name = found->name;
    // The secret first: if the keychain is unreachable the profile stays, so the user can retry and no
    // orphaned secret is left behind.
    m_credentials->removeSecret(id, this, [this, id, name](const ApiError &error) {
        if (error.isError()) {
            printError(QStringLiteral("profile remove: ") + error.toDisplayString());
            finish(3);
            return;
        }
        m_profiles->remove(id);
        m_out << tr("Removed profile %1 and its secret.").arg(name) << Qt::endl;
        finish(0);
    });
}

void CliRunner::runProfileImport()
{
    const QString path = m_command.importPath.isEmpty() ? defaultAliyunConfigPath() : m_command.importPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(
            tr("profile import: cannot read %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
        finish(2);
        return;
    }
    const AliyunConfigParseResult parsed = parseAliyunConfig(file.readAll());
    if (!parsed.error.isEmpty()) {
        printError(QStringLiteral("profile import: ") + parsed.error);
        finish(2);
        return;
    }
    QList<AliyunConfigCandidate> chosen;
    for (const AliyunConfigCandidate &c : parsed.candidates) {
        const QString region = c.region.isEmpty() ? tr("default regions") : c.region;
        m_out << tr("found    %1 (%2, %3, %4)").arg(c.name, c.mode, c.accessKeyId, region) << Qt::endl;
        if (m_command.importNames.isEmpty() || m_command.importNames.contains(c.name))
            chosen << c;
    }
    for (const AliyunConfigSkipped &s : parsed.skipped)
        m_out << tr("skipped  %1: %2").arg(s.name, s.reason) << Qt::endl;
    bool missing = false;
    for (const QString &name : std::as_const(m_command.importNames)) {
        const bool known = std::any_of(parsed.candidates.cbegin(), parsed.candidates.cend(),
                                       [&name](const AliyunConfigCandidate &c) { return c.name == name; });
        if (!known) {
            printError(tr("profile import: no importable profile named \"%1\" in %2.").arg(name, path));
            missing = true;
        }
    }
    if (chosen.isEmpty()) {
        m_out << tr("Nothing to import.") << Qt::endl;
        finish(missing ? 2 : 0);
        return;
    }
    auto *importer = new AliyunConfigImporter(m_profiles, m_credentials, this);
    connect(importer, &AliyunConfigImporter::finished, this,
            [this, missing](const QList<AliyunImportOutcome> &outcomes) {
                int failed = 0;
                for (const AliyunImportOutcome &o : outcomes) {
                    if (o.imported) {
                        m_out << tr("imported %1").arg(o.name) << Qt::endl;
                    } else {
                        ++failed;
                        printError(tr("profile import: %1 not imported: %2").arg(o.name, o.reason));
                    }
                }
                finish(failed > 0 ? 3 : (missing ? 2 : 0));
            });
    importer->start(chosen);
}

} // namespace flowlog::cli
