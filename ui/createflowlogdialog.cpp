#include "createflowlogdialog.h"
#include "createtarget.h"

#include "jobfactory.h"
#include "pendingcreates.h"
#include "textsafety.h"
#include "ui_createflowlogdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace flowlog {

namespace {

const QLatin1StringView allFields[] = {
    fields::Region,          fields::Name,
    fields::Description,     fields::ResourceType,
    fields::ResourceId,      fields::TrafficType,
    fields::TrafficPath,     fields::ProjectName,
    fields::LogStoreName,    fields::Interval,
    fields::SamplingRate,    fields::CenId,
    fields::TransitRouterId, fields::TransitRouterAttachmentId,
    fields::LogFormat,       fields::EcrId,
    fields::InstanceId,      fields::ErId,
    fields::LogGroupId,      fields::LogStreamId,
};

// Two drafts that would send the same request: the same client token may be reused for them.
bool sameRequest(const FlowLogDraft &a, const FlowLogDraft &b)
{
    return a.service == b.service && a.region == b.region && a.name == b.name && a.description == b.description &&
           a.resourceType == b.resourceType && a.resourceId == b.resourceId && a.trafficType == b.trafficType &&
           a.trafficPaths == b.trafficPaths && a.projectName == b.projectName && a.logStoreName == b.logStoreName &&
           a.intervalSeconds == b.intervalSeconds && a.cenId == b.cenId && a.transitRouterId == b.transitRouterId &&
           a.transitRouterAttachmentId == b.transitRouterAttachmentId && a.logFormat == b.logFormat &&
           a.ecrId == b.ecrId && a.instanceId == b.instanceId && a.samplingRate == b.samplingRate &&
           a.dryRun == b.dryRun && a.erId == b.erId && a.logGroupId == b.logGroupId && a.logStreamId == b.logStreamId &&
           a.tags == b.tags;
}

// What the table can show of the new flow log until the next listing brings the provider's record.
FlowLog recordFromDraft(const FlowLogDraft &d, const SourceSpec &target, const CreateResult &r)
{
    FlowLog f = r.hasFlowLog ? r.flowLog : FlowLog{};
    f.account = target.profileName;
    f.profileId = target.profileId;
    f.provider = providerOf(d.service);
    f.service = d.service;
    f.region = target.region;
    if (f.id.isEmpty())
        f.id = r.flowLogId;
    if (r.hasFlowLog)
        return f;
    f.name = d.name;
    f.description = d.description;
    f.status = d.service == Service::Er ? QStringLiteral("pending") : QStringLiteral("Creating");
    switch (d.service) {
    case Service::Vpc:
        f.resourceType = d.resourceType;
        f.resourceId = d.resourceId;
        f.trafficType = d.trafficType;
        break;
    case Service::Cen:
        if (!d.transitRouterAttachmentId.isEmpty()) {
            f.resourceType = QStringLiteral("TransitRouterAttachment");
            f.resourceId = d.transitRouterAttachmentId;
        } else if (!d.transitRouterId.isEmpty()) {
            f.resourceType = QStringLiteral("TransitRouter");
            f.resourceId = d.transitRouterId;
        } else {
            f.resourceType = QStringLiteral("CEN");
            f.resourceId = d.cenId;
        }
        break;
    case Service::Ecr:
        f.resourceType = QStringLiteral("VBR");
        f.resourceId = d.instanceId;
        f.samplingRate = d.samplingRate.isEmpty() ? allowedSamplingRates().first() : d.samplingRate;
        break;
    case Service::Er:
        f.resourceType = QStringLiteral("attachment");
        f.resourceId = d.resourceId;
        break;
    }
    f.storageProject = d.service == Service::Er ? d.logGroupId : d.projectName;
    f.storageStore = d.service == Service::Er ? d.logStreamId : d.logStoreName;
    f.intervalSeconds = d.intervalSeconds > 0 ? d.intervalSeconds : defaultIntervalSeconds(d.service);
    f.created = QDateTime::currentDateTimeUtc();
    f.tags = d.tags;
    return f;
}

// Pending creates of the user's profiles live in the state file (across dialogs, restarts and flowlog-cli runs);
// those of a sandbox session's made-up profiles in memory, for the life of the process.
PendingCreates &pendingCreates(const ProfileStore *profiles)
{
    static PendingCreates session;
    static PendingCreates persistent(PendingCreates::defaultPath());
    return profiles && profiles->isPersistent() ? persistent : session;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

void selectText(QComboBox *combo, const QString &text)
{
    if (combo->isEditable())
        combo->setEditText(text);
    else
        combo->setCurrentIndex(combo->findText(text));
}

QString intervalText(Service s, int seconds)
{
    if (s == Service::Vpc)
        return seconds == 60 ? CreateFlowLogDialog::tr("1 minute")
                             : CreateFlowLogDialog::tr("%1 minutes").arg(seconds / 60);
    return CreateFlowLogDialog::tr("%1 seconds").arg(seconds);
}

} // namespace

CreateFlowLogDialog::CreateFlowLogDialog(ProfileStore *profiles, CredentialStore *credentials,
                                         Inventory::NamProvider nams, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::CreateFlowLogDialog)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_nams(std::move(nams))
{
    m_ui->setupUi(this);
    m_ui->busyIndicator->hide();
    m_ui->statusLabel->hide();
    m_ui->statusLabel->setTextFormat(Qt::PlainText); // it shows provider messages: never as markup

    // Mnemonics of the form labels go to their inputs; each input gets its message label right below it.
    for (QFormLayout *form :
         {m_ui->commonForm, m_ui->vpcForm, m_ui->cenForm, m_ui->ecrForm, m_ui->erForm, m_ui->storageForm}) {
        QList<QWidget *> inputs;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            if (!fieldItem || !fieldItem->widget())
                continue;
            if (auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr)
                label->setBuddy(fieldItem->widget());
            inputs << fieldItem->widget();
        }
        for (QWidget *input : std::as_const(inputs)) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getWidgetPosition(input, &row, &role);
            auto *error = new QLabel(this);
            error->setObjectName(input->objectName() + QStringLiteral("Error"));
            error->setWordWrap(true);
            error->setTextFormat(Qt::PlainText);
            error->setStyleSheet(QStringLiteral("color: #b00020;"));
            error->hide();
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), error);
            m_errorLabels.insert(input, error);
        }
    }

    for (const QString &t : allowedResourceTypes(Service::Vpc))
        m_ui->resourceTypeCombo->addItem(t, t);
    for (const QString &t : allowedTrafficTypes())
        m_ui->trafficTypeCombo->addItem(t, t);
    for (const QString &r : allowedSamplingRates())
        m_ui->samplingRateCombo->addItem(r, r);
    m_ui->trafficTypeCombo->setCurrentIndex(0);
    m_ui->resourceTypeCombo->setCurrentIndex(-1);

    // Every input revalidates on any change; a user edit also marks the input as touched.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (qobject_cast<QComboBox *>(edit->parentWidget()))
            continue;
        connect(edit, &QLineEdit::textChanged, this, &CreateFlowLogDialog::revalidate);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { onEdited(edit); });
    }
    for (QComboBox *combo : {m_ui->regionCombo, m_ui->resourceTypeCombo, m_ui->trafficTypeCombo, m_ui->intervalCombo,
                             m_ui->ecrIdCombo, m_ui->samplingRateCombo, m_ui->erIdCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &CreateFlowLogDialog::revalidate);
        connect(combo, &QComboBox::activated, this, [this, combo] { onEdited(combo); });
        if (combo->isEditable()) {
            connect(combo, &QComboBox::editTextChanged, this, &CreateFlowLogDialog::revalidate);
            connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, combo] { onEdited(combo); });
        }
    }
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &CreateFlowLogDialog::onRegionChanged);
    for (QCheckBox *check : {m_ui->trafficPathAllCheck, m_ui->trafficPathInternetGatewayCheck})
        connect(check, &QCheckBox::toggled, this, [this] { onEdited(m_ui->trafficPathBox); });
    connect(m_ui->tagEditor, &TagEditor::changed, this, [this] { onEdited(m_ui->tagEditor); });
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &CreateFlowLogDialog::onAccountChanged);
    connect(m_ui->serviceCombo, &QComboBox::currentIndexChanged, this, &CreateFlowLogDialog::onServiceChanged);
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_ui->dryRunButton, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateFlowLogDialog::reject);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::changed, this, &CreateFlowLogDialog::fillAccounts);

    fillAccounts();
}

