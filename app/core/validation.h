#pragma once

#include "flowlogdraft.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace flowlog {

// One broken rule: the field it concerns, a stable rule id, the provider's error code the service would answer
// with, and a translated message.
struct Violation
{
    QString field;
    QString rule;         // e.g. "name.length", "tags.count"
    QString providerCode; // e.g. "InvalidName", "IllegalParam.TagKey", "InvalidParameter.Interval"
    QString message;
};

// The one rule table. Pure: the dialog, flowlog-cli and flowlog-sandbox all judge drafts with it.
[[nodiscard]] QList<Violation> validateDraft(const FlowLogDraft &draft);

// field -> first message, for inline display.
[[nodiscard]] QMap<QString, QString> violationsByField(const QList<Violation> &violations);

// The values a service accepts, for combos and CLI help.
[[nodiscard]] QList<int> allowedIntervalsSeconds(Service s);
[[nodiscard]] int defaultIntervalSeconds(Service s);
[[nodiscard]] QStringList allowedSamplingRates(); // ECR

class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

} // namespace flowlog
