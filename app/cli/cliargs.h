#pragma once

#include "catalog.h"
#include "clihelp.h"
#include "flowlogdraft.h"
#include "lifecycle.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace flowlog::cli {

// The parsed command line. Pure data: parseArguments() never touches files, network or the keychain.
struct Command
{
    enum class Kind
    {
        Help,
        Version,
        ProfileAdd,
        ProfileList,
        ProfileRemove,
        ProfileImport,
        List,
        Discover,
        Create,
        Lifecycle, // activate, deactivate, modify, delete
        Coverage,
        Invalid
    };
    Kind kind = Kind::Help;
    QString error;    // for Invalid: one line saying what is wrong
    QString helpText; // for Help

    bool sandbox = false;                     // use a private flowlog-sandbox instead of the user's profiles
    QStringList sandboxArgs;                  // extra flags for it (--sandbox-arg)
    QString format = QStringLiteral("table"); // table | json | csv | ndjson (list)

    // profile add / remove / import
    QString profileName;
    QString provider;
    QString accessKeyId;
    bool secretStdin = false;
    bool sts = false;
    QStringList regions;
    QString endpoint;
    QMap<QString, QString> projectIds; // region -> id
    QMap<QString, QStringList> erIds;  // region -> ids
    QStringList ecrIds;
    QString roleArn; // --role-arn and the role's options (Alibaba)
    QString sessionName;
    QString externalId;
    int durationSeconds = 0;
    QString agency; // --agency --domain-id (Huawei)
    QString domainId;
    bool organization = false;
    QString memberRole;         // Alibaba organisation
    QString memberAgency;       // Huawei organisation
    QString importPath;         // profile import [--file PATH]
    QStringList importNames;    // which aliyun profiles to import (empty = all supported)
    bool removeSecrets = false; // profile import --remove-secrets

    // list
    QStringList profiles;
    QList<Service> services;
    QStringList listRegions;
    QString nameFilter;
    QString statusFilter;
    int deadlineSeconds = 300; // list: 0 = none

    // create
    QString createProfile;
    FlowLogDraft draft;
    bool validateOnly = false;
    QString intervalText;
    QStringList tagErrors; // "--tag" values that are not K=V
    QString clientToken;   // --client-token: the token of an earlier attempt

    // activate, deactivate, modify, delete (profiles above scope where the ids are looked for)
    LifecycleAction action = LifecycleAction::Activate;
    QStringList ids;      // --id, in order
    QString fromPath;     // --from FILE, "-" for standard input
    bool noWait = false;  // --no-wait
    bool dryRun = false;  // --dry-run
    FlowLogChange change; // modify

    // coverage (profiles, services and listRegions above scope it; dryRun above is --dry-run)
    bool uncoveredOnly = false;
    bool orphans = false;
    bool enable = false;
    QString templatePath;
    bool yes = false;
};

// --help after a command (or `help COMMAND`) gives that command's help (kind Help, exit 0).
[[nodiscard]] Command parseArguments(const QStringList &arguments); // arguments[0] is the program name
// The command changes nothing (no profile, secret, settings, journal or provider resource): once its output is
// flushed the process may end without tearing down.
[[nodiscard]] bool isReadOnly(const Command &command);

} // namespace flowlog::cli