CreateFlowLogDialog::~CreateFlowLogDialog()
{
    if (m_job)
        m_job->abort();
    delete m_ui;
}

void CreateFlowLogDialog::fillAccounts()
{
    const QString current = m_ui->accountCombo->currentData().toString();
    {
        const QSignalBlocker block(m_ui->accountCombo);
        m_ui->accountCombo->clear();
        if (m_profiles) {
            for (const Profile &p : m_profiles->profiles())
                m_ui->accountCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name, providerDisplayName(p.provider)),
                                            p.id);
        }
        const int index = m_ui->accountCombo->findData(current);
        m_ui->accountCombo->setCurrentIndex(index >= 0 ? index : (m_ui->accountCombo->count() > 0 ? 0 : -1));
    }
    onAccountChanged();
}

const Profile *CreateFlowLogDialog::currentProfile() const
{
    return m_profiles ? m_profiles->findById(m_ui->accountCombo->currentData().toString()) : nullptr;
}

Service CreateFlowLogDialog::currentService() const
{
    const QVariant data = m_ui->serviceCombo->currentData();
    return data.isValid() ? static_cast<Service>(data.toInt()) : Service::Vpc;
}

void CreateFlowLogDialog::onAccountChanged()
{
    const Profile *profile = currentProfile();
    const Service previous = currentService();
    {
        const QSignalBlocker block(m_ui->serviceCombo);
        m_ui->serviceCombo->clear();
        if (profile) {
            for (Service s : servicesOf(profile->provider))
                m_ui->serviceCombo->addItem(serviceDisplayName(s), static_cast<int>(s));
        }
        const int index = m_ui->serviceCombo->findData(static_cast<int>(previous));
        m_ui->serviceCombo->setCurrentIndex(index >= 0 ? index : (m_ui->serviceCombo->count() > 0 ? 0 : -1));
    }
    {
        const QString region = m_ui->regionCombo->currentText();
        const QSignalBlocker block(m_ui->regionCombo);
        m_ui->regionCombo->clear();
        if (profile)
            m_ui->regionCombo->addItems(profile->effectiveRegions());
        const int index = m_ui->regionCombo->findText(region);
        m_ui->regionCombo->setCurrentIndex(index >= 0 ? index : (m_ui->regionCombo->count() > 0 ? 0 : -1));
    }
    {
        const QSignalBlocker block(m_ui->ecrIdCombo);
        const QString typed = m_ui->ecrIdCombo->currentText();
        m_ui->ecrIdCombo->clear();
        if (profile)
            m_ui->ecrIdCombo->addItems(profile->ecrIds);
        if (m_touched.contains(m_ui->ecrIdCombo))
            m_ui->ecrIdCombo->setEditText(typed);
    }
    m_serverErrors.clear();
    onServiceChanged();
}

