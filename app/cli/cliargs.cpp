#include "cliargs.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

QCommandLineOption opt(const QString &name, const char *help, const QString &valueName = {})
{
    return valueName.isEmpty() ? QCommandLineOption(name, tr(help)) : QCommandLineOption(name, tr(help), valueName);
}

} // namespace

QString usage()
{
    return tr("Usage:\n"
              "  flowlog-cli [--sandbox] list [--profile NAME ...] [--service vpc|cen|ecr|er ...] [--region R ...]\n"
              "              [--name SUBSTR] [--status S] [--format table|json|csv]\n"
              "  flowlog-cli [--sandbox] create --profile NAME --service vpc|cen|ecr|er [--region R] [--name ..]\n"
              "              [--description ..] [--tag K=V ...] [--interval 60|60s|1m|10m] [--validate-only]\n"
              "     vpc: --resource-type NetworkInterface|VSwitch|VPC --resource-id ID --traffic-type All|Allow|Drop\n"
              "          --project-name P --logstore-name L [--traffic-path all|internetGateway ...]\n"
              "     cen: --cen-id ID [--transit-router-id ID] [--transit-router-attachment-id ID]\n"
              "          --project-name P --logstore-name L [--log-format STR]\n"
              "     ecr: --ecr-id ID --instance-id VBR_ID --project-name P --logstore-name L\n"
              "          [--sampling-rate 1:4096|1:2048|1:1024] [--dry-run]\n"
              "     er:  [--er-id ID] --resource-id ATTACHMENT_ID --log-group-id ID --log-stream-id ID\n"
              "  flowlog-cli profile add NAME --provider aliyun|huaweicloud --access-key-id ID [--secret-stdin] [--sts]\n"
              "              [--regions r1,r2] [--endpoint URL] [--project-id REGION=ID ...] [--ecr-id ID ...]\n"
              "              [--er-id REGION=ID ...]\n"
              "  flowlog-cli profile list [--format table|json]\n"
              "  flowlog-cli profile remove NAME\n"
              "  flowlog-cli profile import [--file ~/.aliyun/config.json] [--name PROFILE ...]\n"
              "  flowlog-cli --version | --help\n"
              "\n"
              "Exit codes: 0 ok, 2 usage or validation error, 3 provider or network error.\n");
}

