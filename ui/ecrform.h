#pragma once

#include "serviceform.h"

namespace Ui {
class EcrForm;
}

namespace flowlog {

class IdPicker;

// ECR: the ECR instance (offered from the account), the VBR and the sampling rate. Served from one region and
// able to dry-run.
class EcrForm final : public ServiceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EcrForm)

public:
    explicit EcrForm(QWidget *parent = nullptr);
    ~EcrForm() override;

    [[nodiscard]] Service service() const override { return Service::Ecr; }
    [[nodiscard]] bool hasRegion() const override { return false; }
    [[nodiscard]] bool canDryRun() const override { return true; }
    [[nodiscard]] QString namePlaceholder() const override;
    void setAccount(const Profile *profile, const QString &region) override;
    void setDefaultsFrom(const FlowLog &row) override;
    [[nodiscard]] QList<ChoiceNeed> choiceNeeds() const override;
    void offerChoices(const ChoiceNeed &need, const QList<Resource> &rows) override;

protected:
    void describeCreated(const FlowLogDraft &draft, FlowLog &row) const override;

private:
    void instanceMaybeChanged();

    Ui::EcrForm *m_ui;
    IdPicker *m_vbrPicker;
    QStringList m_typedEcrIds; // the profile's
    QString m_listedEcrId;     // the instance whose VBRs are offered
    bool m_ecrIdTyped = false; // the user typed or chose an ECR id: a new account's list keeps it
};

} // namespace flowlog