void CreateFlowLogDialog::onServiceChanged()
{
    const Service s = currentService();
    m_serverErrors.clear(); // they named fields of the service that was chosen before
    m_ui->tagEditor->setListError({});
    switch (s) {
    case Service::Vpc:
        m_ui->serviceStack->setCurrentWidget(m_ui->vpcPage);
        break;
    case Service::Cen:
        m_ui->serviceStack->setCurrentWidget(m_ui->cenPage);
        break;
    case Service::Ecr:
        m_ui->serviceStack->setCurrentWidget(m_ui->ecrPage);
        break;
    case Service::Er:
        m_ui->serviceStack->setCurrentWidget(m_ui->erPage);
        break;
    }
    const bool sls = s != Service::Er;
    m_ui->storageGroup->setVisible(sls);
    m_ui->tagsGroup->setVisible(sls);                                      // the ER create API takes no tags
    m_ui->commonForm->setRowVisible(m_ui->regionCombo, s != Service::Ecr); // ECR is served from one region
    m_ui->dryRunButton->setVisible(s == Service::Ecr);
    m_ui->nameEdit->setPlaceholderText(s == Service::Er    ? tr("1 to 64 characters (required)")
                                       : s == Service::Vpc ? tr("2 to 128 letters, digits, '.', '_' or '-' (optional)")
                                                           : tr("Optional, up to 128 characters"));
    {
        const int previous = m_ui->intervalCombo->currentData().toInt();
        const QSignalBlocker block(m_ui->intervalCombo);
        m_ui->intervalCombo->clear();
        for (int seconds : allowedIntervalsSeconds(s))
            m_ui->intervalCombo->addItem(intervalText(s, seconds), seconds);
        int index = m_ui->intervalCombo->findData(previous);
        if (index < 0)
            index = m_ui->intervalCombo->findData(defaultIntervalSeconds(s));
        m_ui->intervalCombo->setCurrentIndex(index);
    }
    onRegionChanged();
    revalidate();
}

