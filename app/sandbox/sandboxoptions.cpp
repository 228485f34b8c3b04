#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <type_traits>
#include <variant>

namespace flowlog::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct FaultName
{
    FaultKind kind;
    QLatin1StringView name;
};
// In the order the pipeline checks them.
constexpr FaultName faultNames[] = {{FaultKind::Throttle, "throttle"_L1},
                                    {FaultKind::Error5xx, "error5xx"_L1},
                                    {FaultKind::Reset, "reset"_L1},
                                    {FaultKind::ResetAfterCommit, "reset-after-commit"_L1},
                                    {FaultKind::Truncate, "truncate"_L1},
                                    {FaultKind::Html, "html"_L1},
                                    {FaultKind::TypeDrift, "type-drift"_L1},
                                    {FaultKind::TokenLoop, "token-loop"_L1},
                                    {FaultKind::Slow, "slow"_L1}};

} // namespace

QString faultName(FaultKind kind)
{
    for (const FaultName &f : faultNames) {
        if (f.kind == kind)
            return f.name;
    }
    return {};
}

std::optional<FaultKind> faultFromName(QStringView name)
{
    for (const FaultName &f : faultNames) {
        if (f.name == name)
            return f.kind;
    }
    return std::nullopt;
}

bool isDenied(const Options &options, QStringView kind, QStringView what)
{
    for (const QString &d : options.denials) {
        if (what.isEmpty()
                ? d == kind
                : d.size() == kind.size() + 1 + what.size() && d.startsWith(kind) &&
                      d.at(kind.size()) == QLatin1Char(':') && QStringView(d).sliced(kind.size() + 1) == what)
            return true;
    }
    return false;
}

const QStringList &faultKinds()
{
    static const QStringList names = [] {
        QStringList out;
        for (const FaultName &f : faultNames)
            out << f.name;
        return out;
    }();
    return names;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowlog::sandbox::Options", text);
}

// Whole-string integer in [min, max] into out (a type that holds that range); a message naming the flag otherwise.
template<typename T>
bool readInt(const QString &text, qint64 min, qint64 max, const QString &flag, T *out, QString *error)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error =
            tr("invalid value for --%1: \"%2\" (expected an integer from %3 to %4)").arg(flag, text).arg(min).arg(max);
        return false;
    }
    *out = static_cast<T>(v);
    return true;
}

bool readProbability(const QString &text, const QString &what, double *out, QString *error)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !(v >= 0.0 && v <= 1.0)) {
        *error = tr("invalid probability for %1: \"%2\" (expected a number from 0 to 1)").arg(what, text);
        return false;
    }
    *out = v;
    return true;
}

// The repeatable --fault KIND[:P] values into options.faults.
bool readFaults(const QStringList &values, Options &o, QString *err)
{
    for (const QString &f : values) {
        Fault item;
        const qsizetype colon = f.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? f : f.left(colon);
        const std::optional<FaultKind> kind = faultFromName(name);
        if (!kind) {
            *err = tr("unknown fault kind \"%1\" (known: %2)").arg(name, faultKinds().join(QStringLiteral(", ")));
            return false;
        }
        item.kind = *kind;
        if (colon >= 0 &&
            !readProbability(f.mid(colon + 1), QStringLiteral("--fault %1").arg(name), &item.probability, err))
            return false;
        o.faults.append(item);
    }
    return true;
}

// The repeatable --deny WHAT values into options.denials.
bool readDenials(const QStringList &values, Options &o, QString *err)
{
    for (const QString &d : values) {
        const QString kind = d.section(QLatin1Char(':'), 0, 0);
        const bool takesValue = kind == QLatin1String("role") || kind == QLatin1String("flowlogs");
        if (!(d == QLatin1String("list-accounts") || d == QLatin1String("regions") ||
              (takesValue && !d.section(QLatin1Char(':'), 1).isEmpty()))) {
            *err = tr("invalid value for --deny: \"%1\" (expected list-accounts, regions, role:MEMBER or "
                      "flowlogs:REGION)")
                       .arg(d);
            return false;
        }
        o.denials.append(d);
    }
    return true;
}

// What an option fills in Options: a switch (bool), a whole number from 0 to its row's max, a probability from 0 to
// 1 (double), or one of the repeatable lists with rules of their own.
struct FaultList
{
};
struct DenialList
{
};
using Target = std::variant<bool Options::*, quint16 Options::*, quint32 Options::*, int Options::*, double Options::*,
                            FaultList, DenialList>;

// One option: declared, defaulted (a number's default is Options' own, so it is written once) and read from its row.
struct OptionRow
{
    QLatin1StringView name;
    QLatin1StringView valueName; // empty for a switch
    const char *help;
    Target target;
    qint64 max = 0; // a whole number's largest value
};

constexpr QLatin1StringView isSwitch; // a switch takes no value

