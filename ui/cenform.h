#pragma once

#include "serviceform.h"

namespace Ui {
class CenForm;
}

namespace flowlog {

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

protected:
    void describeCreated(const FlowLogDraft &draft, FlowLog &row) const override;

private:
    Ui::CenForm *m_ui;
};

} // namespace flowlog
