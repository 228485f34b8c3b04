#include "settingsdialog.h"

#include "settings.h"
#include "ui_settingsdialog.h"

#include <QPushButton>

namespace flowlog {

SettingsDialog::SettingsDialog(const InventorySettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SettingsDialog)
    , m_base(settings)
{
    m_ui->setupUi(this);
    // The ranges are the Settings class's bounds, the one place they are kept.
    const auto range = [](QSpinBox *box, Settings::Key key) {
        const auto [low, high] = Settings::bounds(key);
        box->setRange(low, high);
    };
    range(m_ui->maxConcurrent, Settings::Key::MaxConcurrent);
    range(m_ui->maxPerProfile, Settings::Key::MaxPerProfile);
    range(m_ui->requestTimeout, Settings::Key::RequestTimeoutSeconds);
    m_ui->language->addItem(tr("System default"), QString());
    // Language names are shown in their own language, so they are never translated.
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));     // notr
    m_ui->language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN")); // notr
    showValues(settings);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showValues(InventorySettings{}); });
}

SettingsDialog::~SettingsDialog()
{
    delete m_ui;
}

void SettingsDialog::showValues(const InventorySettings &settings)
{
    m_ui->maxConcurrent->setValue(settings.maxConcurrent);
    m_ui->maxPerProfile->setValue(settings.maxPerProfile);
    m_ui->requestTimeout->setValue(settings.retry.requestTimeoutMs / 1000);
}

InventorySettings SettingsDialog::settings() const
{
    InventorySettings s = m_base;
    s.maxConcurrent = m_ui->maxConcurrent->value();
    s.maxPerProfile = m_ui->maxPerProfile->value();
    s.retry.requestTimeoutMs = m_ui->requestTimeout->value() * 1000;
    return s;
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = m_ui->language->findData(language);
    m_ui->language->setCurrentIndex(index < 0 ? 0 : index);
}

QString SettingsDialog::language() const
{
    return m_ui->language->currentData().toString();
}

} // namespace flowlog
