#include "profileeditdialog.h"

#include "identityrules.h"
#include "profilestore.h"
#include "textsafety.h"
#include "ui_profileeditdialog.h"
#include "uistyle.h"

#include <QColor>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace flowlog {

namespace {

// "REGION=ID" lines -> pairs; false with the bad line when one is malformed.
bool parsePairs(const QString &text, QList<std::pair<QString, QString>> &pairs, QString &bad)
{
    for (const QString &raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString left = line.left(eq).trimmed();
        const QString right = line.mid(eq + 1).trimmed();
        if (eq <= 0 || left.isEmpty() || right.isEmpty()) {
            bad = line;
            return false;
        }
        pairs.append({left, right});
    }
    return true;
}

QStringList splitComma(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace

ProfileEditDialog::ProfileEditDialog(const ProfileStore *store, const Profile &profile, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditDialog>())
    , m_store(store)
    , m_original(profile)
    , m_isNew(isNew)
{
    if (m_original.id.isEmpty())
        m_original.id = Profile::newId(); // one id for the new profile, however often profile() is asked
    m_ui->setupUi(this);
    m_ui->errorLabel->setTextFormat(Qt::PlainText); // keychain and provider messages, never markup
    uistyle::setTone(m_ui->errorLabel, uistyle::Tone::Error);
    setWindowTitle(isNew ? tr("Add profile") : tr("Edit profile %1").arg(escapeForDisplay(profile.name)));
    m_ui->providerCombo->addItem(providerDisplayName(Provider::Aliyun), providerKey(Provider::Aliyun));
    m_ui->providerCombo->addItem(providerDisplayName(Provider::Huawei), providerKey(Provider::Huawei));
    m_ui->kindCombo->addItem(tr("AccessKey"), Profile::kindKey(Profile::Kind::AccessKey));
    m_ui->kindCombo->addItem(tr("STS token"), Profile::kindKey(Profile::Kind::StsToken));

    m_ui->nameEdit->setText(profile.name);
    m_ui->providerCombo->setCurrentIndex(profile.provider == Provider::Huawei ? 1 : 0);
    m_ui->kindCombo->setCurrentIndex(profile.kind == Profile::Kind::StsToken ? 1 : 0);
    m_ui->accessKeyIdEdit->setText(profile.accessKeyId);
    m_ui->regionsEdit->setText(profile.regions.join(QStringLiteral(", ")));
    m_ui->regionsEdit->setPlaceholderText(defaultRegions(profile.provider).join(QStringLiteral(", ")));
    m_ui->endpointEdit->setText(profile.endpoint.toString());
    QStringList projects;
    for (auto it = profile.projectIds.cbegin(); it != profile.projectIds.cend(); ++it)
        projects << it.key() + QLatin1Char('=') + it.value();
    m_ui->projectIdsEdit->setPlainText(projects.join(QLatin1Char('\n')));
    QStringList ers;
    for (auto it = profile.erIds.cbegin(); it != profile.erIds.cend(); ++it) {
        for (const QString &id : it.value())
            ers << it.key() + QLatin1Char('=') + id;
    }
    m_ui->erIdsEdit->setPlainText(ers.join(QLatin1Char('\n')));
    m_ui->ecrIdsEdit->setText(profile.ecrIds.join(QStringLiteral(", ")));
    m_ui->labelEdit->setText(profile.label);
    m_ui->colorEdit->setText(profile.color);
    m_ui->enabledCheck->setChecked(profile.enabled);
    m_ui->accessMessageLabel->setTextFormat(Qt::PlainText);
    uistyle::setTone(m_ui->accessMessageLabel, uistyle::Tone::Error);
    fillAccessCombo();
    m_ui->accessCombo->setCurrentIndex(profile.organization                                          ? 2
                                       : !profile.roleArn.isEmpty() || !profile.agencyName.isEmpty() ? 1
                                                                                                     : 0);
    m_ui->roleArnEdit->setText(profile.roleArn);
    m_ui->sessionNameEdit->setText(profile.roleSessionName);
    m_ui->externalIdEdit->setText(profile.externalId);
    m_ui->durationSpin->setRange(IdentityRules::minDurationSeconds, IdentityRules::maxDurationSeconds);
    m_ui->durationSpin->setValue(profile.effectiveDurationSeconds());
    m_ui->agencyNameEdit->setText(profile.agencyName);
    m_ui->domainIdEdit->setText(profile.agencyDomainId);
    m_ui->memberRoleEdit->setText(profile.memberRole);
    m_ui->memberRoleEdit->setPlaceholderText(QString::fromLatin1(Profile::defaultMemberRole));
    m_ui->memberAgencyEdit->setText(profile.memberAgency);
    m_ui->memberAgencyEdit->setPlaceholderText(QString::fromLatin1(Profile::defaultMemberAgency));
    m_ui->sessionNameEdit->setPlaceholderText(QString::fromLatin1(Profile::defaultSessionName));
    if (!isNew)
        m_ui->secretEdit->setPlaceholderText(tr("(unchanged)"));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateKind);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->regionsEdit->setPlaceholderText(defaultRegions(this->profile().provider).join(QStringLiteral(", ")));
        fillAccessCombo();
        updateAccess();
    });
    connect(m_ui->accessCombo, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateAccess);
    for (QLineEdit *edit : {m_ui->roleArnEdit, m_ui->sessionNameEdit, m_ui->externalIdEdit, m_ui->agencyNameEdit,
                            m_ui->domainIdEdit, m_ui->memberRoleEdit, m_ui->memberAgencyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditDialog::updateAccess);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, &ProfileEditDialog::updateAccess);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);
    auto *discoverButton = new QPushButton(tr("Discover…"), this);
    m_ui->actionsLayout->addWidget(discoverButton);
    m_ui->actionsLayout->addStretch();
    discoverButton->setObjectName(QStringLiteral("discoverButton")); // notr
    discoverButton->setToolTip(tr("Show the accounts, regions and instances a refresh will cover, before saving."));
    connect(discoverButton, &QPushButton::clicked, this, &ProfileEditDialog::discover);
    // A message about the form goes away as soon as what it names is fixed (or names the next thing to fix).
    const auto recheck = [this] {
        if (m_problemShown && !m_saving)
            showProblem();
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, recheck);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_ui->durationSpin, &QSpinBox::valueChanged, this, recheck);
    updateKind();
    updateAccess();
}

