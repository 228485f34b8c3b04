// flowlog-cli profile add | list | remove | import.
// Secrets travel from stdin (or a no-echo prompt) straight into the credential store; nothing here prints,
// logs or stores one anywhere else.
#include "aliyunconfigimporter.h"
#include "cliformat.h"
#include "clirunner.h"
#include "profilewriter.h"
#include "textsafety.h"

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

// The role or agency an organisation profile assumes in its members (empty for the other provider).
QString memberOf(const Profile &p, Provider provider)
{
    if (!p.organization || p.provider != provider)
        return {};
    return provider == Provider::Aliyun ? p.effectiveMemberRole() : p.effectiveMemberAgency();
}

// What the profile assumes: the role ARN, "agency@domain", and for an organisation the members' role or agency.
QString assumes(const Profile &p)
{
    QStringList parts;
    if (!p.roleArn.isEmpty())
        parts << p.roleArn;
    if (!p.agencyName.isEmpty())
        parts << p.agencyName + QLatin1Char('@') + p.agencyDomainId;
    if (p.organization)
        parts << QStringLiteral("members: ") + memberOf(p, p.provider);
    return parts.join(QStringLiteral("; "));
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
                       {QStringLiteral("access"), Profile::accessKey(p.access())},
                       {QStringLiteral("roleArn"), p.roleArn},
                       {QStringLiteral("roleSessionName"), p.roleArn.isEmpty() ? QString() : p.effectiveSessionName()},
                       {QStringLiteral("externalId"), p.externalId},
                       {QStringLiteral("durationSeconds"), p.roleArn.isEmpty() ? 0 : p.effectiveDurationSeconds()},
                       {QStringLiteral("agencyName"), p.agencyName},
                       {QStringLiteral("domainId"), p.agencyDomainId},
                       {QStringLiteral("organization"), p.organization},
                       {QStringLiteral("memberRole"), memberOf(p, Provider::Aliyun)},
                       {QStringLiteral("memberAgency"), memberOf(p, Provider::Huawei)},
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
    p.roleArn = m_command.roleArn;
    p.roleSessionName = m_command.sessionName;
    p.externalId = m_command.externalId;
    p.durationSeconds = m_command.durationSeconds;
    p.agencyName = m_command.agency;
    p.agencyDomainId = m_command.domainId;
    p.organization = m_command.organization;
    p.memberRole = m_command.memberRole;
    p.memberAgency = m_command.memberAgency;
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

    // The secret goes first; a profile that cannot be saved takes its secret out of the keychain again.
    auto *writer = new ProfileWriter(m_profiles, m_credentials, this);
    writer->add(p, secret, token, [this, p](const ApiError &error) {
        if (error.isError()) {
            printError(QStringLiteral("profile add: ") + error.toDisplayString());
            finish(3);
            return;
        }
        say(tr("Added profile %1 (%2, %3); its secret is in the %4.")
                .arg(p.name, providerKey(p.provider), p.accessKeyId, m_credentials->description()));
        finish(0);
    });
}

