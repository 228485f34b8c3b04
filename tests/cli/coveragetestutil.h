#pragma once

// What the coverage CLI tests share: an in-process run over every sample account with nothing but its key
// (management accounts marked as organisations), a coverage command, the template.
#include "clirunner.h"
#include "coveragetemplate.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "stdcapture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace flowlog::test {

inline cli::Command coverageCommand(const QString &format = QStringLiteral("json"))
{
    cli::Command c;
    c.kind = cli::Command::Kind::Coverage;
    c.format = format;
    return c;
}

// typed: the profiles as the sandbox prints them (regions and instances named, fewer requests); else keys only.
inline InProcessRun runCoverage(QObject *context, SandboxFixture &sandbox, const cli::Command &command,
                                bool typed = false, int timeoutMs = 120000)
{
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    QList<Profile> added;
    for (const Profile &p : sandbox.profiles()) {
        credentials.writeSecret(p.id, sandbox.secret(p.id), {}, context, [](const ApiError &) {});
        added.append(typed ? p : SandboxFixture::keyOnly(p));
        added.last().organization = !sandbox.memberNames(p.name).isEmpty();
    }
    profiles.replaceAll(added);
    return runInProcess(command, &profiles, &credentials, timeoutMs);
}

// A file holding json, owned by parent; its path.
inline QString writeTemporary(QObject *parent, const QByteArray &json)
{
    auto *file = new QTemporaryFile(parent);
    if (!file->open())
        return {};
    file->write(json);
    file->flush();
    return file->fileName();
}

} // namespace flowlog::test
