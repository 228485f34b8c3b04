#pragma once

#include "aliyunconfigimporter.h"
#include "inventory.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace flowlog {

class ProfileEditDialog;

// Manage credential profiles: list, add, edit, remove, test connection, import from the aliyun CLI.
// Secrets go straight from the editor into the CredentialStore; the dialog never shows or logs one.
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
    [[nodiscard]] ProfileEditDialog *editor() const { return m_editor; }

    void addProfile();
    void editProfile();
    void removeProfile();
    void testConnection();
    void importFromAliyun();

Q_SIGNALS:
    // Fires when an add/edit/remove/import finished (its result is in the result pane).
    void operationFinished(bool ok);
    void testFinished(bool ok);

private:
    void reloadTable();
    [[nodiscard]] const Profile *selectedProfile() const;
    void selectProfile(const QString &id);
    void updateButtons();
    void report(const QString &line);
    void onEditorAccepted();
    void runImport(const QList<AliyunConfigCandidate> &candidates);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Inventory::NamProvider m_nams;
    Confirm m_confirm;
    QString m_aliyunConfigPath;
    QPointer<ProfileEditDialog> m_editor;
    bool m_busy = false;
};

} // namespace flowlog