Command parseArguments(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    Command base;
    // Global options before the command word.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--version")) {
            base.kind = Command::Kind::Version;
            return base;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            base.kind = Command::Kind::Help;
            base.helpText = usage();
            return base;
        }
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
    if (args.isEmpty()) {
        base.kind = Command::Kind::Help;
        base.helpText = usage();
        return base;
    }

    QString word = args.takeFirst();
    if (word == QLatin1String("help")) {
        base.kind = Command::Kind::Help;
        base.helpText = usage();
        return base;
    }
    QString sub;
    if (word == QLatin1String("profile")) {
        if (args.isEmpty())
            return invalid(tr("profile needs a subcommand: add, list, remove or import."));
        sub = args.takeFirst();
    }

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption format = opt(QStringLiteral("format"), "Output format.", QStringLiteral("FORMAT"));
    const QCommandLineOption help(QStringLiteral("help"));
    p.addOption(help);
    p.addOption(format);

    Command c = base;
    const auto finishFormat = [&](const QStringList &allowed) -> bool {
        if (p.isSet(format))
            c.format = p.value(format);
        return allowed.contains(c.format);
    };

    if (word == QLatin1String("profile")) {
        const QCommandLineOption provider = opt(QStringLiteral("provider"), "aliyun or huaweicloud.", QStringLiteral("P"));
        const QCommandLineOption akid = opt(QStringLiteral("access-key-id"), "AccessKey ID.", QStringLiteral("ID"));
        const QCommandLineOption secretStdin = opt(QStringLiteral("secret-stdin"), "Read the secret from standard input.");
        const QCommandLineOption sts = opt(QStringLiteral("sts"), "The secret is followed by an STS token on the next line.");
        const QCommandLineOption regions = opt(QStringLiteral("regions"), "Regions to sweep.", QStringLiteral("LIST"));
        const QCommandLineOption endpoint = opt(QStringLiteral("endpoint"), "Endpoint override.", QStringLiteral("URL"));
        const QCommandLineOption projectId = opt(QStringLiteral("project-id"), "REGION=ID (Huawei).", QStringLiteral("REGION=ID"));
        const QCommandLineOption ecrId = opt(QStringLiteral("ecr-id"), "ECR instance id.", QStringLiteral("ID"));
        const QCommandLineOption erId = opt(QStringLiteral("er-id"), "REGION=ID (Huawei ER).", QStringLiteral("REGION=ID"));
        const QCommandLineOption file = opt(QStringLiteral("file"), "aliyun CLI config file.", QStringLiteral("PATH"));
        const QCommandLineOption name = opt(QStringLiteral("name"), "Profile to import.", QStringLiteral("NAME"));
        p.addOptions({provider, akid, secretStdin, sts, regions, endpoint, projectId, ecrId, erId, file, name});
        if (!p.parse(QStringList{QStringLiteral("flowlog-cli")} + args))
            return invalid(p.errorText());
        const QStringList pos = p.positionalArguments();
        if (sub == QLatin1String("add")) {
            c.kind = Command::Kind::ProfileAdd;
            if (pos.size() != 1)
                return invalid(tr("profile add needs exactly one NAME."));
            c.profileName = pos.first();
            if (!p.isSet(provider) || !providerFromKey(p.value(provider)))
                return invalid(tr("profile add needs --provider aliyun or --provider huaweicloud."));
            c.provider = providerKey(*providerFromKey(p.value(provider)));
            c.accessKeyId = p.value(akid).trimmed();
            if (c.accessKeyId.isEmpty())
                return invalid(tr("profile add needs --access-key-id."));
            c.secretStdin = p.isSet(secretStdin);
            c.sts = p.isSet(sts);
            c.regions = splitList(p.values(regions));
            c.endpoint = p.value(endpoint);
            c.ecrIds = splitList(p.values(ecrId));
            for (const QString &v : p.values(projectId)) {
                QString region, id;
                if (!splitPair(v, region, id))
                    return invalid(tr("--project-id takes REGION=ID, not \"%1\".").arg(v));
                c.projectIds.insert(region, id);
            }
            for (const QString &v : p.values(erId)) {
                QString region, id;
                if (!splitPair(v, region, id))
                    return invalid(tr("--er-id takes REGION=ID, not \"%1\".").arg(v));
                c.erIds[region] << id;
            }
        } else if (sub == QLatin1String("list")) {
            c.kind = Command::Kind::ProfileList;
            if (!finishFormat({QStringLiteral("table"), QStringLiteral("json")}))
                return invalid(tr("--format takes table or json."));
        } else if (sub == QLatin1String("remove")) {
            c.kind = Command::Kind::ProfileRemove;
            if (pos.size() != 1)
                return invalid(tr("profile remove needs exactly one NAME."));
            c.profileName = pos.first();
        } else if (sub == QLatin1String("import")) {
            c.kind = Command::Kind::ProfileImport;
            c.importPath = p.value(file);
            c.importNames = p.values(name);
        } else {
            return invalid(tr("Unknown profile subcommand \"%1\": use add, list, remove or import.").arg(sub));
        }
        return c;
    }

    const QCommandLineOption profile = opt(QStringLiteral("profile"), "Profile name.", QStringLiteral("NAME"));
    const QCommandLineOption service(QStringLiteral("service"), serviceKeyList() + QLatin1Char('.'), QStringLiteral("S"));
    const QCommandLineOption region = opt(QStringLiteral("region"), "Region.", QStringLiteral("R"));
    const QCommandLineOption name = opt(QStringLiteral("name"), "Name.", QStringLiteral("NAME"));
    p.addOptions({profile, service, region, name});

    if (word == QLatin1String("list")) {
        const QCommandLineOption status = opt(QStringLiteral("status"), "Status.", QStringLiteral("S"));
        p.addOption(status);
        if (!p.parse(QStringList{QStringLiteral("flowlog-cli")} + args))
            return invalid(p.errorText());
        if (!p.positionalArguments().isEmpty())
            return invalid(tr("Unexpected argument \"%1\".").arg(p.positionalArguments().first()));
        c.kind = Command::Kind::List;
        c.profiles = splitList(p.values(profile));
        for (const QString &s : splitList(p.values(service))) {
            const auto svc = serviceFromKey(s);
            if (!svc)
                return invalid(tr("Unknown service \"%1\": use %2.").arg(s, serviceKeyList()));
            c.services << *svc;
        }
        c.listRegions = splitList(p.values(region));
        c.nameFilter = p.value(name);
        c.statusFilter = p.value(status);
        if (!finishFormat({QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}))
            return invalid(tr("--format takes table, json or csv."));
        return c;
    }

    if (word == QLatin1String("create")) {
        const QCommandLineOption description = opt(QStringLiteral("description"), "Description.", QStringLiteral("TEXT"));
        const QCommandLineOption tag = opt(QStringLiteral("tag"), "K=V (repeatable).", QStringLiteral("K=V"));
        const QCommandLineOption interval = opt(QStringLiteral("interval"), "Aggregation interval.", QStringLiteral("I"));
        const QCommandLineOption validateOnly = opt(QStringLiteral("validate-only"), "Check the draft, send nothing.");
        const QCommandLineOption resourceType = opt(QStringLiteral("resource-type"), "VPC resource type.", QStringLiteral("T"));
        const QCommandLineOption resourceId = opt(QStringLiteral("resource-id"), "Resource id.", QStringLiteral("ID"));
        const QCommandLineOption trafficType = opt(QStringLiteral("traffic-type"), "All, Allow or Drop.", QStringLiteral("T"));
        const QCommandLineOption trafficPath = opt(QStringLiteral("traffic-path"), "all or internetGateway.", QStringLiteral("P"));
        const QCommandLineOption projectName = opt(QStringLiteral("project-name"), "SLS project.", QStringLiteral("P"));
        const QCommandLineOption logstoreName = opt(QStringLiteral("logstore-name"), "SLS logstore.", QStringLiteral("L"));
        const QCommandLineOption cenId = opt(QStringLiteral("cen-id"), "CEN id.", QStringLiteral("ID"));
        const QCommandLineOption trId = opt(QStringLiteral("transit-router-id"), "Transit router id.", QStringLiteral("ID"));
        const QCommandLineOption trAttachmentId = opt(QStringLiteral("transit-router-attachment-id"), "Attachment id.", QStringLiteral("ID"));
        const QCommandLineOption logFormat = opt(QStringLiteral("log-format"), "Log format string.", QStringLiteral("STR"));
        const QCommandLineOption ecrId = opt(QStringLiteral("ecr-id"), "ECR id.", QStringLiteral("ID"));
        const QCommandLineOption instanceId = opt(QStringLiteral("instance-id"), "VBR id.", QStringLiteral("ID"));
        const QCommandLineOption samplingRate = opt(QStringLiteral("sampling-rate"), "Sampling rate.", QStringLiteral("R"));
        const QCommandLineOption dryRun = opt(QStringLiteral("dry-run"), "Ask the service to check only.");
        const QCommandLineOption erId = opt(QStringLiteral("er-id"), "Enterprise router id.", QStringLiteral("ID"));
        const QCommandLineOption logGroupId = opt(QStringLiteral("log-group-id"), "LTS log group id.", QStringLiteral("ID"));
        const QCommandLineOption logStreamId = opt(QStringLiteral("log-stream-id"), "LTS log stream id.", QStringLiteral("ID"));
        p.addOptions({description, tag, interval, validateOnly, resourceType, resourceId, trafficType, trafficPath,
                      projectName, logstoreName, cenId, trId, trAttachmentId, logFormat, ecrId, instanceId,
                      samplingRate, dryRun, erId, logGroupId, logStreamId});
        if (!p.parse(QStringList{QStringLiteral("flowlog-cli")} + args))
            return invalid(p.errorText());
        if (!p.positionalArguments().isEmpty())
            return invalid(tr("Unexpected argument \"%1\".").arg(p.positionalArguments().first()));
        c.kind = Command::Kind::Create;
        c.createProfile = p.value(profile);
        if (c.createProfile.isEmpty())
            return invalid(tr("create needs --profile NAME."));
        const auto svc = serviceFromKey(p.value(service));
        if (!svc)
            return invalid(tr("create needs --service %1.").arg(serviceKeyList()));
        FlowLogDraft &d = c.draft;
        d.service = *svc;
        d.region = p.value(region);
        d.name = p.value(name);
        d.description = p.value(description);
        for (const QString &t : p.values(tag)) {
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                c.tagErrors << t;
                continue;
            }
            d.tags.append({t.left(eq), t.mid(eq + 1)});
        }
        c.intervalText = p.value(interval);
        if (!c.intervalText.isEmpty())
            d.intervalSeconds = parseIntervalSeconds(c.intervalText);
        d.resourceType = p.value(resourceType);
        d.resourceId = p.value(resourceId);
        d.trafficType = p.value(trafficType);
        d.trafficPaths = splitList(p.values(trafficPath));
        d.projectName = p.value(projectName);
        d.logStoreName = p.value(logstoreName);
        d.cenId = p.value(cenId);
        d.transitRouterId = p.value(trId);
        d.transitRouterAttachmentId = p.value(trAttachmentId);
        d.logFormat = p.value(logFormat);
        d.ecrId = p.value(ecrId);
        d.instanceId = p.value(instanceId);
        d.samplingRate = p.value(samplingRate);
        d.dryRun = p.isSet(dryRun);
        d.erId = p.value(erId);
        d.logGroupId = p.value(logGroupId);
        d.logStreamId = p.value(logStreamId);
        c.validateOnly = p.isSet(validateOnly);
        if (!finishFormat({QStringLiteral("table"), QStringLiteral("json")}))
            return invalid(tr("--format takes table or json."));
        return c;
    }

    return invalid(tr("Unknown command \"%1\" (see flowlog-cli --help).").arg(word));
}

} // namespace flowlog::cli
