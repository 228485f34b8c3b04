#pragma once

#include "createchoices.h"
#include "createjob.h"
#include "draftbindings.h"
#include "profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace flowlog {

// A list of the account's a form offers ids from (the instance: the ECR instance or router it is of).
struct ChoiceNeed
{
    ChoiceKind kind = ChoiceKind::Vpcs;
    QString instanceId;
};

// One service's inputs in the create dialog: it reads and writes its part of a draft and names the input of each
// of its fields. The dialog keeps what every service shares (account, region, name, description, SLS storage and
// tags) and asks the form whether those apply. makeServiceForm() is the only place that picks a form by service.
class ServiceForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceForm)

public:
    explicit ServiceForm(QWidget *parent = nullptr);
    ~ServiceForm() override;

    [[nodiscard]] virtual Service service() const = 0;
    // Whether the dialog shows the region (ECR is served from one region).
    [[nodiscard]] virtual bool hasRegion() const { return true; }
    // Whether the draft is stored in SLS (project, logstore, interval) and carries tags.
    [[nodiscard]] virtual bool hasSlsStorage() const { return true; }
    [[nodiscard]] virtual bool canDryRun() const { return false; }
    [[nodiscard]] virtual QString namePlaceholder() const = 0;

    // Choices that come from the account: its ECR instances, its routers in the region. profile may be null.
    virtual void setAccount(const Profile *profile, const QString &region);
    // The lists of the account's resources this form offers ids from, for what is chosen now (ECR: the VBRs of the
    // chosen instance). choicesNeeded() says they changed.
    [[nodiscard]] virtual QList<ChoiceNeed> choiceNeeds() const { return {}; }
    // A list arrived (empty when it failed): offer its ids in the inputs that name them.
    virtual void offerChoices(const ChoiceNeed &need, const QList<Resource> &rows);
    // Pre-fills what a selected table row says about this service.
    virtual void setDefaultsFrom(const FlowLog &row);

    // Reads this service's fields into draft.
    void readDraft(FlowLogDraft &draft) const;
    // Values a combo does not offer are left unselected, so the draft read back differs.
    void writeDraft(const FlowLogDraft &draft);
    // The input of one of this form's fields (fields:: names), or nullptr.
    [[nodiscard]] QWidget *inputFor(QStringView field) const;

    // What the table can show of the flow log a create made, until the next listing brings the provider's record.
    [[nodiscard]] FlowLog createdRecord(const FlowLogDraft &draft, const SourceSpec &target,
                                        const CreateResult &result) const;
    // The layout holding the inputs (the dialog adds a message line under each).
    [[nodiscard]] QFormLayout *formLayout() const;

Q_SIGNALS:
    // An input changed (by the user or the program): validate again.
    void changed();
    // The user edited input.
    void edited(QWidget *input);
    // choiceNeeds() changed (another instance was chosen).
    void choicesNeeded();

protected:
    // The service's fields of the created record: resource, status, storage when not SLS.
    virtual void describeCreated(const FlowLogDraft &draft, FlowLog &row) const = 0;
    // The inputs and the draft fields they edit; readDraft, writeDraft and inputFor go through them.
    [[nodiscard]] DraftBindings &bindings() { return m_bindings; }
    // Fields no single input holds (VPC's traffic paths, ER's fixed resource type).
    virtual void readExtra(FlowLogDraft &draft) const;
    virtual void writeExtra(const FlowLogDraft &draft);
    // Connects every line edit and combo box of the form to changed() and edited().
    void watchInputs();
    // A check box edits the field whose input is input.
    void watchCheckBox(QCheckBox *check, QWidget *input);
    static void selectText(QComboBox *combo, const QString &text);

private:
    DraftBindings m_bindings;
};

// The form of a service, parented to parent.
[[nodiscard]] ServiceForm *makeServiceForm(Service service, QWidget *parent);

} // namespace flowlog
