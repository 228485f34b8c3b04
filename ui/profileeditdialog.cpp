#include "profileeditdialog.h"

#include "profilestore.h"
#include "textsafety.h"
#include "ui_profileeditdialog.h"
#include "uistyle.h"

#include <QColor>
#include <QPushButton>

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
    if (!isNew)
        m_ui->secretEdit->setPlaceholderText(tr("(unchanged)"));

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateKind);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->regionsEdit->setPlaceholderText(defaultRegions(this->profile().provider).join(QStringLiteral(", ")));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);
    QPushButton *discoverButton = m_ui->buttonBox->addButton(tr("Discover…"), QDialogButtonBox::ActionRole);
    discoverButton->setObjectName(QStringLiteral("discoverButton")); // notr
    discoverButton->setToolTip(tr("Show the accounts, regions and instances a refresh will cover, before saving."));
    connect(discoverButton, &QPushButton::clicked, this, &ProfileEditDialog::discover);
    updateKind();
}

void ProfileEditDialog::discover()
{
    const QString e = problem();
    m_ui->errorLabel->setText(e);
    if (e.isEmpty())
        Q_EMIT discoverRequested();
}

ProfileEditDialog::~ProfileEditDialog() = default;

void ProfileEditDialog::updateKind()
{
    const bool sts = m_ui->kindCombo->currentIndex() == 1;
    m_ui->stsTokenEdit->setEnabled(sts);
    m_ui->stsTokenLabel->setEnabled(sts);
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
    const QString e = problem();
    m_ui->errorLabel->setText(e);
    if (!e.isEmpty())
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
