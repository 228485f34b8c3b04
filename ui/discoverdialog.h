#pragma once

#include "inventory.h"
#include "profile.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTreeWidget;

namespace flowlog {

class MemoryCredentialStore;

// What a sweep of one profile will cover (accounts, regions, instances) and every discovery failure, found before
// the profile is saved (issue 16): the profile editor's typed values and typed secret, in memory only (a private
// profile store and credential store that die with the dialog). Runs Inventory in discover-only mode: no flow log
// is listed and nothing is written anywhere.
class DiscoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoverDialog)

public:
    DiscoverDialog(const Profile &profile, const QString &secret, const QString &securityToken,
                   const Inventory::NamProvider &nams, QWidget *parent = nullptr);
    ~DiscoverDialog() override;

    // Starts discovery (once; the dialog shows it running).
    void start();
    [[nodiscard]] bool isRunning() const;
    // The accounts found by the last run, for tests.
    [[nodiscard]] const QList<DiscoveredAccount> &accounts() const;

Q_SIGNALS:
    void discovered(); // a run finished: accounts() holds what it found

private:
    void showAccounts(const QList<DiscoveredAccount> &accounts);

    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<FlowLogTableModel> m_table;
    std::unique_ptr<SourceStatusModel> m_status;
    std::unique_ptr<Inventory> m_inventory;
    Profile m_profile;
    QString m_secret;
    QString m_securityToken;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace flowlog