void CreateFlowLogDialog::onRegionChanged()
{
    const Profile *profile = currentProfile();
    if (currentService() != Service::Er || m_touched.contains(m_ui->erIdCombo))
        return;
    const QSignalBlocker block(m_ui->erIdCombo);
    m_ui->erIdCombo->clear();
    if (profile)
        m_ui->erIdCombo->addItems(profile->erIds.value(m_ui->regionCombo->currentText().trimmed()));
    m_ui->erIdCombo->setCurrentIndex(m_ui->erIdCombo->count() > 0 ? 0 : -1);
    revalidate();
}

void CreateFlowLogDialog::onEdited(QWidget *input)
{
    m_touched.insert(input);
    // The provider's complaint about a field stands until the user changes that field.
    for (auto it = m_serverErrors.begin(); it != m_serverErrors.end();) {
        if (inputFor(it.key()) == input)
            it = m_serverErrors.erase(it);
        else
            ++it;
    }
    if (input == m_ui->tagEditor)
        m_ui->tagEditor->setListError(m_serverErrors.value(QString(fields::Tags)));
    revalidate();
}

QWidget *CreateFlowLogDialog::inputFor(const QString &field) const
{
    const Service s = currentService();
    if (field == fields::Region)
        return s == Service::Ecr ? nullptr : m_ui->regionCombo;
    if (field == fields::Name)
        return m_ui->nameEdit;
    if (field == fields::Description)
        return m_ui->descriptionEdit;
    if (field == fields::Tags)
        return s == Service::Er ? nullptr : m_ui->tagEditor;
    if (s != Service::Er) {
        if (field == fields::ProjectName)
            return m_ui->projectNameEdit;
        if (field == fields::LogStoreName)
            return m_ui->logStoreNameEdit;
        if (field == fields::Interval)
            return m_ui->intervalCombo;
    }
    switch (s) {
    case Service::Vpc:
        if (field == fields::ResourceType)
            return m_ui->resourceTypeCombo;
        if (field == fields::ResourceId)
            return m_ui->resourceIdEdit;
        if (field == fields::TrafficType)
            return m_ui->trafficTypeCombo;
        if (field == fields::TrafficPath)
            return m_ui->trafficPathBox;
        break;
    case Service::Cen:
        if (field == fields::CenId)
            return m_ui->cenIdEdit;
        if (field == fields::TransitRouterId)
            return m_ui->transitRouterIdEdit;
        if (field == fields::TransitRouterAttachmentId)
            return m_ui->transitRouterAttachmentIdEdit;
        if (field == fields::LogFormat)
            return m_ui->logFormatEdit;
        break;
    case Service::Ecr:
        if (field == fields::EcrId)
            return m_ui->ecrIdCombo;
        if (field == fields::InstanceId)
            return m_ui->instanceIdEdit;
        if (field == fields::SamplingRate)
            return m_ui->samplingRateCombo;
        break;
    case Service::Er:
        if (field == fields::ErId)
            return m_ui->erIdCombo;
        if (field == fields::ResourceId)
            return m_ui->attachmentIdEdit;
        if (field == fields::LogGroupId)
            return m_ui->logGroupIdEdit;
        if (field == fields::LogStreamId)
            return m_ui->logStreamIdEdit;
        break;
    }
    return nullptr;
}

