#pragma once

#include "flowlogdraft.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace flowlog {

// One broken rule: the field it concerns, a stable rule id, the provider's error code the service would answer
// with, and a translated message that says what to do.
struct Violation
{
    QString field;
    QString rule;         // e.g. "name.length", "tags.count"
    QString providerCode; // e.g. "InvalidName", "IllegalParam.TagKey", "InvalidParameter.Interval"
    QString message;
    int tagIndex = -1; // tags: the 0-based row the rule concerns, -1 for the list as a whole
};

// Limits shared by the rule table, the tag editor and the CLI help.
inline constexpr int maxTags = 20;
inline constexpr int maxTagValueLength = 128;
[[nodiscard]] int maxTagKeyLength(Service s); // 64 for CEN, 128 for VPC and ECR, 0 where tags are not sent (ER)

// The one rule table. Pure: the dialog, flowlog-cli and flowlog-sandbox all judge drafts with it.
// Every broken rule is reported (a field may break several), in the order of the service's fields.
[[nodiscard]] QList<Violation> validateDraft(const FlowLogDraft &draft);

// field -> first message, for inline display.
[[nodiscard]] QMap<QString, QString> violationsByField(const QList<Violation> &violations);

// The values a service accepts, for combos and CLI help. ER accepts any 60..600 s; its list gives minute steps.
[[nodiscard]] QList<int> allowedIntervalsSeconds(Service s);
[[nodiscard]] int defaultIntervalSeconds(Service s);
[[nodiscard]] bool isAllowedInterval(Service s, int seconds); // 0 = the service's default, always allowed
[[nodiscard]] QStringList allowedSamplingRates();             // ECR
[[nodiscard]] QStringList allowedResourceTypes(Service s);    // VPC: NetworkInterface|VSwitch|VPC; ER: attachment
[[nodiscard]] QStringList allowedTrafficTypes();              // VPC
[[nodiscard]] QStringList allowedTrafficPaths();              // VPC

// The draft field a provider error names, from its code (InvalidName, IllegalParam.TagKey,
// IllegalParamFormat.FlowLogName, ...) or, failing that, a wire parameter named in its message. Empty when none.
[[nodiscard]] QString fieldForProviderError(Service s, const QString &code, const QString &message = {});

// The name a field has on the wire (FlowLogName, AggregationInterval, log_group_id, ...); empty when not sent.
[[nodiscard]] QString wireParameterName(Service s, QStringView field);

class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

} // namespace flowlog
