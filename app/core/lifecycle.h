#pragma once

#include "flowlog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

// The flow-log lifecycle (issue 17) as plain data: what can be asked of a flow log after it exists, what a modify
// may change per service (judged by the one rule table of validation.h), and how to read a flow log's state so
// that "done" is only ever said when the provider shows it.
namespace flowlog {

enum class LifecycleAction
{
    Activate,
    Deactivate,
    Modify,
    Delete
};

inline constexpr LifecycleAction allLifecycleActions[] = {LifecycleAction::Activate, LifecycleAction::Deactivate,
                                                          LifecycleAction::Modify, LifecycleAction::Delete};

// "activate", "deactivate", "modify", "delete": CLI commands and logs.
[[nodiscard]] QLatin1StringView actionKey(LifecycleAction action);
// Translated verb for the console ("Activate", ...).
[[nodiscard]] QString actionDisplayName(LifecycleAction action);

// What a modify changes; members left unset keep their value.
struct FlowLogChange
{
    std::optional<QString> name;
    std::optional<QString> description;
    int intervalSeconds = 0; // 0: unchanged

    [[nodiscard]] bool isEmpty() const { return !name && !description && intervalSeconds == 0; }
    // The draft fields (fields::Name, ...) this change sets.
    [[nodiscard]] QList<QLatin1StringView> fields() const;
    // Every change already holds in f.
    [[nodiscard]] bool heldBy(const FlowLog &f) const;
};

// The fields a modify can change on a service (VPC, CEN, ECR: name, description, interval; ER: name, description).
[[nodiscard]] QList<QLatin1StringView> modifiableFields(Service service);
// The rule table's verdict on a change: the violations of the fields it sets (the create rules, codes and messages),
// and one per field the service cannot modify (rule "modify.readOnly").
[[nodiscard]] QList<Violation> validateChange(Service service, const FlowLogChange &change);

// Where a flow log is in its life, from the provider's own fields (Alibaba Status; ER state and enabled).
enum class FlowLogPhase
{
    Active,
    Inactive,
    Changing, // Activating, Modifying, Deleting, pending, ...: the provider is working on it
    Failed    // ER failed
};
[[nodiscard]] FlowLogPhase phaseOf(const FlowLog &f);

// Whether f, as read now, shows action done (a delete is done when the flow log is gone, which f cannot show).
[[nodiscard]] bool hasReached(LifecycleAction action, const FlowLogChange &change, const FlowLog &f);
// Why action cannot be asked of f as it is now (empty when it can): the preview marks these rows before anything
// is sent. Already being there is not a reason: the job reports it done without a call.
[[nodiscard]] QString whyNot(LifecycleAction action, const FlowLogChange &change, const FlowLog &f);

class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
};

} // namespace flowlog
