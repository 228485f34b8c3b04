#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowlog::sandbox {

// The faults the sandbox injects, in the order the pipeline checks them.
enum class FaultKind
{
    Throttle,
    Error5xx,
    Reset,
    ResetAfterCommit,
    Truncate,
    Html,
    TypeDrift,
    TokenLoop,
    Slow
};
// "throttle", "error5xx", "reset", "reset-after-commit", "truncate", "html", "type-drift", "token-loop", "slow".
[[nodiscard]] QString faultName(FaultKind kind);
[[nodiscard]] std::optional<FaultKind> faultFromName(QStringView name);

struct Fault
{
    FaultKind kind = FaultKind::Throttle;
    double probability = 1; // fraction of API requests it applies to
};

struct Options
{
    quint16 port = 0;
    quint32 seed = 42;
    int accounts = 3;  // sample accounts (Alibaba and Huawei)
    int flowLogs = 25; // per source
    int latencyMs = 0;
    int transitionMs = 500; // how long a flow log's lifecycle change (Deactivating, Modifying, ...) takes
    double throttleRate = 0;
    // A provider's per-account concurrency limit (0 = none): an API request that arrives while its account already
    // has this many requests being served is answered with throttling (the same answer as --throttle-rate). The
    // throttled ones do not count: a refusal costs the provider nothing. Deterministic where a rate is random: what
    // a client's adaptive limits can learn.
    int accountLimit = 0;
    double errorRate = 0;
    QList<Fault> faults;
    // Organisations: the first Alibaba and the first Huawei account each manage this many member accounts,
    // reachable only by assuming ResourceDirectoryAccountAccessRole / the agency flowlog-audit.
    int orgMembers = 0;
    bool regionsSpread = false; // flow logs in every known region; ECR and ER instances no profile names
    int stsMaxDurationS = 0;    // caps what AssumeRole and the agency call grant; 0 = no cap
    // Permission hooks (--deny): "list-accounts" (management keys may not list their organisation),
    // "role:MEMBER" (that member, by name or account id, has no access role or agency), "flowlogs:REGION" (flow-log
    // listings in that region are denied for every account).
    QStringList denials;
    bool printProfiles = false;
    // --print-profiles lines with keys and identity only (no regions, instance or project ids): what an operator
    // types, so a client discovers everything else from the key.
    bool printKeyOnly = false;
    bool watchStdin = false; // exit when stdin reaches EOF (the launching process went away)
};

// Whether options.denials holds kind (or kind:what).
[[nodiscard]] bool isDenied(const Options &options, QStringView kind, QStringView what = {});

// Every fault kind's name, in the order the pipeline checks them.
[[nodiscard]] const QStringList &faultKinds();

// The result of reading the command line: options, or a message for stderr (exit code 2), or help/version.
struct ParsedOptions
{
    Options options;
    QString error;    // non-empty: invalid command line
    QString helpText; // non-empty: --help was asked
    bool version = false;
};

// Pure parser of the flowlog-sandbox command line (arguments[0] is the program name).
[[nodiscard]] ParsedOptions parseOptions(const QStringList &arguments);

} // namespace flowlog::sandbox
