#include "createflowlogdialog.h"

#include "profileidentity.h"

#include "createtarget.h"
#include "flowlogtablemodel.h"
#include "idchoices.h"
#include "jobfactory.h"
#include "pendingcreates.h"
#include "serviceform.h"
#include "slsstoragebox.h"
#include "textsafety.h"
#include "ui_createflowlogdialog.h"
#include "uistyle.h"
#include "validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

#include <limits>

namespace flowlog {

namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
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
    m_idChoices = new IdChoices(new CreateChoices(m_profiles, m_credentials, m_nams, this), m_ui->choicesLabel, this);
    for (const Service s : allServices) {
        ServiceForm *form = makeServiceForm(s, m_ui->serviceStack);
        m_ui->serviceStack->addWidget(form);
        m_forms.insert(s, form);
        m_messages.attach(form->formLayout(), form);
        connect(form, &ServiceForm::changed, this, &CreateFlowLogDialog::revalidate);
        connect(form, &ServiceForm::edited, this, &CreateFlowLogDialog::onEdited);
        connect(form, &ServiceForm::choicesNeeded, m_idChoices, &IdChoices::refresh);
    }
    m_messages.attach(m_ui->commonForm, this);
    // The shared fields and each service's form are separate form layouts: one label width lines them up.
    QList<QFormLayout *> forms{m_ui->commonForm};
    for (ServiceForm *form : std::as_const(m_forms))
        forms << form->formLayout();
    uistyle::alignLabels(forms);
    // The tags take the room to spare; without them (ER) a stretch keeps the form at the top, not gapped.
    m_ui->mainLayout->setStretchFactor(m_ui->tagsGroup, 1);
    m_ui->mainLayout->insertStretch(m_ui->mainLayout->indexOf(m_ui->statusLabel), 0);
    m_messages.attach(m_ui->storageGroup->formLayout(), m_ui->storageGroup);
    connect(m_ui->storageGroup, &SlsStorageBox::changed, this, &CreateFlowLogDialog::revalidate);
    connect(m_ui->storageGroup, &SlsStorageBox::edited, this, &CreateFlowLogDialog::onEdited);

    // Every shared input revalidates on any change; a user edit also marks the input as touched.
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->descriptionEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &CreateFlowLogDialog::revalidate);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { onEdited(edit); });
    }
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &CreateFlowLogDialog::revalidate);
    connect(m_ui->regionCombo, &QComboBox::activated, this, [this] { onEdited(m_ui->regionCombo); });
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &CreateFlowLogDialog::onRegionChanged);
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

ServiceForm *CreateFlowLogDialog::currentForm() const
{
    return m_forms.value(currentService());
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
            m_ui->regionCombo->addItems(createRegions(*profile)); // only the account's: no typed "mars-1"
        const int index = m_ui->regionCombo->findText(region);
        m_ui->regionCombo->setCurrentIndex(index >= 0 ? index : (m_ui->regionCombo->count() > 0 ? 0 : -1));
    }
    for (ServiceForm *form : std::as_const(m_forms))
        form->setAccount(profile, m_ui->regionCombo->currentText().trimmed());
    m_serverErrors.clear();
    onServiceChanged();
}

void CreateFlowLogDialog::onServiceChanged()
{
    ServiceForm *form = currentForm();
    m_serverErrors.clear(); // they named fields of the service that was chosen before
    m_ui->tagEditor->setListError({});
    m_ui->serviceStack->setCurrentWidget(form);
    m_ui->storageGroup->setVisible(form->hasSlsStorage());
    m_ui->tagsGroup->setVisible(form->hasSlsStorage());
    m_ui->commonForm->setRowVisible(m_ui->regionCombo, form->hasRegion());
    m_ui->dryRunButton->setVisible(form->canDryRun());
    m_ui->nameEdit->setPlaceholderText(form->namePlaceholder());
    m_ui->storageGroup->setService(currentService());
    m_idChoices->setTarget(currentProfile(), form, m_ui->regionCombo->currentText().trimmed());
    revalidate();
}

void CreateFlowLogDialog::onRegionChanged()
{
    const Profile *profile = currentProfile();
    for (ServiceForm *form : std::as_const(m_forms))
        form->setAccount(profile, m_ui->regionCombo->currentText().trimmed());
    m_idChoices->setTarget(profile, currentForm(), m_ui->regionCombo->currentText().trimmed());
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
    const ServiceForm *form = currentForm();
    if (field == fields::Region)
        return form->hasRegion() ? m_ui->regionCombo : nullptr;
    if (field == fields::Name)
        return m_ui->nameEdit;
    if (field == fields::Description)
        return m_ui->descriptionEdit;
    if (form->hasSlsStorage()) {
        if (field == fields::Tags)
            return m_ui->tagEditor;
        if (QWidget *input = m_ui->storageGroup->inputFor(field))
            return input;
    }
    return form->inputFor(field);
}

