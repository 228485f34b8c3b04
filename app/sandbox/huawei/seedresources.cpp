#include "huawei/seed.h"

#include "huawei/common.h"
#include "resources.h"

#include <algorithm>

// The attachments of each enterprise router of a Huawei account (VPC, virtual gateway and peering connections), and
// the seeded ER flow logs pointed at the first three fifths of them, one each while they last; a few keep a made-up
// attachment (orphans).
namespace flowlog::sandbox::huawei {

using namespace Qt::StringLiterals;

void seedResources(Dataset &dataset, const Account &account, quint32 seed, int perSource)
{
    // Their own generator: the flow logs drawn before are unchanged but for the attachments they point at.
    QRandomGenerator rng(seed ^ 0x5bd1e995u);
    constexpr quint32 orphanPercent = 6;
    static const QStringList purposes = {u"prod"_s, u"shared"_s, u"dc"_s, u"egress"_s, u"k8s"_s, u"dmz"_s};
    for (const QString &region : std::as_const(account.regions)) {
        const QString projectId = account.projectIds.value(region);
        for (const QString &erId : account.routersIn(region)) {
            QList<QJsonObject> &attachments =
                dataset.resources().list(Resources::key(ResourceKind::ErAttachment, account, projectId, erId));
            // Enough that each flow log has an attachment of its own (up to a bound), and two fifths stay unwatched.
            const int count = std::clamp(perSource * 5 / 3 + 2, 3, 5000);
            QStringList ids;
            for (int n = 0; n < count; ++n) {
                const quint32 roll = rng.bounded(10u);
                const QString type = roll < 7 ? u"vpc"_s : roll < 9 ? u"vgw"_s : u"peering"_s;
                const QString created = isoTime(Dataset::creationTime(rng), true);
                ids << uuidLike(rng);
                attachments.append(
                    QJsonObject{{u"id"_s, ids.last()},
                                {u"name"_s, u"er-attach-%1-%2-%3"_s.arg(Dataset::pick(rng, purposes), type).arg(n + 1)},
                                {u"description"_s, QString()},
                                {u"state"_s, u"available"_s},
                                {u"created_at"_s, created},
                                {u"updated_at"_s, created},
                                {u"tags"_s, QJsonArray()},
                                {u"project_id"_s, projectId},
                                {u"resource_id"_s, uuidLike(rng)},
                                {u"resource_type"_s, type},
                                {u"resource_project_id"_s, projectId}});
            }
            const QStringList watched = ids.mid(0, std::max<qsizetype>(1, ids.size() * 3 / 5));
            qsizetype next = 0;
            for (QJsonObject &fl : dataset.flowLogs(Dataset::key(Service::Er, account, projectId, erId))) {
                if (rng.bounded(100u) >= orphanPercent)
                    fl.insert(u"resource_id"_s, watched.at(next++ % watched.size()));
            }
        }
    }
}

} // namespace flowlog::sandbox::huawei
