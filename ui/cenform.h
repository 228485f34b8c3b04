#pragma once

#include "serviceform.h"

namespace Ui {
class CenForm;
}

namespace flowlog {

class IdPicker;

// CEN: the CEN instance, optionally one transit router or attachment, and the log format.
class CenForm final : public ServiceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CenForm)

public:
    explicit CenForm(QWidget *parent = nullptr);
    ~CenForm() override;

    [[nodiscard]] Service service() const override { return Service::Cen; }
    [[nodiscard]] QString namePlaceholder() const override;
    void setDefaultsFrom(const FlowLog &row) override;
    [[nodiscard]] QList<ChoiceNeed> choiceNeeds() const override;
    void offerChoices(const ChoiceNeed &need, const QList<Resource> &rows) override;

protected:
    void describeCreated(const FlowLogDraft &draft, FlowLog &row) const override;

private:
    void offer();

    Ui::CenForm *m_ui;
    IdPicker *m_cenPicker;
    IdPicker *m_routerPicker;
    IdPicker *m_attachmentPicker;
    QList<Resource> m_routers;
    QList<Resource> m_attachments;
};

} // namespace flowlog
