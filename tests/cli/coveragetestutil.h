#pragma once

// What the coverage CLI tests share: an in-process run over every sample account with nothing but its key
// (management accounts marked as organisations), a coverage command, the template.
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "stdcapture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace flowlog::test {

inline QJsonObject coverageOf(const QJsonObject &stats)
{
    return stats.value(QLatin1String("coverage")).toObject();
}

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

inline QByteArray templateJson(const QString &cenProjectName)
{
    const QJsonObject t{
        {QStringLiteral("tags"), QJsonObject{{QStringLiteral("owner"), QStringLiteral("coverage-${service}")}}},
        {QStringLiteral("vpc"), QJsonObject{{QStringLiteral("projectName"), QStringLiteral("fl-${region}")},
                                            {QStringLiteral("logStoreName"), QStringLiteral("${service}-flowlog")},
                                            {QStringLiteral("trafficType"), QStringLiteral("All")},
                                            {QStringLiteral("interval"), QStringLiteral("600")}}},
        {QStringLiteral("cen"), QJsonObject{{QStringLiteral("projectName"), cenProjectName},
                                            {QStringLiteral("logStoreName"), QStringLiteral("cen-flowlog")},
                                            {QStringLiteral("interval"), QStringLiteral("600")}}},
        {QStringLiteral("ecr"), QJsonObject{{QStringLiteral("projectName"), QStringLiteral("ecr-${accountId}")},
                                            {QStringLiteral("logStoreName"), QStringLiteral("ecr-flowlog")},
                                            {QStringLiteral("interval"), QStringLiteral("60")}}},
        {QStringLiteral("er"),
         QJsonObject{{QStringLiteral("logGroupId"), QStringLiteral("1c0a7a4e-5d2b-4e6f-8a9b-0c1d2e3f4a5b")},
                     {QStringLiteral("logStreamId"), QStringLiteral("2d1b8b5f-6e3c-4f70-9bac-1d2e3f4a5b6c")}}}};
    return QJsonDocument(t).toJson();
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
