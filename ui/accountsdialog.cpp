#include "accountsdialog.h"

namespace flowlog {

AccountsDialog::AccountsDialog(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                               QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_nams(std::move(nams))
{
    setWindowTitle(tr("Accounts"));
}

AccountsDialog::~AccountsDialog() = default;

} // namespace flowlog
