#pragma once

#include "inventory.h"

#include <QDialog>

namespace flowlog {

// Create a VPC, CEN, ECR or Huawei ER flow log. Validates with the core rule table as the user types.
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

Q_SIGNALS:
    // The service accepted the create; the record holds what is known of the new flow log (id, name, ...).
    void flowLogCreated(const flowlog::FlowLog &flowLog);

private:
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
};

} // namespace flowlog