QString ProfileEditDialog::showProblem()
{
    const QString e = problem();
    m_ui->errorLabel->setText(e);
    m_problemShown = !e.isEmpty();
    return e;
}

void ProfileEditDialog::discover()
{
    if (showProblem().isEmpty())
        Q_EMIT discoverRequested();
}

ProfileEditDialog::~ProfileEditDialog() = default;

void ProfileEditDialog::updateKind()
{
    const bool sts = m_ui->kindCombo->currentIndex() == 1;
    m_ui->stsTokenEdit->setEnabled(sts);
    m_ui->stsTokenLabel->setEnabled(sts);
}

void ProfileEditDialog::fillAccessCombo()
{
    const bool huawei = m_ui->providerCombo->currentIndex() == 1;
    const int current = std::max(0, m_ui->accessCombo->currentIndex());
    const QSignalBlocker block(m_ui->accessCombo);
    m_ui->accessCombo->clear();
    m_ui->accessCombo->addItem(tr("Its own AccessKey"));
    m_ui->accessCombo->addItem(huawei ? tr("Assume an agency with the key") : tr("Assume a RAM role with the key"));
    m_ui->accessCombo->addItem(tr("Organisation: the key's account manages the members"));
    m_ui->accessCombo->setCurrentIndex(current);
}

