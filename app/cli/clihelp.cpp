#include "clihelp.h"

#include "cliformat.h"
#include "flowlogdraft.h"
#include "validation.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace flowlog::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowlog-cli", text);
}

constexpr QLatin1StringView noField;

OptionSpec opt(const char *name, const char *valueName, const char *help, QLatin1StringView field = noField,
               bool repeatable = false)
{
    return {QLatin1StringView(name), QLatin1StringView(valueName), help, field, repeatable};
}

OptionSpec flag(const char *name, const char *help)
{
    return {QLatin1StringView(name), {}, help, noField, false};
}

const QList<OptionSpec> &listOptions()
{
    static const QList<OptionSpec> options = {
        opt("profile", "NAME", "Only this profile (repeatable, or a comma-separated list).", noField, true),
        opt("service", "SERVICE", "Only this service (repeatable, or comma-separated).", noField, true),
        opt("region", "REGION", "Only this region (repeatable, or comma-separated).", noField, true),
        opt("name", "TEXT", "Only flow logs whose name contains TEXT (case-insensitive)."),
        opt("status", "STATUS",
            "Only flow logs in this status (e.g. Active, Inactive, Activating, failed; ER shows Active or Inactive "
            "when available)."),
        opt("format", "FORMAT", "table (default), csv, ndjson or json; see Output below."),
        opt("deadline", "SECONDS",
            "Stop waiting for sources after this long and report them as failed (default "
            "300; 0 waits for ever)."),
    };
    return options;
}

const QList<OptionSpec> &coverageOptions()
{
    static const QList<OptionSpec> options = {
        opt("profile", "NAME", "Only this profile (repeatable, or a comma-separated list).", noField, true),
        opt("service", "SERVICE", "Only this service (repeatable, or comma-separated).", noField, true),
        opt("region", "REGION", "Only this region (repeatable, or comma-separated).", noField, true),
        flag("uncovered-only", "Only the resources no flow log watches."),
        flag("orphans", "One record per flow log whose resource no longer exists, instead."),
        opt("format", "FORMAT", "table (default), csv, ndjson or json; see Output below."),
        flag("enable", "Create a flow log for every uncovered resource in scope (needs --template)."),
        opt("template", "FILE", "With --enable: the JSON template of the flow logs to create."),
        flag("dry-run", "With --enable: check every draft and print it; send nothing."),
        flag("yes", "With --enable: create without asking (nothing is created without it)."),
    };
    return options;
}

const QList<OptionSpec> &discoverOptions()
{
    static const QList<OptionSpec> options = {
        opt("profile", "NAME", "Only this profile (repeatable, or a comma-separated list).", noField, true),
        opt("format", "FORMAT", "table (default) or json; see Output below."),
    };
    return options;
}

// activate, deactivate, modify, delete: the ids and how to find them; modify adds the attributes, delete --yes.
QList<OptionSpec> lifecycleOptions(Verb verb)
{
    QList<OptionSpec> options = {
        opt("id", "ID", "A flow log to change (repeatable).", noField, true),
        opt("from", "FILE",
            "Read flow-log ids from FILE (- for standard input): list --format json or ndjson output, or one id a "
            "line."),
        opt("profile", "NAME", "Look for the ids only in this profile (repeatable, or comma-separated).", noField,
            true),
        flag("no-wait", "Return once each call is accepted, without waiting for the flow log to settle."),
        flag("dry-run", "Print what would be done; send nothing."),
        opt("format", "FORMAT", "table (default) or json."),
    };
    if (verb == Verb::Modify) {
        options.append(opt("name", "NAME", "The new name.", fields::Name));
        options.append(opt("description", "TEXT", "The new description.", fields::Description));
        options.append(
            opt("interval", "INTERVAL", "The new aggregation interval: 60, 60s, 1m, 10m, ...", fields::Interval));
    }
    if (verb == Verb::Delete)
        options.append(flag("yes", "Confirm the deletion (required: nothing is deleted without it)."));
    return options;
}