// Every option after --help and --version, in the order --help lists them and their values are checked (the first
// bad value is the one reported).
const OptionRow optionRows[] = {
    {"port"_L1, "N"_L1, "TCP port on 127.0.0.1 (0 = a free port).", &Options::port, 65535},
    {"seed"_L1, "N"_L1, "Seed of the sample data and of the fault dice.", &Options::seed, 4294967295LL},
    {"accounts"_L1, "N"_L1, "Number of sample accounts.", &Options::accounts, 10000},
    {"flowlogs"_L1, "N"_L1, "Flow logs per source.", &Options::flowLogs, 100000},
    {"latency-ms"_L1, "N"_L1, "Delay before every API answer.", &Options::latencyMs, 600000},
    {"transition-ms"_L1, "N"_L1, "How long a flow log's state change (activate, deactivate, modify, delete) takes.",
     &Options::transitionMs, 600000},
    {"throttle-rate"_L1, "P"_L1, "Fraction of API requests answered with throttling.", &Options::throttleRate},
    {"account-limit"_L1, "N"_L1,
     "Answer an API request with throttling when its account already has N requests being served (0 = no limit).",
     &Options::accountLimit, 100000},
    {"error-rate"_L1, "P"_L1, "Fraction of API requests answered with a 5xx error.", &Options::errorRate},
    {"fault"_L1, "KIND[:P]"_L1,
     "Inject a fault into a fraction P (default 1) of API requests: KIND[:P], repeatable. Kinds: %1.", FaultList{}},
    {"org-members"_L1, "N"_L1,
     "Make the first Alibaba and the first Huawei account organisation management accounts with N member accounts "
     "each.",
     &Options::orgMembers, 1000},
    {"regions-spread"_L1, isSwitch,
     "Spread flow logs over every known region and add ECR and ER instances that no printed profile names.",
     &Options::regionsSpread},
    {"sts-max-duration-s"_L1, "N"_L1,
     "Cap the lifetime of credentials AssumeRole and the agency call grant (0 = no cap).", &Options::stsMaxDurationS,
     86400},
    {"deny"_L1, "WHAT"_L1, "Deny a permission, repeatable: list-accounts, regions, role:MEMBER, flowlogs:REGION.",
     DenialList{}},
    {"print-profiles"_L1, isSwitch, "Print the sample accounts as JSON lines after the base URL.",
     &Options::printProfiles},
    {"print-key-only"_L1, isSwitch,
     "With --print-profiles: print each account's name, provider, keys and account id only, without regions, "
     "instance ids or project ids, so clients discover them from the key.",
     &Options::printKeyOnly},
    {"watch-stdin"_L1, isSwitch, "Exit when standard input is closed (used by programs that start the sandbox).",
     &Options::watchStdin},
};

QCommandLineOption declared(const OptionRow &row)
{
    QCommandLineOption option(row.name, tr(row.help));
    option.setValueName(row.valueName);
    std::visit(
        [&option](auto target) {
            using T = decltype(target);
            if constexpr (std::is_same_v<T, FaultList>)
                option.setDescription(option.description().arg(faultKinds().join(QStringLiteral(", "))));
            else if constexpr (!std::is_same_v<T, DenialList> && !std::is_same_v<T, bool Options::*>)
                option.setDefaultValue(QString::number(Options{}.*target));
        },
        row.target);
    return option;
}

// Reads row's value from parser into o; false with a message in err when it is not valid.
bool read(const OptionRow &row, const QCommandLineParser &parser, Options &o, QString *err)
{
    return std::visit(
        [&](auto target) {
            using T = decltype(target);
            if constexpr (std::is_same_v<T, FaultList>)
                return readFaults(parser.values(row.name), o, err);
            else if constexpr (std::is_same_v<T, DenialList>)
                return readDenials(parser.values(row.name), o, err);
            else if constexpr (std::is_same_v<T, bool Options::*>) {
                o.*target = parser.isSet(row.name);
                return true;
            } else if constexpr (std::is_same_v<T, double Options::*>)
                return readProbability(parser.value(row.name), u"--"_s + row.name, &(o.*target), err);
            else
                return readInt(parser.value(row.name), 0, row.max, row.name, &(o.*target), err);
        },
        row.target);
}

} // namespace

ParsedOptions parseOptions(const QStringList &arguments)
{
    ParsedOptions result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local cloud that speaks the Alibaba Cloud (VPC, CEN, ECR) and Huawei Cloud (ER) flow log APIs."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    QList<QCommandLineOption> options{help, version};
    for (const OptionRow &row : optionRows)
        options.append(declared(row));
    parser.addOptions(options);

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.version = true;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    for (const OptionRow &row : optionRows) {
        if (!read(row, parser, result.options, &result.error))
            return result;
    }
    return result;
}

} // namespace flowlog::sandbox
