#pragma once

#include "inventory.h"

#include <QDialog>

namespace flowlog {

// Manage credential profiles: list, add, edit, remove, test connection, import from the aliyun CLI.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

private:
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
};

} // namespace flowlog
