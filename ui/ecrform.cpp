#include "ecrform.h"

#include "idpicker.h"
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
    m_vbrPicker = new IdPicker(m_ui->instanceIdEdit);
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
    connect(m_ui->ecrIdCombo, &QComboBox::currentTextChanged, this, &EcrForm::instanceMaybeChanged);
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
    m_typedEcrIds = profile ? profile->ecrIds : QStringList{};
    m_ui->ecrIdCombo->addItems(m_typedEcrIds);
    if (m_ecrIdTyped)
        m_ui->ecrIdCombo->setEditText(typed);
    m_listedEcrId = m_ui->ecrIdCombo->currentText().trimmed(); // the dialog asks for its VBRs next
    m_vbrPicker->setChoices({});
}

void EcrForm::setDefaultsFrom(const FlowLog &row)
{
    selectText(m_ui->ecrIdCombo, row.raw().value(QLatin1String("EcrId")).toString()); // notr
}

QList<ChoiceNeed> EcrForm::choiceNeeds() const
{
    QList<ChoiceNeed> needs{{ChoiceKind::EcrInstances, {}}};
    if (const QString ecrId = m_ui->ecrIdCombo->currentText().trimmed(); !ecrId.isEmpty())
        needs.append({ChoiceKind::Vbrs, ecrId});
    return needs;
}

void EcrForm::offerChoices(const ChoiceNeed &need, const QList<Resource> &rows)
{
    switch (need.kind) {
    case ChoiceKind::EcrInstances:
        offerIds(m_ui->ecrIdCombo, m_typedEcrIds, rows);
        Q_EMIT changed();
        instanceMaybeChanged();
        return;
    case ChoiceKind::Vbrs:
        if (need.instanceId == m_ui->ecrIdCombo->currentText().trimmed())
            m_vbrPicker->setChoices(rows);
        return;
    case ChoiceKind::Vpcs:
    case ChoiceKind::VSwitches:
    case ChoiceKind::TransitRouters:
    case ChoiceKind::TrAttachments:
    case ChoiceKind::ErRouters:
    case ChoiceKind::ErAttachments:
        return;
    }
}

void EcrForm::instanceMaybeChanged()
{
    const QString ecrId = m_ui->ecrIdCombo->currentText().trimmed();
    if (ecrId == m_listedEcrId)
        return;
    m_listedEcrId = ecrId;
    m_vbrPicker->setChoices({}); // another instance's VBRs are not this one's
    Q_EMIT choicesNeeded();
}

void EcrForm::describeCreated(const FlowLogDraft &d, FlowLog &row) const
{
    row.resourceType = QStringLiteral("VBR");
    row.resourceId = d.instanceId;
    row.samplingRate = d.samplingRate.isEmpty() ? allowedSamplingRates().first() : d.samplingRate;
}

} // namespace flowlog
