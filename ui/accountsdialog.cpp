#include "accountsdialog.h"

#include "aliyunimportdialog.h"

#include "discoverdialog.h"
#include "profileidentity.h"

#include "jobfactory.h"
#include "profileeditdialog.h"
#include "textsafety.h"
#include "ui_accountsdialog.h"

#include <QCheckBox>
#include <QColor>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace flowlog {

namespace {

// The credential kind, and what the key is used for when it is not the account's own: the role or agency it
// assumes, or the organisation it manages.
QString credentialText(const Profile &p)
{
    const QString kind =
        p.kind == Profile::Kind::StsToken ? AccountsDialog::tr("STS token") : AccountsDialog::tr("AccessKey");
    // No default: a new way of reaching an account says here how it is shown.
    switch (p.access()) {
    case Profile::Access::Key:
        return kind;
    case Profile::Access::Role:
        return AccountsDialog::tr("%1, assumes role %2").arg(kind, p.roleArn);
    case Profile::Access::Agency:
        return AccountsDialog::tr("%1, assumes agency %2 in %3").arg(kind, p.agencyName, p.agencyDomainId);
    case Profile::Access::Organization:
        return AccountsDialog::tr("%1, manages an organisation").arg(kind);
    }
    return kind;
}

// The index of a broken entry in ProfileStore::brokenProfiles(), -1 for a profile.
constexpr int BrokenRole = Qt::UserRole + 1;

enum Column
{
    NameColumn,
    ProviderColumn,
    KindColumn,
    AccessKeyIdColumn,
    RegionsColumn,
    EnabledColumn,
    ColumnCount
};

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, AccountsDialog::tr("Accounts"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

} // namespace

AccountsDialog::AccountsDialog(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_nams(std::move(nams))
    , m_confirm(&askWithMessageBox)
    , m_aliyunConfigPath(defaultAliyunConfigPath())
    , m_writer(new ProfileWriter(profiles, credentials, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Accounts"));
    m_ui->profilesTable->setColumnCount(ColumnCount);
    m_ui->profilesTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Provider"), tr("Kind"), tr("AccessKey ID"), tr("Regions"), tr("Enabled")});
    m_ui->profilesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->profilesTable->verticalHeader()->hide();
    m_ui->storeLabel->setText(tr("Secrets are kept in the %1, never in files.").arg(m_credentials->description()));

    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountsDialog::editProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_ui->importButton, &QPushButton::clicked, this, &AccountsDialog::importFromAliyun);
    connect(m_ui->profilesTable, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_ui->profilesTable, &QTableWidget::cellDoubleClicked, this, [this] { editProfile(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(m_profiles, &ProfileStore::changed, this, &AccountsDialog::reloadTable);
    connect(m_ui->accountsSearch, &QLineEdit::textChanged, this, &AccountsDialog::applySearch);
    // Long lists: sorted by a header click (by name at first), narrowed by the search field.
    m_ui->profilesTable->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->profilesTable->sortByColumn(NameColumn, Qt::AscendingOrder);
    reloadTable();
}

void AccountsDialog::applySearch()
{
    const QString needle = m_ui->accountsSearch->text().trimmed();
    QTableWidget *table = m_ui->profilesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        bool match = needle.isEmpty();
        for (int c = 0; c < ColumnCount && !match; ++c) {
            const QTableWidgetItem *item = table->item(row, c);
            match = item && item->text().contains(needle, Qt::CaseInsensitive);
        }
        table->setRowHidden(row, !match);
    }
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reloadTable()
{
    const Profile *selected = selectedProfile();
    const QString selectedId = selected ? selected->id : QString();
    QTableWidget *table = m_ui->profilesTable;
    table->setSortingEnabled(false); // rows are filled by index: sort once they are all in
    table->setRowCount(0);
    const auto addRow = [table](const QStringList &cells, const QVariant &id, int brokenIndex) {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(escapeForDisplay(cells.value(c)));
            item->setData(Qt::UserRole, id);
            item->setData(BrokenRole, brokenIndex);
            table->setItem(row, c, item);
        }
        return row;
    };
    for (const Profile &p : m_profiles->profiles()) {
        const int row = addRow({p.name, providerDisplayName(p.provider), credentialText(p), p.accessKeyId,
                                p.effectiveRegions().join(QStringLiteral(", ")), p.enabled ? tr("yes") : tr("no")},
                               p.id, -1);
        QTableWidgetItem *name = table->item(row, NameColumn);
        if (QColor(p.color).isValid())
            name->setData(Qt::DecorationRole, QColor(p.color));
        if (!p.label.isEmpty())
            name->setToolTip(plainTextToolTip(p.label));
    }
    // Entries the settings file holds but that cannot be used: shown, never swept, repairable or removable.
    const QList<BrokenProfile> &broken = m_profiles->brokenProfiles();
    for (int i = 0; i < broken.size(); ++i) {
        const BrokenProfile &b = broken.at(i);
        const int row = addRow({b.name.isEmpty() ? tr("(no name)") : b.name, tr("broken: %1").arg(b.reason)}, b.id, i);
        // No span across the other columns: spans stay where they are when the table is sorted.
        for (int c = 0; c < ColumnCount; ++c) {
            if (QTableWidgetItem *item = table->item(row, c))
                item->setToolTip(
                    plainTextToolTip(tr("This entry of the settings file cannot be used: %1").arg(b.reason)));
        }
        table->item(row, NameColumn)->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
    applySearch();
    if (!selectedId.isEmpty())
        selectProfile(selectedId);
    updateButtons();
}

const Profile *AccountsDialog::selectedProfile() const
{
    const QList<QTableWidgetItem *> items = m_ui->profilesTable->selectedItems();
    if (items.isEmpty() || items.first()->data(BrokenRole).toInt() >= 0)
        return nullptr;
    return m_profiles->findById(items.first()->data(Qt::UserRole).toString());
}

const BrokenProfile *AccountsDialog::selectedBroken() const
{
    const QList<QTableWidgetItem *> items = m_ui->profilesTable->selectedItems();
    const int index = items.isEmpty() ? -1 : items.first()->data(BrokenRole).toInt();
    return index >= 0 && index < m_profiles->brokenProfiles().size() ? &m_profiles->brokenProfiles().at(index)
                                                                     : nullptr;
}

void AccountsDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_ui->profilesTable->rowCount(); ++row) {
        if (m_ui->profilesTable->item(row, NameColumn)->data(Qt::UserRole).toString() == id) {
            m_ui->profilesTable->selectRow(row);
            return;
        }
    }
}

void AccountsDialog::updateButtons()
{
    const bool haveProfile = selectedProfile() != nullptr;
    const BrokenProfile *broken = selectedBroken();
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->importButton->setEnabled(!m_busy);
    // A broken entry with an id can be repaired in the editor; any can be removed.
    m_ui->editButton->setEnabled(!m_busy && (haveProfile || (broken && !broken->id.isEmpty())));
    m_ui->removeButton->setEnabled(!m_busy && (haveProfile || broken));
    m_ui->testButton->setEnabled(!m_busy && haveProfile);
}

void AccountsDialog::report(const QString &line)
{
    m_ui->resultText->appendPlainText(escapeForDisplay(line)); // provider messages: no control or bidi characters
}

void AccountsDialog::addProfile()
{
    openEditor(Profile{}, true);
}

void AccountsDialog::editProfile()
{
    if (const Profile *p = selectedProfile())
        openEditor(*p, false);
    else if (const BrokenProfile *b = selectedBroken(); b && !b->id.isEmpty())
        openEditor(b->profile, false);
}

void AccountsDialog::editProfileNamed(const QString &name)
{
    if (const Profile *p = m_profiles->findByName(name)) {
        selectProfile(p->id);
        openEditor(*p, false);
    }
}

void AccountsDialog::openEditor(const Profile &profile, bool isNew)
{
    if (m_editor)
        return;
    m_editor = new ProfileEditDialog(m_profiles, profile, isNew, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileEditDialog::saveRequested, this, &AccountsDialog::onEditorSave);
    connect(m_editor, &ProfileEditDialog::discoverRequested, this, &AccountsDialog::onEditorDiscover);
    m_editor->open();
}

void AccountsDialog::onEditorDiscover()
{
    if (!m_editor)
        return;
    const Profile p = m_editor->profile();
    const auto open = [this, p](const QString &secret, const QString &token) {
        if (!m_editor)
            return;
        auto *dialog = new DiscoverDialog(p, secret, token, m_nams, m_editor);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_discover = dialog;
        dialog->open();
        dialog->start();
    };
    if (!m_editor->secret().isEmpty()) {
        open(m_editor->secret(), m_editor->securityToken());
        return;
    }
    // Editing without a new secret: the stored one, read for this discovery only.
    m_credentials->readSecret(p.id, this, [this, p, open](const SecretResult &r) {
        if (r.error.isError()) {
            if (m_editor)
                m_editor->saveFailed(tr("Cannot discover %1: %2").arg(p.name, r.error.toDisplayString()));
            return;
        }
        open(r.secret, r.securityToken);
    });
}

DiscoverDialog *AccountsDialog::discoverDialog() const
{
    return m_discover;
}

void AccountsDialog::onEditorSave()
{
    if (!m_editor)
        return;
    const Profile p = m_editor->profile();
    const bool isNew = m_editor->isNew();
    QPointer<ProfileEditDialog> editor = m_editor;
    m_busy = true;
    updateButtons();
    // The editor stays open with every field until profile and secret are both stored.
    const auto done = [this, p, isNew, editor](const ApiError &error) {
        m_busy = false;
        if (error.isError()) {
            const QString line = tr("Profile %1 was not saved: %2").arg(p.name, error.toDisplayString());
            report(line);
            if (editor)
                editor->saveFailed(line);
            updateButtons();
            Q_EMIT operationFinished(false);
            return;
        }
        report((isNew ? tr("Added profile %1.") : tr("Saved profile %1.")).arg(p.name));
        if (editor) {
            editor->saved();
            if (m_editor == editor)
                m_editor = nullptr; // closed: a new editor may open at once
        }
        selectProfile(p.id);
        updateButtons();
        Q_EMIT operationFinished(true);
    };
    if (isNew)
        m_writer->add(p, m_editor->secret(), m_editor->securityToken(), done);
    else
        m_writer->update(p, m_editor->secret(), m_editor->securityToken(), done);
}

void AccountsDialog::removeProfile()
{
    const Profile *p = selectedProfile();
    const BrokenProfile *broken = p ? nullptr : selectedBroken();
    if ((!p && !broken) || m_busy)
        return;
    const QString id = p ? p->id : broken->id;
    const QString name = p ? p->name : (broken->name.isEmpty() ? tr("(no name)") : broken->name);
    if (!m_confirm(this,
                   tr("Remove profile %1 and delete its secret from the %2?").arg(name, m_credentials->description())))
        return;
    if (id.isEmpty()) {
        // A broken entry without an id can have no secret: only the entry goes.
        const bool ok = m_profiles->removeBroken(*broken);
        report(ok ? tr("Removed the broken entry %1.").arg(name)
                  : tr("The entry %1 was not removed: %2").arg(name, m_profiles->lastError()));
        Q_EMIT operationFinished(ok);
        return;
    }
    m_busy = true;
    updateButtons();
    m_writer->remove(id, [this, name](const ApiError &error) {
        m_busy = false;
        if (error.isError()) {
            // The profile stays so the user can retry once the keychain is back; no orphaned secret.
            report(tr("Profile %1 was not removed: %2").arg(name, error.toDisplayString()));
            updateButtons();
            Q_EMIT operationFinished(false);
            return;
        }
        report(tr("Removed profile %1 and its secret.").arg(name));
        updateButtons();
        Q_EMIT operationFinished(true);
    });
}

void AccountsDialog::testConnection()
{
    const Profile *selected = selectedProfile();
    if (!selected || m_busy)
        return;
    const Profile p = *selected;
    SourceSpec spec;
    spec.profileId = p.id;
    spec.profileName = p.name;
    spec.service = p.provider == Provider::Huawei ? Service::Er : Service::Vpc;
    spec.region = p.effectiveRegions().value(0);
    spec.endpointOverride = p.endpoint;
    spec.projectId = p.projectIds.value(spec.region);
    spec.instanceId = p.erIds.value(spec.region).value(0);
    spec.pageSize = 10;
    m_busy = true;
    updateButtons();
    report(tr("Testing %1: %2 in %3…").arg(p.name, serviceDisplayName(spec.service), spec.region));
    // A role or agency profile is tested in the account it assumes (the assume call is part of the test).
    readProfileCredentials(
        p, m_profiles, m_credentials, m_nams ? m_nams(p) : nullptr, this,
        [this, p, spec](const Credentials &credentials, const ApiError &error) {
            const auto done = [this](bool ok, const QString &line) {
                m_busy = false;
                updateButtons();
                report(line);
                Q_EMIT testFinished(ok);
            };
            if (error.isError()) {
                done(false, tr("%1: %2").arg(p.name, error.toDisplayString()));
                return;
            }
            RetryPolicy policy;
            policy.maxTransientRetries = 1;
            policy.throttleBudgetMs = 5000;
            QNetworkAccessManager *nam = m_nams ? m_nams(p) : nullptr;
            if (!nam) {
                done(false, tr("%1: no network access is configured.").arg(p.name));
                return;
            }
            ListJob *job = makeListJob(spec, credentials, nam, policy, this);
            if (!job) {
                done(false, tr("%1: testing a connection is not available for %2 %3 yet.")
                                .arg(p.name, providerDisplayName(p.provider), serviceDisplayName(spec.service)));
                return;
            }
            // One signed list call is enough: stop after the first page.
            auto gotPage = std::make_shared<int>(-1);
            connect(job, &ListJob::pageReceived, this, [job, gotPage](const QList<FlowLog> &rows) {
                if (*gotPage >= 0)
                    return;
                *gotPage = static_cast<int>(rows.size());
                QTimer::singleShot(0, job, &ListJob::abort);
            });
            connect(job, &ListJob::finished, this, [job, gotPage, p, spec, done](const ListResult &result) {
                job->deleteLater();
                if (*gotPage >= 0 || !result.error.isError()) {
                    done(true, tr("%1: connection OK (%2 in %3 answered; %n flow log(s) on the first page).", nullptr,
                                  std::max(*gotPage, 0))
                                   .arg(p.name, serviceDisplayName(spec.service), spec.region));
                    return;
                }
                done(false, tr("%1: connection failed: %2").arg(p.name, result.error.toDisplayString()));
            });
            job->start();
        });
}

void AccountsDialog::importFromAliyun()
{
    if (m_busy)
        return;
    // The file is the user's to pick; every profile that will not be imported says why, there and in the log.
    auto *chooser = new AliyunImportDialog(m_profiles, m_aliyunConfigPath, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::accepted, this, [this, chooser] {
        m_aliyunConfigPath = chooser->path(); // the secrets are removed from the file the profiles came from
        for (const QString &line : chooser->notChosen())
            report(line);
        runImport(chooser->chosen(), chooser->removeSecrets());
    });
    chooser->open();
}

void AccountsDialog::runImport(const QList<AliyunConfigCandidate> &candidates, bool removeSecrets)
{
    if (candidates.isEmpty()) {
        report(tr("Nothing to import."));
        Q_EMIT operationFinished(true);
        return;
    }
    m_busy = true;
    updateButtons();
    auto *importer = new AliyunConfigImporter(m_profiles, m_credentials, this);
    connect(importer, &AliyunConfigImporter::finished, this,
            [this, importer, removeSecrets](const QList<AliyunImportOutcome> &outcomes) {
                importer->deleteLater();
                m_busy = false;
                updateButtons();
                bool allOk = true;
                QStringList present;
                for (const AliyunImportOutcome &o : outcomes) {
                    allOk = allOk && o.isPresent();
                    if (o.imported)
                        report(tr("Imported %1; its secret is in the %2.").arg(o.name, m_credentials->description()));
                    else if (o.alreadyImported)
                        report(tr("%1 was imported before (same name and AccessKey ID).").arg(o.name));
                    else
                        report(tr("%1 not imported: %2").arg(o.name, o.reason));
                    if (o.isPresent())
                        present << o.name;
                }
                if (!present.isEmpty())
                    removeImportedSecrets(present, removeSecrets);
                Q_EMIT operationFinished(allOk);
            });
    importer->start(candidates);
}

void AccountsDialog::removeImportedSecrets(const QStringList &names, bool remove)
{
    const QString list = names.join(QStringLiteral(", "));
    if (!remove) {
        report(tr("The secrets of %1 are still in plaintext in %2. Import again with \"Remove the imported "
                  "profiles' secrets\" checked to take them out of that file.")
                   .arg(list, m_aliyunConfigPath));
        return;
    }
    QStringList cleared;
    QString error;
    if (!removeAliyunSecretsFromFile(m_aliyunConfigPath, names, &cleared, &error))
        report(tr("The secrets stay in %1: %2").arg(m_aliyunConfigPath, error));
    else if (cleared.isEmpty())
        report(tr("No secret of %1 was left in %2.").arg(list, m_aliyunConfigPath));
    else
        report(tr("Removed the secrets of %1 from %2 (now readable by you only); everything else in it stays.")
                   .arg(cleared.join(QStringLiteral(", ")), m_aliyunConfigPath));
}

ProfileEditDialog *AccountsDialog::editor() const
{
    return m_editor;
}

} // namespace flowlog