void CliRunner::runProfileList()
{
    const QList<BrokenProfile> &broken = m_profiles->brokenProfiles();
    if (m_command.format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Profile &p : m_profiles->profiles())
            rows.append(profileJson(p));
        for (const BrokenProfile &b : broken)
            rows.append(QJsonObject{{QStringLiteral("name"), b.name},
                                    {QStringLiteral("id"), b.id},
                                    {QStringLiteral("broken"), true},
                                    {QStringLiteral("reason"), b.reason}});
        m_out << QString::fromUtf8(terminalSafeJson(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        finish(0);
        return;
    }
    QList<QStringList> rows;
    for (const Profile &p : m_profiles->profiles())
        rows << QStringList{p.name,
                            providerKey(p.provider),
                            Profile::kindKey(p.kind),
                            Profile::accessKey(p.access()),
                            assumes(p),
                            p.accessKeyId,
                            p.effectiveRegions().join(QLatin1Char(',')),
                            p.endpoint.toString(),
                            p.enabled ? QStringLiteral("yes") : QStringLiteral("no")};
    for (const BrokenProfile &b : broken)
        rows << QStringList{b.name.isEmpty() ? QStringLiteral("(no name)") : b.name,
                            QStringLiteral("BROKEN: ") + b.reason};
    const QByteArray text =
        textTable({QStringLiteral("NAME"), QStringLiteral("PROVIDER"), QStringLiteral("KIND"), QStringLiteral("ACCESS"),
                   QStringLiteral("ASSUMES"), QStringLiteral("ACCESS KEY ID"), QStringLiteral("REGIONS"),
                   QStringLiteral("ENDPOINT"), QStringLiteral("ENABLED")},
                  rows);
    m_out << QString::fromUtf8(text);
    if (!broken.isEmpty())
        printError(tr("profile list: %n entry(ies) of the settings file cannot be used (marked BROKEN): fix them "
                      "in the console's Accounts dialog or remove them with flowlog-cli profile remove NAME.",
                      nullptr, static_cast<int>(broken.size())));
    finish(0);
}

void CliRunner::runProfileRemove()
{
    const Profile *found = m_profiles->findByName(m_command.profileName);
    const BrokenProfile *broken = found ? nullptr : m_profiles->findBrokenByName(m_command.profileName);
    if (!found && !broken) {
        printError(
            tr("profile remove: no profile named \"%1\" (see flowlog-cli profile list).").arg(m_command.profileName));
        finish(2);
        return;
    }
    const QString name = m_command.profileName;
    if (broken && broken->id.isEmpty()) {
        // No id, so no secret can be stored for it: only the entry goes.
        if (!m_profiles->removeBroken(*broken)) {
            printError(QStringLiteral("profile remove: ") + m_profiles->lastError());
            finish(3);
            return;
        }
        say(tr("Removed the broken entry %1.").arg(name));
        finish(0);
        return;
    }
    auto *writer = new ProfileWriter(m_profiles, m_credentials, this);
    writer->remove(found ? found->id : broken->id, [this, name](const ApiError &error) {
        if (error.isError()) {
            printError(QStringLiteral("profile remove: ") + error.toDisplayString());
            finish(3);
            return;
        }
        say(tr("Removed profile %1 and its secret.").arg(name));
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
        say(tr("found    %1 (%2, %3, %4)").arg(c.name, c.mode, c.accessKeyId, region));
        if (m_command.importNames.isEmpty() || m_command.importNames.contains(c.name))
            chosen << c;
    }
    for (const AliyunConfigSkipped &s : parsed.skipped)
        say(tr("skipped  %1: %2").arg(s.name, s.reason));
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
        say(tr("Nothing to import."));
        finish(missing ? 2 : 0);
        return;
    }
    auto *importer = new AliyunConfigImporter(m_profiles, m_credentials, this);
    connect(importer, &AliyunConfigImporter::finished, this,
            [this, missing, path](const QList<AliyunImportOutcome> &outcomes) {
                int failed = 0;
                QStringList present;
                for (const AliyunImportOutcome &o : outcomes) {
                    if (o.imported) {
                        say(tr("imported %1").arg(o.name));
                    } else if (o.alreadyImported) {
                        say(tr("already imported %1 (a profile of this name and AccessKey ID exists)").arg(o.name));
                    } else {
                        ++failed;
                        printError(tr("profile import: %1 not imported: %2").arg(o.name, o.reason));
                    }
                    if (o.isPresent())
                        present << o.name;
                }
                if (!present.isEmpty() && !finishImportSecrets(path, present))
                    ++failed;
                finish(failed > 0 ? 3 : (missing ? 2 : 0));
            });
    importer->start(chosen);
}

bool CliRunner::finishImportSecrets(const QString &path, const QStringList &present)
{
    if (!m_command.removeSecrets) {
        say(tr("The secrets of %1 are still in plaintext in %2. To remove them from that file (everything else "
               "stays), run: flowlog-cli profile import --file %2 --remove-secrets")
                .arg(present.join(QStringLiteral(", ")), path));
        return true;
    }
    QStringList cleared;
    QString error;
    if (!removeAliyunSecretsFromFile(path, present, &cleared, &error)) {
        printError(tr("profile import: the secrets stay in %1: %2").arg(path, error));
        return false;
    }
    if (cleared.isEmpty())
        say(tr("No secret of %1 was left in %2.").arg(present.join(QStringLiteral(", ")), path));
    else
        say(tr("Removed the secrets of %1 from %2 (now readable by you only); everything else in it stays.")
                .arg(cleared.join(QStringLiteral(", ")), path));
    return true;
}

} // namespace flowlog::cli
