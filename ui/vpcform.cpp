#include "vpcform.h"

#include "ui_vpcform.h"
#include "validation.h"

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

void VpcForm::describeCreated(const FlowLogDraft &d, FlowLog &row) const
{
    row.resourceType = d.resourceType;
    row.resourceId = d.resourceId;
    row.trafficType = d.trafficType;
}

} // namespace flowlog
