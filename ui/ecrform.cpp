#include "ecrform.h"

#include "ui_ecrform.h"
#include "validation.h"

#include <QJsonObject>
#include <QLineEdit>

namespace flowlog {

EcrForm::EcrForm(QWidget *parent)
    : ServiceForm(parent)
    , m_ui(new Ui::EcrForm)
{
    m_ui->setupUi(this);
    for (const QString &r : allowedSamplingRates())
        m_ui->samplingRateCombo->addItem(r, r);
    bindings().bind(fields::EcrId, m_ui->ecrIdCombo, &FlowLogDraft::ecrId);
    bindings().bind(fields::InstanceId, m_ui->instanceIdEdit, &FlowLogDraft::instanceId);
    bindings().bind(fields::SamplingRate, m_ui->samplingRateCombo, &FlowLogDraft::samplingRate,
                    allowedSamplingRates().first());
    watchInputs();
    connect(this, &ServiceForm::edited, this, [this](QWidget *input) {
        if (input == m_ui->ecrIdCombo)
            m_ecrIdTyped = true;
    });
}

EcrForm::~EcrForm()
{
    delete m_ui;
}

QString EcrForm::namePlaceholder() const
{
    return tr("Optional, up to 128 characters");
}

void EcrForm::setAccount(const Profile *profile, const QString &)
{
    const QSignalBlocker block(m_ui->ecrIdCombo);
    const QString typed = m_ui->ecrIdCombo->currentText();
    m_ui->ecrIdCombo->clear();
    if (profile)
        m_ui->ecrIdCombo->addItems(profile->ecrIds);
    if (m_ecrIdTyped)
        m_ui->ecrIdCombo->setEditText(typed);
}

void EcrForm::setDefaultsFrom(const FlowLog &row)
{
    selectText(m_ui->ecrIdCombo, row.raw().value(QLatin1String("EcrId")).toString()); // notr
}

void EcrForm::describeCreated(const FlowLogDraft &d, FlowLog &row) const
{
    row.resourceType = QStringLiteral("VBR");
    row.resourceId = d.instanceId;
    row.samplingRate = d.samplingRate.isEmpty() ? allowedSamplingRates().first() : d.samplingRate;
}

} // namespace flowlog
