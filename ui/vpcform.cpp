#include "vpcform.h"

#include "idpicker.h"
#include "ui_vpcform.h"
#include "validation.h"

#include <QLineEdit>

namespace flowlog {

namespace {
const QString pathAll = QStringLiteral("all");
const QString pathInternetGateway = QStringLiteral("internetGateway");
} // namespace

VpcForm::VpcForm(QWidget *parent)
    : ServiceForm(parent)
    , m_ui(new Ui::VpcForm)
{
    m_ui->setupUi(this);
    m_resourcePicker = new IdPicker(m_ui->resourceIdEdit);
    connect(m_ui->resourceTypeCombo, &QComboBox::currentIndexChanged, this, &VpcForm::offerForType);
    for (const QString &t : allowedResourceTypes(Service::Vpc))
        m_ui->resourceTypeCombo->addItem(t, t);
    for (const QString &t : allowedTrafficTypes())
        m_ui->trafficTypeCombo->addItem(t, t);
    m_ui->trafficTypeCombo->setCurrentIndex(0);
    m_ui->resourceTypeCombo->setCurrentIndex(-1);
    bindings().bind(fields::ResourceType, m_ui->resourceTypeCombo, &FlowLogDraft::resourceType);
    bindings().bind(fields::ResourceId, m_ui->resourceIdEdit, &FlowLogDraft::resourceId);
    bindings().bind(fields::TrafficType, m_ui->trafficTypeCombo, &FlowLogDraft::trafficType);
    bindings().bindInput(fields::TrafficPath, m_ui->trafficPathBox);
    watchInputs();
    for (QCheckBox *check : {m_ui->trafficPathAllCheck, m_ui->trafficPathInternetGatewayCheck}) {
        connect(check, &QCheckBox::toggled, this, &ServiceForm::changed);
        watchCheckBox(check, m_ui->trafficPathBox);
    }
}

VpcForm::~VpcForm()
{
    delete m_ui;
}

QString VpcForm::namePlaceholder() const
{
    return tr("2 to 128 letters, digits, '.', '_' or '-' (optional)");
}

void VpcForm::readExtra(FlowLogDraft &d) const
{
    if (m_ui->trafficPathAllCheck->isChecked())
        d.trafficPaths << pathAll;
    if (m_ui->trafficPathInternetGatewayCheck->isChecked())
        d.trafficPaths << pathInternetGateway;
}

void VpcForm::writeExtra(const FlowLogDraft &d)
{
    m_ui->trafficPathAllCheck->setChecked(d.trafficPaths.contains(pathAll));
    m_ui->trafficPathInternetGatewayCheck->setChecked(d.trafficPaths.contains(pathInternetGateway));
}

void VpcForm::setDefaultsFrom(const FlowLog &row)
{
    QComboBox *traffic = m_ui->trafficTypeCombo;
    traffic->setCurrentIndex(traffic->findData(row.trafficType.isEmpty() ? QStringLiteral("All") : row.trafficType));
}

QList<ChoiceNeed> VpcForm::choiceNeeds() const
{
    // Network interfaces are ECS's: no listing of them here, their ids are typed.
    return {{ChoiceKind::VSwitches, {}}, {ChoiceKind::Vpcs, {}}};
}

void VpcForm::offerChoices(const ChoiceNeed &need, const QList<Resource> &rows)
{
    switch (need.kind) {
    case ChoiceKind::Vpcs:
        m_vpcs = rows;
        break;
    case ChoiceKind::VSwitches:
        m_vSwitches = rows;
        break;
    case ChoiceKind::TransitRouters:
    case ChoiceKind::TrAttachments:
    case ChoiceKind::EcrInstances:
    case ChoiceKind::Vbrs:
    case ChoiceKind::ErRouters:
    case ChoiceKind::ErAttachments:
        return;
    }
    offerForType();
}

void VpcForm::offerForType()
{
    // The ids of the chosen resource type; none chosen yet: VPCs and vSwitches both.
    const QString type = m_ui->resourceTypeCombo->currentData().toString();
    QLineEdit *edit = m_ui->resourceIdEdit;
    if (type == QLatin1String("VPC")) {
        m_resourcePicker->setChoices(m_vpcs);
        edit->setPlaceholderText(tr("vpc-… (type, or pick from the list)"));
    } else if (type == QLatin1String("VSwitch")) {
        m_resourcePicker->setChoices(m_vSwitches);
        edit->setPlaceholderText(tr("vsw-… (type, or pick from the list)"));
    } else if (type.isEmpty()) {
        m_resourcePicker->setChoices(m_vpcs + m_vSwitches);
        edit->setPlaceholderText(tr("eni-…, vsw-… or vpc-…"));
    } else {
        m_resourcePicker->setChoices({}); // network interfaces are ECS's: not listed here
        edit->setPlaceholderText(tr("eni-… (network interfaces are not listed: type the id)"));
    }
}

void VpcForm::describeCreated(const FlowLogDraft &d, FlowLog &row) const
{
    row.resourceType = d.resourceType;
    row.resourceId = d.resourceId;
    row.trafficType = d.trafficType;
}

} // namespace flowlog
