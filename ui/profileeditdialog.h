#pragma once

#include "profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileEditDialog;
}

namespace flowlog {

class ProfileStore;

// Edits one profile and, when typed, its secret. Accepts only a profile ProfileStore::check() allows; an empty
// secret field on an existing profile means "keep the stored secret". Never stores anything itself.
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

private:
    void updateKind();
    [[nodiscard]] QString problem() const;

    std::unique_ptr<Ui::ProfileEditDialog> m_ui;
    const ProfileStore *m_store;
    Profile m_original;
    bool m_isNew;
};

} // namespace flowlog
