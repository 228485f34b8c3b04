#pragma once

#include "createjob.h"
#include "duplicates.h"
#include "fieldmessages.h"
#include "inventory.h"
#include "validation.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Ui {
class CreateFlowLogDialog;
}

namespace flowlog {

class IdChoices;
class ServiceForm;

// Create a VPC, CEN, ECR or Huawei ER flow log. Validates with the core rule table as the user types and keeps
// Create disabled until the draft is valid. Submitting reads the secret, runs the service's CreateJob (one client
// token per draft, reused when the same draft is sent again) and either emits flowLogCreated() and closes, or stays
// open with every input intact and the provider's error shown (next to the field it names).
// The dialog holds the fields every service shares; each service's own inputs are a ServiceForm.
class CreateFlowLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateFlowLogDialog)

public:
    CreateFlowLogDialog(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                        QWidget *parent = nullptr);
    ~CreateFlowLogDialog() override;

    // Pre-fills account, service, region and storage from a row the user selected.
    void setDefaultsFrom(const FlowLog &row);

    // Fills the inputs of the draft's service from a draft (values a combo does not offer are left unselected).
    void setDraft(const FlowLogDraft &draft);
    // The draft the inputs describe now (without a client token).
    [[nodiscard]] FlowLogDraft currentDraft() const;
    // The message shown under a field's input ("" when none); for tests and the cross-check.
    [[nodiscard]] QString messageFor(const QString &field) const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The client token of the last submitted draft (empty before the first submit).
    [[nodiscard]] QString clientToken() const { return m_submitted.clientToken; }

    // Gives the flow logs already known (the table's) that a record would duplicate; Create asks before sending
    // one. Without it nothing is checked.
    using DuplicateFinder = std::function<QList<Duplicate>(const FlowLog &candidate)>;
    void setDuplicateFinder(DuplicateFinder finder) { m_findDuplicates = std::move(finder); }

    void reject() override;

Q_SIGNALS:
    // The service accepted the create; the record holds what is known of the new flow log (id, name, ...), and
    // sourceId is the source whose listing will bring it.
    void flowLogCreated(const flowlog::FlowLog &flowLog, const QString &sourceId);

private:
    void fillAccounts();
    void onAccountChanged();
    void onServiceChanged();
    void onRegionChanged();
    void onEdited(QWidget *input);
    void revalidate();
    void submit(bool dryRun);
    void onCredentials(quint64 submission, const Credentials &credentials, const ApiError &error);
    void onFinished(const CreateResult &result);
    void setBusy(bool busy);
    void showError(const ApiError &error);
    [[nodiscard]] bool confirmNotDuplicate(const Profile &profile, const FlowLogDraft &draft);
    [[nodiscard]] QString whyDisabled(bool haveAccount, const QList<Violation> &violations) const;
    [[nodiscard]] QString fieldLabel(QWidget *input) const;
    [[nodiscard]] const Profile *currentProfile() const;
    [[nodiscard]] Service currentService() const;
    [[nodiscard]] ServiceForm *currentForm() const;
    // The one place that maps a field name to its input for the current service.
    [[nodiscard]] QWidget *inputFor(const QString &field) const;

    Ui::CreateFlowLogDialog *m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
    QHash<Service, ServiceForm *> m_forms;
    FieldMessages m_messages;
    IdChoices *m_idChoices; // offers the account's ids in the form's id inputs

    FlowLogDraft m_submitted;    // the last draft sent, with its client token
    bool m_pendingFresh = false; // m_submitted's token is new, not one of an earlier attempt whose outcome is unknown
    QPointer<CreateJob> m_job;
    quint64 m_submission = 0; // bumps on every submit and cancel, so a late secret is ignored
    bool m_busy = false;
    bool m_submitAttempted = false;
    QSet<QWidget *> m_touched;              // inputs the user edited: their "required" messages show
    QHash<QString, QString> m_serverErrors; // field -> the provider's message, until the field is edited
    DuplicateFinder m_findDuplicates;
};

} // namespace flowlog
