#include "cliargs.h"

#include "identityrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace flowlog::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowlog-cli", text);
}

Command invalid(const QString &message)
{
    Command c;
    c.kind = Command::Kind::Invalid;
    c.error = message;
    return c;
}

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

// "REGION=ID" -> (REGION, ID); false when malformed.
bool splitPair(const QString &text, QString &left, QString &right)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        return false;
    left = text.left(eq).trimmed();
    right = text.mid(eq + 1).trimmed();
    return !left.isEmpty() && !right.isEmpty();
}

// Registers a command's options from its table, so the parser and the help cannot disagree.
void addOptions(QCommandLineParser &p, Verb verb)
{
    for (const OptionSpec &o : optionsOf(verb)) {
        if (o.valueName.isEmpty())
            p.addOption(QCommandLineOption(QString(o.name), tr(o.help)));
        else
            p.addOption(QCommandLineOption(QString(o.name), tr(o.help), QString(o.valueName)));
    }
}

Command help(const QString &text)
{
    Command c;
    c.kind = Command::Kind::Help;
    c.helpText = text;
    return c;
}

bool asksForHelp(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
    }
    return false;
}

// Client tokens are 1 to 64 printable ASCII characters at every provider (Alibaba ClientToken, Huawei
// X-Client-Token).
bool isClientToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 64)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}

// profile add: how the profile reaches its account (role, agency, organisation), checked with the rules the
// console's editor and the profile store use. Returns why the options do not fit, or empty.
QString readAccessOptions(const QCommandLineParser &p, Command &c)
{
    const auto isSet = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    const auto value = [&p](const char *name) { return p.value(QLatin1String(name)).trimmed(); };
    const bool aliyun = c.provider == providerKey(Provider::Aliyun);
    for (const char *name : {"role-arn", "session-name", "external-id", "duration-seconds", "member-role"}) {
        if (isSet(name) && !aliyun)
            return tr("--%1 is for --provider aliyun; Huawei Cloud profiles use --agency NAME --domain-id ID "
                      "and --member-agency.")
                .arg(QLatin1String(name));
    }
    for (const char *name : {"agency", "domain-id", "member-agency"}) {
        if (isSet(name) && aliyun)
            return tr("--%1 is for --provider huaweicloud; Alibaba Cloud profiles use --role-arn and --member-role.")
                .arg(QLatin1String(name));
    }
    for (const char *name : {"session-name", "external-id", "duration-seconds"}) {
        if (isSet(name) && !isSet("role-arn"))
            return tr("--%1 needs --role-arn ARN.").arg(QLatin1String(name));
    }
    if (isSet("agency") != isSet("domain-id"))
        return isSet("agency") ? tr("--agency needs --domain-id ID (the account that owns the agency).")
                               : tr("--domain-id needs --agency NAME.");
    for (const char *name : {"member-role", "member-agency"}) {
        if (isSet(name) && !isSet("organization"))
            return tr("--%1 needs --organization.").arg(QLatin1String(name));
    }
    c.roleArn = value("role-arn");
    c.sessionName = value("session-name");
    c.externalId = value("external-id");
    c.agency = value("agency");
    c.domainId = value("domain-id");
    c.organization = isSet("organization");
    c.memberRole = value("member-role");
    c.memberAgency = value("member-agency");
    const auto check = [](const char *name, const QString &problem) {
        return problem.isEmpty() ? QString() : QStringLiteral("--%1: %2").arg(QLatin1String(name), problem);
    };
    QString problem;
    if (isSet("role-arn"))
        problem = check("role-arn", IdentityRules::roleArnProblem(c.roleArn));
    if (problem.isEmpty() && isSet("session-name"))
        problem = check("session-name", IdentityRules::sessionNameProblem(c.sessionName));
    if (problem.isEmpty() && isSet("external-id"))
        problem = check("external-id", IdentityRules::externalIdProblem(c.externalId));
    if (problem.isEmpty() && isSet("duration-seconds")) {
        bool ok = false;
        c.durationSeconds = value("duration-seconds").toInt(&ok);
        problem = check("duration-seconds",
                        ok ? IdentityRules::durationProblem(c.durationSeconds) : IdentityRules::durationProblem(0));
    }
    if (problem.isEmpty() && isSet("agency"))
        problem = check("agency", IdentityRules::agencyNameProblem(c.agency));
    if (problem.isEmpty() && isSet("domain-id"))
        problem = check("domain-id", IdentityRules::domainIdProblem(c.domainId));
    if (problem.isEmpty() && isSet("member-role"))
        problem = check("member-role", IdentityRules::roleNameProblem(c.memberRole));
    if (problem.isEmpty() && isSet("member-agency"))
        problem = check("member-agency", IdentityRules::agencyNameProblem(c.memberAgency));
    return problem;
}

} // namespace