QLabel *CreateFlowLogDialog::errorLabelFor(QWidget *input)
{
    return m_errorLabels.value(input);
}

FlowLogDraft CreateFlowLogDialog::currentDraft() const
{
    FlowLogDraft d;
    d.service = currentService();
    if (d.service != Service::Ecr)
        d.region = m_ui->regionCombo->currentText().trimmed();
    d.name = m_ui->nameEdit->text();
    d.description = m_ui->descriptionEdit->text();
    if (d.service != Service::Er) {
        d.projectName = m_ui->projectNameEdit->text().trimmed();
        d.logStoreName = m_ui->logStoreNameEdit->text().trimmed();
        d.intervalSeconds = m_ui->intervalCombo->currentData().toInt();
        d.tags = m_ui->tagEditor->tags();
    }
    switch (d.service) {
    case Service::Vpc:
        d.resourceType = m_ui->resourceTypeCombo->currentData().toString();
        d.resourceId = m_ui->resourceIdEdit->text().trimmed();
        d.trafficType = m_ui->trafficTypeCombo->currentData().toString();
        if (m_ui->trafficPathAllCheck->isChecked())
            d.trafficPaths << QStringLiteral("all");
        if (m_ui->trafficPathInternetGatewayCheck->isChecked())
            d.trafficPaths << QStringLiteral("internetGateway");
        break;
    case Service::Cen:
        d.cenId = m_ui->cenIdEdit->text().trimmed();
        d.transitRouterId = m_ui->transitRouterIdEdit->text().trimmed();
        d.transitRouterAttachmentId = m_ui->transitRouterAttachmentIdEdit->text().trimmed();
        d.logFormat = m_ui->logFormatEdit->text().trimmed();
        break;
    case Service::Ecr:
        d.ecrId = m_ui->ecrIdCombo->currentText().trimmed();
        d.instanceId = m_ui->instanceIdEdit->text().trimmed();
        d.samplingRate = m_ui->samplingRateCombo->currentData().toString();
        break;
    case Service::Er:
        d.erId = m_ui->erIdCombo->currentText().trimmed();
        d.resourceType = QStringLiteral("attachment");
        d.resourceId = m_ui->attachmentIdEdit->text().trimmed();
        d.logGroupId = m_ui->logGroupIdEdit->text().trimmed();
        d.logStreamId = m_ui->logStreamIdEdit->text().trimmed();
        break;
    }
    return d;
}