FlowLogDraft CreateFlowLogDialog::currentDraft() const
{
    const ServiceForm *form = currentForm();
    FlowLogDraft d;
    d.service = currentService();
    if (form->hasRegion())
        d.region = m_ui->regionCombo->currentText().trimmed();
    d.name = m_ui->nameEdit->text();
    d.description = m_ui->descriptionEdit->text();
    if (form->hasSlsStorage()) {
        m_ui->storageGroup->readDraft(d);
        d.tags = m_ui->tagEditor->tags();
    }
    form->readDraft(d);
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
    ServiceForm *form = currentForm();
    if (form->hasRegion())
        m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findText(d.region)); // none when not the account's
    m_ui->nameEdit->setText(d.name);
    m_ui->descriptionEdit->setText(d.description);
    m_ui->storageGroup->writeDraft(d);
    m_ui->tagEditor->setTags(d.tags);
    form->writeDraft(d);
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
    ServiceForm *form = currentForm();
    if (form->hasRegion() && m_ui->regionCombo->findText(row.region) >= 0)
        m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findText(row.region));
    if (form->hasSlsStorage())
        m_ui->storageGroup->setDefaultsFrom(row);
    form->setDefaultsFrom(row);
    revalidate();
}

QString CreateFlowLogDialog::messageFor(const QString &field) const
{
    if (field == fields::Tags)
        return m_ui->tagEditor->message();
    const QWidget *input = inputFor(field);
    return input ? m_messages.message(input) : QString();
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
    m_messages.clearAll();
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (QWidget *input = inputFor(it.key()))
            m_messages.set(input, it.value());
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
    m_ui->whyDisabledLabel->setText(ok || m_busy ? QString() : whyDisabled(haveAccount, violations));
}

QString CreateFlowLogDialog::whyDisabled(bool haveAccount, const QList<Violation> &violations) const
{
    if (!haveAccount)
        return tr("Create needs an account: add one in Tools > Accounts.");
    // The first field on screen (top to bottom) that is missing or invalid, touched or not.
    const Violation *first = nullptr;
    int firstY = std::numeric_limits<int>::max();
    QString firstLabel;
    for (const Violation &v : violations) {
        QWidget *input = inputFor(v.field);
        const int y = input ? input->mapTo(this, QPoint(0, 0)).y() : std::numeric_limits<int>::max() - 1;
        if (!first || y < firstY) {
            first = &v;
            firstY = y;
            firstLabel = input ? fieldLabel(input) : QString();
        }
    }
    if (!first)
        return {};
    if (firstLabel.isEmpty())
        return tr("Create is disabled: %1").arg(first->message);
    return tr("Create is disabled: %1: %2").arg(firstLabel, first->message);
}

QString CreateFlowLogDialog::fieldLabel(QWidget *input) const
{
    // The label whose mnemonic goes to the input ("&Resource ID:" -> "Resource ID"), or the group it is in.
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == input) {
            QString text = label->text();
            text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
                text.chop(1);
            return text.trimmed();
        }
    }
    if (input == m_ui->tagEditor)
        return m_ui->tagsGroup->title();
    return {};
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
    if (!dryRun && !confirmNotDuplicate(*profile, draft))
        return;
    // The same request sent again keeps its client token, so it can never create twice: a retry here, and one
    // whose outcome stayed unknown in an earlier dialog or run (PendingCreates, shared with flowlog-cli).
    const QString previous = draft.sameRequestAs(m_submitted) ? m_submitted.clientToken : QString();
    if (dryRun) {
        draft.clientToken = previous;
        draft.ensureClientToken();
    } else {
        const PendingCreates::Begun begun =
            consolePendingCreates(m_profiles).begin(profile->id, profile->name, draft, previous);
        draft.clientToken = begun.clientToken;
        m_pendingFresh = !begun.reused;
    }
    m_submitted = draft;
    m_serverErrors.clear();
    m_ui->tagEditor->setListError({});
    m_ui->statusLabel->setText(dryRun ? tr("Checking with the service…") : tr("Creating the flow log…"));
    uistyle::setTone(m_ui->statusLabel, uistyle::Tone::Normal);
    m_ui->statusLabel->show();
    setBusy(true);
    const quint64 submission = ++m_submission;
    // A role or agency profile creates in the account it assumes, with its temporary credentials.
    readProfileCredentials(*profile, m_profiles, m_credentials, m_nams ? m_nams(*profile) : nullptr, this,
                           [this, submission](const Credentials &credentials, const ApiError &error) {
                               onCredentials(submission, credentials, error);
                           });
}