Command parseArguments(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    Command base;
    // Global options before the command word.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("-"))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--version")) {
            base.kind = Command::Kind::Version;
            return base;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return help(usage());
        if (a == QLatin1String("--sandbox")) {
            base.sandbox = true;
        } else if (a.startsWith(QLatin1String("--sandbox-arg="))) {
            base.sandboxArgs << a.mid(14);
        } else if (a == QLatin1String("--sandbox-arg")) {
            if (args.isEmpty())
                return invalid(tr("--sandbox-arg needs a value."));
            base.sandboxArgs << args.takeFirst();
        } else {
            return invalid(tr("Unknown option %1 (see flowlog-cli --help).").arg(a));
        }
    }
    if (args.isEmpty())
        return help(usage());

    QString word = args.takeFirst();
    if (word == QLatin1String("help")) {
        // help [COMMAND [SUBCOMMAND]]
        if (args.isEmpty())
            return help(usage());
        const std::optional<Verb> verb = verbOf(args.value(0), args.value(1));
        if (!verb)
            return invalid(tr("No help for \"%1\": see flowlog-cli --help.").arg(args.join(QLatin1Char(' '))));
        return help(commandHelp(*verb));
    }
    QString sub;
    if (word == QLatin1String("profile")) {
        if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
            return args.isEmpty() ? invalid(tr("profile needs a subcommand: add, list, remove or import."))
                                  : help(usage());
        sub = args.takeFirst();
    }
    const std::optional<Verb> verb = verbOf(word, sub);
    if (!verb) {
        if (word == QLatin1String("profile"))
            return invalid(tr("Unknown profile subcommand \"%1\": use add, list, remove or import.").arg(sub));
        return invalid(tr("Unknown command \"%1\" (see flowlog-cli --help).").arg(word));
    }
    if (asksForHelp(args))
        return help(commandHelp(*verb));

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOptions(p, *verb);
    if (!p.parse(QStringList{QStringLiteral("flowlog-cli")} + args)) {
        QString error = p.errorText();
        if (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        return invalid(
            tr("%1 (see flowlog-cli %2 --help).").arg(error, sub.isEmpty() ? word : word + QLatin1Char(' ') + sub));
    }
    const QStringList pos = p.positionalArguments();
    const auto value = [&p](const char *name) { return p.value(QLatin1String(name)); };
    const auto values = [&p](const char *name) { return p.values(QLatin1String(name)); };
    const auto isSet = [&p](const char *name) { return p.isSet(QLatin1String(name)); };

    Command c = base;
    // The finished command once --format is one it writes: table or json, and for rows (list, coverage) csv and
    // ndjson too.
    const auto withFormat = [&](bool rows) -> Command {
        if (isSet("format"))
            c.format = value("format");
        QStringList allowed{QStringLiteral("table"), QStringLiteral("json")};
        if (rows)
            allowed << QStringLiteral("csv") << QStringLiteral("ndjson");
        if (!allowed.contains(c.format))
            return invalid(rows ? tr("--format takes table, csv, ndjson or json.")
                                : tr("--format takes table or json."));
        return c;
    };

    // list and coverage: --profile, --service, --region.
    const auto readScope = [&]() -> std::optional<Command> {
        c.profiles = splitList(values("profile"));
        for (const QString &s : splitList(values("service"))) {
            const auto svc = serviceFromKey(s);
            if (!svc)
                return invalid(tr("Unknown service \"%1\": use %2.").arg(s, serviceChoices(QLatin1StringView(", "))));
            c.services << *svc;
        }
        c.listRegions = splitList(values("region"));
        return std::nullopt;
    };

    // Only profile add and profile remove take an argument (their NAME); checked before anything else.
    if (*verb != Verb::ProfileAdd && *verb != Verb::ProfileRemove && !pos.isEmpty())
        return invalid(tr("Unexpected argument \"%1\".").arg(pos.first()));

    switch (*verb) {
    case Verb::Activate:
    case Verb::Deactivate:
    case Verb::Modify:
    case Verb::Delete: {
        c.kind = Command::Kind::Lifecycle;
        c.action = *verb == Verb::Activate     ? LifecycleAction::Activate
                   : *verb == Verb::Deactivate ? LifecycleAction::Deactivate
                   : *verb == Verb::Modify     ? LifecycleAction::Modify
                                               : LifecycleAction::Delete;
        c.ids = splitList(values("id"));
        c.fromPath = value("from");
        c.profiles = splitList(values("profile"));
        c.noWait = isSet("no-wait");
        c.dryRun = isSet("dry-run");
        if (c.ids.isEmpty() && c.fromPath.isEmpty())
            return invalid(tr("%1 needs --id ID or --from FILE (see flowlog-cli %1 --help).").arg(word));
        if (c.action == LifecycleAction::Delete && !isSet("yes") && !c.dryRun)
            return invalid(tr("delete needs --yes: nothing is deleted without it."));
        if (c.action == LifecycleAction::Modify) {
            if (isSet("name"))
                c.change.name = value("name");
            if (isSet("description"))
                c.change.description = value("description");
            if (isSet("interval")) {
                c.change.intervalSeconds = parseIntervalSeconds(value("interval"));
                if (c.change.intervalSeconds <= 0)
                    return invalid(tr("--interval takes 60, 60s, 1m, 10m, ..., not \"%1\".").arg(value("interval")));
            }
            if (c.change.isEmpty())
                return invalid(tr("modify needs --name, --description or --interval."));
        }
        return withFormat(false);
    }
    case Verb::ProfileAdd: {
        c.kind = Command::Kind::ProfileAdd;
        if (pos.size() != 1)
            return invalid(tr("profile add needs exactly one NAME."));
        c.profileName = pos.first();
        if (!isSet("provider") || !providerFromKey(value("provider")))
            return invalid(tr("profile add needs --provider aliyun or --provider huaweicloud."));
        c.provider = providerKey(*providerFromKey(value("provider")));
        c.accessKeyId = value("access-key-id").trimmed();
        if (c.accessKeyId.isEmpty())
            return invalid(tr("profile add needs --access-key-id."));
        c.secretStdin = isSet("secret-stdin");
        c.sts = isSet("sts");
        c.regions = splitList(values("regions"));
        c.endpoint = value("endpoint");
        c.ecrIds = splitList(values("ecr-id"));
        for (const QString &v : values("project-id")) {
            QString region, id;
            if (!splitPair(v, region, id))
                return invalid(tr("--project-id takes REGION=ID, not \"%1\".").arg(v));
            c.projectIds.insert(region, id);
        }
        for (const QString &v : values("er-id")) {
            QString region, id;
            if (!splitPair(v, region, id))
                return invalid(tr("--er-id takes REGION=ID, not \"%1\".").arg(v));
            c.erIds[region] << id;
        }
        if (const QString problem = readAccessOptions(p, c); !problem.isEmpty())
            return invalid(QStringLiteral("profile add: ") + problem);
        return c;
    }
    case Verb::ProfileList:
        c.kind = Command::Kind::ProfileList;
        return withFormat(false);
    case Verb::ProfileRemove:
        c.kind = Command::Kind::ProfileRemove;
        if (pos.size() != 1)
            return invalid(tr("profile remove needs exactly one NAME."));
        c.profileName = pos.first();
        return c;
    case Verb::ProfileImport:
        c.kind = Command::Kind::ProfileImport;
        c.importPath = value("file");
        c.importNames = values("name");
        c.removeSecrets = isSet("remove-secrets");
        return c;
    case Verb::List: {
        c.kind = Command::Kind::List;
        if (const auto bad = readScope())
            return *bad;
        c.nameFilter = value("name");
        c.statusFilter = value("status");
        if (isSet("deadline")) {
            bool ok = false;
            c.deadlineSeconds = value("deadline").toInt(&ok);
            if (!ok || c.deadlineSeconds < 0)
                return invalid(
                    tr("--deadline takes a number of seconds (0 for none), not \"%1\".").arg(value("deadline")));
        }
        return withFormat(true);
    }
    case Verb::Coverage: {
        c.kind = Command::Kind::Coverage;
        if (const auto bad = readScope())
            return *bad;
        c.uncoveredOnly = isSet("uncovered-only");
        c.orphans = isSet("orphans");
        c.enable = isSet("enable");
        c.templatePath = value("template");
        c.dryRun = isSet("dry-run");
        c.yes = isSet("yes");
        if (c.uncoveredOnly && c.orphans)
            return invalid(tr("--uncovered-only and --orphans cannot be combined."));
        if (c.enable && c.templatePath.isEmpty())
            return invalid(tr("coverage --enable needs --template FILE."));
        if (!c.enable && (!c.templatePath.isEmpty() || c.dryRun || c.yes))
            return invalid(tr("--template, --dry-run and --yes go with --enable."));
        if (c.enable && c.orphans)
            return invalid(tr("--enable and --orphans cannot be combined."));
        return withFormat(true);
    }
    case Verb::Discover:
        c.kind = Command::Kind::Discover;
        c.profiles = splitList(values("profile"));
        return withFormat(false);
    case Verb::Create: {
        c.kind = Command::Kind::Create;
        c.createProfile = value("profile");
        if (c.createProfile.isEmpty())
            return invalid(tr("create needs --profile NAME (see flowlog-cli create --help)."));
        const auto svc = serviceFromKey(value("service"));
        if (!svc)
            return invalid(tr("create needs --service %1.").arg(serviceChoices()));
        FlowLogDraft &d = c.draft;
        d.service = *svc;
        d.region = value("region");
        d.name = value("name");
        d.description = value("description");
        for (const QString &t : values("tag")) {
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                c.tagErrors << t;
                continue;
            }
            d.tags.append({t.left(eq), t.mid(eq + 1)});
        }
        c.intervalText = value("interval");
        if (!c.intervalText.isEmpty())
            d.intervalSeconds = parseIntervalSeconds(c.intervalText);
        d.resourceType = value("resource-type");
        d.resourceId = value("resource-id");
        d.trafficType = value("traffic-type");
        d.trafficPaths = splitList(values("traffic-path"));
        d.projectName = value("project-name");
        d.logStoreName = value("logstore-name");
        d.cenId = value("cen-id");
        d.transitRouterId = value("transit-router-id");
        d.transitRouterAttachmentId = value("transit-router-attachment-id");
        d.logFormat = value("log-format");
        d.ecrId = value("ecr-id");
        d.instanceId = value("instance-id");
        d.samplingRate = value("sampling-rate");
        d.dryRun = isSet("dry-run");
        d.erId = value("er-id");
        d.logGroupId = value("log-group-id");
        d.logStreamId = value("log-stream-id");
        c.validateOnly = isSet("validate-only");
        if (isSet("client-token")) {
            c.clientToken = value("client-token");
            if (!isClientToken(c.clientToken))
                return invalid(tr("--client-token takes 1 to 64 printable ASCII characters without spaces."));
        }
        return withFormat(false);
    }
    }
    return invalid(tr("Unknown command \"%1\" (see flowlog-cli --help).").arg(word));
}

bool isReadOnly(const Command &command)
{
    switch (command.kind) {
    case Command::Kind::Help:
    case Command::Kind::Version:
    case Command::Kind::ProfileList:
    case Command::Kind::List:
    case Command::Kind::Discover:
    case Command::Kind::Invalid:
        return true;
    case Command::Kind::Coverage:
        return !command.enable;
    case Command::Kind::ProfileAdd:
    case Command::Kind::ProfileRemove:
    case Command::Kind::ProfileImport:
    case Command::Kind::Create:
    case Command::Kind::Lifecycle:
        return false;
    }
    return false;
}

} // namespace flowlog::cli
