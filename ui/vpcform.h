#pragma once

#include "serviceform.h"

namespace Ui {
class VpcForm;
}

namespace flowlog {

class IdPicker;

// VPC: the resource (ENI, vSwitch or VPC), traffic type and traffic paths.
class VpcForm final : public ServiceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VpcForm)

public:
    explicit VpcForm(QWidget *parent = nullptr);
    ~VpcForm() override;

    [[nodiscard]] Service service() const override { return Service::Vpc; }
    [[nodiscard]] QString namePlaceholder() const override;
    void setDefaultsFrom(const FlowLog &row) override;
    [[nodiscard]] QList<ChoiceNeed> choiceNeeds() const override;
    void offerChoices(const ChoiceNeed &need, const QList<Resource> &rows) override;

protected:
    void describeCreated(const FlowLogDraft &draft, FlowLog &row) const override;
    void readExtra(FlowLogDraft &draft) const override;
    void writeExtra(const FlowLogDraft &draft) override;

private:
    void offerForType();

    Ui::VpcForm *m_ui;
    IdPicker *m_resourcePicker;
    QList<Resource> m_vpcs;
    QList<Resource> m_vSwitches;
};

} // namespace flowlog
