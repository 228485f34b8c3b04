#include "createflowlogdialog.h"

namespace flowlog {

CreateFlowLogDialog::CreateFlowLogDialog(ProfileStore *profiles, CredentialStore *credentials,
                                         Inventory::NamProvider nams, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_nams(std::move(nams))
{
    setWindowTitle(tr("New Flow Log"));
}

CreateFlowLogDialog::~CreateFlowLogDialog() = default;

void CreateFlowLogDialog::setDefaultsFrom(const FlowLog &row)
{
    Q_UNUSED(row);
}

} // namespace flowlog
