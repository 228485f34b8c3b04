// flowlog-cli discover: what a list would cover (accounts, regions, instances) and every discovery failure, without
// listing a flow log.
#include "clirunner.h"

#include "discovery.h"
#include "enumtable.h"
#include "inventory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace flowlog::cli {

namespace {

// The "step" of a failure in the JSON output, in Step's order.
constexpr EnumTable<DiscoveryFailure::Step::Instances, QLatin1StringView> stepKey{
    QLatin1StringView("members"), QLatin1StringView("access"), QLatin1StringView("regions"),
    QLatin1StringView("instances")};

// "ecr-1, ecr-2" or "cn-north-4/er-1, ..." : the instances a sweep lists.
QStringList instancesOf(const DiscoveredAccount &a)
{
    QStringList out = a.ecrIds;
    for (const DiscoveredRouter &r : a.routers)
        out.append(r.region + QLatin1Char('/') + r.id);
    return out;
}

QJsonObject toJson(const DiscoveredAccount &a)
{
    QJsonObject projects;
    for (auto it = a.projectIds.cbegin(); it != a.projectIds.cend(); ++it)
        projects.insert(it.key(), it.value());
    QJsonArray routers;
    for (const DiscoveredRouter &r : a.routers)
        routers.append(QJsonObject{{QStringLiteral("region"), r.region},
                                   {QStringLiteral("projectId"), r.projectId},
                                   {QStringLiteral("id"), r.id}});
    QJsonArray failures;
    for (const DiscoveryFailure &f : a.failures)
        failures.append(QJsonObject{{QStringLiteral("step"), stepKey[f.step]},
                                    {QStringLiteral("region"), f.region},
                                    {QStringLiteral("code"), f.error.code},
                                    {QStringLiteral("message"), f.error.message},
                                    {QStringLiteral("requestId"), f.error.requestId},
                                    {QStringLiteral("fallback"), f.fallback}});
    return QJsonObject{{QStringLiteral("profile"), a.profileName},
                       {QStringLiteral("account"), a.label()},
                       {QStringLiteral("accountId"), a.id()},
                       {QStringLiteral("displayName"), a.displayName},
                       {QStringLiteral("organization"), a.organization},
                       {QStringLiteral("provider"), providerKey(a.provider)},
                       {QStringLiteral("reachable"), a.reachable},
                       {QStringLiteral("regions"), QJsonArray::fromStringList(a.regions)},
                       {QStringLiteral("projectIds"), projects},
                       {QStringLiteral("ecrIds"), QJsonArray::fromStringList(a.ecrIds)},
                       {QStringLiteral("routers"), routers},
                       {QStringLiteral("failures"), failures},
                       {QStringLiteral("notFound"), QJsonArray::fromStringList(a.notFound)}};
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width) + QStringLiteral("  ");
}

} // namespace

void CliRunner::runDiscover()
{
    int broken = 0;
    if (!checkProfilesToSweep(broken))
        return;
    SweepScope scope;
    scope.profileNames = m_command.profiles;
    Inventory *inventory = newSweep(scope).inventory;
    inventory->setDiscoverOnly(true);
    connect(inventory, &Inventory::finished, this, [this, inventory, broken] {
        const QList<DiscoveredAccount> &accounts = inventory->accounts();
        int failed = broken;
        reportDiscovery(accounts, failed);
        if (m_command.format == QLatin1String("json")) {
            QJsonArray out;
            for (const DiscoveredAccount &a : accounts)
                out.append(toJson(a));
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("accounts"), out}, {QStringLiteral("failures"), failed}})
                         .toJson(QJsonDocument::Indented);
        } else {
            const QStringList header{tr("ACCOUNT"), tr("ACCOUNT ID"), tr("CLOUD"), tr("REGIONS"), tr("INSTANCES")};
            qsizetype nameWidth = header.at(0).size();
            qsizetype idWidth = header.at(1).size();
            for (const DiscoveredAccount &a : accounts) {
                nameWidth = std::max(nameWidth, a.label().size());
                idWidth = std::max(idWidth, a.id().size());
            }
            say((padded(header.at(0), nameWidth) + padded(header.at(1), idWidth) + padded(header.at(2), 11) +
                 header.at(3) + QStringLiteral(" / ") + header.at(4))
                    .trimmed());
            for (const DiscoveredAccount &a : accounts) {
                const QStringList instances = instancesOf(a);
                say((padded(a.label(), nameWidth) + padded(a.id().isEmpty() ? QStringLiteral("-") : a.id(), idWidth) +
                     padded(providerKey(a.provider), 11) +
                     tr("regions (%1): %2").arg(a.regions.size()).arg(a.regions.join(u',')) + QStringLiteral(" / ") +
                     tr("instances (%1): %2").arg(instances.size()).arg(instances.join(u',')))
                        .trimmed());
            }
        }
        finish(failed > 0 ? 3 : 0);
    });
    inventory->refresh();
}

} // namespace flowlog::cli
