#pragma once

#include "draftbindings.h"

#include <QGroupBox>

class QFormLayout;

namespace Ui {
class SlsStorageBox;
}

namespace flowlog {

// Where an Alibaba Cloud flow log delivers: the SLS project and logstore, and the aggregation interval the
// service allows (in minutes, as every service's choices are whole minutes). Shared by the VPC, CEN and ECR forms.
class SlsStorageBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlsStorageBox)

public:
    explicit SlsStorageBox(QWidget *parent = nullptr);
    ~SlsStorageBox() override;

    // Offers the service's intervals, keeping the chosen one when allowed, else the service's default.
    void setService(Service service);
    void readDraft(FlowLogDraft &draft) const;
    void writeDraft(const FlowLogDraft &draft);
    void setDefaultsFrom(const FlowLog &row);
    // The input of projectName, logStoreName or interval, or nullptr.
    [[nodiscard]] QWidget *inputFor(QStringView field) const;
    [[nodiscard]] QFormLayout *formLayout() const;

Q_SIGNALS:
    void changed();
    void edited(QWidget *input);

private:
    Ui::SlsStorageBox *m_ui;
    DraftBindings m_bindings;
};

} // namespace flowlog
