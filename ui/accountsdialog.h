#pragma once

#include "aliyunconfigimporter.h"
#include "inventory.h"
#include "profilewriter.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace flowlog {

class DiscoverDialog;
class ProfileEditDialog;

// Manage credential profiles: list, add, edit, remove, test connection, import from the aliyun CLI.
// Secrets go straight from the editor into the CredentialStore; the dialog never shows or logs one. Profile and
// secret change together (ProfileWriter); the editor stays open until both are stored. Entries of the settings
// file that cannot be used are listed as broken, with the reason, and can be repaired (Edit) or removed.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Asks the user a yes/no question (default: a modal QMessageBox). Tests replace it to answer.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Where the import looks for the aliyun CLI config (default ~/.aliyun/config.json).
    void setAliyunConfigPath(const QString &path) { m_aliyunConfigPath = path; }

    // The editor currently open (add or edit), for tests; null when none.
    [[nodiscard]] ProfileEditDialog *editor() const;
    // The editor's Discover window currently open, for tests; null when none.
    [[nodiscard]] DiscoverDialog *discoverDialog() const;

    void addProfile();
    void editProfile();
    // Selects the profile named name and opens its editor (nothing when there is none).
    void editProfileNamed(const QString &name);
    void removeProfile();
    void testConnection();
    void importFromAliyun();

Q_SIGNALS:
    // Fires when an add/edit/remove/import finished (its result is in the result pane).
    void operationFinished(bool ok);
    void testFinished(bool ok);

private:
    void reloadTable();
    void applySearch();
    [[nodiscard]] const Profile *selectedProfile() const;
    [[nodiscard]] const BrokenProfile *selectedBroken() const; // a broken entry of the settings file
    void selectProfile(const QString &id);
    void updateButtons();
    void report(const QString &line);
    void openEditor(const Profile &profile, bool isNew);
    void onEditorSave();
    void onEditorDiscover();
    void runImport(const QList<AliyunConfigCandidate> &candidates, bool removeSecrets);
    void removeImportedSecrets(const QStringList &names, bool remove);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
    Confirm m_confirm;
    QString m_aliyunConfigPath;
    ProfileWriter *m_writer;
    QPointer<ProfileEditDialog> m_editor;
    QPointer<DiscoverDialog> m_discover;
    bool m_busy = false;
};

} // namespace flowlog