bool CreateFlowLogDialog::confirmNotDuplicate(const Profile &profile, const FlowLogDraft &draft)
{
    if (!m_findDuplicates)
        return true;
    const FlowLog candidate = currentForm()->createdRecord(draft, createTarget(profile, draft), CreateResult{});
    const QList<Duplicate> duplicates = m_findDuplicates(candidate);
    if (duplicates.isEmpty())
        return true;
    const FlowLog &existing = duplicates.first().existing;
    const QString name = existing.name.isEmpty() ? existing.id : existing.name;
    QString text;
    switch (duplicates.first().reason) {
    case Duplicate::Reason::SameTargetAndStorage:
        text = tr("The flow log “%1” (%2) already records %3 into %4.")
                   .arg(name, existing.id, FlowLogTableModel::resourceText(existing), existing.storageDisplay());
        break;
    case Duplicate::Reason::SameNameOnTarget:
        text = tr("A flow log named “%1” (%2) already exists on %3.")
                   .arg(name, existing.id, FlowLogTableModel::resourceText(existing));
        break;
    }
    if (duplicates.size() > 1)
        text += QLatin1Char(' ') + tr("%1 more flow logs are like it.").arg(duplicates.size() - 1);
    QMessageBox box(QMessageBox::Warning, tr("Possible Duplicate"),
                    escapeForDisplay(text) + QStringLiteral("\n\n") + tr("Create another one anyway?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateQuestion"));
    box.setTextFormat(Qt::PlainText); // names from the provider
    QPushButton *create = box.addButton(tr("Create Anyway"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == create;
}

void CreateFlowLogDialog::onCredentials(quint64 submission, const Credentials &credentials, const ApiError &error)
{
    if (submission != m_submission || !m_busy)
        return; // cancelled while the keychain (or the role's STS) answered
    const Profile *profile = currentProfile();
    if (error.isError() || !profile) {
        ApiError e = error;
        if (!profile) {
            e.kind = ApiError::Kind::Configuration;
            e.message = tr("The account was removed.");
        } else if (!m_submitted.dryRun) {
            consolePendingCreates(m_profiles).settle(profile->id, m_submitted, m_pendingFresh, e);
        }
        setBusy(false);
        showError(e);
        return;
    }
    const SourceSpec target = createTarget(*profile, m_submitted);
    m_job = makeCreateJob(target, m_submitted, credentials, m_nams ? m_nams(*profile) : nullptr, RetryPolicy{}, this);
    if (!m_job) {
        setBusy(false);
        ApiError e;
        e.kind = ApiError::Kind::Configuration;
        e.message = tr("Creating %1 flow logs is not available in this build.").arg(serviceDisplayName(target.service));
        if (!m_submitted.dryRun)
            consolePendingCreates(m_profiles).settle(profile->id, m_submitted, m_pendingFresh, e);
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
        consolePendingCreates(m_profiles).settle(target.profileId, m_submitted, m_pendingFresh, result.error);
    if (result.error.isError()) {
        ApiError error = result.error;
        if (error.maybeCommitted && !m_submitted.dryRun)
            error.hint = unknownOutcomeHint(m_submitted.clientToken); // the create API carries the draft's token
        showError(error);
        return;
    }
    if (result.dryRun) {
        uistyle::setTone(m_ui->statusLabel, uistyle::Tone::Success);
        m_ui->statusLabel->setText(
            tr("Dry run passed: the service would create this flow log (request id %1).").arg(result.requestId));
        return;
    }
    Q_EMIT flowLogCreated(m_forms.value(m_submitted.service)->createdRecord(m_submitted, target, result), target.id());
    accept();
}

void CreateFlowLogDialog::showError(const ApiError &error)
{
    const QString field = !error.field.isEmpty()
                              ? error.field
                              : fieldForProviderError(currentService(), error.code,
                                                      error.message + QLatin1Char(' ') + error.dynamicMessage);
    QString text;
    if (error.kind == ApiError::Kind::Aborted)
        text = tr("Cancelled.");
    else if (error.kind == ApiError::Kind::Provider || error.kind == ApiError::Kind::Http)
        text = tr("The service refused the flow log: %1").arg(error.toDisplayString());
    else
        text = tr("The flow log was not created: %1").arg(error.toDisplayString());
    uistyle::setTone(m_ui->statusLabel, uistyle::Tone::Error);
    m_ui->statusLabel->setText(escapeForDisplay(text));
    m_ui->statusLabel->show();
    if (QWidget *input = field.isEmpty() ? nullptr : inputFor(field)) {
        QString shortText = error.message.isEmpty() ? error.toDisplayString() : error.message;
        if (!error.code.isEmpty())
            shortText += QStringLiteral(" (%1)").arg(error.code);
        m_serverErrors.insert(field, escapeForDisplay(shortText));
        if (field == fields::Tags)
            m_ui->tagEditor->setListError(shortText);
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
                consolePendingCreates(m_profiles)
                    .settle(profile->id, m_submitted, m_pendingFresh, e); // nothing was sent
            showError(e);
        }
        return;
    }
    QDialog::reject();
}

} // namespace flowlog