void CreateFlowLogDialog::setDraft(const FlowLogDraft &d)
{
    // An account of the draft's provider, then its service.
    const Profile *profile = currentProfile();
    if (!profile || profile->provider != providerOf(d.service)) {
        for (int i = 0; m_profiles && i < m_ui->accountCombo->count(); ++i) {
            const Profile *p = m_profiles->findById(m_ui->accountCombo->itemData(i).toString());
            if (p && p->provider == providerOf(d.service)) {
                m_ui->accountCombo->setCurrentIndex(i);
                break;
            }
        }
    }
    selectData(m_ui->serviceCombo, static_cast<int>(d.service));
    if (d.service != Service::Ecr)
        m_ui->regionCombo->setEditText(d.region);
    m_ui->nameEdit->setText(d.name);
    m_ui->descriptionEdit->setText(d.description);
    m_ui->projectNameEdit->setText(d.projectName);
    m_ui->logStoreNameEdit->setText(d.logStoreName);
    selectData(m_ui->intervalCombo, d.intervalSeconds > 0 ? d.intervalSeconds : defaultIntervalSeconds(d.service));
    m_ui->tagEditor->setTags(d.tags);
    switch (d.service) {
    case Service::Vpc:
        selectData(m_ui->resourceTypeCombo, d.resourceType);
        m_ui->resourceIdEdit->setText(d.resourceId);
        selectData(m_ui->trafficTypeCombo, d.trafficType);
        m_ui->trafficPathAllCheck->setChecked(d.trafficPaths.contains(QLatin1String("all")));
        m_ui->trafficPathInternetGatewayCheck->setChecked(d.trafficPaths.contains(QLatin1String("internetGateway")));
        break;
    case Service::Cen:
        m_ui->cenIdEdit->setText(d.cenId);
        m_ui->transitRouterIdEdit->setText(d.transitRouterId);
        m_ui->transitRouterAttachmentIdEdit->setText(d.transitRouterAttachmentId);
        m_ui->logFormatEdit->setText(d.logFormat);
        break;
    case Service::Ecr:
        selectText(m_ui->ecrIdCombo, d.ecrId);
        m_ui->instanceIdEdit->setText(d.instanceId);
        selectData(m_ui->samplingRateCombo, d.samplingRate.isEmpty() ? allowedSamplingRates().first() : d.samplingRate);
        break;
    case Service::Er:
        m_touched.insert(m_ui->erIdCombo); // keep the draft's router when the region changes
        selectText(m_ui->erIdCombo, d.erId);
        m_ui->attachmentIdEdit->setText(d.resourceId);
        m_ui->logGroupIdEdit->setText(d.logGroupId);
        m_ui->logStreamIdEdit->setText(d.logStreamId);
        break;
    }
    revalidate();
}

void CreateFlowLogDialog::setDefaultsFrom(const FlowLog &row)
{
    if (m_profiles) {
        const Profile *p = m_profiles->findById(row.profileId);
        if (!p)
            p = m_profiles->findByName(row.account);
        if (p)
            selectData(m_ui->accountCombo, p->id);
    }
    selectData(m_ui->serviceCombo, static_cast<int>(row.service));
    if (row.service != Service::Ecr && !row.region.isEmpty())
        m_ui->regionCombo->setEditText(row.region);
    const QJsonObject raw = row.raw();
    if (row.service == Service::Er) {
        m_ui->logGroupIdEdit->setText(row.storageProject);
        m_ui->logStreamIdEdit->setText(row.storageStore);
    } else {
        m_ui->projectNameEdit->setText(row.storageProject);
        m_ui->logStoreNameEdit->setText(row.storageStore);
        if (row.intervalSeconds > 0 && isAllowedInterval(row.service, row.intervalSeconds))
            selectData(m_ui->intervalCombo, row.intervalSeconds);
    }
    if (row.service == Service::Cen)
        m_ui->cenIdEdit->setText(raw.value(QLatin1String("CenId")).toString()); // notr
    if (row.service == Service::Ecr)
        selectText(m_ui->ecrIdCombo, raw.value(QLatin1String("EcrId")).toString());
    if (row.service == Service::Vpc)
        selectData(m_ui->trafficTypeCombo, row.trafficType.isEmpty() ? QStringLiteral("All") : row.trafficType);
    revalidate();
}

