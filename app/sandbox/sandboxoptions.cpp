#include "sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

} // namespace

ParsedOptions parseOptions(const QStringList &arguments)
{
    ParsedOptions result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local cloud that speaks the Alibaba Cloud (VPC, CEN, ECR) and Huawei Cloud (ER) flow log APIs."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port on 127.0.0.1 (0 = a free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the sample data and of the fault dice."),
                                  QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption accounts(QStringLiteral("accounts"), tr("Number of sample accounts."), QStringLiteral("N"),
                                      QStringLiteral("3"));
    const QCommandLineOption flowlogs(QStringLiteral("flowlogs"), tr("Flow logs per source."), QStringLiteral("N"),
                                      QStringLiteral("25"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), tr("Delay before every API answer."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption transition(QStringLiteral("transition-ms"),
                                        tr("How long a flow log's state change (activate, deactivate, modify, "
                                           "delete) takes."),
                                        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption throttle(QStringLiteral("throttle-rate"),
                                      tr("Fraction of API requests answered with throttling."), QStringLiteral("P"),
                                      QStringLiteral("0"));
    const QCommandLineOption accountLimit(QStringLiteral("account-limit"),
                                          tr("Answer an API request with throttling when its account already has N "
                                             "requests being served (0 = no limit)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption errors(QStringLiteral("error-rate"),
                                    tr("Fraction of API requests answered with a 5xx error."), QStringLiteral("P"),
                                    QStringLiteral("0"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Inject a fault into a fraction P (default 1) of API requests: KIND[:P], "
                                      "repeatable. Kinds: %1.")
                                       .arg(faultKinds().join(QStringLiteral(", "))),
                                   QStringLiteral("KIND[:P]"));
    const QCommandLineOption printProfiles(QStringLiteral("print-profiles"),
                                           tr("Print the sample accounts as JSON lines after the base URL."));
    const QCommandLineOption orgMembers(QStringLiteral("org-members"),
                                        tr("Make the first Alibaba and the first Huawei account organisation "
                                           "management accounts with N member accounts each."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption regionsSpread(QStringLiteral("regions-spread"),
                                           tr("Spread flow logs over every known region and add ECR and ER "
                                              "instances that no printed profile names."));
    const QCommandLineOption stsMaxDuration(QStringLiteral("sts-max-duration-s"),
                                            tr("Cap the lifetime of credentials AssumeRole and the agency call grant "
                                               "(0 = no cap)."),
                                            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption deny(QStringLiteral("deny"),
                                  tr("Deny a permission, repeatable: list-accounts, regions, role:MEMBER, "
                                     "flowlogs:REGION."),
                                  QStringLiteral("WHAT"));
    const QCommandLineOption watchStdin(
        QStringLiteral("watch-stdin"),
        tr("Exit when standard input is closed (used by programs that start the sandbox)."));
    parser.addOptions({help, version, port, seed, accounts, flowlogs, latency, transition, throttle, accountLimit,
                       errors, fault, orgMembers, regionsSpread, stsMaxDuration, deny, printProfiles, watchStdin});

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

    Options &o = result.options;
    QString &err = result.error;
    // In the order they were checked before: the first bad value is the one reported.
    if (!readInt(parser.value(port), 0, 65535, QStringLiteral("port"), &o.port, &err) ||
        !readInt(parser.value(seed), 0, 4294967295LL, QStringLiteral("seed"), &o.seed, &err) ||
        !readInt(parser.value(accounts), 0, 10000, QStringLiteral("accounts"), &o.accounts, &err) ||
        !readInt(parser.value(flowlogs), 0, 100000, QStringLiteral("flowlogs"), &o.flowLogs, &err) ||
        !readInt(parser.value(latency), 0, 600000, QStringLiteral("latency-ms"), &o.latencyMs, &err) ||
        !readInt(parser.value(transition), 0, 600000, QStringLiteral("transition-ms"), &o.transitionMs, &err) ||
        !readProbability(parser.value(throttle), QStringLiteral("--throttle-rate"), &o.throttleRate, &err) ||
        !readInt(parser.value(accountLimit), 0, 100000, QStringLiteral("account-limit"), &o.accountLimit, &err) ||
        !readProbability(parser.value(errors), QStringLiteral("--error-rate"), &o.errorRate, &err))
        return result;
    for (const QString &f : parser.values(fault)) {
        Fault item;
        const qsizetype colon = f.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? f : f.left(colon);
        const std::optional<FaultKind> kind = faultFromName(name);
        if (!kind) {
            err = tr("unknown fault kind \"%1\" (known: %2)").arg(name, faultKinds().join(QStringLiteral(", ")));
            return result;
        }
        item.kind = *kind;
        if (colon >= 0 &&
            !readProbability(f.mid(colon + 1), QStringLiteral("--fault %1").arg(name), &item.probability, &err))
            return result;
        o.faults.append(item);
    }
    o.regionsSpread = parser.isSet(regionsSpread);
    if (!readInt(parser.value(orgMembers), 0, 1000, QStringLiteral("org-members"), &o.orgMembers, &err) ||
        !readInt(parser.value(stsMaxDuration), 0, 86400, QStringLiteral("sts-max-duration-s"), &o.stsMaxDurationS,
                 &err))
        return result;
    for (const QString &d : parser.values(deny)) {
        const QString kind = d.section(QLatin1Char(':'), 0, 0);
        const bool takesValue = kind == QLatin1String("role") || kind == QLatin1String("flowlogs");
        if (!(d == QLatin1String("list-accounts") || d == QLatin1String("regions") ||
              (takesValue && !d.section(QLatin1Char(':'), 1).isEmpty()))) {
            err = tr("invalid value for --deny: \"%1\" (expected list-accounts, regions, role:MEMBER or "
                     "flowlogs:REGION)")
                      .arg(d);
            return result;
        }
        o.denials.append(d);
    }
    o.printProfiles = parser.isSet(printProfiles);
    o.watchStdin = parser.isSet(watchStdin);
    return result;
}

} // namespace flowlog::sandbox