// Each lifecycle verb's table, built once.
const QList<OptionSpec> &lifecycleOptionsOf(Verb verb)
{
    static const std::map<Verb, QList<OptionSpec>> tables = {
        {Verb::Activate, lifecycleOptions(Verb::Activate)},
        {Verb::Deactivate, lifecycleOptions(Verb::Deactivate)},
        {Verb::Modify, lifecycleOptions(Verb::Modify)},
        {Verb::Delete, lifecycleOptions(Verb::Delete)},
    };
    return tables.at(verb);
}

const QList<OptionSpec> &createOptions()
{
    static const QList<OptionSpec> options = {
        opt("profile", "NAME", "The profile (account) to create in (required)."),
        opt("service", "SERVICE", "The service (required)."),
        opt("region", "REGION", "Region (default: the profile's first region).", fields::Region),
        opt("name", "NAME", "Name of the flow log.", fields::Name),
        opt("description", "TEXT", "Description.", fields::Description),
        opt("tag", "KEY=VALUE", "A tag (repeatable, up to 20).", fields::Tags, true),
        opt("interval", "INTERVAL", "Aggregation interval: 60, 60s, 1m, 10m, ...", fields::Interval),
        opt("resource-type", "TYPE", "NetworkInterface, VSwitch or VPC.", fields::ResourceType),
        opt("resource-id", "ID", "The resource to log (VPC: that resource; ER: the attachment id).",
            fields::ResourceId),
        opt("traffic-type", "TYPE", "All, Allow or Drop.", fields::TrafficType),
        opt("traffic-path", "PATH", "all or internetGateway (repeatable).", fields::TrafficPath, true),
        opt("project-name", "PROJECT", "SLS project that receives the logs.", fields::ProjectName),
        opt("logstore-name", "LOGSTORE", "SLS logstore that receives the logs.", fields::LogStoreName),
        opt("cen-id", "ID", "CEN instance id.", fields::CenId),
        opt("transit-router-id", "ID", "Transit router id (log only this router).", fields::TransitRouterId),
        opt("transit-router-attachment-id", "ID", "Transit router attachment id (log only this attachment).",
            fields::TransitRouterAttachmentId),
        opt("log-format", "FORMAT", "Log format string, starting with ${srcaddr}${dstaddr}${bytes}.",
            fields::LogFormat),
        opt("ecr-id", "ID", "ECR instance id (default: the profile's, when it has one).", fields::EcrId),
        opt("instance-id", "VBR_ID", "The VBR to log.", fields::InstanceId),
        opt("sampling-rate", "RATE", "1:4096, 1:2048 or 1:1024.", fields::SamplingRate),
        flag("dry-run", "Ask the service to check the request without creating anything (ECR)."),
        opt("er-id", "ID", "Enterprise router id (default: the profile's ER in the region).", fields::ErId),
        opt("log-group-id", "ID", "LTS log group id.", fields::LogGroupId),
        opt("log-stream-id", "ID", "LTS log stream id.", fields::LogStreamId),
        flag("validate-only", "Check the draft against the provider's rules and send nothing."),
        opt("client-token", "TOKEN",
            "Send the create with this client token (the one an unknown-outcome message "
            "printed), so the service cannot create it twice."),
        opt("format", "FORMAT", "table (default: the new flow log's id) or json."),
    };
    return options;
}

