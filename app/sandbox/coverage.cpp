#include "coverage.h"

#include "dataset.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace flowlog::sandbox {

namespace {

using namespace Qt::StringLiterals;

QSet<QString> idsOf(const QList<QJsonObject> &list, QLatin1StringView member)
{
    QSet<QString> out;
    for (const QJsonObject &o : list)
        out.insert(o.value(member).toString());
    return out;
}

bool isActive(const QJsonObject &flowLog)
{
    return flowLog.value("Status"_L1).toString() == "Active"_L1;
}

} // namespace

QJsonObject Coverage::toJson() const
{
    return QJsonObject{{u"resources"_s, resources},
                       {u"covered"_s, covered},
                       {u"partial"_s, partial},
                       {u"uncovered"_s, uncovered},
                       {u"orphans"_s, orphans}};
}

// The rules of issue 18, in one place (the client implements them on its own, in core; both must agree):
// - Resources are VPCs, transit-router VPC and VBR attachments, ECR child VBRs and Huawei ER attachments; each is
//   covered, partly covered or uncovered. vSwitches, network interfaces and transit routers are not counted
//   themselves: they only decide the coverage of what is.
// - Only an Active flow log watches (Alibaba "Status" Active; Huawei "enabled" and "state" available): an Inactive,
//   changing or failed one watches nothing now.
// - A VPC is covered when an Active flow log targets it, or targets every one of its vSwitches (a VPC has at least
//   one); it is partly covered when, not covered, an Active flow log targets some of its vSwitches or network
//   interfaces; otherwise it is uncovered.
// - A transit-router attachment is covered by an Active CEN flow log on it (TransitRouterAttachmentId) or on its whole
//   transit router (TransitRouterId, no attachment); a VBR by an Active ECR flow log of its ECR instance on it
//   (InstanceId); an ER attachment by an enabled, available flow log of its router on it (resource_id).
// - A flow log whose resource does not exist (in its account and region, ECR instance or router) is an orphan,
//   whatever its status: a VPC flow log whose VPC, vSwitch or network interface is unknown; a CEN flow log whose
//   attachment, or for a whole-router flow log whose transit router, is unknown; an ECR flow log whose VBR is not a
//   child of its instance; an ER flow log whose attachment is not one of its router.
Coverage computeCoverage(const Dataset &dataset)
{
    Coverage c;
    const Resources &resources = dataset.resources();
    const auto flowLogs = [&dataset](const QString &key) { return dataset.allFlowLogs().value(key); };
    const auto count = [&c](bool covered, bool partial) {
        ++c.resources;
        if (covered)
            ++c.covered;
        else if (partial)
            ++c.partial;
        else
            ++c.uncovered;
    };

    for (const Account &account : dataset.accounts()) {
        if (!account.isAliyun()) {
            for (const QString &region : account.regions) {
                const QString projectId = account.projectIds.value(region);
                for (const QString &erId : account.routersIn(region)) {
                    const QList<QJsonObject> attachments =
                        resources.list(Resources::key(ResourceKind::ErAttachment, account, projectId, erId));
                    const QSet<QString> known = idsOf(attachments, "id"_L1);
                    QSet<QString> watched;
                    for (const QJsonObject &fl : flowLogs(Dataset::key(Service::Er, account, projectId, erId))) {
                        const QString target = fl.value("resource_id"_L1).toString();
                        if (!known.contains(target))
                            ++c.orphans;
                        else if (fl.value("enabled"_L1).toBool() && fl.value("state"_L1).toString() == "available"_L1)
                            watched.insert(target);
                    }
                    for (const QJsonObject &a : attachments)
                        count(watched.contains(a.value("id"_L1).toString()), false);
                }
            }
            continue;
        }

        for (const QString &region : account.regions) {
            // VPCs, from their own flow logs, vSwitches and network interfaces.
            const QList<QJsonObject> vpcs = resources.list(Resources::key(ResourceKind::Vpc, account, region));
            const QList<QJsonObject> vSwitches = resources.list(Resources::key(ResourceKind::VSwitch, account, region));
            const QSet<QString> knownVpcs = idsOf(vpcs, "VpcId"_L1);
            const QSet<QString> knownVSwitches = idsOf(vSwitches, "VSwitchId"_L1);
            const QSet<QString> knownInterfaces =
                idsOf(resources.list(Resources::key(ResourceKind::NetworkInterface, account, region)),
                      "NetworkInterfaceId"_L1);
            QSet<QString> watchedVpcs;
            QSet<QString> watchedVSwitches;
            QSet<QString> partlyWatchedVpcs; // through a vSwitch or a network interface
            for (const QJsonObject &fl : flowLogs(Dataset::key(Service::Vpc, account, region))) {
                const QString type = fl.value("ResourceType"_L1).toString();
                const QString target = fl.value("ResourceId"_L1).toString();
                const QSet<QString> &known = type == "VPC"_L1       ? knownVpcs
                                             : type == "VSwitch"_L1 ? knownVSwitches
                                                                    : knownInterfaces;
                if (!known.contains(target)) {
                    ++c.orphans;
                    continue;
                }
                if (!isActive(fl))
                    continue;
                if (type == "VPC"_L1) {
                    watchedVpcs.insert(target);
                } else {
                    partlyWatchedVpcs.insert(resources.vpcOf(target));
                    if (type == "VSwitch"_L1)
                        watchedVSwitches.insert(target);
                }
            }
            for (const QJsonObject &vpc : vpcs) {
                const QString id = vpc.value("VpcId"_L1).toString();
                const QJsonArray members = vpc.value("VSwitchIds"_L1).toObject().value("VSwitchId"_L1).toArray();
                const bool everyVSwitch =
                    !members.isEmpty() && std::all_of(members.begin(), members.end(), [&](const QJsonValue &v) {
                        return watchedVSwitches.contains(v.toString());
                    });
                count(watchedVpcs.contains(id) || everyVSwitch, partlyWatchedVpcs.contains(id));
            }

            // Transit-router attachments, from the region's CEN flow logs.
            const QList<QJsonObject> attachments =
                resources.list(Resources::key(ResourceKind::TrVpcAttachment, account, region)) +
                resources.list(Resources::key(ResourceKind::TrVbrAttachment, account, region));
            const QSet<QString> knownAttachments = idsOf(attachments, "TransitRouterAttachmentId"_L1);
            const QSet<QString> knownRouters = idsOf(
                resources.list(Resources::key(ResourceKind::TransitRouter, account, region)), "TransitRouterId"_L1);
            QSet<QString> watchedAttachments;
            QSet<QString> watchedRouters;
            for (const QJsonObject &fl : flowLogs(Dataset::key(Service::Cen, account, region))) {
                const QString attachment = fl.value("TransitRouterAttachmentId"_L1).toString();
                const QString router = fl.value("TransitRouterId"_L1).toString();
                if (attachment.isEmpty() ? !knownRouters.contains(router) : !knownAttachments.contains(attachment))
                    ++c.orphans;
                else if (isActive(fl))
                    (attachment.isEmpty() ? watchedRouters : watchedAttachments)
                        .insert(attachment.isEmpty() ? router : attachment);
            }
            for (const QJsonObject &a : attachments)
                count(watchedAttachments.contains(a.value("TransitRouterAttachmentId"_L1).toString()) ||
                          watchedRouters.contains(a.value("TransitRouterId"_L1).toString()),
                      false);
        }

        // VBRs of each ECR instance, from its flow logs.
        for (const QString &ecrId : account.allEcrIds()) {
            const QList<QJsonObject> children = resources.list(Resources::key(ResourceKind::EcrChild, account, ecrId));
            const QSet<QString> known = idsOf(children, "ChildInstanceId"_L1);
            QSet<QString> watched;
            for (const QJsonObject &fl : flowLogs(Dataset::key(Service::Ecr, account, ecrId))) {
                const QString target = fl.value("InstanceId"_L1).toString();
                if (!known.contains(target))
                    ++c.orphans;
                else if (isActive(fl))
                    watched.insert(target);
            }
            for (const QJsonObject &vbr : children)
                count(watched.contains(vbr.value("ChildInstanceId"_L1).toString()), false);
        }
    }
    return c;
}

} // namespace flowlog::sandbox
