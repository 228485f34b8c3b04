#pragma once

#include "profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileEditDialog;
}

namespace flowlog {

class ProfileStore;

// Edits one profile and, when typed, its secret (and STS token). How the profile reaches its account (its key, a
// role or agency it assumes, or an organisation it manages) shows only the fields that apply to the provider and
// the choice, each checked as typed with the rules the CLI and the profile store use (identityrules.h). OK checks the
// input (ProfileStore::check() and the secret rules) and then asks the owner to store it (saveRequested()): the dialog
// stays open, every field as typed, until the owner reports saved() - or saveFailed(), which shows why and lets the
// user fix and retry. An empty secret field on an existing profile means "keep the stored secret" (a new STS token
// alone is stored with it). Never stores anything itself.
class ProfileEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditDialog)

public:
    // profile: the profile to edit, or a fresh one (empty name) to add.
    ProfileEditDialog(const ProfileStore *store, const Profile &profile, bool isNew, QWidget *parent = nullptr);
    ~ProfileEditDialog() override;

    [[nodiscard]] Profile profile() const;
    [[nodiscard]] QString secret() const;
    [[nodiscard]] QString securityToken() const;
    [[nodiscard]] bool isNew() const { return m_isNew; }

    void accept() override;
    // The owner stored the profile: the dialog closes (accepted).
    void saved();
    // The owner could not store it: the message is shown, every field stays as typed.
    void saveFailed(const QString &message);
    [[nodiscard]] bool isSaving() const { return m_saving; }

    // The Discover button: the input is valid; show what a refresh of profile() will cover, with the typed secret
    // (or, when none is typed, the stored one), storing nothing.
    void discover();

Q_SIGNALS:
    // The input is valid: store profile(), secret() and securityToken(), then call saved() or saveFailed().
    void saveRequested();
    // Discover was pressed on valid input: the owner shows what profile() covers (DiscoverDialog).
    void discoverRequested();

private:
    // Shows problem() (nothing when there is none); returns it.
    QString showProblem();
    void setSaving(bool saving);
    void updateKind();
    // Shows only the fields of the provider and access kind chosen, and says at once what breaks a rule.
    void updateAccess();
    void fillAccessCombo();
    void readAccess(Profile &p) const;
    [[nodiscard]] QString problem() const;

    std::unique_ptr<Ui::ProfileEditDialog> m_ui;
    const ProfileStore *m_store;
    Profile m_original;
    bool m_isNew;
    bool m_saving = false;
    bool m_problemShown = false; // the error line shows problem(): checked again on every edit, gone once fixed
};

} // namespace flowlog