const QList<OptionSpec> &profileAddOptions()
{
    static const QList<OptionSpec> options = {
        opt("provider", "PROVIDER", "aliyun or huaweicloud (required)."),
        opt("access-key-id", "ID", "The AccessKey ID (required)."),
        flag("secret-stdin", "Read the secret from standard input (a pipe or file), never from the command line."),
        flag("sts", "An STS token follows the secret on the next line of standard input."),
        opt("regions", "R1,R2", "Regions to sweep (default: the provider's usual regions)."),
        opt("endpoint", "URL", "Endpoint override: https, or plain http to this computer only."),
        opt("project-id", "REGION=ID", "Huawei project id of a region (repeatable).", noField, true),
        opt("ecr-id", "ID", "Alibaba ECR instance id to sweep (repeatable).", noField, true),
        opt("er-id", "REGION=ID", "Huawei enterprise router of a region (repeatable).", noField, true),
        opt("role-arn", "ARN", "Alibaba: assume this RAM role (acs:ram::<account id>:role/<name>) with the key."),
        opt("session-name", "NAME", "Alibaba: the role session name (default flowlog-console); needs --role-arn."),
        opt("external-id", "ID", "Alibaba: the role's external ID; needs --role-arn."),
        opt("duration-seconds", "N",
            "Alibaba: lifetime of the role's temporary credentials, 900-43200 (default 3600); needs --role-arn."),
        opt("agency", "NAME", "Huawei: assume this agency with the key; needs --domain-id."),
        opt("domain-id", "ID", "Huawei: the account (domain) id that owns the agency."),
        flag("organization", "The key is an organisation's management account: every member is swept too."),
        opt("member-role", "NAME",
            "Alibaba: the role assumed in each member (default ResourceDirectoryAccountAccessRole); needs "
            "--organization."),
        opt("member-agency", "NAME",
            "Huawei: the agency assumed in each member (default flowlog-audit); needs --organization."),
    };
    return options;
}

const QList<OptionSpec> &profileListOptions()
{
    static const QList<OptionSpec> options = {
        opt("format", "FORMAT", "table (default) or json."),
    };
    return options;
}

const QList<OptionSpec> &profileImportOptions()
{
    static const QList<OptionSpec> options = {
        opt("file", "PATH", "The aliyun CLI config (default: ~/.aliyun/config.json)."),
        opt("name", "PROFILE",
            "Import only this profile of the file (repeatable; default: every AK, StsToken, "
            "RamRoleArn and ChainableRamRoleArn profile).",
            noField, true),
        flag("remove-secrets", "After importing, rewrite the file (atomically, 0600) without the imported "
                               "profiles' secrets; everything else stays."),
    };
    return options;
}

