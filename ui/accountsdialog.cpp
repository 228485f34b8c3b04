#include "accountsdialog.h"

#include "jobfactory.h"
#include "profileeditdialog.h"
#include "ui_accountsdialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace flowlog {

namespace {

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
    reloadTable();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reloadTable()
{
    const Profile *selected = selectedProfile();
    const QString selectedId = selected ? selected->id : QString();
    QTableWidget *table = m_ui->profilesTable;
    table->setRowCount(0);
    for (const Profile &p : m_profiles->profiles()) {
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells{p.name,
                                providerDisplayName(p.provider),
                                p.kind == Profile::Kind::StsToken ? tr("STS token") : tr("AccessKey"),
                                p.accessKeyId,
                                p.effectiveRegions().join(QStringLiteral(", ")),
                                p.enabled ? tr("yes") : tr("no")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            if (c == NameColumn && QColor(p.color).isValid())
                item->setData(Qt::DecorationRole, QColor(p.color));
            if (c == NameColumn && !p.label.isEmpty())
                item->setToolTip(p.label);
            table->setItem(row, c, item);
        }
    }
    table->resizeColumnsToContents();
    if (!selectedId.isEmpty())
        selectProfile(selectedId);
    updateButtons();
}

const Profile *AccountsDialog::selectedProfile() const
{
    const QList<QTableWidgetItem *> items = m_ui->profilesTable->selectedItems();
    if (items.isEmpty())
        return nullptr;
    return m_profiles->findById(items.first()->data(Qt::UserRole).toString());
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
    const bool haveSelection = selectedProfile() != nullptr;
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->importButton->setEnabled(!m_busy);
    m_ui->editButton->setEnabled(!m_busy && haveSelection);
    m_ui->removeButton->setEnabled(!m_busy && haveSelection);
    m_ui->testButton->setEnabled(!m_busy && haveSelection);
}

void AccountsDialog::report(const QString &line)
{
    m_ui->resultText->appendPlainText(line);
}

void AccountsDialog::addProfile()
{
    if (m_editor)
        return;
    m_editor = new ProfileEditDialog(m_profiles, Profile{}, true, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, &AccountsDialog::onEditorAccepted);
    m_editor->open();
}

void AccountsDialog::editProfile()
{
    const Profile *p = selectedProfile();
    if (!p || m_editor)
        return;
    m_editor = new ProfileEditDialog(m_profiles, *p, false, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::accepted, this, &AccountsDialog::onEditorAccepted);
    m_editor->open();
}

void AccountsDialog::onEditorAccepted()
{
    if (!m_editor)
        return;
    const Profile p = m_editor->profile();
    const bool isNew = m_editor->isNew();
    const QString secret = m_editor->secret();
    const QString token = m_editor->securityToken();
    const auto save = [this, p, isNew] {
        const bool ok = isNew ? m_profiles->add(p) : m_profiles->update(p);
        report(ok ? (isNew ? tr("Added profile %1.") : tr("Saved profile %1.")).arg(p.name)
                  : tr("Profile %1 could not be saved: %2").arg(p.name, m_profiles->check(p)));
        if (ok)
            selectProfile(p.id);
        Q_EMIT operationFinished(ok);
    };
    if (secret.isEmpty()) {
        save(); // editing without a new secret: the stored one stays under the same id
        return;
    }
    // The secret first: a profile is saved only when its secret is in the store.
    m_busy = true;
    updateButtons();
    m_credentials->writeSecret(p.id, secret, token, this, [this, p, save](const ApiError &error) {
        m_busy = false;
        updateButtons();
        if (error.isError()) {
            report(tr("Profile %1 was not saved: %2").arg(p.name, error.toDisplayString()));
            Q_EMIT operationFinished(false);
            return;
        }
        save();
    });
}

void AccountsDialog::removeProfile()
{
    const Profile *p = selectedProfile();
    if (!p || m_busy)
        return;
    const QString id = p->id;
    const QString name = p->name;
    if (!m_confirm(this,
                   tr("Remove profile %1 and delete its secret from the %2?").arg(name, m_credentials->description())))
        return;
    m_busy = true;
    updateButtons();
    m_credentials->removeSecret(id, this, [this, id, name](const ApiError &error) {
        m_busy = false;
        if (error.isError()) {
            // The profile stays so the user can retry once the keychain is back; no orphaned secret.
            report(tr("Profile %1 was not removed: %2").arg(name, error.toDisplayString()));
            updateButtons();
            Q_EMIT operationFinished(false);
            return;
        }
        m_profiles->remove(id);
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
    m_credentials->readSecret(p.id, this, [this, p, spec](const SecretResult &secret) {
        const auto done = [this](bool ok, const QString &line) {
            m_busy = false;
            updateButtons();
            report(line);
            Q_EMIT testFinished(ok);
        };
        if (secret.error.isError()) {
            done(false, tr("%1: %2").arg(p.name, secret.error.toDisplayString()));
            return;
        }
        const Credentials credentials{p.accessKeyId, secret.secret, secret.securityToken};
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
        connect(job, &ListJob::finished, this, [this, job, gotPage, p, spec, done](const ListResult &result) {
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
    QFile file(m_aliyunConfigPath);
    if (!file.open(QIODevice::ReadOnly)) {
        report(tr("Cannot read the aliyun CLI config %1: %2").arg(m_aliyunConfigPath, file.errorString()));
        Q_EMIT operationFinished(false);
        return;
    }
    const AliyunConfigParseResult parsed = parseAliyunConfig(file.readAll());
    if (!parsed.error.isEmpty()) {
        report(parsed.error);
        Q_EMIT operationFinished(false);
        return;
    }
    auto *chooser = new QDialog(this);
    chooser->setObjectName(QStringLiteral("importDialog"));
    chooser->setWindowTitle(tr("Import from the aliyun CLI"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(chooser);
    auto *list = new QListWidget(chooser);
    list->setObjectName(QStringLiteral("importList"));
    for (const AliyunConfigCandidate &c : parsed.candidates) {
        auto *item = new QListWidgetItem(tr("%1 (%2, %3)").arg(c.name, c.mode, c.accessKeyId), list);
        item->setData(Qt::UserRole, c.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_profiles->findByName(c.name) ? Qt::Unchecked : Qt::Checked);
    }
    for (const AliyunConfigSkipped &s : parsed.skipped) {
        auto *item = new QListWidgetItem(tr("%1: skipped, %2").arg(s.name, s.reason), list);
        item->setFlags(Qt::NoItemFlags);
    }
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, chooser);
    buttons->setObjectName(QStringLiteral("importButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, chooser, &QDialog::reject);
    const QList<AliyunConfigCandidate> candidates = parsed.candidates;
    connect(chooser, &QDialog::accepted, this, [this, list, candidates] {
        QList<AliyunConfigCandidate> chosen;
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            if (item->checkState() != Qt::Checked)
                continue;
            for (const AliyunConfigCandidate &c : candidates) {
                if (c.name == item->data(Qt::UserRole).toString())
                    chosen << c;
            }
        }
        runImport(chosen);
    });
    chooser->open();
}

void AccountsDialog::runImport(const QList<AliyunConfigCandidate> &candidates)
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
            [this, importer](const QList<AliyunImportOutcome> &outcomes) {
                importer->deleteLater();
                m_busy = false;
                updateButtons();
                bool allOk = true;
                for (const AliyunImportOutcome &o : outcomes) {
                    allOk = allOk && o.imported;
                    report(o.imported
                               ? tr("Imported %1; its secret is in the %2.").arg(o.name, m_credentials->description())
                               : tr("%1 not imported: %2").arg(o.name, o.reason));
                }
                Q_EMIT operationFinished(allOk);
            });
    importer->start(candidates);
}

} // namespace flowlog
