#pragma once

#include "serviceform.h"

namespace Ui {
class ErForm;
}

namespace flowlog {

class IdPicker;

// Huawei ER: the enterprise router (offered from the account's routers in the region), the attachment and the LTS
// log group and stream. No SLS storage and no tags (the ER create API takes neither).
class ErForm final : public ServiceForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErForm)

public:
    explicit ErForm(QWidget *parent = nullptr);
    ~ErForm() override;

    [[nodiscard]] Service service() const override { return Service::Er; }
    [[nodiscard]] bool hasSlsStorage() const override { return false; }
    [[nodiscard]] QString namePlaceholder() const override;
    void setAccount(const Profile *profile, const QString &region) override;
    void setDefaultsFrom(const FlowLog &row) override;
    [[nodiscard]] QList<ChoiceNeed> choiceNeeds() const override;
    void offerChoices(const ChoiceNeed &need, const QList<Resource> &rows) override;

protected:
    void describeCreated(const FlowLogDraft &draft, FlowLog &row) const override;
    void readExtra(FlowLogDraft &draft) const override;
    void writeExtra(const FlowLogDraft &draft) override;

private:
    void routerMaybeChanged();

    Ui::ErForm *m_ui;
    IdPicker *m_attachmentPicker;
    QStringList m_typedRouters;  // the profile's, in the region
    QString m_listedRouter;      // the router whose attachments are offered
    bool m_routerPinned = false; // chosen by the user or a draft: a region change keeps it
};

} // namespace flowlog