void ProfileEditDialog::updateAccess()
{
    const bool huawei = m_ui->providerCombo->currentIndex() == 1;
    const int access = m_ui->accessCombo->currentIndex();
    // An organisation's management account may itself be reached through a role or agency: those fields stay.
    const bool assumes = access == 1 || access == 2;
    const auto show = [this](QWidget *field, bool visible) { m_ui->formLayout->setRowVisible(field, visible); };
    show(m_ui->roleArnEdit, !huawei && assumes);
    show(m_ui->sessionNameEdit, !huawei && assumes);
    show(m_ui->externalIdEdit, !huawei && assumes);
    show(m_ui->durationSpin, !huawei && assumes);
    show(m_ui->agencyNameEdit, huawei && assumes);
    show(m_ui->domainIdEdit, huawei && assumes);
    show(m_ui->memberRoleEdit, !huawei && access == 2);
    show(m_ui->memberAgencyEdit, huawei && access == 2);
    // Instances are named per provider.
    show(m_ui->projectIdsEdit, huawei);
    show(m_ui->erIdsEdit, huawei);
    show(m_ui->ecrIdsEdit, !huawei);
    Profile p = m_original;
    p.provider = huawei ? Provider::Huawei : Provider::Aliyun;
    readAccess(p);
    QString problem;
    if (access == 1 && !huawei && p.roleArn.isEmpty())
        problem = IdentityRules::roleArnProblem(p.roleArn);
    else if (access == 1 && huawei && p.agencyName.isEmpty())
        problem = IdentityRules::agencyNameProblem(p.agencyName);
    else
        problem = p.accessProblem();
    m_ui->accessMessageLabel->setText(problem);
    m_ui->accessMessageLabel->setVisible(!problem.isEmpty());
}

void ProfileEditDialog::readAccess(Profile &p) const
{
    const int access = m_ui->accessCombo->currentIndex();
    const bool huawei = p.provider == Provider::Huawei;
    const bool assumes = access == 1 || access == 2;
    const bool role = assumes && !huawei && (access == 1 || !m_ui->roleArnEdit->text().trimmed().isEmpty());
    p.roleArn = role ? m_ui->roleArnEdit->text().trimmed() : QString();
    p.roleSessionName = role ? m_ui->sessionNameEdit->text().trimmed() : QString();
    p.externalId = role ? m_ui->externalIdEdit->text().trimmed() : QString();
    p.durationSeconds =
        role && m_ui->durationSpin->value() != IdentityRules::defaultDurationSeconds ? m_ui->durationSpin->value() : 0;
    const bool agency = assumes && huawei &&
                        (access == 1 || !m_ui->agencyNameEdit->text().trimmed().isEmpty() ||
                         !m_ui->domainIdEdit->text().trimmed().isEmpty());
    p.agencyName = agency ? m_ui->agencyNameEdit->text().trimmed() : QString();
    p.agencyDomainId = agency ? m_ui->domainIdEdit->text().trimmed() : QString();
    p.organization = access == 2;
    p.memberRole = p.organization && !huawei ? m_ui->memberRoleEdit->text().trimmed() : QString();
    p.memberAgency = p.organization && huawei ? m_ui->memberAgencyEdit->text().trimmed() : QString();
}

