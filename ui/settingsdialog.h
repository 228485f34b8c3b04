#pragma once

#include "inventory.h"

#include <QDialog>

namespace Ui {
class SettingsDialog;
}

namespace flowlog {

// Concurrency limits and the request timeout of a sweep (stored in QSettings by the caller).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const InventorySettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    [[nodiscard]] InventorySettings settings() const;

    // The user-interface language: "" = the system's, else a locale name ("en", "zh_CN").
    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const;

private:
    void showValues(const InventorySettings &settings);

    Ui::SettingsDialog *m_ui;
    InventorySettings m_base;
};

} // namespace flowlog