QString CreateFlowLogDialog::messageFor(const QString &field) const
{
    if (field == fields::Tags) {
        if (const auto *label = findChild<QLabel *>(QStringLiteral("tagsError")); label && !label->isHidden())
            return label->text();
        for (int r = 0; r < m_ui->tagEditor->rowCount(); ++r) {
            if (!m_ui->tagEditor->rowError(r).isEmpty())
                return m_ui->tagEditor->rowError(r);
        }
        return {};
    }
    QWidget *input = inputFor(field);
    const QLabel *label = input ? m_errorLabels.value(input) : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

void CreateFlowLogDialog::revalidate()
{
    const FlowLogDraft draft = currentDraft();
    const QList<Violation> violations = validateDraft(draft);

    QHash<QString, QString> shown;
    for (const Violation &v : violations) {
        if (shown.contains(v.field) || v.field == fields::Tags)
            continue;
        QWidget *input = inputFor(v.field);
        // "Enter X" waits until the user has been in the field (or tried to create), so a new form is not red.
        if (v.rule.endsWith(QLatin1String(".required")) && !m_submitAttempted && !m_touched.contains(input))
            continue;
        shown.insert(v.field, v.message);
    }
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it)
        shown.insert(it.key(), it.value());
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    for (const QLatin1StringView field : allFields) {
        QWidget *input = inputFor(QString(field));
        QLabel *label = input ? errorLabelFor(input) : nullptr;
        if (!label)
            continue;
        const QString message = shown.value(QString(field));
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
    m_ui->tagEditor->setViolations(violations);

    const bool haveAccount = currentProfile() != nullptr;
    const bool ok = violations.isEmpty() && haveAccount;
    m_ui->createButton->setEnabled(ok && !m_busy);
    m_ui->dryRunButton->setEnabled(ok && !m_busy);
    QStringList why;
    if (!haveAccount)
        why << tr("Add an account first (File > Accounts).");
    for (const Violation &v : violations)
        why << v.message;
    why.removeDuplicates();
    m_ui->createButton->setToolTip(ok ? tr("Create this flow log") : why.join(QLatin1Char('\n')));
}

void CreateFlowLogDialog::submit(bool dryRun)
{
    if (m_busy)
        return;
    m_submitAttempted = true;
    FlowLogDraft draft = currentDraft();
    draft.dryRun = dryRun;
    const Profile *profile = currentProfile();
    if (!profile || !validateDraft(draft).isEmpty()) {
        revalidate();
        return;
    }
    // The same request sent again keeps its client token, so it can never create twice: a retry here, and one
    // whose outcome stayed unknown in an earlier dialog or run (PendingCreates, shared with flowlog-cli).
    const QString previous = sameRequest(draft, m_submitted) ? m_submitted.clientToken : QString();
    if (dryRun) {
        draft.clientToken = previous;
        draft.ensureClientToken();
    } else {
        const PendingCreates::Begun begun =
            pendingCreates(m_profiles).begin(profile->id, profile->name, draft, previous);
        draft.clientToken = begun.clientToken;
        m_pendingFresh = !begun.reused;
    }
    m_submitted = draft;
    m_serverErrors.clear();
    m_ui->tagEditor->setListError({});
    m_ui->statusLabel->setText(dryRun ? tr("Checking with the service…") : tr("Creating the flow log…"));
    m_ui->statusLabel->setStyleSheet({});
    m_ui->statusLabel->show();
    setBusy(true);
    const quint64 submission = ++m_submission;
    m_credentials->readSecret(profile->id, this,
                              [this, submission](const SecretResult &secret) { onSecret(submission, secret); });
}

void CreateFlowLogDialog::onSecret(quint64 submission, const SecretResult &secret)
{
    if (submission != m_submission || !m_busy)
        return; // cancelled while the keychain answered
    const Profile *profile = currentProfile();
    if (secret.error.isError() || !profile) {
        ApiError e = secret.error;
        if (!profile) {
            e.kind = ApiError::Kind::Configuration;
            e.message = tr("The account was removed.");
        } else if (!m_submitted.dryRun) {
            pendingCreates(m_profiles).settle(profile->id, m_submitted, m_pendingFresh, e);
        }
        setBusy(false);
        showError(e);
        return;
    }
    const SourceSpec target = createTarget(*profile, m_submitted);
    const Credentials credentials{profile->accessKeyId, secret.secret, secret.securityToken};
    m_job = makeCreateJob(target, m_submitted, credentials, m_nams ? m_nams(*profile) : nullptr, RetryPolicy{}, this);
    if (!m_job) {
        setBusy(false);
        ApiError e;
        e.kind = ApiError::Kind::Configuration;
        e.message = tr("Creating %1 flow logs is not available in this build.").arg(serviceDisplayName(target.service));
        if (!m_submitted.dryRun)
            pendingCreates(m_profiles).settle(profile->id, m_submitted, m_pendingFresh, e);
        showError(e);
        return;
    }
    connect(m_job, &CreateJob::retrying, this, [this](int attempt, int delayMs, const ApiError &reason) {
        m_ui->statusLabel->setText(tr("Attempt %1 failed (%2); trying again in %3 s with the same client token…")
                                       .arg(attempt)
                                       .arg(escapeForDisplay(reason.toDisplayString()))
                                       .arg((delayMs + 999) / 1000));
    });
    connect(m_job, &CreateJob::finished, this, &CreateFlowLogDialog::onFinished);
    m_job->start();
}

void CreateFlowLogDialog::onFinished(const CreateResult &result)
{
    CreateJob *job = m_job;
    const SourceSpec target = job ? job->target() : SourceSpec{};
    if (job)
        job->deleteLater();
    m_job = nullptr;
    setBusy(false);
    if (!m_submitted.dryRun && job)
        pendingCreates(m_profiles).settle(target.profileId, m_submitted, m_pendingFresh, result.error);
    if (result.error.isError()) {
        ApiError error = result.error;
        if (error.maybeCommitted && !m_submitted.dryRun)
            error.hint = unknownOutcomeHint(m_submitted.clientToken); // the create API carries the draft's token
        showError(error);
        return;
    }
    if (result.dryRun) {
        m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_ui->statusLabel->setText(
            tr("Dry run passed: the service would create this flow log (request id %1).").arg(result.requestId));
        return;
    }
    Q_EMIT flowLogCreated(recordFromDraft(m_submitted, target, result));
    accept();
}

void CreateFlowLogDialog::showError(const ApiError &error)
{
    const Service s = currentService();
    const QString field =
        !error.field.isEmpty()
            ? error.field
            : fieldForProviderError(s, error.code, error.message + QLatin1Char(' ') + error.dynamicMessage);
    QString text;
    if (error.kind == ApiError::Kind::Aborted)
        text = tr("Cancelled.");
    else if (error.kind == ApiError::Kind::Provider || error.kind == ApiError::Kind::Http)
        text = tr("The service refused the flow log: %1").arg(error.toDisplayString());
    else
        text = tr("The flow log was not created: %1").arg(error.toDisplayString());
    m_ui->statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ui->statusLabel->setText(escapeForDisplay(text));
    m_ui->statusLabel->show();
    if (!field.isEmpty() && inputFor(field)) {
        QString shortText = error.message.isEmpty() ? error.toDisplayString() : error.message;
        if (!error.code.isEmpty())
            shortText += QStringLiteral(" (%1)").arg(error.code);
        m_serverErrors.insert(field, escapeForDisplay(shortText));
        if (field == fields::Tags)
            m_ui->tagEditor->setListError(shortText);
        if (QWidget *input = inputFor(field))
            input->setFocus();
    }
    revalidate();
}

void CreateFlowLogDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyIndicator->setVisible(busy);
    // Inputs are frozen while the request is out, so what was sent is what the form shows.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->accountCombo), static_cast<QWidget *>(m_ui->serviceCombo),
                       static_cast<QWidget *>(m_ui->regionCombo), static_cast<QWidget *>(m_ui->nameEdit),
                       static_cast<QWidget *>(m_ui->descriptionEdit), static_cast<QWidget *>(m_ui->serviceStack),
                       static_cast<QWidget *>(m_ui->storageGroup), static_cast<QWidget *>(m_ui->tagsGroup)})
        w->setEnabled(!busy);
    m_ui->cancelButton->setText(busy ? tr("Stop") : tr("Cancel"));
    revalidate();
}

void CreateFlowLogDialog::reject()
{
    if (m_busy) {
        // Stop the request, keep the dialog: the user decides what to do with the draft.
        ++m_submission;
        if (m_job) {
            m_job->abort();
        } else {
            setBusy(false);
            ApiError e;
            e.kind = ApiError::Kind::Aborted;
            if (const Profile *profile = currentProfile(); profile && !m_submitted.dryRun)
                pendingCreates(m_profiles).settle(profile->id, m_submitted, m_pendingFresh, e); // nothing was sent
            showError(e);
        }
        return;
    }
    QDialog::reject();
}

} // namespace flowlog
