#include "cenform.h"

#include "ui_cenform.h"

#include <QJsonObject>

namespace flowlog {

CenForm::CenForm(QWidget *parent)
    : ServiceForm(parent)
    , m_ui(new Ui::CenForm)
{
    m_ui->setupUi(this);
    bindings().bind(fields::CenId, m_ui->cenIdEdit, &FlowLogDraft::cenId);
    bindings().bind(fields::TransitRouterId, m_ui->transitRouterIdEdit, &FlowLogDraft::transitRouterId);
    bindings().bind(fields::TransitRouterAttachmentId, m_ui->transitRouterAttachmentIdEdit,
                    &FlowLogDraft::transitRouterAttachmentId);
    bindings().bind(fields::LogFormat, m_ui->logFormatEdit, &FlowLogDraft::logFormat);
    watchInputs();
}

CenForm::~CenForm()
{
    delete m_ui;
}

QString CenForm::namePlaceholder() const
{
    return tr("Optional, up to 128 characters");
}

void CenForm::setDefaultsFrom(const FlowLog &row)
{
    m_ui->cenIdEdit->setText(row.raw().value(QLatin1String("CenId")).toString()); // notr
}

void CenForm::describeCreated(const FlowLogDraft &d, FlowLog &row) const
{
    // The narrowest resource the draft names.
    if (!d.transitRouterAttachmentId.isEmpty()) {
        row.resourceType = QStringLiteral("TransitRouterAttachment");
        row.resourceId = d.transitRouterAttachmentId;
    } else if (!d.transitRouterId.isEmpty()) {
        row.resourceType = QStringLiteral("TransitRouter");
        row.resourceId = d.transitRouterId;
    } else {
        row.resourceType = QStringLiteral("CEN");
        row.resourceId = d.cenId;
    }
}

} // namespace flowlog