QString optionLines(const QList<OptionSpec> &options)
{
    QStringList left;
    for (const OptionSpec &o : options)
        left << QStringLiteral("--") + o.name + (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
    int width = 0;
    for (const QString &l : std::as_const(left))
        width = std::max(width, displayWidth(l));
    QString out;
    for (qsizetype i = 0; i < options.size(); ++i)
        out += QStringLiteral("  ") + left.at(i).leftJustified(width + 2) + tr(options.at(i).help) + QLatin1Char('\n');
    return out;
}

QString createServiceSections()
{
    QString out;
    for (Service s : allServices) {
        FlowLogDraft empty;
        empty.service = s;
        QStringList required;
        for (const Violation &v : validateDraft(empty)) {
            if (v.rule.endsWith(QLatin1String(".required")))
                required << v.field;
        }
        QStringList parts;
        for (const OptionSpec &o : createOptions()) {
            if (o.field.isEmpty() || !createFieldApplies(s, o.field))
                continue;
            QString part = QStringLiteral("--") + o.name;
            if (!required.contains(QString(o.field)))
                part = QLatin1Char('[') + part + QLatin1Char(']');
            parts << part;
        }
        out += QStringLiteral("  %1 (%2, %3):\n")
                   .arg(serviceKey(s), serviceDisplayName(s), providerDisplayName(providerOf(s)));
        // Wrapped at 100 columns, indented under the service.
        QString line = QStringLiteral("     ");
        for (const QString &part : std::as_const(parts)) {
            if (line.size() + 1 + part.size() > 100) {
                out += line + QLatin1Char('\n');
                line = QStringLiteral("     ");
            }
            line += QLatin1Char(' ') + part;
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString verbName(Verb verb)
{
    switch (verb) {
    case Verb::Activate:
        return QStringLiteral("activate");
    case Verb::Deactivate:
        return QStringLiteral("deactivate");
    case Verb::Modify:
        return QStringLiteral("modify");
    case Verb::Delete:
        return QStringLiteral("delete --yes");
    case Verb::List:
    case Verb::Discover:
    case Verb::Coverage:
    case Verb::Create:
    case Verb::ProfileAdd:
    case Verb::ProfileList:
    case Verb::ProfileRemove:
    case Verb::ProfileImport:
        break;
    }
    return {};
}

} // namespace

const QList<OptionSpec> &optionsOf(Verb verb)
{
    static const QList<OptionSpec> none;
    switch (verb) {
    case Verb::List:
        return listOptions();
    case Verb::Discover:
        return discoverOptions();
    case Verb::Coverage:
        return coverageOptions();
    case Verb::Create:
        return createOptions();
    case Verb::Activate:
    case Verb::Deactivate:
    case Verb::Modify:
    case Verb::Delete:
        return lifecycleOptionsOf(verb);
    case Verb::ProfileAdd:
        return profileAddOptions();
    case Verb::ProfileList:
        return profileListOptions();
    case Verb::ProfileRemove:
        return none;
    case Verb::ProfileImport:
        return profileImportOptions();
    }
    return none;
}

QString serviceChoices(QLatin1StringView separator)
{
    QStringList keys;
    for (Service s : allServices)
        keys << serviceKey(s);
    return keys.join(separator);
}

QString usage()
{
    return tr("Usage: flowlog-cli [--sandbox [--sandbox-arg ARG ...]] COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  list            List the flow logs of every enabled profile, service and region.\n"
              "  discover        Print the accounts, regions and instances a list would cover.\n"
              "  coverage        Which networks no flow log watches, which flow logs watch nothing; --enable "
              "fixes it.\n"
              "  create          Create a flow log (or only check a draft with --validate-only).\n"
              "  activate        Activate flow logs by id, across accounts and services.\n"
              "  deactivate      Deactivate flow logs by id.\n"
              "  modify          Change the name, description or interval of flow logs.\n"
              "  delete          Delete flow logs (needs --yes).\n"
              "  profile add     Add a profile; its secret goes to the system keychain only.\n"
              "  profile list    List the profiles (never a secret).\n"
              "  profile remove  Remove a profile and its secret.\n"
              "  profile import  Import the AK, StsToken and RAM role profiles of the aliyun CLI.\n"
              "  help COMMAND    Print a command's options (the same as COMMAND --help).\n"
              "\n"
              "Global options (before the command):\n"
              "  --sandbox          Use a private flowlog-sandbox and its sample accounts, not your profiles.\n"
              "  --sandbox-arg ARG  Pass ARG to flowlog-sandbox (repeatable), e.g. --sandbox-arg=--latency-ms=40.\n"
              "  --version          Print the version.\n"
              "  --help             Print this help.\n"
              "\n"
              "Services: %1.\n"
              "Exit codes: 0 ok, 2 usage or validation error, 3 provider or network error.\n")
        .arg(serviceChoices(QLatin1StringView(", ")));
}

QString commandHelp(Verb verb)
{
    const QString options = optionLines(optionsOf(verb));
    switch (verb) {
    case Verb::List:
        return tr("Usage: flowlog-cli [--sandbox] list [OPTIONS]\n"
                  "\n"
                  "Lists the flow logs of every enabled profile x service x region (x instance), all sources in "
                  "parallel.\n"
                  "\n"
                  "Options:\n%1\n"
                  "Services: %2.\n"
                  "\n"
                  "Output (stdout), printed as each source finishes, so a slow or stuck source never holds back "
                  "the others:\n"
                  "  table   a header, then the rows of each source as it finishes (sorted within the source). "
                  "ACCOUNT,\n"
                  "          SERVICE and REGION fit every planned source, ID and RESOURCE the providers' id "
                  "format; a longer\n"
                  "          value pushes the rest of its line right (nothing is cut). For scripts use csv or "
                  "ndjson.\n"
                  "  csv     a header row, then rows as sources finish (RFC 4180, CRLF; cells that a spreadsheet "
                  "would run\n"
                  "          as a formula start with ').\n"
                  "  ndjson  one JSON object a line (the same objects as json), as sources finish.\n"
                  "  json    one array at the end, sorted; waits for every source, at most --deadline.\n"
                  "A failed source is one line on stderr: \"account / service / region: message (code, request "
                  "id)\".\n"
                  "Exit codes: 0 every source listed, 2 usage error, 3 a source failed (the others' rows are "
                  "printed).\n")
            .arg(options, serviceChoices(QLatin1StringView(", ")));
    case Verb::Discover:
        return tr("Usage: flowlog-cli [--sandbox] discover [OPTIONS]\n"
                  "\n"
                  "Finds what a list would cover, without listing a flow log: every account of every enabled "
                  "profile\n"
                  "(an organisation's members too), its regions (Alibaba VPC DescribeRegions, Huawei IAM projects) "
                  "and its\n"
                  "instances (ECR instances, ER instances per region). Typed regions and ids restrict what is "
                  "found.\n"
                  "\n"
                  "Options:\n%1\n"
                  "Output (stdout):\n"
                  "  table   one line per account: ACCOUNT, ACCOUNT ID, CLOUD, REGIONS, INSTANCES.\n"
                  "  json    {\"accounts\": [{\"profile\", \"account\", \"accountId\", \"organization\", "
                  "\"provider\", \"regions\",\n"
                  "          \"projectIds\", \"ecrIds\", \"routers\", \"failures\", \"notFound\"}], "
                  "\"failures\": N}.\n"
                  "A failed discovery step is one line on stderr: \"account: what failed: message (code, request "
                  "id) what is\n"
                  "covered instead\"; a typed region or id that does not exist is one \"warning:\" line.\n"
                  "Exit codes: 0 nothing failed, 2 usage error, 3 a discovery step failed.\n")
            .arg(options);
    case Verb::Coverage:
        return tr("Usage: flowlog-cli [--sandbox] coverage [OPTIONS]\n"
                  "       flowlog-cli [--sandbox] coverage --enable --template FILE [--dry-run] [--yes] [OPTIONS]\n"
                  "\n"
                  "Lists the networks of every account in scope (VPCs, transit-router VPC and VBR attachments, ECR "
                  "VBRs,\n"
                  "ER attachments) with the flow logs that watch them (rules: docs/coverage.md). --enable creates "
                  "one flow\n"
                  "log per uncovered resource from the template (JSON: {\"tags\", \"vpc\": {\"projectName\", "
                  "\"logStoreName\",\n"
                  "\"trafficType\", \"interval\"}, \"cen\", \"ecr\", \"er\": {\"logGroupId\", \"logStreamId\"}}; "
                  "values may use ${account},\n"
                  "${accountId}, ${region}, ${service}, ${resource}); every draft is checked before anything is "
                  "sent.\n"
                  "\n"
                  "Options:\n%1\n"
                  "Output (stdout), one record per resource (account, accountId, provider, service, region, "
                  "resourceType,\n"
                  "resourceId, name, state covered|partial|uncovered, flowLogIds); with --orphans one per orphaned "
                  "flow log:\n"
                  "  table, csv, ndjson  the records; json  {\"records\" (or \"orphans\"), \"summary\": "
                  "{\"resources\", \"covered\",\n"
                  "  \"partial\", \"uncovered\", \"orphans\"}, \"failures\": N}.\n"
                  "Exit codes: 0 nothing in scope uncovered, 4 something is, 3 provider error (the records that "
                  "arrived are\n"
                  "printed), 2 usage error.\n")
            .arg(options);
    case Verb::Create:
        return tr("Usage: flowlog-cli [--sandbox] create --profile NAME --service SERVICE [OPTIONS]\n"
                  "\n"
                  "Checks the draft against the provider's rules (one stderr line per broken rule: \"field: message "
                  "(code)\"),\n"
                  "then sends it with a client token. When the outcome is unknown (the answer was lost), the "
                  "token is kept\n"
                  "and the same command reuses it until the outcome is known, so a rerun never creates a second "
                  "flow log.\n"
                  "\n"
                  "Options:\n%1\n"
                  "Options of each service ([optional]):\n%2\n"
                  "Exit codes: 0 created (or valid), 2 usage or validation error, 3 provider or network error.\n")
            .arg(options, createServiceSections());
    case Verb::Activate:
    case Verb::Deactivate:
    case Verb::Modify:
    case Verb::Delete:
        return tr("Usage: flowlog-cli [--sandbox] %1 --id ID ... [--from FILE|-] [OPTIONS]\n"
                  "\n"
                  "Finds each id's account, service, region and instance with one listing of the scoped profiles "
                  "(every\n"
                  "service and region of each: --profile makes it cheaper), checks the change against the rules "
                  "of each\n"
                  "service, then changes every flow log at once and follows each until it settles (Active, "
                  "Inactive, gone,\n"
                  "or failed with the provider's reason). A call refused while a flow log changes state waits for it "
                  "and\n"
                  "tries again. CEN and ECR calls carry a client token; VPC and ER have none, so after a lost answer "
                  "the\n"
                  "flow log is read before anything is sent again.\n"
                  "\n"
                  "Options:\n%2\n"
                  "Output: one line per id, \"ID  ACCOUNT  SERVICE  REGION  OUTCOME  DETAIL\" (done, failed with "
                  "the\n"
                  "provider's code, message and request id, or skipped with why); --format json gives one array.\n"
                  "Exit codes: 0 every flow log changed, 2 usage or validation error (nothing sent), 3 some failed.\n")
            .arg(verbName(verb), options);
    case Verb::ProfileAdd:
        return tr("Usage: flowlog-cli profile add NAME --provider PROVIDER --access-key-id ID [OPTIONS]\n"
                  "\n"
                  "Adds a profile. The secret (and with --sts the STS token on the next line) is read from "
                  "standard input,\n"
                  "or prompted for without echo on a terminal, and stored only in the system keychain.\n"
                  "Regions and instance ids are optional restrictions. With --role-arn (Alibaba) or --agency "
                  "(Huawei) the key\n"
                  "only signs the call that assumes the role or agency: the profile lists that account, with "
                  "temporary\n"
                  "credentials kept in memory only. With --organization it is a management account whose members "
                  "are\n"
                  "reached by assuming --member-role / --member-agency in each.\n"
                  "\n"
                  "Options:\n%1")
            .arg(options);
    case Verb::ProfileList:
        return tr("Usage: flowlog-cli profile list [OPTIONS]\n"
                  "\n"
                  "Lists the profiles, never a secret. Entries of the settings file that cannot be used are listed "
                  "as broken,\nwith the reason.\n"
                  "\n"
                  "Options:\n%1")
            .arg(options);
    case Verb::ProfileRemove:
        return tr("Usage: flowlog-cli profile remove NAME\n"
                  "\n"
                  "Removes the profile and its secret from the keychain (a broken entry too).\n"
                  "\n"
                  "Options: none.\n");
    case Verb::ProfileImport:
        return tr("Usage: flowlog-cli profile import [OPTIONS]\n"
                  "\n"
                  "Imports the AK, StsToken, RamRoleArn and ChainableRamRoleArn profiles of the aliyun CLI config; "
                  "their secrets go\n"
                  "to the system keychain. A ChainableRamRoleArn profile takes the key of its source_profile.\n"
                  "The file itself keeps its plaintext secrets unless you pass --remove-secrets.\n"
                  "\n"
                  "Options:\n%1")
            .arg(options);
    }
    return {};
}

} // namespace flowlog::cli
