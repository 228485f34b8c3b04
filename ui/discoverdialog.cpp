#include "discoverdialog.h"

#include "memorycredentialstore.h"
#include "textsafety.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace flowlog {

DiscoverDialog::DiscoverDialog(const Profile &profile, const QString &secret, const QString &securityToken,
                               const Inventory::NamProvider &nams, QWidget *parent)
    : QDialog(parent)
    , m_profiles(std::make_unique<ProfileStore>())
    , m_credentials(std::make_unique<MemoryCredentialStore>())
    , m_table(std::make_unique<FlowLogTableModel>())
    , m_status(std::make_unique<SourceStatusModel>())
    , m_profile(profile)
    , m_secret(secret)
    , m_securityToken(securityToken)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Discover: %1").arg(profile.name));
    m_profile.enabled = true;
    if (m_profile.id.isEmpty())
        m_profile.id = Profile::newId();
    m_profiles->replaceAll({m_profile});
    m_inventory =
        std::make_unique<Inventory>(m_profiles.get(), m_credentials.get(), nams, m_table.get(), m_status.get());
    m_inventory->setDiscoverOnly(true);
    connect(m_inventory.get(), &Inventory::finished, this, [this] {
        showAccounts(m_inventory->accounts());
        Q_EMIT discovered();
    });

    m_summary->setWordWrap(true);
    m_tree->setHeaderLabels({tr("What a refresh covers")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setObjectName(QStringLiteral("discoverTree")); // notr
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

DiscoverDialog::~DiscoverDialog() = default;

void DiscoverDialog::start()
{
    if (m_inventory->isRunning())
        return;
    m_summary->setText(tr("Finding the accounts, regions and instances of %1…").arg(m_profile.name));
    m_tree->clear();
    // The typed secret stays in this dialog's memory store; the write completes on the next turn.
    m_credentials->writeSecret(m_profile.id, m_secret, m_securityToken, this,
                               [this](const ApiError &) { m_inventory->refresh(); });
}

bool DiscoverDialog::isRunning() const
{
    return m_inventory->isRunning();
}

const QList<DiscoveredAccount> &DiscoverDialog::accounts() const
{
    return m_inventory->accounts();
}

void DiscoverDialog::showAccounts(const QList<DiscoveredAccount> &accounts)
{
    m_tree->clear();
    int regions = 0;
    int instances = 0;
    int failures = 0;
    for (const DiscoveredAccount &a : accounts) {
        auto *account = new QTreeWidgetItem(
            m_tree,
            {a.id().isEmpty() || !a.accountId.isEmpty() ? a.label() : tr("%1 (account %2)").arg(a.label(), a.id())});
        new QTreeWidgetItem(account, {tr("Regions (%1): %2").arg(a.regions.size()).arg(a.regions.join(u", "))});
        QStringList ids = a.ecrIds;
        for (const DiscoveredRouter &r : a.routers)
            ids.append(r.region + QLatin1Char('/') + r.id);
        new QTreeWidgetItem(account, {tr("Instances (%1): %2").arg(ids.size()).arg(ids.join(u", "))});
        for (const DiscoveryFailure &f : a.failures) {
            auto *item = new QTreeWidgetItem(account, {escapeForDisplay(f.toDisplayString())});
            item->setForeground(0, uistyle::errorColor());
            item->setToolTip(0, plainTextToolTip(f.toDisplayString()));
        }
        for (const QString &missing : a.notFound)
            new QTreeWidgetItem(account, {tr("Not found: %1 (typed in the profile; not listed)").arg(missing)});
        regions += static_cast<int>(a.regions.size());
        instances += static_cast<int>(ids.size());
        failures += static_cast<int>(a.failures.size());
        account->setExpanded(true);
    }
    m_summary->setText(tr("A refresh of %1 covers %2 account(s), %3 region(s) and %4 instance(s); %5 step(s) failed.")
                           .arg(m_profile.name)
                           .arg(accounts.size())
                           .arg(regions)
                           .arg(instances)
                           .arg(failures));
}

} // namespace flowlog