Profile ProfileEditDialog::profile() const
{
    Profile p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.provider = m_ui->providerCombo->currentIndex() == 1 ? Provider::Huawei : Provider::Aliyun;
    p.kind = m_ui->kindCombo->currentIndex() == 1 ? Profile::Kind::StsToken : Profile::Kind::AccessKey;
    p.accessKeyId = m_ui->accessKeyIdEdit->text().trimmed();
    p.regions = splitComma(m_ui->regionsEdit->text());
    const QString endpoint = m_ui->endpointEdit->text().trimmed();
    p.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint, QUrl::StrictMode);
    QList<std::pair<QString, QString>> pairs;
    QString bad;
    p.projectIds.clear();
    if (parsePairs(m_ui->projectIdsEdit->toPlainText(), pairs, bad)) {
        for (const auto &[region, id] : pairs)
            p.projectIds.insert(region, id);
    }
    pairs.clear();
    p.erIds.clear();
    if (parsePairs(m_ui->erIdsEdit->toPlainText(), pairs, bad)) {
        for (const auto &[region, id] : pairs)
            p.erIds[region] << id;
    }
    p.ecrIds = splitComma(m_ui->ecrIdsEdit->text());
    p.label = m_ui->labelEdit->text().trimmed();
    p.color = m_ui->colorEdit->text().trimmed();
    p.enabled = m_ui->enabledCheck->isChecked();
    readAccess(p);
    // Fields of the other provider are not kept: they would make the profile break its rules.
    if (p.provider == Provider::Huawei)
        p.ecrIds.clear();
    else {
        p.projectIds.clear();
        p.erIds.clear();
    }
    return p;
}

QString ProfileEditDialog::secret() const
{
    return m_ui->secretEdit->text().trimmed();
}

QString ProfileEditDialog::securityToken() const
{
    return m_ui->kindCombo->currentIndex() == 1 ? m_ui->stsTokenEdit->text().trimmed() : QString();
}

QString ProfileEditDialog::problem() const
{
    const Profile p = profile();
    QList<std::pair<QString, QString>> pairs;
    QString bad;
    if (!parsePairs(m_ui->projectIdsEdit->toPlainText(), pairs, bad) ||
        !parsePairs(m_ui->erIdsEdit->toPlainText(), pairs, bad))
        return tr("\"%1\" is not REGION=ID.").arg(bad);
    if (!p.color.isEmpty() && !QColor(p.color).isValid())
        return tr("\"%1\" is not a colour (use #rrggbb).").arg(p.color);
    if (!m_ui->endpointEdit->text().trimmed().isEmpty() && (!p.endpoint.isValid() || p.endpoint.host().isEmpty()))
        return tr("The endpoint override is not a URL.");
    if (m_ui->accessCombo->currentIndex() == 1 && p.roleArn.isEmpty() && p.agencyName.isEmpty())
        return p.provider == Provider::Huawei ? IdentityRules::agencyNameProblem(p.agencyName)
                                              : IdentityRules::roleArnProblem(p.roleArn);
    if (const QString e = m_store ? m_store->check(p) : QString(); !e.isEmpty())
        return e;
    // A new profile, a changed kind or a changed AccessKey ID needs its secret typed.
    const bool needsSecret = m_isNew || p.kind != m_original.kind || p.accessKeyId != m_original.accessKeyId;
    if (needsSecret && secret().isEmpty())
        return tr("Enter the AccessKey secret.");
    if (p.kind == Profile::Kind::StsToken && (needsSecret || !secret().isEmpty()) && securityToken().isEmpty())
        return tr("Enter the STS token.");
    return {};
}

void ProfileEditDialog::accept()
{
    if (m_saving)
        return;
    if (!showProblem().isEmpty())
        return;
    setSaving(true);
    Q_EMIT saveRequested();
}

void ProfileEditDialog::saved()
{
    setSaving(false);
    QDialog::accept();
}

void ProfileEditDialog::saveFailed(const QString &message)
{
    setSaving(false);
    m_problemShown = false; // the keychain's or the settings' failure: not something an edit fixes
    m_ui->errorLabel->setText(escapeForDisplay(message));
}

void ProfileEditDialog::setSaving(bool saving)
{
    m_saving = saving;
    if (saving)
        m_ui->errorLabel->setText(tr("Saving…"));
    // Frozen while the keychain and the settings are written, so what is stored is what the form shows; Cancel
    // stays (a keychain that never answers must not trap the user).
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w != m_ui->errorLabel && w != m_ui->buttonBox)
            w->setEnabled(!saving);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!saving);
    if (!saving)
        updateKind();
}

} // namespace flowlog
