#include "erform.h"

#include "idpicker.h"
#include "ui_erform.h"

namespace flowlog {

ErForm::ErForm(QWidget *parent)
    : ServiceForm(parent)
    , m_ui(new Ui::ErForm)
{
    m_ui->setupUi(this);
    m_attachmentPicker = new IdPicker(m_ui->attachmentIdEdit);
    bindings().bind(fields::ErId, m_ui->erIdCombo, &FlowLogDraft::erId);
    bindings().bind(fields::ResourceId, m_ui->attachmentIdEdit, &FlowLogDraft::resourceId);
    bindings().bind(fields::LogGroupId, m_ui->logGroupIdEdit, &FlowLogDraft::logGroupId);
    bindings().bind(fields::LogStreamId, m_ui->logStreamIdEdit, &FlowLogDraft::logStreamId);
    watchInputs();
    connect(this, &ServiceForm::edited, this, [this](QWidget *input) {
        if (input == m_ui->erIdCombo)
            m_routerPinned = true;
    });
    connect(m_ui->erIdCombo, &QComboBox::currentTextChanged, this, &ErForm::routerMaybeChanged);
}

ErForm::~ErForm()
{
    delete m_ui;
}

QString ErForm::namePlaceholder() const
{
    return tr("1 to 64 characters (required)");
}

void ErForm::setAccount(const Profile *profile, const QString &region)
{
    m_typedRouters = profile ? profile->erIds.value(region) : QStringList{};
    if (m_routerPinned)
        return;
    {
        const QSignalBlocker block(m_ui->erIdCombo);
        m_ui->erIdCombo->clear();
        m_ui->erIdCombo->addItems(m_typedRouters);
        m_ui->erIdCombo->setCurrentIndex(m_ui->erIdCombo->count() > 0 ? 0 : -1);
    }
    m_listedRouter = m_ui->erIdCombo->currentText().trimmed(); // the dialog asks for its attachments next
    m_attachmentPicker->setChoices({});
    Q_EMIT changed();
}

QList<ChoiceNeed> ErForm::choiceNeeds() const
{
    QList<ChoiceNeed> needs{{ChoiceKind::ErRouters, {}}};
    if (const QString router = m_ui->erIdCombo->currentText().trimmed(); !router.isEmpty())
        needs.append({ChoiceKind::ErAttachments, router});
    return needs;
}

void ErForm::offerChoices(const ChoiceNeed &need, const QList<Resource> &rows)
{
    switch (need.kind) {
    case ChoiceKind::ErRouters:
        offerIds(m_ui->erIdCombo, m_typedRouters, rows);
        Q_EMIT changed();
        routerMaybeChanged();
        return;
    case ChoiceKind::ErAttachments:
        if (need.instanceId == m_ui->erIdCombo->currentText().trimmed())
            m_attachmentPicker->setChoices(rows);
        return;
    case ChoiceKind::Vpcs:
    case ChoiceKind::VSwitches:
    case ChoiceKind::TransitRouters:
    case ChoiceKind::TrAttachments:
    case ChoiceKind::EcrInstances:
    case ChoiceKind::Vbrs:
        return;
    }
}

void ErForm::routerMaybeChanged()
{
    const QString router = m_ui->erIdCombo->currentText().trimmed();
    if (router == m_listedRouter)
        return;
    m_listedRouter = router;
    m_attachmentPicker->setChoices({});
    Q_EMIT choicesNeeded();
}

void ErForm::readExtra(FlowLogDraft &d) const
{
    d.resourceType = QStringLiteral("attachment"); // the only kind ER flow logs take
}

void ErForm::writeExtra(const FlowLogDraft &)
{
    m_routerPinned = true; // keep the draft's router when the region changes
}

void ErForm::setDefaultsFrom(const FlowLog &row)
{
    m_ui->logGroupIdEdit->setText(row.storageProject);
    m_ui->logStreamIdEdit->setText(row.storageStore);
}

void ErForm::describeCreated(const FlowLogDraft &d, FlowLog &row) const
{
    row.status = QStringLiteral("pending");
    row.resourceType = QStringLiteral("attachment");
    row.resourceId = d.resourceId;
    row.storageProject = d.logGroupId;
    row.storageStore = d.logStreamId;
}

} // namespace flowlog
