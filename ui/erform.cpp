#include "erform.h"

#include "ui_erform.h"

namespace flowlog {

ErForm::ErForm(QWidget *parent)
    : ServiceForm(parent)
    , m_ui(new Ui::ErForm)
{
    m_ui->setupUi(this);
    bindings().bind(fields::ErId, m_ui->erIdCombo, &FlowLogDraft::erId);
    bindings().bind(fields::ResourceId, m_ui->attachmentIdEdit, &FlowLogDraft::resourceId);
    bindings().bind(fields::LogGroupId, m_ui->logGroupIdEdit, &FlowLogDraft::logGroupId);
    bindings().bind(fields::LogStreamId, m_ui->logStreamIdEdit, &FlowLogDraft::logStreamId);
    watchInputs();
    connect(this, &ServiceForm::edited, this, [this](QWidget *input) {
        if (input == m_ui->erIdCombo)
            m_routerPinned = true;
    });
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
    if (m_routerPinned)
        return;
    {
        const QSignalBlocker block(m_ui->erIdCombo);
        m_ui->erIdCombo->clear();
        if (profile)
            m_ui->erIdCombo->addItems(profile->erIds.value(region));
        m_ui->erIdCombo->setCurrentIndex(m_ui->erIdCombo->count() > 0 ? 0 : -1);
    }
    Q_EMIT changed();
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
