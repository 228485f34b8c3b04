#pragma once

#include "serviceform.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QLabel;

namespace flowlog {

// Keeps the create dialog's id inputs offering what the chosen account has (issue 20, item 3): asks the current
// service form which lists it offers, requests them from CreateChoices (asynchronously: the form stays usable),
// hands each list to the form as it arrives, and says in one line what is being listed, what failed and why, or how
// many ids there are to pick from.
class IdChoices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdChoices)

public:
    IdChoices(CreateChoices *choices, QLabel *status, QObject *parent = nullptr);
    ~IdChoices() override;

    // The account, form and region the dialog shows now (profile may be null).
    void setTarget(const Profile *profile, ServiceForm *form, const QString &region);
    // The form's lists changed (another instance chosen): request and offer them.
    void refresh();
    // The line shown ("" when none); for tests.
    [[nodiscard]] QString statusText() const;

private:
    void onUpdated(const QString &key);
    void update(bool offer);
    [[nodiscard]] static QString kindName(ChoiceKind kind);

    QPointer<CreateChoices> m_choices;
    QLabel *m_status;
    std::optional<Profile> m_profile;
    QPointer<ServiceForm> m_form;
    QString m_region;
    QList<ChoiceNeed> m_needs;
};

} // namespace flowlog
