#include "cenform.h"

#include "idpicker.h"
#include "ui_cenform.h"

#include <QJsonObject>

namespace flowlog {

CenForm::CenForm(QWidget *parent)
    : ServiceForm(parent)
    , m_ui(new Ui::CenForm)
{
    m_ui->setupUi(this);
    m_cenPicker = new IdPicker(m_ui->cenIdEdit);
    m_routerPicker = new IdPicker(m_ui->transitRouterIdEdit);
    m_attachmentPicker = new IdPicker(m_ui->transitRouterAttachmentIdEdit);
    // A chosen CEN narrows the routers offered, a chosen router the attachments.
    connect(m_ui->cenIdEdit, &QLineEdit::textChanged, this, &CenForm::offer);
    connect(m_ui->transitRouterIdEdit, &QLineEdit::textChanged, this, &CenForm::offer);
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

QList<ChoiceNeed> CenForm::choiceNeeds() const
{
    return {{ChoiceKind::TransitRouters, {}}, {ChoiceKind::TrAttachments, {}}};
}

void CenForm::offerChoices(const ChoiceNeed &need, const QList<Resource> &rows)
{
    switch (need.kind) {
    case ChoiceKind::TransitRouters:
        m_routers = rows;
        break;
    case ChoiceKind::TrAttachments:
        m_attachments = rows;
        break;
    case ChoiceKind::Vpcs:
    case ChoiceKind::VSwitches:
    case ChoiceKind::EcrInstances:
    case ChoiceKind::Vbrs:
    case ChoiceKind::ErRouters:
    case ChoiceKind::ErAttachments:
        return;
    }
    offer();
}

void CenForm::offer()
{
    // The CENs are those of the region's transit routers (a CEN flow log is created where its router is).
    QList<Resource> cens;
    QStringList seen;
    for (const Resource &r : std::as_const(m_routers)) {
        if (!r.parentId.isEmpty() && !seen.contains(r.parentId)) {
            seen << r.parentId;
            Resource cen;
            cen.id = r.parentId;
            cens << cen;
        }
    }
    m_cenPicker->setChoices(cens);
    const QString cenId = m_ui->cenIdEdit->text().trimmed();
    QList<Resource> routers = m_routers;
    if (seen.contains(cenId))
        routers.removeIf([&cenId](const Resource &r) { return r.parentId != cenId; });
    m_routerPicker->setChoices(routers);
    const QString routerId = m_ui->transitRouterIdEdit->text().trimmed();
    QList<Resource> attachments = m_attachments;
    if (!routerId.isEmpty())
        attachments.removeIf([&routerId](const Resource &r) { return r.parentId != routerId; });
    else if (seen.contains(cenId))
        attachments.removeIf([&cenId](const Resource &r) { return r.attribute(u"CenId") != cenId; });
    m_attachmentPicker->setChoices(attachments);
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
